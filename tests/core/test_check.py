"""``qistdesk check`` finds each kind of problem it reports: seeded broken databases.

Each case starts from a copy of the demo (which passes), breaks it the way data arrives
"another way" (a hand edit with sqlite3, an old version, a bug), and runs the command as a
user does: exit code 1, the problem named on its own line, and nothing changed by the check.
"""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from qistdesk.cli.main import main


def _sql(path, *statements: str, foreign_keys: bool = True) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _digest(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


SERIES = "(SELECT id FROM events WHERE series_rule != '' ORDER BY title LIMIT 1)"
CONFERENCE = "(SELECT id FROM events WHERE kind = 'conference' ORDER BY title LIMIT 1)"

CASES = {
    "a record that breaks a field rule": (
        ["UPDATE people SET given_name = '' WHERE id = (SELECT min(id) FROM people)"],
        "given_name is required", True),
    "a series without dates": (
        [f"DELETE FROM series_dates WHERE event_id = {SERIES}"], "is a series without dates", True),
    "series dates without a series rule": (
        [f"UPDATE events SET series_rule = '' WHERE id = {SERIES}"], "but no series rule", True),
    "a series date that ends before it starts": (
        ["UPDATE series_dates SET end_utc = start_utc WHERE id = (SELECT min(id) FROM series_dates)"],
        "ends before it starts", True),
    "a session outside its conference": (
        [f"UPDATE sessions SET start_utc = '2001-01-01 09:00:00.000000', end_utc = '2001-01-01 10:00:00.000000' "
         f"WHERE id = (SELECT min(id) FROM sessions WHERE event_id = {CONFERENCE})"],
        "lies outside the event's dates", True),
    "more seated participants than seats": (
        [f"UPDATE events SET capacity = 1 WHERE id = {CONFERENCE}"], "seated participants for a capacity of 1", True),
    "a reference to a record that is gone": (
        ["UPDATE participations SET person_id = 'no-such-person' WHERE id = (SELECT min(id) FROM participations)"],
        "participations row", False),
}


@pytest.mark.parametrize("case", list(CASES))
def test_check_reports_the_seeded_problem(demo_db, db_path, capsys, case):
    demo_db.close()
    assert main(["--db", str(db_path), "check"]) == 0, capsys.readouterr().out  # the demo passes
    statements, expected, foreign_keys = CASES[case]
    _sql(db_path, *statements, foreign_keys=foreign_keys)
    before = _digest(db_path)
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 1
    out, err = capsys.readouterr()
    assert any(expected in line for line in out.splitlines()), out
    assert "problem(s) found" in err and "Traceback" not in out + err
    assert _digest(db_path) == before  # checking never repairs or changes anything


def test_a_schema_that_is_not_the_current_one(demo_db, db_path):
    """(The CLI upgrades on opening; the check itself still names an old revision.)"""
    from qistdesk.services.integrity import check
    from qistdesk.store import open_database
    from qistdesk.store.migrate import HEAD_REVISION

    demo_db.close()
    _sql(db_path, "UPDATE alembic_version SET version_num = '0003_invite_exdates'")
    db = open_database(db_path, migrate=False)
    try:
        assert [str(p) for p in check(db) if p.where == "schema"] == [
            f"schema: revision 0003_invite_exdates is not the current {HEAD_REVISION}"]
    finally:
        db.close()


def test_a_damaged_file_is_named_not_read(tmp_path, capsys):
    """A file whose pages are garbage: the structural check names it (records are not read)."""
    from qistdesk.services.integrity import check
    from qistdesk.store import open_database

    path = tmp_path / "x.sqlite3"
    open_database(path).close()
    _sql(path, "CREATE TABLE filler (x TEXT)", *["INSERT INTO filler VALUES (randomblob(3000))"] * 40)
    _sql(path, "PRAGMA journal_mode=DELETE")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3:page * 6] = b"\x55" * (page * 3)  # overwrite some pages in the middle
    path.write_bytes(bytes(data))
    from qistdesk.store.database import Database, create_engine_for, resolve_url

    url = resolve_url(path)
    db = Database(url, create_engine_for(url))
    try:
        problems = check(db)
    finally:
        db.close()
    assert problems and all(p.where in ("database", "schema") for p in problems), problems
    assert any("database file" in p.message for p in problems)
