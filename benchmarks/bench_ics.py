"""Benchmark: export 10,000 events with zones, against plain icalendar, in the same run.

    .venv/bin/python benchmarks/bench_ics.py [--scale 100] [--repeat 5]

Data: ``load_synthetic(db, scale)`` in a temporary database (scale 100 gives
10,000 events, seminars with series among them). Three timings, medians:

* ``qistdesk export``: the real path, ``export_events(db)``: query, build, serialise;
* ``qistdesk build``: the same events already loaded, build and serialise only;
* ``icalendar``: the same loaded events built as ``icalendar.Event`` objects (DTSTART/DTEND
  with TZID, RRULE, EXDATE, SUMMARY, DESCRIPTION, LOCATION, URL), ``add_missing_timezones()``
  and ``to_ical()``: the bare baseline, without any database time.

The ratio printed is icalendar / qistdesk export (above 1 means the app is faster even though
its time includes reading the database).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _load(db):
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from qistdesk.domain import Event, SeriesDate

    with db.read() as s:  # everything the builders read, a date's speaker too (its invite names them)
        events = list(s.scalars(select(Event).options(selectinload(Event.venue),
                                                      selectinload(Event.dates).selectinload(SeriesDate.speaker))
                                .order_by(Event.start_utc, Event.id)))
        for e in events:  # touch what the builders read, then detach
            _ = (e.venue, list(e.dates))
        s.expunge_all()
    return events


def _icalendar(events) -> bytes:
    import icalendar

    from qistdesk.formats.ics.build import venue_text
    from qistdesk.timezones import zone

    cal = icalendar.Calendar()
    cal.add("prodid", "-//bench//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "bench")
    stamp = time.time()
    from datetime import datetime, timezone as tz

    now = datetime.fromtimestamp(stamp, tz.utc)
    for e in events:
        z = zone(e.timezone)
        ve = icalendar.Event()
        ve.add("uid", e.ical_uid)
        ve.add("dtstamp", now)
        ve.add("dtstart", e.start_utc.astimezone(z))
        ve.add("dtend", e.end_utc.astimezone(z))
        if e.series_rule:
            ve.add("rrule", icalendar.vRecur.from_ical(e.series_rule))
            ex = [d.original_start_utc.astimezone(z) for d in e.dates if d.status == "cancelled"]
            if ex:
                ve.add("exdate", ex)
        ve.add("sequence", e.ical_sequence)
        ve.add("summary", e.title)
        if e.description:
            ve.add("description", e.description)
        if e.venue is not None:
            ve.add("location", venue_text(e.venue))
        if e.online_url:
            ve.add("url", e.online_url)
        cal.add_component(ve)
    cal.add_missing_timezones()
    return cal.to_ical()


def _median(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("repeat_arg", nargs="?", type=int, metavar="REPEAT", help="same as --repeat (run.sh passes it)")
    args = ap.parse_args(argv)
    if args.repeat_arg:
        args.repeat = args.repeat_arg
    from qistdesk.formats.ics.build import CalendarWriter
    from qistdesk.services.ics_export import export_events
    from qistdesk.services.synthetic import load_synthetic
    from qistdesk.store import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        t0 = time.perf_counter()
        load_synthetic(db, args.scale)
        print(f"dataset: scale {args.scale} loaded in {time.perf_counter() - t0:.1f} s")
        events = _load(db)
        n = len(events)
        zones = sorted({e.timezone for e in events})
        series = sum(1 for e in events if e.series_rule)
        print(f"events: {n} ({series} series), zones: {', '.join(zones)}")

        def ours_build():
            w = CalendarWriter("PUBLISH", "bench", reminder_minutes=0)
            for e in events:
                w.add_event(e)
            return w.text().encode("utf-8")

        export_t, (text, written) = _median(lambda: export_events(db, name="bench", reminder_minutes=0),
                                            args.repeat)
        build_t, ours = _median(ours_build, args.repeat)
        base_t, theirs = _median(lambda: _icalendar(events), args.repeat)
        db.close()
    assert written == n
    print(f"qistdesk export (db + build + serialise): median {export_t:.3f} s  ({n / export_t:,.0f} events/s)")
    print(f"qistdesk build + serialise only:          median {build_t:.3f} s  ({n / build_t:,.0f} events/s)")
    print(f"icalendar build + serialise (baseline):   median {base_t:.3f} s  ({n / base_t:,.0f} events/s)")
    print(f"ratio icalendar / qistdesk export: {base_t / export_t:.2f}x; "
          f"icalendar / qistdesk build: {base_t / build_t:.2f}x")
    print(f"sizes: qistdesk {len(ours):,} bytes, icalendar {len(theirs):,} bytes")
    from common import Results

    saved = Results("ics", args.repeat, f"Calendar export, {n:,} events")
    base = ("plain icalendar build + serialise", [base_t])
    saved.add("ics.export", "qistdesk export: database read, build, serialise", [export_t], base, max_ratio=1.0,
              target="≤ 1× icalendar", note=f"{n / export_t:,.0f} events/s")
    saved.add("ics.build", "qistdesk build + serialise only", [build_t], base)
    saved.save()
    return 0 if export_t <= base_t else 1


if __name__ == "__main__":
    sys.exit(main())
