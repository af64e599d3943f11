"""The dashboard's "Activity by month" window: the months a planner looks at, around today.

Seen in use: with the demo's past year in the database the chart showed June 2025 – May 2026 on
1 December 2026, the past only, because the window began at the first month with any activity.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from qistdesk.services.dashboard import activity_by_month
from qistdesk.services.events import create_event

UTC = timezone.utc


def _seminar(db, when: datetime, title: str = "Seminar") -> None:
    local = when.astimezone(ZoneInfo("Europe/Copenhagen")).replace(tzinfo=None)
    create_event(db, kind="seminar", title=title, timezone="Europe/Copenhagen", start=local,
                 end=local.replace(hour=local.hour + 1))


def test_the_window_holds_the_past_five_months_this_month_and_what_is_planned(db):
    _seminar(db, datetime(2025, 6, 10, 13, tzinfo=UTC), "Last year's")
    _seminar(db, datetime(2027, 2, 4, 14, tzinfo=UTC), "Planned")

    months = activity_by_month(db, "Europe/Copenhagen", today=date(2026, 12, 1))

    keys = [k for k, _s, _c in months]
    assert keys[0] == "2026-07" and keys[5] == "2026-12" and keys[-1] == "2027-06"
    assert dict((k, s) for k, s, _c in months)["2027-02"] == 1  # what is planned is on the chart


def test_a_programme_that_starts_next_year_shows_its_own_months(db):
    _seminar(db, datetime(2028, 3, 7, 14, tzinfo=UTC))

    months = activity_by_month(db, "Europe/Copenhagen", today=date(2026, 12, 1))

    assert months[0][0] == "2028-03" and months[0][1] == 1 and len(months) == 12


def test_a_programme_all_in_the_past_shows_its_last_year(db):
    _seminar(db, datetime(2024, 9, 3, 14, tzinfo=UTC))

    months = activity_by_month(db, "Europe/Copenhagen", today=date(2026, 12, 1))

    assert months[-1] == ("2024-09", 1, 0) and months[0][0] == "2023-10"


def test_an_empty_programme_shows_the_months_around_today(db):
    months = activity_by_month(db, "Europe/Copenhagen", today=date(2027, 3, 15))

    assert [months[0][0], months[-1][0]] == ["2026-10", "2027-09"]
    assert all(s == c == 0 for _k, s, c in months)
