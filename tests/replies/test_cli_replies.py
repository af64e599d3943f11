"""The reply commands as a user runs them: real processes, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import FILES, make_programme, outlook_msg


def run(*args, db, check=True):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    cmd = [sys.executable, "-m", "qistdesk", "--db", str(db), *map(str, args)]
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"{cmd} failed ({result.returncode}): {result.stderr}")
    return result


@pytest.fixture
def programme_file(tmp_path):
    from qistdesk.store import open_database

    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    prog = make_programme(db)
    db.close()
    return path, prog


def _status(db_path, event_id):
    rows = json.loads(run("show", "event", event_id, "--json", db=db_path).stdout)["participants"]
    return {r["person_id"]: r["invitation_status"] for r in rows}


def test_import_ics_of_an_outlook_declined_reply_goes_the_replies_way(programme_file):
    db, prog = programme_file
    before = json.loads(run("show", "event", prog.workshop, "--json", db=db).stdout)
    out = run("import", "ics", FILES / "outlook-declined.ics", db=db).stdout
    assert "is a reply to an invitation" in out and "declined" in out
    after = json.loads(run("show", "event", prog.workshop, "--json", db=db).stdout)
    assert _status(db, prog.workshop)[prog.people["nina"]] == "declined"
    for key in ("title", "kind", "start", "end", "zone", "venue", "status"):
        assert after[key] == before[key]


def test_import_replies_of_a_folder_with_json_and_dry_run(programme_file, tmp_path):
    db, prog = programme_file
    folder = tmp_path / "inbox"
    folder.mkdir()
    for f in FILES.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "Declined.msg").write_bytes(outlook_msg())
    dry = json.loads(run("import", "replies", folder, "--dry-run", "--json", db=db).stdout)
    assert dry["dry_run"] and _status(db, prog.workshop)[prog.people["nina"]] == "invited"
    out = run("import", "replies", folder, db=db).stdout
    assert "waiting for review" in out and "replies review" in out
    review = run("replies", "review", db=db).stdout
    assert "Counter-proposal" in review and "Delegation" in review and "Unknown sender" in review
    counts = run("replies", "counts", "--event", prog.workshop, db=db).stdout
    assert counts.strip() == "1 accepted · 1 declined · 1 tentative · 1 delegated · 0 not yet replied"


def test_resolve_a_counter_by_declining(programme_file, tmp_path):
    db, prog = programme_file
    run("import", "replies", FILES / "outlook-counter.ics", db=db)
    rid = json.loads(run("replies", "review", "--json", db=db).stdout)[0]["id"]
    out = run("replies", "resolve", rid[:8], "--decline", tmp_path / "out", db=db).stdout
    assert "wrote" in out and list((tmp_path / "out").glob("declinecounter-*.eml"))
    assert json.loads(run("replies", "review", "--json", db=db).stdout) == []


def test_answer_by_hand_and_bad_input(programme_file, tmp_path):
    db, prog = programme_file
    run("replies", "answer", "--event", prog.workshop, "--person", prog.people["sam"], "accepted",
        "--note", "phoned", db=db)
    assert _status(db, prog.workshop)[prog.people["sam"]] == "accepted"
    missing = run("import", "replies", tmp_path / "nope.eml", db=db, check=False)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
