"""Where items go on the calendar: pure geometry, no painting (and no Qt).

Overlapping timed items share a day's width side by side (never hidden):
items that overlap transitively form a cluster, each takes the first free
column, and every item of a cluster is as wide as the cluster has columns.
All-day items take the first row free over all their days, events before
milestones before exchange stays (months long, they would take the top rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from qistdesk.timezones import utc_to_local, zone


@dataclass(slots=True, unsafe_hash=True)  # not frozen: a frozen __init__ costs 4×, and a week places ~900
class Placed:
    """A timed item inside one day: minutes from that local midnight, and its column (treated as
    immutable, like the items)."""

    item: object
    day_index: int
    top_min: float
    bottom_min: float
    column: int
    columns: int
    clipped_top: bool = False
    clipped_bottom: bool = False


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The instants of local midnight starting and ending ``day`` (23 or 25 hours on DST days)."""
    tz = zone(zone_name)
    return (datetime.combine(day, time()).replace(tzinfo=tz),
            datetime.combine(day + timedelta(days=1), time()).replace(tzinfo=tz))


def minutes_of(instant: datetime, day: date, zone_name: str) -> float:
    """Wall-clock minutes of ``instant`` after local midnight of ``day`` (may be < 0 or > 1440)."""
    return _minutes(utc_to_local(instant, zone_name), day)


def _minutes(local: datetime, day: date) -> float:
    return (local.date() - day).days * 1440 + local.hour * 60 + local.minute + local.second / 60


def place_timed(items, days: list[date], zone_name: str) -> list[Placed]:
    """Timed items cut into the shown local days, with side-by-side columns per cluster."""
    out: list[Placed] = []
    by_day: dict[date, list] = {}
    for item in items:  # each item goes to the local days it touches (not every item tested per day)
        if item.all_day:
            continue
        a, b = utc_to_local(item.start_utc, zone_name), utc_to_local(item.end_utc, zone_name)  # once an item
        first, last = a.date(), b.date()
        for n in range(min((last - first).days, 62) + 1):
            by_day.setdefault(first + timedelta(days=n), []).append((item, a, b))
    for index, d in enumerate(days):
        start, end = day_bounds(d, zone_name)
        pieces = []
        for item, a, b in by_day.get(d, ()):
            if item.end_utc <= start or item.start_utc >= end:
                continue
            top, bottom = _minutes(a, d), _minutes(b, d)
            pieces.append((max(top, 0.0), min(bottom, 1440.0), top < 0, bottom > 1440, item))
        pieces.sort(key=lambda p: (p[0], -p[1]))
        out += _columns(pieces, index)
    return out


def _columns(pieces, index: int) -> list[Placed]:
    placed: list[Placed] = []
    cluster: list[tuple] = []
    cluster_end = -1.0

    def flush():
        ends: list[float] = []
        assigned = []
        for top, bottom, ct, cb, item in cluster:
            col = next((i for i, e in enumerate(ends) if e <= top), None)
            if col is None:
                col = len(ends)
                ends.append(bottom)
            else:
                ends[col] = bottom
            assigned.append((top, max(bottom, top + 15), ct, cb, item, col))
        for top, bottom, ct, cb, item, col in assigned:
            placed.append(Placed(item, index, top, bottom, col, len(ends), ct, cb))

    for piece in pieces:
        top, bottom = piece[0], max(piece[1], piece[0] + 15)  # a 5-minute item still gets a readable box
        if cluster and top >= cluster_end:
            flush()
            cluster, cluster_end = [], -1.0
        cluster.append(piece)
        cluster_end = max(cluster_end, bottom)
    if cluster:
        flush()
    return placed


@dataclass(slots=True, unsafe_hash=True)  # not frozen (as Placed): a month lays out ~1,800 a switch
class Bar:
    """An all-day item over columns ``first``..``last`` (inclusive) of the shown days, in ``row``."""

    item: object
    first: int
    last: int
    row: int
    open_left: bool = False
    open_right: bool = False


_ORDER = {"conference": 0, "workshop": 0, "milestone": 1, "exchange": 2}  # events first, long stays last


def all_day_order(item):
    """The order bars take rows in: events, milestones, stays; earlier and longer first."""
    return _ORDER.get(item.kind, 1), item.first_day, -(item.last_day - item.first_day).days


def place_all_day(items, days: list[date], max_rows: int | None = None, presorted: bool = False) -> list[Bar]:
    """All-day items as bars over the shown days, each in the first row free over all its days.
    With ``max_rows``, what finds no free row among them goes to row ``max_rows`` (shown as
    "+N more" only), so hundreds of overlapping stays cost no search. ``presorted``: ``items`` are
    all-day and in :func:`all_day_order` already (the month sorts once for its six weeks)."""
    if not days:
        return []
    first_day, last_day = days[0], days[-1]
    rows: list[int] = []  # per row, a bit per shown day that is taken
    full = (1 << len(days)) - 1
    open_rows: list[int] = []  # rows with a free day left (months-long stays fill rows at once)
    bars: list[Bar] = []
    if presorted:
        shown = [i for i in items if i.last_day >= first_day and i.first_day <= last_day]
    else:
        shown = sorted((i for i in items if i.all_day and i.last_day >= first_day and i.first_day <= last_day),
                       key=all_day_order)
    for item in shown:
        a = max((item.first_day - first_day).days, 0)
        b = min((item.last_day - first_day).days, len(days) - 1)
        mask = ((1 << (b - a + 1)) - 1) << a
        full_rows = max_rows is not None and len(rows) >= max_rows
        if full_rows and mask == full:  # a bar over every shown day fits no row that holds anything
            bars.append(Bar(item, a, b, max_rows, item.first_day < first_day, item.last_day > last_day))
            continue
        row = next((r for r in open_rows if not rows[r] & mask), None)
        if row is None and full_rows:
            bars.append(Bar(item, a, b, max_rows, item.first_day < first_day, item.last_day > last_day))
            continue
        if row is None:
            row = len(rows)
            rows.append(0)
            open_rows.append(row)
        rows[row] |= mask
        if rows[row] == full:
            open_rows.remove(row)
        bars.append(Bar(item, a, b, row, item.first_day < first_day, item.last_day > last_day))
    return bars
