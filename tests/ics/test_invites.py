"""Invites: REQUEST per person, update with SEQUENCE raised, CANCEL; golden files; .eml drafts."""

from __future__ import annotations

import email
import os
import re
from datetime import datetime, timezone
from email import policy

import pytest

from qistdesk.domain import SENSITIVE_PERSON_FIELDS, Event
from qistdesk.services.ics_invites import Office, write_invites
from qistdesk.services import directory, events as ev
from qistdesk.services.errors import ServiceError
from qistdesk.services.invites import ledger
from qistdesk.services.queries import participants_of, series_dates

from .conftest import GOLDEN, assert_strict_rfc5545

UTC = timezone.utc
OFFICE = Office("Science Office", "science@example.org")


def _setup(db, series: str | None = None):
    org = directory.create_organization(db, name="Niels Bohr Institute", sector="academia", country="DK")
    venue = directory.create_venue(db, name="Auditorium A", address="Blegdamsvej 17", city="København",
                                   country="DK", timezone="Europe/Copenhagen")
    nina = directory.create_person(db, given_name="Nina", family_name="Ørsted", email="nina@example.dk",
                                   organization_id=org, dietary_needs="SECRET-DIET-42",
                                   accessibility_needs="SECRET-ACCESS-43", passport_number="SECRETPASS44")
    sam = directory.create_person(db, given_name="Sam", family_name="O\"Neil, Jr.", email="sam@example.com")
    nomail = directory.create_person(db, given_name="No", family_name="Mail")
    eid = ev.create_event(db, kind="seminar", title="Quantum sensing; NV centres, C:\\Users\\Nina",
                          description="Talk + Q&A.\nBring questions.", start=datetime(2027, 3, 18, 16),
                          end=datetime(2027, 3, 18, 17, 30), timezone="Europe/Copenhagen", venue_id=venue,
                          online_url="https://meet.example.org/qist", series=series)
    with db.write() as s:  # a fixed UID for the golden files
        s.get(Event, eid).ical_uid = "golden-seminar@qistdesk"
    ev.add_participant(db, eid, nina, role="speaker")
    ev.add_participant(db, eid, sam)
    ev.add_participant(db, eid, nomail)
    return eid, nina, sam


def _normalise(text: str) -> str:
    return re.sub(r"PRODID:[^\r]*", "PRODID:-//qistdesk//qistdesk X//EN", text)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("QISTDESK_UPDATE_GOLDEN") or not path.exists():
        path.write_bytes(_normalise(text).encode("utf-8"))
    assert _normalise(text) == path.read_bytes().decode("utf-8"), f"{name} differs from the golden file"


def _read(path) -> str:
    return path.read_bytes().decode("utf-8")


