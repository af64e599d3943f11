"""Replies from Outlook, Google, Apple and Thunderbird change the answer and nothing else."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

import icalendar
import pytest

from qistdesk.services.ics_export import export_event
from qistdesk.formats.ics.itip_reply import read_reply_file
from qistdesk.services import records
from qistdesk.services import reply_reviews as rr
from qistdesk.services.invites import ledger
from qistdesk.services.journal import undo as undo_import
from qistdesk.services.replies import answer_counts, import_paths, import_replies, set_answer

from .conftest import FILES, outlook_msg

UTC = timezone.utc
FIXED = lambda: datetime(2027, 2, 1, tzinfo=UTC)  # noqa: E731


def _export(db, event_id) -> str:
    return export_event(db, event_id, clock=FIXED)


def _record_without_answers(db, event_id) -> dict:
    rec = records.event_record(db, event_id)
    for p in rec.get("participants", []):
        for k in ("invitation_status", "rsvp_at", "version"):
            p.pop(k, None)
    return rec


CLIENT_FILES = [
    ("outlook-declined.ics", "nina", "declined"),
    ("outlook-declined.eml", "nina", "declined"),
    ("google-accepted.eml", "sam", "accepted"),
    ("apple-tentative.eml", "lea", "tentative"),  # from Lea's private address
    ("thunderbird-delegated.eml", "jonas", "delegated"),
]


@pytest.mark.parametrize("name,who,status", CLIENT_FILES)
def test_a_client_reply_changes_the_answer_and_nothing_else(programme, name, who, status):
    db, ws = programme.db, programme.workshop
    before_ics, before = _export(db, ws), _record_without_answers(db, ws)
    others = {k: programme.part(ws, k)["invitation_status"] for k in programme.people if k != who}

    result = import_paths(db, [FILES / name])

    assert programme.part(ws, who)["invitation_status"] == status
    assert programme.part(ws, who)["rsvp_at"] is not None
    assert {k: programme.part(ws, k)["invitation_status"] for k in others} == others
    assert _export(db, ws) == before_ics  # title, kind, times, venue: the calendar is the same
    assert _record_without_answers(db, ws) == before
    assert result.outcomes[0].result == "updated"
    rows = [r for r in ledger(db, ws) if r["method"] == "REPLY"]
    assert len(rows) == 1 and rows[0]["person_id"] == programme.people[who]


def test_outlook_msg_meeting_response(programme, tmp_path):
    path = tmp_path / "Declined Quantum networks workshop.msg"
    path.write_bytes(outlook_msg())
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file, as Outlook saves
    before = _export(programme.db, programme.workshop)
    result = import_paths(programme.db, [path])
    assert result.count("updated") == 1
    assert programme.part(programme.workshop, "nina")["invitation_status"] == "declined"
    assert _export(programme.db, programme.workshop) == before
    row = next(r for r in ledger(programme.db, programme.workshop) if r["method"] == "REPLY")
    assert "Sorry, I am travelling" in row["summary"]


def test_undo_puts_the_answers_back(programme):
    db, ws = programme.db, programme.workshop
    before = {k: (programme.part(ws, k)["invitation_status"], programme.part(ws, k)["rsvp_at"])
              for k in programme.people}
    result = import_paths(db, [FILES / n for n, _w, _s in CLIENT_FILES] + [FILES / "outlook-counter.ics"],
                          record=True)
    assert result.count("updated") == 4 and result.count("unchanged") == 1  # the .ics and .eml of Nina agree
    undo_import(db, result.changes)
    assert {k: (programme.part(ws, k)["invitation_status"], programme.part(ws, k)["rsvp_at"])
            for k in programme.people} == before
    assert not [r for r in ledger(db, ws) if r["method"] == "REPLY"]
    assert rr.list_reviews(db) == []


def test_a_stale_reply_changes_nothing_and_says_so(programme):
    db, ws = programme.db, programme.workshop
    import_paths(db, [FILES / "outlook-declined.ics"])
    result = import_paths(db, [FILES / "outlook-accepted-stale.ics"])
    assert programme.part(ws, "nina")["invitation_status"] == "declined"
    assert result.outcomes[0].result == "stale"
    assert "older than the answer held" in result.outcomes[0].message
    # In one batch too: the newer answer wins whatever the order of the files.
    db2 = programme.db
    undo_import(db2, import_paths(db2, [FILES / "outlook-declined.ics"], record=True).changes)


def test_newer_answer_wins_within_one_batch(programme):
    result = import_paths(programme.db, [FILES / "outlook-declined.ics", FILES / "outlook-accepted-stale.ics"])
    assert programme.part(programme.workshop, "nina")["invitation_status"] == "declined"
    assert sorted(o.result for o in result.outcomes) == ["stale", "updated"]


def test_answer_by_hand_then_an_older_mail(programme):
    part = programme.part(programme.workshop, "nina")
    set_answer(programme.db, part["id"], "accepted", "phoned on 21 Jan", at=datetime(2027, 1, 21, tzinfo=UTC))
    result = import_paths(programme.db, [FILES / "outlook-declined.ics"])  # sent 20 Jan
    assert result.outcomes[0].result == "stale"
    assert programme.part(programme.workshop, "nina")["invitation_status"] == "accepted"
    row = next(r for r in ledger(programme.db, programme.workshop) if r["method"] == "MANUAL")
    assert "phoned on 21 Jan" in row["summary"]


def test_reply_for_one_date_of_a_series(programme):
    db, sem = programme.db, programme.series
    result = import_paths(db, [FILES / "thunderbird-one-date.ics"])
    out = result.outcomes[0]
    assert out.result == "updated" and out.date == "Thu 01 Apr 2027"
    row = next(r for r in ledger(db, sem) if r["method"] == "REPLY")
    assert row["recurrence_id_utc"] == datetime(2027, 4, 1, 14, 0, tzinfo=UTC)  # 16:00 CEST
    assert "Teaching that afternoon" in row["summary"]
    # The series as a whole keeps Sam's answer: only that date is declined.
    assert programme.part(sem, "sam")["invitation_status"] == "invited"


def test_msg_reply_for_one_date_matches_by_day(programme, tmp_path):
    path = tmp_path / "x.msg"
    path.write_bytes(outlook_msg("Neg", uid="sem-qs-2027@qistdesk", sender_email="sam.oneil@gmail.com",
                                 sender_name="Sam O'Neil", instance=date(2027, 4, 1), sequence=0))
    out = import_paths(programme.db, [path]).outcomes[0]
    assert out.result == "updated" and out.date == "Thu 01 Apr 2027"


def test_counter_waits_then_accept_changes_the_event(programme):
    db, ws = programme.db, programme.workshop
    before = _export(db, ws)
    result = import_paths(db, [FILES / "outlook-counter.ics"])
    assert result.outcomes[0].result == "review"
    assert _export(db, ws) == before  # nothing changed yet
    (item,) = rr.list_reviews(db)
    assert item["kind"] == "counter" and item["proposed_start_utc"] == datetime(2027, 6, 14, 8, tzinfo=UTC)
    rr.accept_counter(db, item["id"])
    assert records.event_record(db, ws)["start"].startswith("2027-06-14T10:00")
    assert rr.list_reviews(db) == []
    from qistdesk.services.ics_invites import plan_invites
    from qistdesk.services.invites import record as record_sent

    record_sent(db, ws, [{"person_id": programme.people["nina"], "recipient_email": "nina@example.dk",
                          "method": "REQUEST", "sequence": 1, "written_at": FIXED(), "fingerprint": "t:x"}], 1)
    assert any("Updated" in line for line in plan_invites(db, ws))


def test_counter_declined_writes_a_draft_to_the_sender_with_the_declinecounter(programme, tmp_path):
    import email
    from email import policy

    from qistdesk.services.ics_invites import Office

    import_paths(programme.db, [FILES / "outlook-counter.ics"])
    (item,) = rr.list_reviews(programme.db)
    path = rr.decline_counter(programme.db, item["id"], tmp_path, comment="The room is booked from 9.",
                              office=Office("Science Office, København", "office@icdk.example.net"))
    assert path.suffix == ".eml"
    mail = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert [a.addr_spec for a in mail["To"].addresses] == ["nina@example.dk"]
    assert [(a.display_name, a.addr_spec) for a in mail["From"].addresses] == [
        ("Science Office, København", "office@icdk.example.net")]
    assert mail["Subject"] == "Proposal declined: Quantum networks workshop"
    text = mail.get_body(("plain",)).get_content()
    assert "Dear Nina Ørsted" in text and "We keep it as planned: Mon 14 – Tue 15 Jun 2027" in text
    assert "The room is booked from 9." in text
    part = next(p for p in mail.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "DECLINECOUNTER"
    cal = icalendar.Calendar.from_ical(part.get_content())
    assert cal["METHOD"] == "DECLINECOUNTER"
    (ev,) = cal.walk("VEVENT")
    assert str(ev["UID"]) == "ws-qnet-2027@qistdesk" and str(ev["ATTENDEE"]) == "mailto:nina@example.dk"
    assert str(ev["ORGANIZER"]) == "mailto:office@icdk.example.net"
    assert str(ev["COMMENT"]) == "The room is booked from 9."
    assert records.event_record(programme.db, programme.workshop)["start"].startswith("2027-06-14T09:00")
    assert rr.list_reviews(programme.db) == []


def test_declining_a_counter_needs_the_office_details(programme, tmp_path):
    from qistdesk.services.preferences import OfficeDetailsMissing
    from qistdesk.settings import load

    settings = load()
    settings.set("office.email", "science@example.org")  # the placeholder never goes out
    settings.save()
    import_paths(programme.db, [FILES / "outlook-counter.ics"])
    (item,) = rr.list_reviews(programme.db)
    with pytest.raises(OfficeDetailsMissing):
        rr.decline_counter(programme.db, item["id"], tmp_path / "out")
    assert not (tmp_path / "out").exists() and len(rr.list_reviews(programme.db)) == 1


def test_accepting_a_counter_takes_its_proposed_place_too(programme, tmp_path):
    path = tmp_path / "counter-room.ics"
    path.write_bytes((FILES / "outlook-counter.ics").read_bytes().replace(
        "Auditorium A\\, Blegdamsvej 17\\, København".encode(), "Mødelokale 2\\, DTU Lyngby".encode()))
    import_paths(programme.db, [path])
    (item,) = rr.list_reviews(programme.db)
    rr.accept_counter(programme.db, item["id"])
    record = records.event_record(programme.db, programme.workshop)
    assert record["start"].startswith("2027-06-14T10:00")
    assert record["venue"]["name"] == "Mødelokale 2, DTU Lyngby"


def test_delegation_to_someone_new_waits_then_adds_them(programme):
    db, ws = programme.db, programme.workshop
    import_paths(db, [FILES / "thunderbird-delegated.eml"])
    (item,) = rr.list_reviews(db)
    assert item["kind"] == "delegation" and item["delegate_email"] == "mikkel.holm@dtu.example.dk"
    rr.add_delegate(db, item["id"])
    from qistdesk.services.queries import participants_of

    names = {(p["given_name"], p["family_name"]): p["invitation_status"] for p in participants_of(db, ws)}
    assert names[("Mikkel", "Holm")] == "not-invited"  # the next invites reach them
    assert names[("Jonas", "Berg")] == "delegated"


def test_unknown_sender_waits_then_is_assigned(programme):
    db, ws = programme.db, programme.workshop
    result = import_paths(db, [FILES / "google-unknown-sender.ics"])
    assert result.outcomes[0].result == "review"
    (item,) = rr.list_reviews(db)
    assert item["kind"] == "unknown-address"
    rr.assign(db, item["id"], programme.people["jonas"])
    assert programme.part(ws, "jonas")["invitation_status"] == "accepted"
    # The address is now one of Jonas's: the next reply from it matches by itself.
    from qistdesk.services.replies import addresses_of

    assert "someone.else@example.com" in addresses_of(db, programme.people["jonas"])


def test_unknown_event_waits(programme):
    text = (FILES / "outlook-declined.ics").read_bytes().replace(b"ws-qnet-2027@qistdesk", b"nope@elsewhere")
    result = import_replies(programme.db, read_reply_file(text, "x.ics"))
    assert result.outcomes[0].result == "review"
    assert rr.list_reviews(programme.db)[0]["kind"] == "unknown-event"


def test_dry_run_saves_nothing(programme):
    result = import_paths(programme.db, [FILES], dry_run=True)
    assert result.count("updated") >= 4
    assert programme.part(programme.workshop, "nina")["invitation_status"] == "invited"
    assert rr.list_reviews(programme.db) == []


def test_unreadable_file_is_one_line_and_changes_nothing(programme, tmp_path):
    bad = tmp_path / "notes.eml"
    bad.write_bytes(b"Subject: hello\r\n\r\nno calendar here\r\n")
    event_ics = tmp_path / "event.ics"
    event_ics.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n")
    result = import_paths(programme.db, [bad, event_ics])
    assert [o.result for o in result.outcomes] == ["error", "error"]
    assert all("\n" not in o.message for o in result.outcomes)
    assert not result.changed


def test_counts(programme):
    import_paths(programme.db, [FILES])
    c = answer_counts(programme.db, programme.workshop)
    assert (c["accepted"], c["declined"], c["tentative"], c["delegated"], c["invited"]) == (1, 1, 1, 1, 0)


def test_reminders_go_to_exactly_those_without_an_answer(programme, tmp_path):
    from email import message_from_bytes, policy

    from qistdesk.services.ics_invites import Office, write_invites
    from qistdesk.services.reply_reminders import write_reminders

    office = Office("Science Office", "office@icdk.example.net")
    write_invites(programme.db, programme.workshop, tmp_path / "inv", office=office, clock=FIXED)
    import_paths(programme.db, [FILES / "outlook-declined.ics", FILES / "google-accepted.eml"])
    run = write_reminders(programme.db, programme.workshop, tmp_path / "rem", office=office, clock=FIXED)
    to = sorted(str(message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0].addr_spec)
                for p in run.files)
    assert to == ["jonas.berg@dtu.example.dk", "lea@dtu.example.dk"]
    mail = message_from_bytes(run.files[0].read_bytes(), policy=policy.default)
    assert mail["Subject"] == "Reminder: Quantum networks workshop"
    cal = next(p for p in mail.walk() if p.get_content_type() == "text/calendar")
    assert cal.get_param("method") == "REQUEST"
    assert re.search(r"SEQUENCE:1\r\n", cal.get_content())


def test_a_zone_only_the_file_defines_is_read_from_its_vtimezone():
    """Exchange writes TZID:Customized Time Zone: no table knows it, the file's VTIMEZONE says it."""
    data = (FILES / "thunderbird-one-date.ics").read_bytes().replace(b"Europe/Copenhagen", b"Customized Time Zone")
    (reply,) = read_reply_file(data, "x.ics")
    assert reply.recurrence_id == datetime(2027, 4, 1, 14, 0, tzinfo=UTC)
    (same,) = read_reply_file((FILES / "thunderbird-one-date.ics").read_bytes(), "y.ics")
    assert same.recurrence_id == reply.recurrence_id


def test_a_delegated_participant_takes_no_seat(db):
    from qistdesk.services import directory, events
    from qistdesk.services.integrity import check
    from qistdesk.services.queries import participants_of

    eid = events.create_event(db, kind="workshop", title="Small room", start=datetime(2027, 6, 14, 9),
                              end=datetime(2027, 6, 14, 17), timezone="Europe/Copenhagen", capacity=2)
    people = [directory.create_person(db, given_name=n) for n in ("Ann", "Bo", "Cy")]
    events.add_participant(db, eid, people[0], invitation_status="accepted")
    events.add_participant(db, eid, people[1], invitation_status="delegated")  # passed it on: no seat
    events.add_participant(db, eid, people[2], invitation_status="invited")
    status = {p["person_id"]: p["invitation_status"] for p in participants_of(db, eid)}
    assert status[people[2]] == "invited"  # the second seat is still free
    fourth = directory.create_person(db, given_name="Dan")
    events.add_participant(db, eid, fourth, invitation_status="invited")
    assert {p["person_id"]: p["invitation_status"] for p in participants_of(db, eid)}[fourth] == "waitlisted"
    assert not [p for p in check(db) if "seated" in str(p)]
