"""Every instant of an exported file, read by ical.js, equals the database's.

Events sit on both sides of both DST changes of Copenhagen and New York in
2026 and 2027 (the US and EU change on different Sundays, so the weeks between
are where an hour slips), and series run across those weeks.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select

from qistdesk.domain import Event
from qistdesk.services.ics_export import export_event, export_events, write_file
from qistdesk.services import events as ev
from qistdesk.services.queries import series_dates
from qistdesk.timezones import local_to_utc

from .conftest import assert_strict_rfc5545

UTC = timezone.utc
ZONES = ("Europe/Copenhagen", "America/New_York")


def _dst_changes(zone_name: str, year: int) -> list[date]:
    from qistdesk.formats.ics.vtimezone import transitions

    return [t.at_utc.date() for t in transitions(zone_name, year, year)]


def _make_events(db) -> list[str]:
    ids = []
    for year in (2026, 2027):
        for changer in ZONES:
            for day in _dst_changes(changer, year):
                for delta in (-2, -1, 1, 3, 8, 15):
                    for zone_name in ZONES:
                        when = datetime.combine(day + timedelta(days=delta), datetime.min.time()).replace(hour=16)
                        ids.append(ev.create_event(db, kind="workshop", title=f"{zone_name} {when:%F}",
                                                   start=when, end=when + timedelta(hours=1, minutes=30),
                                                   timezone=zone_name))
    for zone_name in ZONES:  # weekly series across both spring and both autumn changes
        for first in (datetime(2026, 2, 19, 16), datetime(2026, 10, 1, 10)):
            ids.append(ev.create_event(db, kind="seminar", title=f"series {zone_name} {first:%F}", start=first,
                                       end=first + timedelta(hours=1), timezone=zone_name,
                                       series="FREQ=WEEKLY;COUNT=14"))
    return ids


def _db_occurrences(event: Event) -> list[tuple[datetime, datetime]]:
    if not event.series_rule:
        return [(event.start_utc, event.end_utc)]
    return [(d.start_utc, d.end_utc) for d in event.dates if d.status != "cancelled"]


def _ms(instant: datetime) -> int:
    return int(instant.timestamp() * 1000)


def test_every_instant_matches_across_dst_changes(db, tmp_path, icaljs, clock):
    ids = _make_events(db)
    # Cancel one date and move another of the first series, inside the US–EU gap weeks.
    first_series = ids[-4]
    dates = series_dates(db, first_series)
    ev.cancel_series_date(db, dates[3]["id"])
    ev.update_series_date(db, dates[4]["id"], start=datetime(2026, 3, 20, 9, 0))
    text, n = export_events(db, name="All", clock=clock)
    path = write_file(text, tmp_path / "all.ics")
    assert_strict_rfc5545(path.read_bytes())
    [result] = icaljs(path)
    assert result["method"] == "PUBLISH" and result["calname"] == "All"
    assert set(result["timezones"]) == set(ZONES)
    masters = {e["uid"]: e for e in result["events"] if not e["recurrenceId"]}
    with db.read() as s:
        events = s.scalars(select(Event)).all()
        assert n == len(events) == len(masters)
        checked = 0
        for event in events:
            got = masters[event.ical_uid]
            expected = [(_ms(a), _ms(b)) for a, b in _db_occurrences(event)]
            if event.series_rule:
                seen = [(o[0], o[1]) for o in got["occurrences"]]
            else:
                seen = [(got["start"]["ms"], got["end"]["ms"])]
                assert got["start"]["tzid"] == event.timezone
            assert seen == expected, event.title
            checked += len(expected)
    assert checked > 150


def test_single_series_file_and_vtimezone_only_for_used_years(db, tmp_path, icaljs, clock):
    eid = ev.create_event(db, kind="seminar", title="Fortnightly", start=datetime(2027, 3, 4, 16),
                          end=datetime(2027, 3, 4, 17), timezone="America/New_York",
                          series="FREQ=WEEKLY;INTERVAL=2;UNTIL=20270527")
    text = export_event(db, eid, clock=clock)
    assert "X-WR-CALNAME" not in text
    assert text.count("BEGIN:VTIMEZONE") == 1 and "RDATE" not in text
    path = write_file(text, tmp_path / "one.ics")
    [result] = icaljs(path)
    [master] = result["events"]
    starts = [o[0] for o in master["occurrences"]]
    want = [_ms(local_to_utc(datetime(2027, 3, 4, 16) + timedelta(weeks=2 * i), "America/New_York"))
            for i in range(7)]
    assert starts == want
    # 16:00 New York is 22:00 Copenhagen before 14 March and 21:00 in the gap weeks after.
    assert datetime.fromtimestamp(starts[0] / 1000, UTC).hour == 21
    assert datetime.fromtimestamp(starts[1] / 1000, UTC).hour == 20