def test_invite_update_cancel_with_golden_files_and_ledger(db, tmp_path, clock, icaljs):
    eid, nina, sam = _setup(db)
    run = write_invites(db, eid, tmp_path / "1", clock=clock, office=OFFICE, reminder_minutes=30)
    assert run.method == "REQUEST" and run.sequence == 0 and run.skipped == ["No Mail"]
    assert len(run.files) == 2
    nina_file = next(p for p in run.files if "Nina" in p.name)
    text = _read(nina_file)
    assert_strict_rfc5545(nina_file.read_bytes())
    for secret in ("SECRET-DIET-42", "SECRET-ACCESS-43", "SECRETPASS44"):
        assert all(secret not in _read(p) for p in run.files)
    assert len(SENSITIVE_PERSON_FIELDS) == 4
    _golden("invite.ics", text)
    assert {p["invitation_status"] for p in participants_of(db, eid) if p["family_name"] != "Mail"} == {"invited"}

    # Same version again: no update, same SEQUENCE.
    again = write_invites(db, eid, tmp_path / "2", clock=clock, office=OFFICE, reminder_minutes=30)
    assert again.sequence == 0 and again.summary == ""

    ev.update_event(db, eid, start=datetime(2027, 3, 18, 15), end=datetime(2027, 3, 18, 16, 30))
    upd = write_invites(db, eid, tmp_path / "3", clock=clock, office=OFFICE, reminder_minutes=30)
    assert upd.sequence == 1 and upd.summary.startswith("Updated: the time changed.")
    _golden("update.ics", _read(next(p for p in upd.files if "Nina" in p.name)))

    ev.cancel_event(db, eid)
    cancel = write_invites(db, eid, tmp_path / "4", clock=clock, office=OFFICE)
    assert cancel.method == "CANCEL" and cancel.sequence == 2
    _golden("cancel.ics", _read(next(p for p in cancel.files if "Nina" in p.name)))
    with pytest.raises(ServiceError):
        write_invites(db, eid, tmp_path / "5", clock=clock, office=OFFICE)

    results = icaljs(*(f for d in ("1", "3", "4") for f in sorted((tmp_path / d).iterdir())))
    methods = [r["method"] for r in results]
    assert methods == ["REQUEST", "REQUEST", "REQUEST", "REQUEST", "CANCEL", "CANCEL"]
    for r in results:
        [e] = r["events"]
        assert e["uid"] == "golden-seminar@qistdesk"
        assert e["organizer"] == "mailto:science@example.org"
        [att] = e["attendees"]
        if r["method"] == "REQUEST":
            assert att["params"]["partstat"] == "NEEDS-ACTION" and att["params"]["rsvp"] == "TRUE"
            assert att["params"]["role"] == "REQ-PARTICIPANT"
            assert e["alarms"] == [{"action": "DISPLAY", "trigger": "-PT30M"}]
        assert e["summary"] == "Quantum sensing; NV centres, C:\\Users\\Nina"
    sam_req = next(r for r in results if "Sam" in r["file"])
    assert sam_req["events"][0]["attendees"][0]["params"]["cn"] == "Sam O'Neil, Jr."  # as Outlook shows it
    assert [r["events"][0]["sequence"] for r in results] == [0, 0, 1, 1, 2, 2]
    assert results[2]["events"][0]["start"]["ms"] == int(datetime(2027, 3, 18, 14, tzinfo=UTC).timestamp() * 1000)
    rows = ledger(db, eid)
    assert [r["method"] for r in rows].count("REQUEST") == 6 and [r["method"] for r in rows].count("CANCEL") == 2
    assert {r["name"] for r in rows} == {"Nina Ørsted", 'Sam O"Neil, Jr.'}


def test_cancel_one_date_of_a_series_has_its_recurrence_id(db, tmp_path, clock, icaljs):
    eid, nina, _ = _setup(db, series="FREQ=WEEKLY;COUNT=6")
    write_invites(db, eid, tmp_path / "a", clock=clock, office=OFFICE)
    dates = series_dates(db, eid)
    ev.cancel_series_date(db, dates[2]["id"])
    run = write_invites(db, eid, tmp_path / "b", clock=clock, office=OFFICE)
    cancels = sorted(p for p in run.files if "-cancel" in p.name)
    assert len(cancels) == 2 and run.sequence == 1
    results = icaljs(*cancels, *sorted(p for p in run.files if "-cancel" not in p.name))
    [e] = results[0]["events"]
    assert results[0]["method"] == "CANCEL"
    assert e["recurrenceId"]["ms"] == int(dates[2]["original_start_utc"].timestamp() * 1000)
    req = results[2]["events"][0]
    assert req["exdates"] == [int(dates[2]["original_start_utc"].timestamp() * 1000)]
    assert len(req["occurrences"]) == 5


def test_eml_draft_has_the_calendar_part_outlook_needs(db, tmp_path, clock):
    eid, nina, _ = _setup(db)
    run = write_invites(db, eid, tmp_path, eml=True, clock=clock, office=OFFICE)
    path = next(p for p in run.files if "Nina" in p.name)
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["To"] == "Nina Ørsted <nina@example.dk>" and msg["X-Unsent"] == "1"
    assert msg.get_content_type() == "multipart/alternative"
    kinds = [p.get_content_type() for p in msg.iter_parts()]
    assert kinds == ["text/plain", "text/html", "text/calendar"]
    cal = list(msg.iter_parts())[2]
    assert cal.get_param("method") == "REQUEST"
    ics = cal.get_payload(decode=True)
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and b"METHOD:REQUEST\r\n" in ics
    assert_strict_rfc5545(ics)
    assert "SECRET" not in path.read_bytes().decode("utf-8", "replace")
