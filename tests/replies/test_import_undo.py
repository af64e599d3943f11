"""Every import is one undoable step: undo gives back the database as it was, redo the one after the import.

The imports record what their one transaction wrote (``services.journal``); the
check here is a full dump of the SQLite file (every table, every column, rows
sorted), taken before the import, after it, after Undo and after Redo.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from qistdesk.services import journal

pytestmark = pytest.mark.sqlite_only

NEW_EVENT = """BEGIN:VEVENT
UID:brand-new-2027@example.org
DTSTAMP:20270101T090000Z
DTSTART:20270610T080000Z
DTEND:20270610T100000Z
SUMMARY:Quantum policy breakfast
LOCATION:Glyptoteket, Dantes Plads 7
END:VEVENT
"""


def dump(path) -> list[str]:
    """Every statement of the file's SQL dump, sorted (a re-inserted row may get another rowid)."""
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.iterdump())
    finally:
        conn.close()


def _round_trip(db, db_path, run):
    """Import with ``run`` (it returns the journal), then check Undo and Redo against full dumps."""
    before = dump(db_path)
    changes = run()
    assert changes, "the import recorded nothing"
    after = dump(db_path)
    assert after != before
    journal.undo(db, changes)
    assert dump(db_path) == before
    journal.redo(db, changes)
    assert dump(db_path) == after
    journal.undo(db, changes)
    assert dump(db_path) == before
    return changes


def test_calendar_import_updates_a_series_adds_an_event_and_undo_restores_everything(demo_db, db_path):
    from qistdesk.services.ics_export import export_event
    from qistdesk.services.ics_import import apply_import, preview_import
    from qistdesk.services.queries import list_events

    series = next(e for e in list_events(demo_db) if e["series_rule"])
    text = export_event(demo_db, series["id"])
    text = (text.replace("UNTIL=20270531T140000Z", "UNTIL=20270401T140000Z")  # fewer dates: rows go
            .replace("SEQUENCE:0", "SEQUENCE:4")
            .replace("SUMMARY:QIST Transatlantic Seminar\r\n", "SUMMARY:QIST Transatlantic Seminar (spring)\r\n")
            .replace("END:VCALENDAR", NEW_EVENT.replace("\n", "\r\n") + "END:VCALENDAR"))
    preview = preview_import(demo_db, text.encode(), source="spring.ics")
    assert preview.count("update") == 1 and preview.count("new") == 1

    def run():
        result = apply_import(demo_db, preview, record=True)
        assert result.created == 1 and result.updated == 1
        return result.changes

    changes = _round_trip(demo_db, db_path, run)
    assert changes.count("series_dates", "removed") > 0  # orphans of the shortened series came back
    assert changes.count("venues", "created") == 1 and changes.count("events", "created") == 1


def test_csv_import_of_people_and_participants_is_undone_exactly(demo_db, db_path):
    from qistdesk.formats.csv_io.mapping import guess_mapping
    from qistdesk.formats.csv_io.reader import read_bytes
    from qistdesk.services.people_csv import import_people
    from qistdesk.services.queries import list_events, list_people

    known = next(p for p in list_people(demo_db) if p["email"])
    event = next(e for e in list_events(demo_db) if e["kind"] == "conference")
    data = ("Name;E-mail;Organisation;Phone\n"
            f"{known['given_name']} {known['family_name']};{known['email']};;+45 3312 3456\n"
            "Karen Blixen;karen@rungstedlund.example.dk;Rungstedlund Fonden;\n"
            "Piet Hein;piet@gruk.example.dk;;\n").encode("utf-8-sig")
    table = read_bytes(data)

    def run():
        plan = import_people(demo_db, table, guess_mapping(table.headers), event["id"], record=True)
        return plan.changes

    changes = _round_trip(demo_db, db_path, run)
    assert changes.count("people", "created") == 2
    assert changes.count("organizations", "created") == 1
    assert changes.count("participations", "created") >= 2


def test_json_document_import_is_undone_exactly(demo_db, db_path):
    from qistdesk.services.documents import export_document, import_document

    doc = export_document(demo_db)
    doc["people"][0]["job_title"] = "Chief <Quantum> & Co"
    doc["people"].append({"id": "11111111-2222-3333-4444-555555555555", "given_name": "Ny",
                          "family_name": "Person"})
    doc["events"][0]["title"] = "Renamed by the document"
    doc = json.loads(json.dumps(doc))

    def run():
        return import_document(demo_db, doc, record=True).changes

    changes = _round_trip(demo_db, db_path, run)
    assert changes.count("people", "created") == 1 and changes.count("people", "changed") == 1


def test_reply_import_is_undone_exactly(programme, db_path):
    FILES = Path(__file__).parent / "files"

    from qistdesk.services.replies import import_paths

    _round_trip(programme.db, db_path,
                lambda: import_paths(programme.db, sorted(FILES.glob("*.eml")) + [FILES / "outlook-counter.ics"],
                                     record=True).changes)


def test_undo_refuses_when_a_row_changed_since_and_changes_nothing(demo_db, db_path):
    from qistdesk.formats.csv_io.mapping import guess_mapping
    from qistdesk.formats.csv_io.reader import read_bytes
    from qistdesk.services import directory
    from qistdesk.services.people_csv import import_people

    table = read_bytes(b"Name,E-mail\nKaren Blixen,karen@rungstedlund.example.dk\n")
    changes = import_people(demo_db, table, guess_mapping(table.headers), record=True).changes
    pid = changes.ids("people")[0]
    directory.update_person(demo_db, pid, job_title="Author")  # someone edits the new person meanwhile
    edited = dump(db_path)
    with pytest.raises(journal.ChangedSince, match="changed elsewhere"):
        journal.undo(demo_db, changes)
    assert dump(db_path) == edited


def test_a_bulk_statement_in_a_recorded_unit_is_refused(db):
    from sqlalchemy import update

    from qistdesk.domain import Person

    with pytest.raises(RuntimeError, match="cannot be undone"):
        with journal.recorded_write(db) as (s, _changes):
            s.execute(update(Person).values(job_title="x"))
