"""What the calendar reads once and keeps across periods: exchange stays and conference timetables.

A stay lasts months, so every week of it reads the same ~300 stays again; a
conference's sessions are read again by each week it touches, and the six weeks
of a month view share two of them with the next month's. ``ReadCache`` keeps
them between the periods the Calendar shows: the stays of a window half a year
either side of the period asked for (one read serves the weeks and months
around it), the milestones by calendar month of their due date, and each
conference's timetable by event. Whoever keeps a cache
clears it when the data changes (the view's ``PeriodStore`` does); a read that
was under way when it was cleared is not kept.

The readers of stays and milestones live here too (``items_between`` reads
them through a cache or directly).
"""

from __future__ import annotations

import threading
from datetime import date, timedelta

from qistdesk.domain.exchanges import step_title
from qistdesk.messages import _
from qistdesk.services import calendar_queries as q
from qistdesk.services.calendar_items import CalendarItem, _display, _sessions

#: How far either side of a period the stays are read (and kept) at once.
STAY_MARGIN = timedelta(days=182)
#: Timetables kept before the cache starts again (a conference's sessions are a few dozen items).
TIMETABLES_KEPT = 2000
#: Months of milestones kept before the cache starts again.
MONTHS_KEPT = 36


def read_stays(s, first: date, last: date) -> list[CalendarItem]:
    """Exchange stays (not withdrawn) touching local days ``first``..``last``, the traveller's name
    read with them."""
    return [CalendarItem(f"exchange:{eid}", "exchange", _("Exchange: {name}").format(name=_display(given, family) or "?"),
                         program, first_day=start, last_day=end, status=stage, exchange_id=eid,
                         people=frozenset(p for p in (pid, host) if p), version=version)
            for eid, pid, host, start, end, stage, version, program, given, family in s.connection().execute(
                q.STAYS, {"first_day": first, "last_day": last})]


def read_milestones(s, first: date, last: date) -> list[CalendarItem]:
    """Milestones due on local days ``first``..``last`` of stays not withdrawn."""
    return [CalendarItem(f"milestone:{mid}", "milestone", f"{'✓ ' if done else ''}{step_title(title)}",
                         _display(given, family), first_day=due, last_day=due, status="done" if done else "due",
                         exchange_id=xid, people=frozenset(p for p in (pid, host) if p), version=version)
            for mid, title, due, done, version, xid, pid, host, given, family in s.connection().execute(
                q.MILESTONES, {"first_day": first, "last_day": last})]


class ReadCache:
    """Stays and timetables read for one period, kept for the next ones (thread-safe: periods are
    read ahead on worker threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation = 0
        self._stays: tuple[date, date, list[CalendarItem]] | None = None
        self._timetables: dict[str, list[CalendarItem]] = {}
        self._milestones: dict[tuple[int, int], list[CalendarItem]] = {}

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._stays = None
            self._timetables = {}
            self._milestones = {}

    def stays(self, s, first: date, last: date) -> list[CalendarItem]:
        """The stays touching ``first``..``last``, as :func:`read_stays` gives them."""
        with self._lock:
            kept, generation = self._stays, self._generation
        if kept is None or not (kept[0] <= first and last <= kept[1]):
            a, b = first - STAY_MARGIN, last + STAY_MARGIN
            kept = (a, b, read_stays(s, a, b))
            with self._lock:
                if generation == self._generation:
                    self._stays = kept
        return [i for i in kept[2] if i.first_day <= last and i.last_day >= first]

    def timetables(self, s, event_ids: list[str], db=None) -> dict[str, list[CalendarItem]]:
        """The sessions of these events, by event, as ``calendar_items._sessions`` gives them."""
        with self._lock:
            kept, generation = self._timetables, self._generation
            missing = [i for i in event_ids if i not in kept]
        if missing:
            read = _sessions(s, missing, db)
            with self._lock:
                if generation == self._generation:
                    if len(self._timetables) + len(missing) > TIMETABLES_KEPT:
                        self._timetables = {}
                    self._timetables.update({i: read.get(i, []) for i in missing})
            found = {**{i: kept[i] for i in event_ids if i in kept}, **read}
        else:
            found = {i: kept[i] for i in event_ids}
        return {i: x for i, x in found.items() if x}

    def milestones(self, s, first: date, last: date) -> list[CalendarItem]:
        """The milestones due on ``first``..``last``, as :func:`read_milestones` gives them; the
        months not kept yet are read in one go."""
        months = _months(first, last)
        with self._lock:
            kept, generation = self._milestones, self._generation
            missing = [m for m in months if m not in kept]
        if missing:
            a, b = date(*missing[0], 1), _month_end(*missing[-1])
            read: dict[tuple[int, int], list[CalendarItem]] = {m: [] for m in _months(a, b)}
            for item in read_milestones(s, a, b):
                read[(item.first_day.year, item.first_day.month)].append(item)
            with self._lock:
                if generation == self._generation:
                    if len(self._milestones) + len(read) > MONTHS_KEPT:
                        self._milestones = {}
                    self._milestones.update(read)
            kept = {**kept, **read}
        return [i for m in months for i in kept[m] if first <= i.first_day <= last]


def _months(first: date, last: date) -> list[tuple[int, int]]:
    out, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_end(year: int, month: int) -> date:
    return (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
