"""A programme the reply files in ``files/`` answer: a two-day workshop and a seminar series.

The files are written the way Outlook (Exchange), Google Calendar, Apple Calendar and
Thunderbird send replies; their UIDs are set on the events here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

FILES = Path(__file__).parent / "files"
sys.path.insert(0, str(Path(__file__).parent))

UTC = timezone.utc
WORKSHOP_UID = "ws-qnet-2027@qistdesk"
SERIES_UID = "sem-qs-2027@qistdesk"


@dataclass
class Programme:
    db: object
    workshop: str
    series: str
    people: dict  # short name -> person id

    def part(self, event_id: str, who: str) -> dict:
        from qistdesk.services.queries import participants_of

        return next(p for p in participants_of(self.db, event_id) if p["person_id"] == self.people[who])


def make_programme(db) -> Programme:
    from qistdesk.domain import Event
    from qistdesk.services import directory, events
    from qistdesk.services.replies import add_address

    venue = directory.create_venue(db, name="Auditorium A", address="Blegdamsvej 17", city="København",
                                   country="DK", timezone="Europe/Copenhagen")
    people = {
        "nina": directory.create_person(db, given_name="Nina", family_name="Ørsted", email="nina@example.dk"),
        "sam": directory.create_person(db, given_name="Sam", family_name="O'Neil", email="sam.oneil@gmail.com"),
        "lea": directory.create_person(db, given_name="Lea", family_name="Jørgensen", email="lea@dtu.example.dk"),
        "jonas": directory.create_person(db, given_name="Jonas", family_name="Berg",
                                         email="jonas.berg@dtu.example.dk"),
    }
    add_address(db, people["lea"], "lea@private.example.net")
    ws = events.create_event(db, kind="workshop", title="Quantum networks workshop",
                             start=datetime(2027, 6, 14, 9), end=datetime(2027, 6, 15, 17),
                             timezone="Europe/Copenhagen", venue_id=venue, status="confirmed")
    sem = events.create_event(db, kind="seminar", title="Quantum sensing seminar",
                              start=datetime(2027, 3, 4, 16), end=datetime(2027, 3, 4, 17, 30),
                              timezone="Europe/Copenhagen", venue_id=venue,
                              series="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=6")
    with db.write() as s:
        s.get(Event, ws).ical_uid = WORKSHOP_UID
        s.get(Event, ws).ical_sequence = 1
        s.get(Event, sem).ical_uid = SERIES_UID
    for who in people:
        events.add_participant(db, ws, people[who], invitation_status="invited")
    events.add_participant(db, sem, people["sam"], invitation_status="invited")
    return Programme(db, ws, sem, people)



@pytest.fixture(autouse=True)
def _office_details(office_details):
    """Every test here writes invites or packets: the office has real details (tests/conftest.py)."""


@pytest.fixture
def programme(db) -> Programme:
    return make_programme(db)


@pytest.fixture
def files() -> Path:
    return FILES


def outlook_msg(response: str = "Neg", **kw) -> bytes:
    """An Outlook meeting response as Outlook saves it (see msg_builder)."""
    from msg_builder import meeting_response

    args = dict(uid=WORKSHOP_UID, response=response, sender_name="Ørsted, Nina", sender_email="nina@example.dk",
                subject="Declined: Quantum networks workshop", sequence=1,
                sent=datetime(2027, 1, 20, 10, 15, tzinfo=UTC), body="Sorry, I am travelling that week.")
    args.update(kw)
    return meeting_response(**args)


__all__ = ["make_programme", "outlook_msg", "FILES", "WORKSHOP_UID", "SERIES_UID", "date"]
