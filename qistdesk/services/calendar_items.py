"""What is on the calendar between two instants: the data behind the Calendar view.

Events (a one-off seminar, a one-day workshop), each scheduled or cancelled
date of a series with its own speaker and topic, conferences as all-day bars
over their days with their sessions as timed items, exchange stays and their
milestones as all-day bars. One read for a whole range, filtered by kind and
by person, so switching weeks costs a few small queries.

Series dates are read through :func:`series_occurrences`, the one adapter
between the calendar and the series expansion (``domain.series.occurrences``).
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable

from sqlalchemy import func, select

from qistdesk.domain import Event, SeriesDate, display_name
from qistdesk.domain.recurrence import HORIZON_YEARS, MAX_DATES
from qistdesk.domain.series import horizon, occurrences
from qistdesk.messages import ngettext
from qistdesk.services import calendar_queries as q
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

#: Stored series rows reach HORIZON_YEARS or MAX_DATES dates: at one date a day at most, this many days.
STORED_DAYS = min(HORIZON_YEARS * 365, MAX_DATES) - 1

#: Kinds an item can have, and the filter groups the view offers.
KINDS = ("seminar", "series-date", "conference", "workshop", "session", "exchange", "milestone")
FILTERS = {"seminars": ("seminar", "series-date"), "conferences": ("conference", "workshop", "session"),
           "exchanges": ("exchange", "milestone")}


@dataclass(slots=True, unsafe_hash=True)  # not frozen: a frozen __init__ costs 4×, and a week holds ~1,000
class CalendarItem:
    """One thing on the calendar. Timed items have instants; all-day items have local dates.
    Treated as immutable: nothing changes an item once made (``dataclasses.replace`` makes another)."""

    key: str                      # "event:<id>", "date:<id>", "session:<id>", "exchange:<id>", "milestone:<id>"
    kind: str                     # one of KINDS
    title: str
    detail: str = ""              # speaker and topic, room, programme
    start_utc: datetime | None = None
    end_utc: datetime | None = None
    first_day: date | None = None  # all-day: first and last local date (inclusive)
    last_day: date | None = None
    zone: str = "UTC"
    event_id: str | None = None
    exchange_id: str | None = None
    venue_id: str | None = None
    room: str = ""
    status: str = ""
    people: frozenset = field(default_factory=frozenset)
    version: int = 0

    @property
    def all_day(self) -> bool:
        return self.start_utc is None

    @property
    def item_id(self) -> str:
        return self.key.partition(":")[2]

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def movable(self) -> bool:
        return not self.all_day and not self.cancelled  # an occ: date gets its row when it moves


@dataclass(frozen=True)
class _Date:
    id: str | None
    event_id: str
    start_utc: datetime
    end_utc: datetime
    status: str
    speaker_id: str | None
    topic: str
    original_start_utc: datetime


def series_occurrences(s, event_ids: Iterable[str], first_utc: datetime, last_utc: datetime,
                       earliest: datetime | None = None) -> list[_Date]:
    """The dates of these series that touch the window, cancelled ones included: the one adapter
    between the calendar (and the bookings) and the series expansion (``domain.series.occurrences``).

    The stored date rows answer at once: with ``earliest`` (no date starts before it and touches
    the window) by the index on their start, else by series. Rows are stored up to
    ``HORIZON_YEARS`` after a series' first date and at most ``MAX_DATES`` of them, so the
    expansion is asked only for series with a date beyond that: an open-ended series, or a long
    one, shown or checked years ahead.
    """
    ids = list(event_ids)
    if not ids:
        return []
    out: list[_Date] = []
    window = {"first": first_utc, "last": last_utc}
    if earliest is not None:  # a week's dates by their start, not every date of hundreds of series
        wanted = set(ids)
        out = [_Date(*row) for row in s.connection().execute(q.DATES_BY_START, {**window, "earliest": earliest})
               if row[1] in wanted]
    else:
        for chunk in _chunks(ids):
            out += [_Date(*row) for row in s.connection().execute(q.DATES_OF_SERIES, {**window, "ids": chunk})]
    beyond = []
    old_enough = last_utc - timedelta(days=STORED_DAYS)  # younger series have every date of the window stored
    for chunk in _chunks(ids):
        starts = dict(s.connection().execute(q.OLD_SERIES, {"ids": chunk, "old": old_enough}).tuples().all())
        if not starts:
            continue
        counts = dict(s.connection().execute(q.DATE_COUNTS, {"ids": sorted(starts)}).tuples().all())
        beyond += [i for i, first_start in starts.items()
                   if last_utc > horizon(first_start) or counts.get(i, 0) >= MAX_DATES]
    if beyond:
        from sqlalchemy.orm import selectinload

        seen = {(d.event_id, d.original_start_utc) for d in out}
        for event in s.scalars(select(Event).where(Event.id.in_(beyond)).options(selectinload(Event.dates))):
            out += [_Date(o.date_id, event.id, o.start_utc, o.end_utc, o.status, o.speaker_id, o.topic or "",
                          o.original_start_utc) for o in occurrences(event, first_utc, last_utc)
                    if (event.id, o.original_start_utc) not in seen]
    return sorted(out, key=lambda d: d.start_utc)


def _chunks(ids, size: int = 500):
    """Slices of an id list small enough for one IN (...) on every database."""
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def items_between(db: Database, first_utc: datetime, last_utc: datetime, *, kinds: Iterable[str] | None = None,
                  person_id: str | None = None, with_participants: bool = False,
                  longest: timedelta | None = None, cache=None) -> list[CalendarItem]:
    """Everything touching ``[first_utc, last_utc)``, sorted by start; ``kinds`` narrows to some of
    :data:`KINDS`, ``person_id`` to what that person takes part in, speaks at, chairs or travels on.
    ``people`` of an item holds its speakers and chairs, and its participants too when
    ``with_participants`` (or a person filter) asks for them (see :func:`participants_of`).
    ``longest`` is :func:`longest_span` when the caller keeps it (read here otherwise); ``cache``, a
    ``calendar_cache.ReadCache`` the caller keeps, gives the stays, milestones and timetables read before."""
    wanted = set(kinds) if kinds is not None else set(KINDS)
    if longest is None:
        longest = longest_span(db)
    # Stays and timetables are read beside the events: SQLite lets go of the GIL while it reads.
    stays = _POOL.submit(_read_exchanges, db, first_utc, last_utc, wanted, cache) \
        if wanted & {"exchange", "milestone"} else None
    timetables = _POOL.submit(_read_timetables, db, first_utc, last_utc, longest, cache) \
        if "session" in wanted else None
    with db.read() as s:
        out = _events(s, first_utc, last_utc, wanted, with_participants or bool(person_id), longest, timetables, db)
    if stays is not None:
        out += stays.result()
    if person_id:
        out = [i for i in out if person_id in i.people]
    out.sort(key=_sort_key)
    return out


_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="qistdesk-calendar-read")


def _read_exchanges(db: Database, first_utc, last_utc, wanted: set[str], cache=None) -> list[CalendarItem]:
    """Exchange stays (the traveller's name read with them) and their milestones."""
    from qistdesk.services.calendar_cache import read_milestones, read_stays

    first, last = (first_utc - timedelta(days=1)).date(), (last_utc + timedelta(days=1)).date()
    out: list[CalendarItem] = []
    with db.read() as s:
        if "exchange" in wanted:
            out += cache.stays(s, first, last) if cache is not None else read_stays(s, first, last)
        if "milestone" in wanted:
            out += cache.milestones(s, first, last) if cache is not None else read_milestones(s, first, last)
    return out


def _read_timetables(db: Database, first_utc, last_utc, longest: timedelta,
                     cache=None) -> dict[str, list[CalendarItem]]:
    """The sessions of the conferences and workshops touching the window (the same events
    :func:`_events` reads), by event."""
    with db.read() as s:
        ids = [r[0] for r in s.connection().execute(q.TIMETABLED, {"first": first_utc, "last": last_utc,
                                                                   "earliest": first_utc - longest})]
        return cache.timetables(s, ids, db) if cache is not None else _sessions(s, ids, db)


def longest_span(db: Database) -> timedelta:
    """The longest event or series date: how far before a window an item may start and still touch it.
    Bounding the start from below lets the index on the start answer (not half the table)."""
    with db.read() as s:
        return _longest(s)


def _longest(s) -> timedelta:
    days = [s.scalar(select(func.max(func.julianday(t.end_utc) - func.julianday(t.start_utc))))
            if s.bind.dialect.name == "sqlite" else
            s.scalar(select(func.max(func.extract("epoch", t.end_utc - t.start_utc)) / 86400))
            for t in (Event, SeriesDate)]
    return timedelta(days=max((float(d) for d in days if d is not None), default=0.0) + 1)


def _sort_key(item: CalendarItem):
    if item.all_day:
        return (0, item.first_day, -(item.last_day - item.first_day).days, item.title)
    return (1, item.start_utc.date(), item.start_utc, item.title)


def _people_of_events(s, event_ids: list[str]) -> dict[str, set[str]]:
    people: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(event_ids):
        for eid, pid in s.connection().execute(q.PARTICIPANTS, {"ids": chunk}):
            people[eid].add(pid)
    return people


def participants_of(db: Database, event_ids: Iterable[str]) -> dict[str, set[str]]:
    """The people taking part (not declined, not waiting) in each of these events."""
    ids = sorted(set(event_ids))
    out: dict[str, set[str]] = defaultdict(set)
    with db.read() as s:
        for start in range(0, len(ids), 500):
            for eid, people in _people_of_events(s, ids[start:start + 500]).items():
                out[eid] |= people
    return out


def _events(s, first_utc, last_utc, wanted: set[str], with_participants: bool,
            longest: timedelta, timetables=None, db: Database | None = None) -> list[CalendarItem]:
    """Events, series dates and sessions of the window, reading only the columns shown (rows are
    unpacked by position: at scale a week holds about a thousand items). With ``db``, the series
    dates and their speakers' names are read on another thread beside the events."""
    earliest = first_utc - longest
    # Series with dates beyond their stored rows: rows cover at least STORED_DAYS after the first date
    rows = s.connection().execute(q.EVENTS, {"first": first_utc, "last": last_utc, "earliest": earliest,
                                             "old": last_utc - timedelta(days=STORED_DAYS)}).all()
    series = {e[0]: e for e in rows if e[8]}
    wants_dates = "series-date" in wanted and bool(series)
    beside = _SIDE_POOL.submit(_read_dates, db, list(series), first_utc, last_utc, earliest) \
        if wants_dates and db is not None else None
    people = _people_of_events(s, [e[0] for e in rows]) if with_participants else defaultdict(set)
    plain = [e for e in rows if not e[8]]
    out = _plain_events(s, plain, wanted, people, timetables, db)
    if wants_dates:
        dates, names = beside.result() if beside is not None else _dates(s, list(series), first_utc, last_utc,
                                                                         earliest)
        out = _series_dates(dates, names, series, people) + out
    return out


def _read_dates(db: Database, series_ids, first_utc, last_utc, earliest):
    with db.read() as s:
        return _dates(s, series_ids, first_utc, last_utc, earliest)


def _dates(s, series_ids, first_utc, last_utc, earliest) -> tuple[list[_Date], dict[str, str]]:
    """The series' dates in the window and their speakers' names."""
    dates = series_occurrences(s, series_ids, first_utc, last_utc, earliest)
    return dates, _names(s, {d.speaker_id for d in dates if d.speaker_id})


def _series_dates(dates, names, series, people) -> list[CalendarItem]:
    out: list[CalendarItem] = []
    for d in dates:
        eid, _kind, title, _a, _b, zone, venue, status, _rule, _v = series[d.event_id]
        speaker = names.get(d.speaker_id, "")
        detail = " — ".join(p for p in (speaker, d.topic) if p)
        key = f"date:{d.id}" if d.id else f"occ:{eid}:{d.original_start_utc.isoformat()}"
        out.append(CalendarItem(key, "series-date", title, detail, d.start_utc, d.end_utc, zone=zone,
                                event_id=eid, venue_id=venue,
                                status="cancelled" if status == "cancelled" else d.status,
                                people=frozenset(people[eid] | ({d.speaker_id} if d.speaker_id else set()))))
    return out


def _plain_events(s, plain, wanted: set[str], people, timetables, db: Database | None = None) -> list[CalendarItem]:
    """One-off events, and conferences and workshops as bars (with their sessions in a week). With
    ``db``, a month's session counts are read on another thread while the events' local times are
    worked out here."""
    out: list[CalendarItem] = []
    timetabled = [e[0] for e in plain if e[1] in ("conference", "workshop")]
    counting = None
    if "session" in wanted:
        with_sessions = timetables.result() if timetables is not None else _sessions(s, timetabled)
        counts = {eid: len(x) for eid, x in with_sessions.items()}
    elif db is not None and timetabled:  # the month shows a conference as its bar: its session count is enough
        with_sessions, counts, counting = {}, {}, _SIDE_POOL.submit(_read_session_counts, db, timetabled)
    else:
        with_sessions, counts = {}, _session_counts(s, timetabled)
    shown = [(row, utc_to_local(row[3], row[5]), utc_to_local(row[4], row[5])) for row in plain
             if row[1] in wanted or (row[1] in ("conference", "workshop") and "session" in wanted)]
    if counting is not None:
        counts = counting.result()
    for (eid, kind, title, start, end, zone, venue, status, _rule, version), local_start, local_end in shown:
        sessions = with_sessions.get(eid, [])
        count = counts.get(eid, 0)
        multi_day = local_end - local_start >= timedelta(hours=20) or local_start.date() != local_end.date()
        involved = frozenset(people[eid] | {p for x in sessions for p in x.people})
        if kind in ("conference", "workshop") and (multi_day or count):
            if kind in wanted:
                last = (local_end - timedelta(microseconds=1)).date()
                out.append(CalendarItem(f"event:{eid}", kind, title, ngettext("{n} session", "{n} sessions", count).format(n=count) if count else "",
                                        first_day=local_start.date(), last_day=last, zone=zone, event_id=eid,
                                        venue_id=venue, status=status, people=involved, version=version))
            if "session" in wanted:
                out += [x if status != "cancelled" else _replace(x, status="cancelled") for x in sessions]
        elif kind in wanted:
            out.append(CalendarItem(f"event:{eid}", kind, title, "", start, end, zone=zone, event_id=eid,
                                    venue_id=venue, status=status, people=involved, version=version))
    return out


def _replace(item: CalendarItem, **changes) -> CalendarItem:
    from dataclasses import replace

    return replace(item, **changes)


def _read_session_counts(db: Database, event_ids: list[str]) -> dict[str, int]:
    with db.read() as s:
        return _session_counts(s, event_ids)


def _session_counts(s, event_ids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(event_ids):
        out.update(s.connection().execute(q.SESSION_COUNTS, {"ids": chunk}).tuples().all())
    return out


def _sessions(s, event_ids: list[str], db: Database | None = None) -> dict[str, list[CalendarItem]]:
    """The timetables of these events; their speakers with their names are read beside them on
    another thread when ``db`` is given (most of the time goes to looking up the names)."""
    out: dict[str, list[CalendarItem]] = defaultdict(list)
    beside = _SIDE_POOL.submit(_read_speakers, db, event_ids) if db is not None and event_ids else None
    rows = []
    for chunk in _chunks(event_ids):
        rows += s.connection().execute(q.SESSIONS, {"ids": chunk}).all()
    speakers = beside.result() if beside is not None else _speakers(s, event_ids)
    for sid, eid, title, start, end, room, chair, version, zone, venue in rows:
        mine = speakers.get(sid, ())
        who = ", ".join(name for _p, name in mine)
        detail = " · ".join(p for p in (room, who) if p)
        involved = {p for p, _n in mine} | ({chair} if chair else set())
        out[eid].append(CalendarItem(f"session:{sid}", "session", title, detail, start, end, zone=zone,
                                     event_id=eid, venue_id=venue, room=room, people=frozenset(involved),
                                     version=version))
    return out


#: Reads speakers beside the sessions and series dates beside the events (its tasks never wait
#: for another task, so _POOL's tasks may wait for them: no deadlock).
_SIDE_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="qistdesk-calendar-side")


def _read_speakers(db: Database, event_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    with db.read() as s:
        return _speakers(s, event_ids)


def _speakers(s, event_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """The speakers of the sessions of these events, in order: session id → [(person id, name)]."""
    speakers: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(event_ids):
        for sid, pid, given, family in s.connection().execute(q.SPEAKERS, {"ids": chunk}):
            speakers[sid].append((pid, _display(given, family)))
    return speakers


#: Names in each culture's order; the same speakers recur week after week.
_display = lru_cache(maxsize=1 << 16)(display_name)


def _names(s, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(i for i in ids if i)):
        for pid, given, family in s.connection().execute(q.NAMES, {"ids": chunk}):
            out[pid] = _display(given, family)
    return out


def local_range(first: date, last: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants bounding local days ``first``..``last`` (inclusive) in a zone, padded a day
    either side so items of the other zone's calendar days are included."""
    from qistdesk.timezones import UTC

    start = datetime.combine(first - timedelta(days=1), datetime.min.time()).replace(tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=2), datetime.min.time()).replace(tzinfo=UTC)
    return start, end
