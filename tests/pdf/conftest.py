"""Fixtures for PDF tests: a small programme full of names that break careless code.

Built through the public services, so it is data the app itself could make.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from pdf_helpers import LONG_TEXT, MARKUP_NAME


@dataclass
class Programme:
    db: object
    event: str
    exchange: str
    dk_person: str
    us_person: str
    cjk_person: str
    markup_person: str
    arabic_person: str



@pytest.fixture(autouse=True)
def _office_details(office_details):
    """Every test here writes invites or packets: the office has real details (tests/conftest.py)."""


@pytest.fixture
def programme(db) -> Programme:
    from qistdesk.services import directory, events, exchanges

    smith = directory.create_organization(db, name="Smith & Sons <Ltd>", sector="industry", country="US",
                                          city="Boston", address="1 Harbor Way\nBoston, MA 02110")
    oresund = directory.create_organization(db, name="Øresund Universitet", sector="academia", country="DK",
                                            city="København", address="Blegdamsvej 17\n2100 København Ø")
    dk = directory.create_person(db, given_name="Søren", family_name="Ærøskøbing", organization_id=oresund,
                                 country="DK", consent_listed=True, passport_number="DK1234567",
                                 dietary_needs="vegetarian, no nuts")
    us = directory.create_person(db, given_name="Grace", family_name="Okafor", organization_id=smith, country="US",
                                 consent_listed=True, email="grace@smith.example.com")
    cjk = directory.create_person(db, given_name="芳", family_name="王", organization_id=smith, country="US",
                                  consent_listed=True)
    markup = directory.create_person(db, given_name=MARKUP_NAME, family_name="<&>", organization_id=smith,
                                     country="DK", consent_listed=True)
    arabic = directory.create_person(db, given_name="ليلى", family_name="حداد", organization_id=smith, country="US",
                                     consent_listed=True)
    hidden = directory.create_person(db, given_name="Hidden", family_name="Unlisted", organization_id=oresund,
                                     country="DK", consent_listed=False)
    venue = directory.create_venue(db, name="Auditorium Ørsted", address="Blegdamsvej 17", city="København",
                                   country="DK", timezone="Europe/Copenhagen", accessibility_notes=LONG_TEXT)
    event = events.create_event(db, kind="conference", title="Quantum Days <2027> & more", venue_id=venue,
                                start=datetime(2027, 5, 10, 9), end=datetime(2027, 5, 11, 17),
                                timezone="Europe/Copenhagen", description=LONG_TEXT)
    events.add_session(db, event, title="Keynote: " + "very long title " * 200, start=datetime(2027, 5, 10, 9),
                       end=datetime(2027, 5, 10, 10), speaker_ids=[cjk, dk], chair_id=us, room="Auditorium",
                       description=LONG_TEXT)
    events.add_session(db, event, title="Panel <b>unbalanced", start=datetime(2027, 5, 10, 11),
                       end=datetime(2027, 5, 10, 12), speaker_ids=[arabic, markup], room="Room & B")
    for pid in (dk, us, cjk, markup, arabic, hidden):
        events.add_participant(db, event, pid, role="attendee", invitation_status="accepted")
    program = exchanges.create_program(db, name="Transatlantic Exchange", kind="student", direction="DK-US",
                                       welcome_template="Hej {name}! {start} → {end} at {host}. {bad} {name.__class__} {")
    exchange = exchanges.create_exchange(db, person_id=dk, program_id=program, home_organization_id=oresund,
                                         host_organization_id=smith, host_contact_id=us,
                                         start_date=date(2027, 4, 1), end_date=date(2027, 6, 30),
                                         housing="Room 12 <shared>", with_default_milestones=True)
    return Programme(db, event, exchange, dk, us, cjk, markup, arabic)


@pytest.fixture
def office():
    from qistdesk.services.packets import OfficeInfo

    return OfficeInfo(name="Innovation Centre Denmark – Science Office", contact="Boston & København",
                      email="science@example.org", phone="+1 617 555 0100", country="US")
