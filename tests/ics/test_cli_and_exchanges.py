"""The command line faces of the calendar feature, and exchange calendars of all-day items."""

from __future__ import annotations

from qistdesk.cli.main import main
from qistdesk.services.queries import list_events, list_exchanges

from .conftest import assert_strict_rfc5545


def test_export_import_invites_from_the_command_line(demo_db, db_path, tmp_path, capsys, icaljs):
    first = list_events(demo_db)[0]["id"]
    demo_db.close()
    assert main(["--db", str(db_path), "export", "ics", "--all", "--name", "Programme", "-o",
                 str(tmp_path / "all.ics")]) == 0
    assert_strict_rfc5545((tmp_path / "all.ics").read_bytes())
    [result] = icaljs(tmp_path / "all.ics")
    assert result["calname"] == "Programme"
    assert main(["--db", str(db_path), "import", "ics", str(tmp_path / "all.ics")]) == 0
    out = capsys.readouterr().out
    assert " 0 new, 0 updated" in out
    assert main(["--db", str(db_path), "export", "invites", "--event", first[:8], "--out", str(tmp_path / "inv"),
                 "--eml", "--ledger"]) == 0
    assert list((tmp_path / "inv").glob("*.eml"))
    assert main(["--db", str(db_path), "export", "ics", "--event", "nope", "-o", str(tmp_path / "x.ics")]) == 1
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n")
    assert main(["--db", str(db_path), "import", "ics", str(broken)]) == 1
    assert "line 4:" in capsys.readouterr().err


def test_exchange_calendar_is_all_day_items(demo_db, tmp_path, icaljs):
    from qistdesk.services.ics_export import export_exchanges, write_file

    ex = list_exchanges(demo_db)[0]
    text = export_exchanges(demo_db, exchange_id=ex["id"])
    path = write_file(text, tmp_path / "ex.ics")
    assert_strict_rfc5545(path.read_bytes())
    [result] = icaljs(path)
    assert result["calname"].startswith("Exchange: ")
    assert result["events"]
    for e in result["events"]:
        assert e["start"]["isDate"] and e["end"]["isDate"]
        assert e["end"]["ms"] - e["start"]["ms"] == 86_400_000
    arrival = next(e for e in result["events"] if e["summary"].startswith("Arrival"))
    assert arrival["start"]["text"] == ex["start_date"].isoformat()


def test_cancel_and_edit_from_the_command_line_drive_the_invite_ledger(demo_db, db_path, tmp_path, capsys):
    """The CLI's edit/cancel commands make the next ``export invites`` an update or a cancellation,
    and a date cancelled before the first invites (an EXDATE in them) never gets a CANCEL later."""
    eid, run, written = _series_cli(demo_db, db_path, tmp_path)

    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "1")) == 0
    first = written("1")
    assert first and {str(c["METHOD"]) for c in first} == {"REQUEST"}
    assert any(c.walk("VEVENT")[0].get("EXDATE") for c in first), "the demo's cancelled date is an EXDATE"

    # Nothing changed: the next run is the same invitation again, with no CANCEL for the old EXDATE.
    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "2")) == 0
    assert {str(c["METHOD"]) for c in written("2")} == {"REQUEST"}

    # One more date cancelled: CANCEL files for exactly that date.
    day = str(first[0].walk("VEVENT")[0]["DTSTART"].dt.date())
    capsys.readouterr()
    assert run("cancel", eid, "--date", day) == 0
    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "3")) == 0
    assert "CANCEL" in capsys.readouterr().out
    cancels = [c for c in written("3") if str(c["METHOD"]) == "CANCEL"]
    assert cancels and {str(c.walk("VEVENT")[0]["RECURRENCE-ID"].dt.date()) for c in cancels} == {day}

    # A new time makes an update: same UID, SEQUENCE raised, a "what changed" line.
    before = first[0].walk("VEVENT")[0]
    start = before["DTSTART"].dt.replace(tzinfo=None)
    new_start = start.replace(hour=start.hour + 1)
    new_end = before["DTEND"].dt.replace(tzinfo=None).replace(hour=new_start.hour + 1)
    assert run("edit", "event", eid, "--start", new_start.isoformat(timespec="minutes"),
               "--end", new_end.isoformat(timespec="minutes")) == 0
    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "4")) == 0
    update = [c for c in written("4") if str(c["METHOD"]) == "REQUEST"][0].walk("VEVENT")[0]
    assert str(update["UID"]) == str(before["UID"])
    assert int(update["SEQUENCE"]) > int(before.get("SEQUENCE", 0))
    assert update["DTSTART"].dt.hour == new_start.hour
    assert "time" in str(update["COMMENT"]) and "changed" in str(update["COMMENT"])

    # The whole event cancelled: METHOD:CANCEL without RECURRENCE-ID.
    assert run("cancel", eid) == 0
    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "5")) == 0
    final = written("5")
    assert final and all(str(c["METHOD"]) == "CANCEL" and not c.walk("VEVENT")[0].get("RECURRENCE-ID")
                         for c in final)


