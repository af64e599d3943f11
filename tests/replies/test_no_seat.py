"""Someone who passed the invitation on (delegated) takes no seat anywhere: not in a room's capacity,
not in the cooperation report's counts, not as a booking of their time (the double-booking checks,
the scheduling assistant, the calendar's people filter). One rule: ``enums.NO_SEAT``."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from qistdesk.services import directory, events
from qistdesk.timezones import local_to_utc

CPH = "Europe/Copenhagen"


@pytest.fixture
def workshop(db):
    """A one-hour workshop in a room for two: Bob accepted, Anna passed it on, Carl (a speaker) too, Dora
    (a speaker) has not answered yet."""
    org = directory.create_organization(db, name="Uni", sector="academia", country="DK")
    people = {k: directory.create_person(db, given_name=k.capitalize(), family_name="Test", organization_id=org)
              for k in ("anna", "bob", "carl", "dora")}
    room = directory.create_venue(db, name="Small room", timezone=CPH, capacity=2)
    ws = events.create_event(db, kind="workshop", title="WS", timezone=CPH, venue_id=room, status="confirmed",
                             start=datetime(2027, 9, 1, 10), end=datetime(2027, 9, 1, 11))
    events.add_participant(db, ws, people["bob"], invitation_status="accepted")
    events.add_participant(db, ws, people["anna"], invitation_status="delegated")
    events.add_participant(db, ws, people["carl"], role="speaker", invitation_status="delegated")
    events.add_participant(db, ws, people["dora"], role="speaker", invitation_status="invited")
    return db, ws, people, room


def test_a_delegated_speaker_is_not_counted_in_the_report(workshop):
    from qistdesk.services.report_counts import count_period

    db, _ws, p, _room = workshop
    c = count_period(db, date(2027, 1, 1), date(2027, 12, 31), CPH)
    assert set(c.people) == {p["bob"], p["dora"]}  # Carl, a speaker, passed it on: not counted
    assert c.registrations == 2


def test_a_delegated_participant_is_free_at_that_time(workshop):
    from qistdesk.services import calendar_items
    from qistdesk.services.bookings import load_bookings
    from qistdesk.services.find_slot import Request, check_at
    from qistdesk.services.scheduling import Preferences

    db, ws, p, _room = workshop
    first, last = (local_to_utc(datetime(2027, 9, 1, 0), CPH), local_to_utc(datetime(2027, 9, 2, 0), CPH))
    with db.read() as s:
        people, _venues, _names = load_bookings(s, [p["anna"], p["bob"], p["carl"]], [], (first, last))
    assert {b.owner for b in people} == {p["bob"]}
    at_ten = check_at(db, Request(datetime(2027, 9, 1, 11) - datetime(2027, 9, 1, 10), date(2027, 9, 1),
                                  date(2027, 9, 1), (p["anna"], p["bob"], p["carl"])),
                      local_to_utc(datetime(2027, 9, 1, 10), CPH), Preferences())
    assert at_ten.checks[0].busy_required == ["Bob Test"]
    assert calendar_items.participants_of(db, [ws])[ws] == {p["bob"], p["dora"]}


def test_a_delegated_participant_takes_no_seat_in_the_room(workshop):
    from qistdesk.services.timetable_checks import problems

    db, ws, _p, room = workshop
    assert [x for x in problems(db, [ws]).get(ws, []) if x.kind == "capacity"] == []  # 2 seats for 2
    directory.update_venue(db, room, capacity=1)
    # Bob and Dora hold seats; Anna and Carl are not counted.
    assert [x.message for x in problems(db, [ws]).get(ws, []) if x.kind == "capacity"] == \
        ["2 people are seated but Small room holds 1"]
