"""Organiser summaries against hand-worked cases; Danish order; what each copy may print."""

from __future__ import annotations

import io
from datetime import datetime

import pytest

from qistdesk.domain.collation import danish_sort_key
from qistdesk.services import directory, events, summaries

CPH = "Europe/Copenhagen"


def _text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def conf(db):
    org = directory.create_organization(db, name="Uni", sector="academia", country="DK")
    venue = directory.create_venue(db, name="Hall", timezone=CPH, capacity=100)
    event = events.create_event(db, kind="conference", title="Conf", timezone=CPH, start=datetime(2027, 5, 10, 9),
                                end=datetime(2027, 5, 11, 12), venue_id=venue, status="confirmed")
    people = {
        "Zahl": ("Vegetarian, gluten-free", ""), "Ærø": ("vegetarian", "Wheelchair"), "Østergaard": ("Vegan", ""),
        "Ågård": ("Gluten free and vegetarian", ""), "Andersen": ("No mushrooms", "Hearing loop"),
        "Bøgh": ("", ""), "Bach": ("Halal; no mushrooms", ""), "Aagaard": ("", ""),
    }
    ids = {}
    for family, (diet, access) in people.items():
        ids[family] = directory.create_person(db, given_name="P", family_name=family, organization_id=org,
                                              dietary_needs=diet, accessibility_needs=access)
        events.add_participant(db, event, ids[family], invitation_status="accepted")
    gone = directory.create_person(db, given_name="Gone", family_name="Declined", dietary_needs="Kosher")
    events.add_participant(db, event, gone, invitation_status="declined")
    events.add_session(db, event, title="A", start=datetime(2027, 5, 10, 9), end=datetime(2027, 5, 10, 10),
                       room="Big", room_capacity=5)
    events.add_session(db, event, title="B", start=datetime(2027, 5, 10, 11), end=datetime(2027, 5, 10, 12),
                       room="R1", room_capacity=3)
    events.add_session(db, event, title="C", start=datetime(2027, 5, 10, 11), end=datetime(2027, 5, 10, 12),
                       room="R2")
    return db, event, ids


def test_danish_alphabetical_order():
    names = ["Ågård", "Zahl", "Ærø", "Østergaard", "Andersen", "Aagaard", "Bøgh", "Bach", "Ängel", "Éclair"]
    assert sorted(names, key=danish_sort_key) == ["Andersen", "Bach", "Bøgh", "Éclair", "Zahl", "Ängel", "Ærø", "Østergaard",
                                  "Aagaard", "Ågård"]


def test_catering_counts_by_day_meal_and_diet_combination(conf):
    db, event, _ids = conf
    s = summaries.catering(db, event)
    diets = {row[0]: int(row[1]) for row in s.tables[1].rows}
    assert diets == {"no special diet": 2, "gluten-free + vegetarian": 2, "vegetarian": 1, "vegan": 1,
                     "other": 1, "halal + other": 1}
    portions = s.tables[0].rows
    meals = [(r[0], r[1], r[3]) for r in portions if r[2] == "All portions"]
    # Day 1 09:00–… covers lunch; day 2 ends at 12:00 (no lunch). Kosher (declined) is not counted.
    assert meals == [("Mon 10 May", "Coffee breaks", "8"), ("Mon 10 May", "Lunch", "8"),
                     ("Tue 11 May", "Coffee breaks", "8")]
    assert s.tables[2].rows == [["No mushrooms", "2"]]


def test_caterers_copy_has_no_names_and_no_access_needs(conf):
    from qistdesk.formats.pdf.report_summaries import summary_pdf
    from qistdesk.services.packets import OfficeInfo

    db, event, _ids = conf
    text = _text(summary_pdf(summaries.catering(db, event), OfficeInfo(name="Office")))
    assert "gluten-free + vegetarian" in text and "No mushrooms" in text
    for secret in ("Zahl", "Andersen", "Wheelchair", "Hearing loop", "Kosher"):
        assert secret not in text


def test_access_summary_is_for_organisers_and_lists_who_needs_what(conf):
    db, event, ids = conf
    from qistdesk.services.queries import participants_of as participants

    s = summaries.access(db, event)
    assert [r[0] for r in s.tables[0].rows] == ["P Andersen", "P Ærø"]
    assert [r[3] for r in s.tables[0].rows] == ["Hearing loop", "Wheelchair"]
    assert s.confidential and "organisers only" in s.confidential
    part = next(p for p in participants(db, event) if p["person_id"] == ids["Ærø"])
    events.update_participation(db, part["id"], access_met=True)
    assert [r[4] for r in summaries.access(db, event).tables[0].rows] == ["not yet", "yes"]


def test_rooms_expected_against_capacity(conf):
    db, event, _ids = conf
    rows = summaries.rooms(db, event).tables[0].rows
    # 8 expected; A alone → 8 in 5 seats; B and C at once → 4 each: R1 has 3, R2 falls back to the venue's 100
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [("A", "5", "8", "over by 3"), ("B", "3", "4", "over by 1"),
                                                        ("C", "100 (venue)", "4", "fits (96 free)")]


def test_sign_in_sheet_in_danish_order(conf):
    from qistdesk.formats.pdf.report_summaries import summary_pdf
    from qistdesk.services.packets import OfficeInfo

    db, event, _ids = conf
    s = summaries.sign_in(db, event)
    assert [r[0].split(",")[0] for r in s.tables[0].rows] == ["Andersen", "Bach", "Bøgh", "Zahl", "Ærø",
                                                             "Østergaard", "Aagaard", "Ågård"]
    text = _text(summary_pdf(s, OfficeInfo(name="Office")))
    assert text.index("Zahl, P") < text.index("Ærø, P") < text.index("Østergaard, P") < text.index("Ågård, P")
    for secret in ("Wheelchair", "Vegan", "Declined"):
        assert secret not in text


def test_badges_still_to_print_are_new_or_changed(conf):
    db, event, ids = conf
    cards, marks = summaries.badges_to_print(db, event)
    assert len(cards) == 8
    summaries.mark_badges_printed(db, marks)
    assert summaries.badges_to_print(db, event)[0] == []
    from qistdesk.services.editing import fields_of

    version = fields_of(db, "person", ids["Zahl"])["version"]
    directory.update_person(db, ids["Zahl"], version, family_name="Zahle")     # name on the badge changed
    directory.update_person(db, ids["Bach"], fields_of(db, "person", ids["Bach"])["version"],
                            dietary_needs="Vegan")                              # not on the badge
    newcomer = directory.create_person(db, given_name="New", family_name="Comer")
    events.add_participant(db, event, newcomer, invitation_status="accepted")
    assert sorted(c.family_name for c in summaries.badges_to_print(db, event)[0]) == ["Comer", "Zahle"]
