"""The command line as a user runs it: real processes, real files, exit codes, stderr."""

import json
import subprocess
import sys

import pytest

from qistdesk import __version__


def run(*args, db=None, check=True):
    cmd = [sys.executable, "-m", "qistdesk", *(["--db", str(db)] if db else []), *map(str, args)]
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"{cmd} failed ({result.returncode}): {result.stderr}")
    return result


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    out = run("demo", db=path)
    assert "Loaded into" in out.stdout
    return path


def snapshot(db):
    return run("export", "json", "-o", "-", "--include-sensitive", db=db).stdout


def test_version():
    assert run("--version").stdout.strip() == f"qistdesk {__version__}"


def test_every_command_has_one_line_help():
    out = run("--help").stdout
    for command in ("demo", "list", "show", "check", "export", "import"):
        assert command in out


@pytest.mark.parametrize("what", ["events", "exchanges", "people", "organizations", "venues"])
def test_list_as_table_and_json(demo_file, what):
    rows = json.loads(run("list", what, "--json", db=demo_file).stdout)
    assert rows and all("id" in r for r in rows)
    table = run("list", what, db=demo_file).stdout
    assert rows[0]["id"][:8] in table


def test_event_json_has_the_promised_fields(demo_file):
    events = json.loads(run("list", "events", "--json", db=demo_file).stdout)
    series = next(e for e in events if e["series_rule"])
    event = json.loads(run("show", "event", series["id"], "--json", db=demo_file).stdout)
    for key in ("id", "kind", "title", "start", "end", "zone", "venue", "status", "series_rule", "participants"):
        assert key in event
    assert event["start"][-6:] in ("+01:00", "+02:00") and event["zone"] == "Europe/Copenhagen"
    conference = next(e for e in events if e["kind"] == "conference")
    detail = json.loads(run("show", "event", conference["id"][:8], "--json", db=demo_file).stdout)
    assert {"person_id", "role", "invitation_status"} <= set(detail["participants"][0])
    assert "Sessions" not in run("show", "event", conference["id"], db=demo_file).stdout


def test_exchange_and_person_json(demo_file):
    exchange = json.loads(run("list", "exchanges", "--json", db=demo_file).stdout)[0]
    record = json.loads(run("show", "exchange", exchange["id"], "--json", db=demo_file).stdout)
    for key in ("participant", "program", "home_organization", "host_organization", "start_date", "end_date",
                "stage", "milestones"):
        assert key in record
    assert {"due_date", "done"} <= set(record["milestones"][0])
    person = json.loads(run("list", "people", "--json", db=demo_file).stdout)[0]
    shown = json.loads(run("show", "person", person["id"], "--json", db=demo_file).stdout)
    assert shown["id"] == person["id"] and "passport_number" not in shown


def test_json_round_trip_between_laptops(demo_file, tmp_path):
    exported = tmp_path / "programme.json"
    run("export", "json", "-o", exported, db=demo_file)
    other = tmp_path / "other.sqlite3"
    assert "new" in run("import", "json", exported, db=other).stdout
    again = tmp_path / "again.json"
    run("export", "json", "-o", again, db=other)
    assert again.read_bytes() == exported.read_bytes()


def test_check_passes_on_demo(demo_file):
    assert run("check", db=demo_file).stdout.startswith("OK")


def test_demo_refuses_a_database_with_data(demo_file):
    before = snapshot(demo_file)
    result = run("demo", db=demo_file, check=False)
    assert result.returncode == 1 and "already holds data" in result.stderr
    assert snapshot(demo_file) == before


def _bad_document(tmp_path, demo_file, mutate):
    doc = json.loads(run("export", "json", "-o", "-", db=demo_file).stdout)
    mutate(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("case,args_of,message", [
    ("unknown id", lambda tmp, db: ["show", "event", "ffffffff"], "no event with id 'ffffffff'"),
    ("malformed json", lambda tmp, db: ["import", "json", _write(tmp, "{ not json")], "is not valid JSON"),
    ("missing file", lambda tmp, db: ["import", "json", tmp / "nope.json"], "no such file"),
    ("end before start", lambda tmp, db: ["import", "json", _bad_document(
        tmp, db, lambda d: d["events"][0].update(end="2020-01-01T00:00:00+00:00"))], "must be after the start"),
    ("time in DST gap", lambda tmp, db: ["import", "json", _bad_document(
        tmp, db, lambda d: d["events"][1].update(start="2027-03-28T02:30", zone="Europe/Copenhagen"))],
     "does not exist in Europe/Copenhagen"),
    ("bad scale", lambda tmp, db: ["demo", "--scale", "0"], "--scale"),
])
def test_bad_input_gives_one_line_and_changes_nothing(demo_file, tmp_path, case, args_of, message):
    before = snapshot(demo_file)
    result = run(*args_of(tmp_path, demo_file), db=demo_file, check=False)
    assert result.returncode != 0, case
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(demo_file) == before


def _write(tmp, text):
    path = tmp / "broken.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_scale_dataset_is_generated(tmp_path):
    db = tmp_path / "scale.sqlite3"
    out = run("demo", "--scale", "1", db=db).stdout
    assert "1,000 people" in out or "people" in out
    assert len(json.loads(run("list", "people", "--json", db=db).stdout)) >= 900
