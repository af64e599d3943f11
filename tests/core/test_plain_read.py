"""``list people`` reads a SQLite file through plain sqlite3 when that is all opening would do
(store/reading.py, issue 19): the same records and bytes as through SQLAlchemy, the same file
check and errors, and the usual open (migration, daily copy) whenever it would do more.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3

import pytest

from qistdesk.cli.main import main
from qistdesk.services.directory import create_organization, create_person, create_venue
from qistdesk.services.directory_lists import list_organizations, list_people, list_venues
from qistdesk.store import open_database, opening, reading
from qistdesk.store.migrate import HEAD_REVISION, current_revision, downgrade

AWKWARD = [  # (given, family, organisation key or None, email, job title)
    ("Ada <&> \"Bob\"", "O'Brien & <Sons>", "amp", "ada@example.org", "Lead <b>bold</b> \\ back\\slash"),
    ("Åse", "Ærø", "dk", "", "Forsker — ø/å"),
    ("🦊 Fox", "Émoji 🎉🇩🇰", None, "fox@example.org", "tab\there, new\nline, \u2028sep"),
    ("芳", "王", "dk", "", ""),
    ("민준", "김", None, "", "x" * 60),
    ("Zed", "Aagaard", "amp", "zed@example.org", "same name twice"),
    ("Zed", "Aagaard", None, "zed2@example.org", "same name twice"),
]


@pytest.fixture
def awkward(db_path):
    """A database file with awkward people, closed, with today's daily copy made (as after any
    earlier command today): a plain read is then all a listing needs."""
    db = open_database(db_path)
    orgs = {"amp": create_organization(db, name="Smith & <Wesson> \"Labs\"", sector="industry", country="US"),
            "dk": create_organization(db, name="Københavns Universitet 🏛", sector="academia", country="DK")}
    create_organization(db, name="Nobody's <club> 🦉", sector="to-review", country="DK")  # no people: 0
    for given, family, org, email, title in AWKWARD:
        create_person(db, given_name=given, family_name=family, organization_id=orgs.get(org), email=email,
                      job_title=title, country="DK" if org == "dk" else "", career_stage="senior" if org else "")
    create_venue(db, name="Aula <&> \"Store sal\" 🎻", city="Aarhus C", country="DK", timezone="Europe/Copenhagen",
                 capacity=400)
    create_venue(db, name="Online", timezone="UTC")  # no capacity: NULL
    db.close()
    open_database(db_path).close()  # the daily copy, now that there is data
    return db_path, orgs


def _no_plain_read(monkeypatch):
    monkeypatch.setattr(reading, "_plain", lambda target: (None, None))


def _cli(capsys, *argv):
    capsys.readouterr()
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def _state(path):
    """The file's bytes and mtime, and the backups folder: what a listing must leave alone."""
    backups = sorted(p.name for p in (path.parent / "backups").rglob("*"))
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, backups


def test_both_readers_give_the_same_records(awkward):
    path, orgs = awkward
    reader = reading.open_for_reading(path)
    assert isinstance(reader, reading.FileReader)
    try:
        plain, plain_org = list_people(reader), list_people(reader, organization_id=orgs["amp"])
    finally:
        reader.close()
    db = open_database(path)
    try:
        assert list_people(db) == plain and list_people(db, organization_id=orgs["amp"]) == plain_org
    finally:
        db.close()
    reader = reading.open_for_reading(path)
    try:
        plain_lists = list_organizations(reader), list_venues(reader)
    finally:
        reader.close()
    db = open_database(path)
    try:
        assert (list_organizations(db), list_venues(db)) == plain_lists
    finally:
        db.close()
    assert [(o["name"], o["people"]) for o in plain_lists[0]] == [
        ("Københavns Universitet 🏛", 2), ("Nobody's <club> 🦉", 0), ("Smith & <Wesson> \"Labs\"", 2)]
    assert [v["capacity"] for v in plain_lists[1]] == [400, None]
    assert len(plain) == len(AWKWARD) and [p["family_name"] for p in plain_org] == ["Aagaard", "O'Brien & <Sons>"]
    assert [p["organization"] for p in plain if p["given_name"] == "🦊 Fox"] == [None]
    assert all(type(p["version"]) is int for p in plain)


@pytest.mark.parametrize("what, options, count, shown", [
    ("people", ["--json"], len(AWKWARD), "O'Brien & <Sons>"), ("people", [], len(AWKWARD), "🦊 Fox"),
    ("people", ["--json", "--sector", "industry"], 2, "Aagaard"), ("organizations", ["--json"], 3, "Nobody's"),
    ("organizations", ["--sector", "to-review"], 1, "🦉"), ("venues", [], 2, "Aula <&>"),
    ("venues", ["--json"], 2, "Online")])
def test_the_command_prints_the_same_bytes_both_ways(awkward, capsys, monkeypatch, what, options, count, shown):
    path, _ = awkward
    read = []
    real = reading.FileReader.rows
    monkeypatch.setattr(reading.FileReader, "rows", lambda self, *a: read.append(a) or real(self, *a))
    plain = _cli(capsys, "--db", path, "list", what, *options)
    assert len(read) == 1  # it was a plain read
    _no_plain_read(monkeypatch)
    assert _cli(capsys, "--db", path, "list", what, *options) == plain
    assert plain[0] == 0 and plain[2] == "" and shown in plain[1]
    if options[:1] == ["--json"]:
        assert len(json.loads(plain[1])) == count
    else:
        assert len(plain[1].splitlines()) == count + 1  # the heading


