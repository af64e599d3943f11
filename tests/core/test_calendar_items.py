"""What the calendar shows, read headless: holidays of both countries and the items of a range."""

from __future__ import annotations

from datetime import date, datetime, timezone

from qistdesk.services import calendar_items, holidays_dk_us, scheduling


def test_danish_office_closed_days_and_us_observed_days():
    dk = holidays_dk_us.for_year("DK", 2027)
    assert dk[date(2027, 12, 24)].startswith("Christmas Eve")
    assert dk[date(2027, 6, 5)].startswith("Constitution Day")
    assert dk[date(2027, 5, 6)] == "Ascension Day"
    us = holidays_dk_us.for_year("US", 2027)
    assert us[date(2027, 7, 5)] == "Independence Day (observed)"  # 4 July 2027 is a Sunday
    both = holidays_dk_us.holidays_between(date(2027, 12, 24), date(2027, 12, 25))
    assert ("US", "Christmas Day (observed)") in both[date(2027, 12, 24)]
    assert any(c == "DK" for c, _ in both[date(2027, 12, 24)])
    # the editors' warnings use the same calendar
    assert scheduling.holiday_name("DK", date(2027, 6, 5)).startswith("Constitution Day")


def test_items_of_the_conference_week(demo_db):
    first, last = datetime(2027, 5, 10, tzinfo=timezone.utc), datetime(2027, 5, 17, tzinfo=timezone.utc)
    items = calendar_items.items_between(demo_db, first, last)
    kinds = [i.kind for i in items]
    assert kinds.count("conference") == 1 and kinds.count("session") == 15 and "series-date" in kinds
    conference = next(i for i in items if i.kind == "conference")
    assert (conference.first_day, conference.last_day) == (date(2027, 5, 10), date(2027, 5, 11))
    assert conference.all_day and not conference.movable
    assert {"exchange", "milestone"} <= set(kinds)
    only = calendar_items.items_between(demo_db, first, last, kinds=calendar_items.FILTERS["seminars"])
    assert {i.kind for i in only} == {"series-date"}
    speaker = next(i for i in items if i.kind == "session" and i.title == "Quantum networks")
    person = next(iter(speaker.people))
    mine = calendar_items.items_between(demo_db, first, last, person_id=person)
    assert mine and all(person in i.people for i in mine)


def test_a_read_cache_gives_the_same_items_and_is_cleared_with_the_data(demo_db, monkeypatch):
    """The view keeps stays and timetables across periods (services.calendar_cache): every week
    and month it serves must equal a read without it, and a cleared cache reads the data again."""
    from datetime import timedelta

    from qistdesk.services import calendar_cache, calendar_days

    cache = calendar_cache.ReadCache()
    home = "Europe/Copenhagen"
    windows = [calendar_items.local_range(date(2027, 5, 3) + timedelta(weeks=n),
                                          date(2027, 5, 9) + timedelta(weeks=n), home) for n in (0, 1, 2, 1, -8, 30)]
    windows.append(calendar_items.local_range(date(2027, 4, 26), date(2027, 6, 6), home))  # a month's six weeks
    for first, last in windows:
        assert calendar_items.items_between(demo_db, first, last, cache=cache) == \
            calendar_items.items_between(demo_db, first, last)
    conference_week = windows[1]
    kept = calendar_items.items_between(demo_db, *conference_week, cache=cache)
    assert any(i.kind == "session" for i in kept) and any(i.kind == "exchange" for i in kept)
    stay = next(i for i in kept if i.kind == "exchange")
    calendar_days.move_days(demo_db, stay.key, stay.first_day + timedelta(days=1), stay.last_day + timedelta(days=1))
    cache.clear()  # the view clears it on every data change
    moved = next(i for i in calendar_items.items_between(demo_db, *conference_week, cache=cache) if i.key == stay.key)
    assert moved.first_day == stay.first_day + timedelta(days=1)

    # a read under way when the data changes is not kept
    real = calendar_cache.read_stays

    def cleared_meanwhile(s, first, last):
        out = real(s, first, last)
        cache.clear()
        return out

    monkeypatch.setattr(calendar_cache, "read_stays", cleared_meanwhile)
    cache.clear()
    calendar_items.items_between(demo_db, *conference_week, cache=cache)
    assert cache._stays is None
