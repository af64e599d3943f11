"""Edits keep what users did; iTIP order; identity; range exports; damage policy (issue 15)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from qistdesk.cli.main import main
from qistdesk.domain import Event
from qistdesk.services import directory, events as ev
from qistdesk.services.ics_export import export_event, export_events, write_file
from qistdesk.services.ics_import import apply_import, preview_import
from qistdesk.services.ics_invites import Office, write_invites
from qistdesk.services.queries import list_events, series_dates

UTC = timezone.utc
CPH = ZoneInfo("Europe/Copenhagen")


def _ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def _series_with_changes(db):
    """A fortnightly seminar; the 2nd date cancelled, the 3rd moved a day later, the 4th with a speaker."""
    nina = directory.create_person(db, given_name="Nina", family_name="Ørsted", email="nina@example.dk")
    eid = ev.create_event(db, kind="seminar", title="Quantum lunch", start=datetime(2027, 3, 4, 12),
                          end=datetime(2027, 3, 4, 13), timezone="Europe/Copenhagen",
                          series="FREQ=WEEKLY;INTERVAL=2;COUNT=6")
    ev.add_participant(db, eid, nina, role="speaker")
    dates = series_dates(db, eid)
    ev.cancel_series_date(db, dates[1]["id"])
    ev.update_series_date(db, dates[2]["id"], start=datetime(2027, 4, 2, 14), end=datetime(2027, 4, 2, 15))
    ev.update_series_date(db, dates[3]["id"], speaker_id=nina, topic="NV centres")
    return eid, nina


def test_moving_a_series_keeps_cancelled_moved_and_speaker_dates(db, tmp_path, icaljs, clock):
    eid, nina = _series_with_changes(db)
    ev.update_event(db, eid, start=datetime(2027, 3, 5, 10), end=datetime(2027, 3, 5, 11))  # Thu 12:00 -> Fri 10:00
    dates = series_dates(db, eid)
    local = [d["original_start_utc"].astimezone(CPH) for d in dates]
    assert [(t.month, t.day, t.hour) for t in local] == [(3, 5, 10), (3, 19, 10), (4, 2, 10), (4, 16, 10),
                                                         (4, 30, 10), (5, 14, 10)]
    assert [d["status"] for d in dates] == ["scheduled", "cancelled"] + ["scheduled"] * 4
    moved = dates[2]["start_utc"].astimezone(CPH)
    assert (moved.month, moved.day, moved.hour) == (4, 3, 12)  # moved with the series: a day later, 2 h less
    assert dates[3]["speaker_id"] == nina and dates[3]["topic"] == "NV centres"
    # the next invite carries the EXDATE, the move and the speaker's date
    run = write_invites(db, eid, tmp_path, clock=clock, office=Office("Office", "office@example.org"))
    [result] = icaljs(*run.files)
    master = next(e for e in result["events"] if not e["recurrenceId"])
    assert master["exdates"] == [_ms(dates[1]["original_start_utc"])]
    overrides = {e["recurrenceId"]["ms"]: e for e in result["events"] if e["recurrenceId"]}
    assert overrides[_ms(dates[2]["original_start_utc"])]["start"]["ms"] == _ms(dates[2]["start_utc"])
    speaker_date = overrides[_ms(dates[3]["original_start_utc"])]
    assert speaker_date["summary"] == "Quantum lunch: NV centres"
    assert speaker_date["description"].startswith("Speaker: Nina Ørsted")
    starts = {o[0] for o in master["occurrences"]}
    assert _ms(dates[1]["original_start_utc"]) not in starts and _ms(dates[2]["start_utc"]) in starts


def test_a_move_that_would_lose_a_changed_date_is_refused(db):
    eid, _nina = _series_with_changes(db)
    from qistdesk.domain.validation import ValidationError

    with pytest.raises(ValidationError, match="2027-04-15"):  # the speaker's date would fall out of the series
        ev.update_event(db, eid, series="FREQ=WEEKLY;INTERVAL=2;COUNT=3")
    assert len(series_dates(db, eid)) == 6


def test_an_old_invite_after_an_update_changes_nothing(db, tmp_path):
    def invite(seq: int, stamp: str, title: str) -> bytes:
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:itip-1\r\n"
                f"DTSTAMP:{stamp}\r\nSEQUENCE:{seq}\r\nDTSTART:20270310T100000Z\r\nDTEND:20270310T110000Z\r\n"
                f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()

    apply_import(db, preview_import(db, invite(1, "20270105T100000Z", "New title")))
    old = preview_import(db, invite(0, "20270101T100000Z", "Old title"))
    assert [i.action for i in old.items] == ["older"]
    assert "SEQUENCE 0 < 1" in old.all_warnings()[0]
    result = apply_import(db, old)
    assert result.older == 1
    same_seq_older_stamp = preview_import(db, invite(1, "20270104T100000Z", "Older stamp"))
    assert [i.action for i in same_seq_older_stamp.items] == ["older"]
    assert [e["title"] for e in list_events(db)] == ["New title"]


def test_a_range_export_starting_mid_series_holds_the_series(db):
    eid = ev.create_event(db, kind="seminar", title="Long series", start=datetime(2027, 1, 7, 16),
                          end=datetime(2027, 1, 7, 17), timezone="Europe/Copenhagen",
                          series="FREQ=WEEKLY;COUNT=20")
    text, n = export_events(db, start=datetime(2027, 3, 1, tzinfo=UTC), end=datetime(2027, 3, 8, tzinfo=UTC))
    assert n == 1 and "SUMMARY:Long series" in text
    text, n = export_events(db, start=datetime(2027, 6, 1, tzinfo=UTC), end=datetime(2027, 6, 8, tzinfo=UTC))
    assert n == 0
    assert eid


def test_range_export_from_the_command_line(db, db_path, tmp_path):
    ev.create_event(db, kind="seminar", title="Long series", start=datetime(2027, 1, 7, 16),
                    end=datetime(2027, 1, 7, 17), timezone="Europe/Copenhagen", series="FREQ=WEEKLY;COUNT=20")
    db.close()
    out = tmp_path / "range.ics"
    assert main(["--db", str(db_path), "export", "ics", "--all", "--from", "2027-03-01", "--to", "2027-03-08",
                 "-o", str(out)]) == 0
    assert "SUMMARY:Long series" in out.read_text()


# --- identity ---------------------------------------------------------------------------------

def test_an_event_without_uid_gets_a_stable_one_and_reimport_is_unchanged(db):
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft CDO\r\nBEGIN:VEVENT\r\nDTSTAMP:20270101T000000Z\r\n"
            b"DTSTART:20270310T100000Z\r\nDTEND:20270310T110000Z\r\nSUMMARY:No UID\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    first = preview_import(db, data)
    assert [i.action for i in first.items] == ["new"] and "no UID" in first.all_warnings()[0]
    apply_import(db, first)
    again = preview_import(db, data)
    assert [i.action for i in again.items] == ["unchanged"]
    assert again.items[0].uid == first.items[0].uid


def test_sessions_export_imported_again_matches_the_sessions(db):
    eid = ev.create_event(db, kind="conference", title="Quantum Days", start=datetime(2027, 5, 3, 9),
                          end=datetime(2027, 5, 4, 17), timezone="Europe/Copenhagen")
    ev.add_session(db, eid, title="Opening", start=datetime(2027, 5, 3, 9), end=datetime(2027, 5, 3, 10))
    ev.add_session(db, eid, title="Keynote", start=datetime(2027, 5, 3, 10), end=datetime(2027, 5, 3, 11))
    text = export_event(db, eid, sessions=True)
    preview = preview_import(db, text.encode())
    assert sorted(i.action for i in preview.items) == ["unchanged"] * 3
    apply_import(db, preview)
    assert len(list_events(db)) == 1


def test_reimport_of_an_unchanged_series_with_changes_says_unchanged(db):
    eid, _nina = _series_with_changes(db)
    text = export_event(db, eid)
    preview = preview_import(db, text.encode())
    assert [i.action for i in preview.items] == ["unchanged"]


# --- damage policy, decoding, text ------------------------------------------------------------

def _file(*props: str, head: str = "") -> bytes:
    body = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", *([head] if head else []), "BEGIN:VEVENT",
                        "UID:bad-1", "DTSTAMP:20270101T000000Z", *props, "END:VEVENT", "END:VCALENDAR", ""])
    return body.encode("utf-8")


BAD_TZ = ("BEGIN:VTIMEZONE\r\nTZID:Weird\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+99999\r\n"
          "TZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE")


@pytest.mark.parametrize("data,words", [
    (_file("DTSTART:20270310T100000Z", "DURATION:P99999999W", "SUMMARY:x"), "line 8: DURATION"),
    (_file("DTSTART;TZID=Weird:20270310T100000", "SUMMARY:x", head=BAD_TZ), "VTIMEZONE 'Weird' cannot be read"),
    (_file("DTSTART:2027031", "SUMMARY:x"), "line 7: DTSTART"),
    (_file("DTSTART:20270310T100000Z", "RRULE:FREQ=SECONDLY;COUNT=1000000000", "SUMMARY:x"), "FREQ=SECONDLY"),
])
def test_bad_values_give_one_line_exit_1_and_change_nothing(db, db_path, tmp_path, capsys, data, words):
    before = len(list_events(db))
    db.close()
    path = tmp_path / "bad.ics"
    path.write_bytes(data)
    for extra in ([], ["--dry-run"]):  # the same verdict in the dry run
        assert main(["--db", str(db_path), "import", "ics", str(path), *extra]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and words in err[0] and "nothing was imported" in err[0], err
    from qistdesk.store import open_database

    assert len(list_events(open_database(db_path))) == before


def test_unknown_properties_never_crash(db):
    data = _file("DTSTART;TZID=Europe/Berlin:20270310T100000", "X-LIC-LOCATION:Europe/Berlin",
                 "X-MICROSOFT-CDO-TZID:4", "X-WEIRD;FOO=\"a:b\";BAR=1:value", "SUMMARY:Fine")
    preview = preview_import(db, data)
    assert [i.action for i in preview.items] == ["new"]


def test_a_long_title_is_cut_and_says_so(db):
    preview = preview_import(db, _file("DTSTART:20270310T100000Z", "SUMMARY:" + "x" * 5000))
    assert preview.items[0].action == "new" and len(preview.items[0].title) == 300
    assert any("5,000 characters; only the first 300 were kept" in w for w in preview.all_warnings())


def test_text_is_decoded_line_by_line(db):
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:dk-1\r\nDTSTAMP:20270101T000000Z\r\n"
            b"DTSTART:20270310T100000Z\r\nSUMMARY:Kvantem\xc3\xb8de p\xc3\xa5 \xc3\x86r\xc3\xb8\r\n"
            b"LOCATION:K\xf8benhavn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    preview = preview_import(db, data)
    [item] = preview.items
    assert item.title == "Kvantemøde på Ærø"
    assert item.location == "København"
    assert preview.warnings == ["line 9 is not UTF-8; it was read as Windows-1252: 'LOCATION:København'"]


def test_a_date_in_the_dst_gap_moves_forward_in_dry_run_and_import(db):
    data = _file("DTSTART;TZID=Europe/Copenhagen:20270321T023000", "DTEND;TZID=Europe/Copenhagen:20270321T033000",
                 "RRULE:FREQ=WEEKLY;COUNT=2", "SUMMARY:Early")
    preview = preview_import(db, data)
    assert [i.action for i in preview.items] == ["new"]
    assert any("2027-03-28 02:30 does not exist" in w and "03:30" in w for w in preview.all_warnings())
    apply_import(db, preview)
    [e] = list_events(db)
    second = series_dates(db, e["id"])[1]["start_utc"].astimezone(CPH)
    assert (second.day, second.hour, second.minute) == (28, 3, 30)


def test_replies_are_not_imported_as_events(db):
    from qistdesk.formats.ics.importer import ICSReadError

    data = _file("DTSTART:20270310T100000Z", "SUMMARY:x", head="METHOD:REPLY")
    with pytest.raises(ICSReadError, match="METHOD:REPLY"):
        preview_import(db, data)


def test_icalendar_writes_backslash_n_as_a_line_break_so_text_has_its_own_writer():
    """The one icalendar defect the project's own TEXT writer exists for (DESIGN.md)."""
    from icalendar import Calendar, Event as IEvent

    from qistdesk.formats.ics.text import escape_text, unescape_text

    text = "C:\\Users\\Nina"
    event = IEvent()
    event.add("summary", text)
    cal = Calendar()
    cal.add_component(event)
    back = Calendar.from_ical(cal.to_ical()).walk("VEVENT")[0]["SUMMARY"]
    assert back != text  # icalendar's own round trip loses it ...
    assert unescape_text(escape_text(text)) == text  # ... ours keeps it
