"""Every item of the bad-input corpus through the CLI: a clear one-line message or a correct
result; never a traceback, never a partial write (the database dump is compared)."""

from __future__ import annotations

import json
import shutil
import traceback
from pathlib import Path

import pytest

from .conftest import CORPUS, Cli, dump_digest

EXPECT = json.loads((CORPUS / "expect.json").read_text())
COMMANDS = {"csv": "csv", "names": "csv", "dates": "csv", "sizes": "csv", "ics": "ics", "json": "json"}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One migrated database with a person and an event, copied for every item (fast)."""
    from qistdesk.services import directory, events
    from qistdesk.store import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(path)
    directory.create_person(db, given_name="Existing", email="existing@example.org")
    events.create_event(db, kind="seminar", title="Seed", start="2027-01-07T16:00", end="2027-01-07T17:00",
                        timezone="Europe/Copenhagen")
    db.close()
    return path


def _people(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()


def _run(capsys, template: Path, tmp_path: Path, item: Path, expect: dict, kind: str) -> None:
    db_path = tmp_path / "db.sqlite3"
    shutil.copy(template, db_path)
    cli = Cli(capsys, db_path)
    command = f"import {COMMANDS[kind]}"
    before, people_before = dump_digest(db_path), _people(db_path)
    try:
        rc, out, err = cli(*command.split(), item)
    except SystemExit as exc:  # argparse usage error: still one clear message
        rc, out, err = exc.code, *capsys.readouterr()
    except BaseException:  # noqa: BLE001 - the point of the test
        pytest.fail(f"{item.name}: traceback instead of a message:\n{traceback.format_exc()}")
    assert "Traceback" not in out + err
    if rc == 0:
        assert "error" not in expect, f"{item.name} was accepted but should fail: {out}"
        if "people" in expect:
            assert _people(db_path) == people_before + expect["people"], out
        return
    lines = [line for line in err.splitlines() if not line.startswith("qistdesk: warning:")]
    assert len(lines) == 1 and lines[0].startswith("qistdesk: error: "), err
    assert "people" not in expect, f"{item.name} should import: {err}"
    assert expect.get("error", "") in lines[0]
    assert dump_digest(db_path) == before, f"{item.name}: a failed import changed the database"


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(reason=EXPECT[n]["xfail"], strict=True))
                                  if "xfail" in EXPECT[n] else n for n in sorted(EXPECT)])
def test_corpus_item(capsys, template, tmp_path, name):
    _run(capsys, template, tmp_path, CORPUS / name, EXPECT[name], name.split("/")[0])


def _big(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    if name == "field_200kb.csv":
        path.write_text("Name,Notes\nNina," + "x" * 200_000 + "\n")
    elif name == "field_11mb.csv":
        path.write_text('Name,Notes\nNina,"' + "x" * (11 * 1024 * 1024) + '"\n')
    elif name == "rows_3000.csv":
        path.write_text("Name,E-mail\n" + "".join(f"P {i},p{i}@example.org\n" for i in range(3000)))
    elif name == "file_65mb.csv":
        with open(path, "wb") as handle:  # sparse: costs no disk
            handle.truncate(65 * 1024 * 1024)
    return path


@pytest.mark.parametrize("name,expect", [
    ("field_200kb.csv", {"people": 1}),
    ("field_11mb.csv", {"error": "longer than 10 MB"}),
    ("rows_3000.csv", {"people": 3000}),
    ("file_65mb.csv", {"error": "at most 64 MB"}),
])
def test_sizes(capsys, template, tmp_path, name, expect):
    _run(capsys, template, tmp_path, _big(tmp_path, name), expect, "sizes")


def test_missing_file_is_one_line(capsys, template, tmp_path):
    _run(capsys, template, tmp_path, tmp_path / "nowhere.csv", {"error": "no such file"}, "csv")


def test_a_folder_instead_of_a_file_is_one_line(capsys, template, tmp_path):
    _run(capsys, template, tmp_path, tmp_path, {"error": ""}, "csv")
