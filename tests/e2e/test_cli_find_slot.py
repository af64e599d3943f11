"""``qistdesk find-slot`` as a user runs it, on the demo programme."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args, db=None, check=True):
    cmd = [sys.executable, "-m", "qistdesk", *(["--db", str(db)] if db else []), *map(str, args)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"{cmd} failed ({result.returncode}): {result.stderr}")
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("slot") / "demo.sqlite3"
    run("demo", "--today", "2027-04-20", db=path)
    people = {f"{p['given_name']} {p['family_name']}": p["id"]
              for p in json.loads(run("list", "people", "--json", db=path).stdout)}
    venues = {v["name"]: v["id"] for v in json.loads(run("list", "venues", "--json", db=path).stdout)}
    return path, people, venues


def test_find_slot_json_avoids_the_conference_and_ascension_day(demo):
    path, people, venues = demo
    mads, michael = people["Mads Kjærgård"], people["Michael Thompson"]
    out = run("find-slot", "--duration", 60, "--people", f"{mads[:8]},{michael[:8]}", "--venue",
              venues["Kvantehuset Meeting Rooms"], "--from", "2027-05-06", "--to", "2027-05-11", "--json", db=path)
    slots = json.loads(out.stdout)
    assert slots and slots[0]["score"] == 0
    # 6 May is Ascension Day (DK), 8-9 May a weekend, 10-11 May Mads speaks at the conference
    assert slots[0]["times"]["Copenhagen"] == "Fri 07 May 2027 14:00–15:00"
    assert slots[0]["times"]["Washington"] == "Fri 07 May 2027 08:00–09:00"
    assert "Kvantehuset Meeting Rooms free" in slots[0]["reasons"]


def test_find_slot_series_text_lists_clashing_dates(demo):
    path, people, _ = demo
    out = run("find-slot", "--duration", 60, "--people", people["Mads Kjærgård"], "--from", "2027-04-29",
              "--to", "2027-04-29", "--series", "weekly", "--count", 3, "--limit", 1, db=path).stdout
    # the second Thursday, 6 May, is Ascension Day in Denmark: named, and listed as the date that clashes
    assert out.startswith("1. Thu 29 Apr 2027 14:00–15:00 Copenhagen")
    assert "holiday: 06 May: Ascension Day (Denmark)" in out and "series: 2 of 3 dates clear; clashes on 06 May" in out


def test_find_slot_bad_input_is_one_line(demo):
    path, _people, _ = demo
    result = run("find-slot", "--duration", 60, "--people", "nobody", "--from", "2027-05-06", "--to", "2027-05-01",
                 db=path, check=False)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    result = run("find-slot", "--duration", 60, "--people", "x", "--from", "May", "--to", "2027-05-01",
                 db=path, check=False)
    assert result.returncode == 1 and "--from" in result.stderr
    someone = next(iter(_people.values()))
    result = run("find-slot", "--duration", 60, "--people", someone, "--room", "Room B", "--from", "2027-05-06",
                 "--to", "2027-05-07", db=path, check=False)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1 and "venue" in result.stderr


def test_find_slot_a_room_of_the_conference_venue(demo):
    """Copenhagen Quantum Days (10–11 May 2027) takes its venue, Auditorium Ørsted, all day; its
    Room A only while a session is in it."""
    path, people, venues = demo
    venue = next(v for name, v in venues.items() if name.startswith("Auditorium Ørsted"))
    args = ("find-slot", "--duration", 30, "--people", people["Clara Bech"], "--venue", venue,  # not at it
            "--from", "2027-05-10", "--to", "2027-05-10", "--limit", 1, "--json")
    whole = json.loads(run(*args, db=path).stdout)[0]  # the venue is free only before the conference starts
    assert whole["score"] > 0 and whole["times"]["Copenhagen"].endswith("08:00–08:30")
    room = json.loads(run(*args, "--room", "room a", db=path).stdout)[0]  # between two sessions in Room A
    assert room["score"] == 0 and not room["dates"][0]["room_busy"]
    assert "room a at Auditorium Ørsted, Øresund University free" in room["reasons"]


def test_check_and_edit_event_move_sessions(tmp_path):
    path = tmp_path / "demo.sqlite3"
    run("demo", "--today", "2027-04-20", db=path)
    conf = next(e for e in json.loads(run("list", "events", "--json", db=path).stdout)
                if e["title"] == "Copenhagen Quantum Days 2027")
    assert "OK" in run("check", db=path).stdout
    out = run("edit", "event", conf["id"][:8], "--start", "2027-05-17T09:00", "--end", "2027-05-18T17:00",
              db=path).stdout
    assert "warning: 15 sessions now lie outside the event" in out and "--move-sessions" in out
    result = run("check", db=path, check=False)
    assert result.returncode == 1 and "lies outside the event" in result.stdout
    out = run("edit", "event", conf["id"][:8], "--start", "2027-05-10T09:00", "--end", "2027-05-11T17:00",
              db=path).stdout
    assert "warning" not in out
    out = run("edit", "event", conf["id"][:8], "--start", "2027-05-17T09:00", "--move-sessions", db=path).stdout
    assert "moved with its 15 sessions" in out
    assert "OK" in run("check", db=path).stdout