def test_a_listing_writes_nothing(awkward, capsys):
    path, _ = awkward
    before = _state(path)
    assert _cli(capsys, "--db", path, "list", "people", "--json")[0] == 0
    assert _state(path) == before
    reader = reading.open_for_reading(path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader._connection().execute("CREATE TABLE t (x)")  # opened with mode=ro
    finally:
        reader.close()
    assert _state(path) == before


def test_an_old_schema_is_migrated_as_before(awkward, capsys):
    path, _ = awkward
    from alembic.script import ScriptDirectory

    from qistdesk.store.migrate import alembic_config

    previous = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD_REVISION).down_revision
    db = open_database(path)
    downgrade(db, previous)
    db.close()
    rc, out, err = _cli(capsys, "--db", path, "list", "people", "--json")
    assert rc == 0 and err == "" and len(json.loads(out)) == len(AWKWARD)
    db = open_database(path)
    try:
        assert current_revision(db) == HEAD_REVISION
    finally:
        db.close()
    assert list((path.parent / "backups" / path.name).glob("*pre-migration*.sqlite3"))


def test_a_due_daily_copy_is_made_as_before(awkward, capsys):
    path, _ = awkward
    shutil.rmtree(path.parent / "backups")
    reader, checked = reading._plain(path)
    assert reader is None and checked is not None and checked.read_only is None  # a copy is due
    assert _cli(capsys, "--db", path, "list", "people")[0] == 0
    assert list((path.parent / "backups" / path.name).glob("*daily*.sqlite3"))
    reader = reading.open_for_reading(path)  # and with the copy made, the next listing reads plainly
    try:
        assert isinstance(reader, reading.FileReader)
    finally:
        reader.close()


def test_a_server_url_or_a_new_file_opens_as_usual(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("qistdesk.store.opening.open_database",
                        lambda target, **kw: opened.append((target, kw)) or "opened")
    url = "postgresql+psycopg://nina@db.office.example/qistdesk"
    assert reading.open_for_reading(url) == "opened"
    new = tmp_path / "new.sqlite3"
    assert reading.open_for_reading(new) == "opened"
    assert opened == [(url, {"checked": None}), (new, {"checked": None})] and not new.exists()


def test_a_file_others_may_read_is_made_private_as_before(awkward):
    path, _ = awkward
    path.chmod(0o644)
    db = reading.open_for_reading(path)
    try:
        assert not isinstance(db, reading.FileReader)
    finally:
        db.close()
    assert path.stat().st_mode & 0o077 == 0


def test_a_check_that_ends_read_only_lists_with_its_notice_as_before(awkward, capsys, monkeypatch):
    """The plain read awaits the file check after its query: when the check cannot write (an I/O
    error, not damage), the rows come through a read-only open with the same notice as ever."""
    from qistdesk.store import early, filecheck

    path, _ = awkward
    real = filecheck._quick_check

    def failing_write_check(where, uri_flags=""):
        if uri_flags:
            return real(where, uri_flags)
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 10  # SQLITE_IOERR
        return None, error

    monkeypatch.setattr(filecheck, "_quick_check", failing_write_check)
    monkeypatch.setattr(early, "start_check", lambda where: None)  # so the check runs now, failing
    opened = []
    real_open = opening.open_database
    monkeypatch.setattr(opening, "open_database", lambda *a, **k: opened.append(k) or real_open(*a, **k))
    plain = _cli(capsys, "--db", path, "list", "people", "--json")
    assert [k["checked"].read_only for k in opened] == ["io"]  # the plain reader's late turn to a read-only open
    _no_plain_read(monkeypatch)
    assert _cli(capsys, "--db", path, "list", "people", "--json") == plain
    rc, out, err = plain
    assert rc == 0 and len(json.loads(out)) == len(AWKWARD)
    assert err.count("\n") == 1 and "input/output error" in err and "read-only" in err


def test_a_file_that_is_no_database_gives_the_same_line(tmp_path, capsys, monkeypatch):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    path.chmod(0o600)
    before = path.read_bytes()
    plain = _cli(capsys, "--db", path, "list", "people", "--json")
    _no_plain_read(monkeypatch)
    assert _cli(capsys, "--db", path, "list", "people", "--json") == plain
    rc, out, err = plain
    assert rc == 1 and out == "" and err.count("\n") == 1 and "not a SQLite database" in err
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_damaged_file_is_refused_and_moved_aside_as_before(awkward, capsys):
    path, _ = awkward
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page: 5 * page] = b"\xa5" * (2 * page)  # two pages of a table and its index
    path.write_bytes(bytes(data))
    rc, out, err = _cli(capsys, "--db", path, "list", "people", "--json")
    assert rc == 1 and out == "" and err.count("\n") == 1 and "is damaged" in err and "moved aside" in err
    assert not path.exists() and list(path.parent.glob("test-damaged-*.sqlite3"))


@pytest.mark.parametrize("n", [1, 2, 999, 1000, 1001, 2345])
def test_records_are_written_in_chunks_as_one_record_a_line(capsys, n):
    """print_json/print_table write ~1,000 lines per call (a pipe gets large writes); the text is
    what one ``json.dumps`` per line and one line per row give."""
    from datetime import datetime

    from qistdesk.cli.common import json_default, print_json, print_table

    rows = [{"id": f"{i:08d}-x", "name": "Å <&> \"q\" 🦊\n" * (i % 3), "n": i, "none": None,
             "at": datetime(2027, 4, 20, 9, i % 60)} for i in range(n)]
    print_json(rows)
    expected = "[\n" + ",\n".join("  " + json.dumps(r, ensure_ascii=False, default=json_default) for r in rows) + "\n]\n"
    assert capsys.readouterr().out == expected
    print_table(rows, [("id", "ID"), ("n", "N"), ("at", "At")])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == n + 1 and lines[-1].startswith(f"{n - 1:08d}-x") and lines[1].endswith("2027-04-20 09:00")
