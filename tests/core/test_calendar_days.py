"""All-day moves on the calendar, headless: a conference's first and last day, and what is warned."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from qistdesk.domain import Event
from qistdesk.domain.validation import ValidationError
from qistdesk.services import calendar_days, queries
from qistdesk.timezones import utc_to_local


def _conference(db):
    event = next(e for e in queries.list_events(db, "conference") if e["title"].startswith("Copenhagen Quantum Days"))
    with db.read() as s:
        row = s.get(Event, event["id"])
        return row.id, row.start_utc, row.end_utc, row.timezone


def _days(db, ident):
    with db.read() as s:
        e = s.get(Event, ident)
        a, b = utc_to_local(e.start_utc, e.timezone), utc_to_local(e.end_utc, e.timezone)
        return a, b


def test_a_new_first_day_keeps_the_time_of_day_and_the_end(demo_db):
    ident, start, end, zone = _conference(demo_db)
    first, last = utc_to_local(start, zone).date(), utc_to_local(end, zone).date()
    item = type("Item", (), {"key": f"event:{ident}", "exchange_id": None, "first_day": first, "last_day": last})()
    warned = calendar_days.day_warnings(demo_db, item, first + timedelta(days=1), last)
    assert any(w.startswith("a session starts before the new first day") for w in warned)
    assert not calendar_days.day_warnings(demo_db, item, first - timedelta(days=1), last)
    # moved whole, two days later: the drop asks about the sessions, so nothing is said while dragging
    assert not calendar_days.day_warnings(demo_db, item, first + timedelta(days=2), last + timedelta(days=2))
    calendar_days.move_days(demo_db, f"event:{ident}", first - timedelta(days=1), last)
    a, b = _days(demo_db, ident)
    old_a = utc_to_local(start, zone)
    assert (a.date(), a.time(), b) == (first - timedelta(days=1), old_a.time(), utc_to_local(end, zone))


def test_a_first_day_after_the_last_is_refused_and_nothing_changes(demo_db):
    ident, start, end, _zone = _conference(demo_db)
    with pytest.raises(ValidationError):
        calendar_days.move_days(demo_db, f"event:{ident}", date(2099, 1, 2), date(2099, 1, 1))
    with demo_db.read() as s:
        e = s.get(Event, ident)
        assert (e.start_utc, e.end_utc) == (start, end)


def test_dragging_an_event_onto_another_warns_about_its_people_booked_twice(demo_db):
    """The briefing moved onto the conference's first afternoon: its participants who also take part
    in the conference are named (a whole event against a whole event; before, only dates and sessions
    were compared, so a plain seminar dragged anywhere never warned)."""
    from qistdesk.services import calendar_items
    from qistdesk.services.calendar_moves import MoveChecker
    from qistdesk.services.scheduling import Preferences

    _ident, start, end, _zone = _conference(demo_db)
    items = calendar_items.items_between(demo_db, start - timedelta(days=30), end + timedelta(days=1),
                                         kinds={"seminar", "conference", "series-date"})
    briefing = next(i for i in items if i.title.startswith("Briefing"))
    checker = MoveChecker(demo_db, items, (start - timedelta(days=30), end + timedelta(days=1)), Preferences())
    at = start + timedelta(hours=6)
    warned = checker.warnings(briefing, at, at + (briefing.end_utc - briefing.start_utc))
    assert any("is also booked for “Copenhagen Quantum Days" in w for w in warned), warned
    assert not any("is also booked" in w for w in checker.warnings(briefing, briefing.start_utc, briefing.end_utc))
