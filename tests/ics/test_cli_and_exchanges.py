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
    from qistdesk.formats.ics.export import export_exchanges, write_file

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