def test_edit_and_cancel_refuse_bad_input_and_change_nothing(demo_db, db_path, tmp_path, capsys):
    series = next(e for e in list_events(demo_db, kind="seminar") if e.get("series_rule"))
    demo_db.close()
    assert main(["--db", str(db_path), "export", "json", "-o", str(tmp_path / "before.json")]) == 0
    bad = [
        (["edit", "event", series["id"], "--start", "2027-03-28T02:30"], "does not exist in Europe/Copenhagen"),
        (["edit", "event", series["id"], "--end", "2020-01-01T10:00"], "after the start"),
        (["edit", "event", series["id"]], "nothing to change"),
        (["edit", "event", "ffffffff", "--title", "x"], "no event"),
        (["cancel", series["id"], "--date", "2027-13-01"], "is not a date"),
        (["cancel", series["id"], "--date", "2030-01-01"], "has no date on 2030-01-01"),
        (["edit", "date", series["id"], "--date", "2030-01-01", "--topic", "x"], "has no date"),
        (["edit", "event", series["id"], "--venue", "zzzz"], "no venue with id"),
    ]
    capsys.readouterr()
    for args, message in bad:
        assert main(["--db", str(db_path), *args]) == 1, args
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1, (args, err)
    assert main(["--db", str(db_path), "export", "json", "-o", str(tmp_path / "after.json")]) == 0
    strip = lambda text: "\n".join(l for l in text.splitlines() if "exported_at" not in l)  # noqa: E731
    assert strip((tmp_path / "before.json").read_text()) == strip((tmp_path / "after.json").read_text())


def test_a_restored_date_makes_an_update_and_a_second_cancellation_is_sent_again(demo_db, db_path, tmp_path):
    eid, run, written = _series_cli(demo_db, db_path, tmp_path)

    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "1")) == 0
    first = written("1")[0].walk("VEVENT")[0]
    day = first["DTSTART"].dt.date().isoformat()
    assert run("cancel", eid, "--date", day) == 0
    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "2")) == 0
    assert any(str(c["METHOD"]) == "CANCEL" for c in written("2"))

    assert run("edit", "date", eid, "--date", day, "--restore") == 0
    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "3")) == 0
    third = written("3")
    assert {str(c["METHOD"]) for c in third} == {"REQUEST"}
    update = third[0].walk("VEVENT")[0]
    assert "dates" in str(update["COMMENT"])
    ex = update.get("EXDATE")
    lists = ex if isinstance(ex, list) else [ex] if ex else []
    exdates = {d.dt.date().isoformat() for item in lists for d in item.dts}
    assert day not in exdates

    assert run("cancel", eid, "--date", day) == 0
    assert run("export", "invites", "--event", eid, "--out", str(tmp_path / "4")) == 0
    again = [c for c in written("4") if str(c["METHOD"]) == "CANCEL"]
    assert again and {c.walk("VEVENT")[0]["RECURRENCE-ID"].dt.date().isoformat() for c in again} == {day}


def test_a_conference_timetable_exports_each_session_at_the_databases_instants(demo_db, db_path, tmp_path, icaljs):
    from qistdesk.services.queries import sessions_of

    conference = max(list_events(demo_db, kind="conferences"), key=lambda e: e["participants"])
    sessions = sessions_of(demo_db, conference["id"])
    demo_db.close()
    target = tmp_path / "timetable.ics"
    assert main(["--db", str(db_path), "export", "ics", "--event", conference["id"], "--sessions",
                 "-o", str(target)]) == 0
    assert_strict_rfc5545(target.read_bytes())
    [result] = icaljs(target)
    items = {e["uid"]: e for e in result["events"]}
    assert len(items) == len(sessions) + 1
    for row in sessions:
        item = items[f"{row['id']}@qistdesk"]
        assert item["summary"] == row["title"]
        assert item["start"]["ms"] == int(row["start_utc"].timestamp() * 1000)
        assert item["end"]["ms"] == int(row["end_utc"].timestamp() * 1000)
        assert item["start"]["tzid"] == conference["timezone"]
        assert conference["title"] in item["description"]
    # The same file again: sessions keep their UIDs, so a calendar updates them instead of adding copies.
    again = tmp_path / "again.ics"
    assert main(["--db", str(db_path), "export", "ics", "--event", conference["id"], "--sessions",
                 "-o", str(again)]) == 0
    assert {e["uid"] for e in icaljs(again)[0]["events"]} == set(items)


def test_invites_dry_run_says_what_would_go_and_writes_nothing(demo_db, db_path, tmp_path, capsys):
    series = next(e for e in list_events(demo_db, kind="seminar") if e.get("series_rule"))
    demo_db.close()
    out = tmp_path / "inv"
    assert main(["--db", str(db_path), "export", "invites", "--event", series["id"], "--out", str(out),
                 "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("REQUEST, SEQUENCE 0, to ")
    assert not out.exists()
    assert main(["--db", str(db_path), "export", "invites", "--event", series["id"], "--out", str(out)]) == 0
    assert main(["--db", str(db_path), "cancel", series["id"]]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "export", "invites", "--event", series["id"], "--out", str(tmp_path / "2"),
                 "--dry-run"]) == 0
    assert "CANCEL" in capsys.readouterr().out and not (tmp_path / "2").exists()


def _series_cli(demo_db, db_path, tmp_path):
    """The demo's seminar series, then the database closed: (its id, run CLI args, calendars in a folder)."""
    from icalendar import Calendar

    eid = next(e for e in list_events(demo_db, kind="seminar") if e.get("series_rule"))["id"]
    demo_db.close()

    def run(*args) -> int:
        return main(["--db", str(db_path), *args])

    def written(folder) -> list:
        return [Calendar.from_ical(p.read_bytes()) for p in sorted((tmp_path / folder).glob("*.ics"))]

    return eid, run, written
