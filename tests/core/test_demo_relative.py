"""The demo is built for a given day: something that week, an overdue milestone, a series in the
March clock-change weeks of the coming spring; the pinned day gives the fixed 2027 programme."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest

from qistdesk.services import queries
from qistdesk.services.demo import DEMO_TODAY, load_demo
from qistdesk.timezones import COPENHAGEN, offsets_differ_from_usual, utc_to_local


def _local_days(db, event):
    return [utc_to_local(d["original_start_utc"], COPENHAGEN).date() for d in queries.series_dates(db, event["id"])]


@pytest.mark.parametrize("day", [date(2026, 12, 1), date(2029, 7, 19)])
def test_demo_built_for_a_day_lives_around_it(tmp_path, day):
    from qistdesk.store import open_database

    db = open_database(tmp_path / "demo.sqlite3")
    try:
        load_demo(db, today=day, past=True)  # as the app and `qistdesk demo` build it
        evs = queries.list_events(db)
        monday = day - timedelta(days=day.weekday())
        this_week = [e for e in evs if monday <= utc_to_local(e["start_utc"], e["timezone"]).date()
                     < monday + timedelta(days=7)]
        assert this_week, "nothing in the week of the given day"
        assert queries.milestones_due(db, day - timedelta(days=1)), "no overdue milestone"
        (series,) = [e for e in evs if e["title"] == "QIST Transatlantic Seminar"]
        days = _local_days(db, series)
        assert days[0].month == 2 and days[-1].month == 5 and days[-1] >= day  # this spring or the next
        assert days[0].weekday() == 3 and all(b - a == timedelta(weeks=2) for a, b in zip(days, days[1:]))
        assert any(offsets_differ_from_usual(d) for d in days), "no date in the US/EU clock-change weeks"
        running = [x for x in queries.list_exchanges(db) if x["stage"] == "in-progress"]
        assert running and all(x["start_date"] <= day <= x["end_date"] for x in running)
        upcoming = [e for e in evs if day < utc_to_local(e["start_utc"], e["timezone"]).date()
                    <= day + timedelta(days=60)]
        assert upcoming, "nothing coming in the next two months"
        _last_year_has_a_real_report(db, day)
    finally:
        db.close()


def _last_year_has_a_real_report(db, day):
    """Reports open on "Last calendar year": a past series, a workshop with people, a finished exchange."""
    from qistdesk.services.report_counts import count_period
    from qistdesk.services.reports import cooperation_report, last_calendar_year

    start, end = last_calendar_year(day)
    report = cooperation_report(db, start, end)
    shown = {row.label: row.shown for row in report.headline}
    assert int(shown["Seminar dates"]) >= 5 and shown["Workshops"] == "1", shown
    assert int(shown["Participants (unique people)"]) >= 20, shown
    assert shown["Exchanges"] != "0", shown
    counts = count_period(db, start, end, "Europe/Copenhagen")
    assert counts.exchanges_by_stage["completed"] >= 1
    past = [x for x in queries.list_exchanges(db) if start <= x["start_date"] and x["end_date"] <= end]
    assert past and {x["stage"] for x in past} == {"completed"}  # a stay that began and ended last year


def test_the_pinned_programme_has_no_past_year(demo_db):
    """Tests pin the fixed 2027 programme; the past year is what `past=True` adds (app and CLI)."""
    assert not [e for e in queries.list_events(demo_db) if e["title"].startswith("QIST Autumn")]


def test_the_pinned_day_gives_the_fixed_programme(demo_db):
    evs = {e["kind"]: e for e in queries.list_events(demo_db)}
    assert utc_to_local(evs["conference"]["start_utc"], COPENHAGEN).date() == date(2027, 5, 10)
    assert evs["conference"]["title"] == "Copenhagen Quantum Days 2027"
    (series,) = [e for e in queries.list_events(demo_db) if e["series_rule"]]
    days = _local_days(demo_db, series)
    assert days[0] == date(2027, 2, 4) and days[-1] == date(2027, 5, 27)
    briefing = next(e for e in queries.list_events(demo_db) if e["title"].startswith("Briefing"))
    assert utc_to_local(briefing["start_utc"], briefing["timezone"]).date() == date(2027, 4, 22)  # DEMO_TODAY's week
    assert DEMO_TODAY == date(2027, 4, 20)


def test_cli_demo_today_option(tmp_path):
    target = tmp_path / "x.sqlite3"
    run = lambda *a: subprocess.run([sys.executable, "-m", "qistdesk", "--db", str(target), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    bad = run("demo", "--today", "2026-13-01")
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    ok = run("demo", "--today", "2030-01-15")
    assert ok.returncode == 0, ok.stderr
    listed = run("list", "events")
    assert "Copenhagen Quantum Days 2030" in listed.stdout and "2030-01-17" in listed.stdout  # briefing, Thursday
    assert "QIST Autumn Seminars 2029" in listed.stdout and "2029-06-19 09:00" in listed.stdout  # last year's
