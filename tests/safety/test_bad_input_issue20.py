"""The bad inputs of issue 20 through the command line: each gives one line naming the field,
exit 1, and the database unchanged (its dump compared before and after). Never a traceback."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from .conftest import Cli, dump_digest


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict]:
    from qistdesk.services import directory, events
    from qistdesk.store import open_database

    folder = tmp_path_factory.mktemp("bad20")
    path = folder / "template.sqlite3"
    db = open_database(path)
    directory.create_person(db, given_name="Nina", email="nina@example.dk")
    events.create_event(db, kind="seminar", title="Seed", start="2027-01-07T16:00", end="2027-01-07T17:00",
                        timezone="Europe/Copenhagen")
    db.close()
    from qistdesk.cli.main import main

    assert main(["--db", str(path), "export", "json", "-o", str(folder / "doc.json")]) == 0
    return path, json.loads((folder / "doc.json").read_text(encoding="utf-8"))


def _person(doc, **fields):
    doc["people"][0].update(fields)


def _event(doc, **fields):
    doc["events"][0].update(fields)


#: name -> (change to the exported document, words the one-line message must hold)
JSON_ITEMS = {
    "number beyond 64 bits": (lambda d: _event(d, capacity=2 ** 70), "events[0].capacity: is too large"),
    "sequence beyond 64 bits": (lambda d: _event(d, ical_sequence=2 ** 64), "events[0].ical_sequence"),
    "5,000-digit integer": (lambda d: _event(d, ical_sequence="@DIGITS@"), "events[0].ical_sequence"),
    "9999-12-31 -12:00": (lambda d: _event(d, start="9999-12-31T23:00:00-12:00", end="9999-12-31T23:30:00-12:00"),
                          "events[0].start: '9999-12-31T23:00:00-12:00' falls outside the calendar"),
    "0001-01-01 +01:00": (lambda d: _event(d, start="0001-01-01T00:30:00+01:00", end="0001-01-01T00:45:00+01:00"),
                          "events[0].start"),
    "year 9000 (series would overflow)": (lambda d: _event(d, start="9000-01-01T10:00:00+00:00",
                                                           end="9000-01-01T11:00:00+00:00"),
                                          "must be in the years 1900"),
    "lone surrogate in a name": (lambda d: _person(d, given_name="Ni\ud800na"), "people[0].given_name: contains a broken"),
    "NUL in a name": (lambda d: _person(d, given_name="Ni\x00na"), "people[0].given_name: contains a NUL"),
    "FREQ=SECONDLY;COUNT=1000000000": (lambda d: _event(d, series_rule="FREQ=SECONDLY;COUNT=1000000000"),
                                       "events[0].series_rule: FREQ=SECONDLY"),
    "COUNT=1000000000": (lambda d: _event(d, series_rule="FREQ=WEEKLY;COUNT=1000000000"), "events[0].series_rule: COUNT"),
    "garbage rule text": (lambda d: _event(d, series_rule="every blue moon;;=="), "events[0].series_rule"),
}


@pytest.mark.parametrize("name", sorted(JSON_ITEMS))
def test_bad_json_gives_one_line_and_changes_nothing(name, template, tmp_path, capsys):
    import shutil

    path, doc = template
    change, words = JSON_ITEMS[name]
    bad = copy.deepcopy(doc)
    change(bad)
    text = json.dumps(bad, ensure_ascii=True).replace('"@DIGITS@"', "9" * 5000)
    source = tmp_path / "bad.json"
    source.write_text(text, encoding="utf-8")
    db_path = tmp_path / "db.sqlite3"
    shutil.copy(path, db_path)
    before = dump_digest(db_path)
    rc, out, err = Cli(capsys, db_path)("import", "json", source)
    lines = [line for line in err.splitlines() if not line.startswith("qistdesk: warning:")]
    assert rc == 1 and len(lines) == 1 and lines[0].startswith("qistdesk: error: "), err
    assert words in lines[0] and "unexpected" not in lines[0] and "Traceback" not in out + err
    assert dump_digest(db_path) == before


def test_editors_refuse_the_same_series_rule(db):
    """The JSON door and the editors' service share the one rule check."""
    from qistdesk.services import events
    from qistdesk.services.errors import USER_ERRORS

    with pytest.raises(USER_ERRORS, match="SECONDLY"):
        events.create_event(db, kind="seminar", title="S", start="2027-01-07T16:00", end="2027-01-07T17:00",
                            timezone="Europe/Copenhagen", series_rule="FREQ=SECONDLY;COUNT=1000000000")


def test_an_unexpected_error_is_still_one_line(db_path, db, capsys, monkeypatch):
    """The last guard: a bug prints one line naming nothing personal, exit 1 (QISTDESK_DEBUG shows it)."""
    from qistdesk.services import directory_lists  # what `list people` calls (also without SQLAlchemy)

    monkeypatch.delenv("QISTDESK_DEBUG", raising=False)
    monkeypatch.setattr(directory_lists, "list_people", lambda *a, **k: 1 / 0)
    rc, out, err = Cli(capsys, db_path)("list", "people")
    assert rc == 1 and err.count("\n") == 1 and "unexpected ZeroDivisionError" in err
