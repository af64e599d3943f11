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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable

from sqlalchemy import and_, func, or_, select

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Milestone, Participation, Person,
                             SeriesDate, SessionSpeaker, display_name)
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

#: Kinds an item can have, and the filter groups the view offers.
KINDS = ("seminar", "series-date", "conference", "workshop", "session", "exchange", "milestone")
FILTERS = {"seminars": ("seminar", "series-date"), "conferences": ("conference", "workshop", "session"),
           "exchanges": ("exchange", "milestone")}


@dataclass(frozen=True)
class CalendarItem:
    """One thing on the calendar. Timed items have instants; all-day items have local dates."""

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
        return not self.all_day and not self.cancelled and not self.key.startswith("occ:")  # occ: no row yet


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


def series_occurrences(s, event_ids: Iterable[str], first_utc: datetime, last_utc: datetime) -> list[_Date]:
    """The dates of these series that touch the window, cancelled ones included: the one adapter
    between the calendar and the series expansion (``domain.series.occurrences``, issue 15).

    The stored date rows answer at once (one query for all series); the expansion is asked only
    for series whose stored rows end before the window (open-ended series, far in the future).
    """
    ids = list(event_ids)
    if not ids:
        return []
    out = [_Date(r.id, r.event_id, r.start_utc, r.end_utc, r.status, r.speaker_id, r.topic or "",
                 r.original_start_utc)
           for r in s.execute(select(SeriesDate.id, SeriesDate.event_id, SeriesDate.start_utc, SeriesDate.end_utc,
                                     SeriesDate.status, SeriesDate.speaker_id, SeriesDate.topic,
                                     SeriesDate.original_start_utc)
                              .where(SeriesDate.event_id.in_(ids), SeriesDate.start_utc < last_utc,
                                     SeriesDate.end_utc > first_utc))]
    stored_until = dict(s.execute(select(SeriesDate.event_id, func.max(SeriesDate.original_start_utc))
                                  .where(SeriesDate.event_id.in_(ids)).group_by(SeriesDate.event_id)).tuples().all())
    beyond = [i for i in ids if stored_until.get(i) is None or stored_until[i] < last_utc]
    if beyond:
        from sqlalchemy.orm import selectinload

        from qistdesk.domain.series import occurrences

        seen = {(d.event_id, d.original_start_utc) for d in out}
        for event in s.scalars(select(Event).where(Event.id.in_(beyond)).options(selectinload(Event.dates))):
            out += [_Date(o.date_id, event.id, o.start_utc, o.end_utc, o.status, o.speaker_id, o.topic or "",
                          o.original_start_utc) for o in occurrences(event, first_utc, last_utc)
                    if (event.id, o.original_start_utc) not in seen]
    return sorted(out, key=lambda d: d.start_utc)


def items_between(db: Database, first_utc: datetime, last_utc: datetime, *, kinds: Iterable[str] | None = None,
                  person_id: str | None = None, with_participants: bool = False) -> list[CalendarItem]:
    """Everything touching ``[first_utc, last_utc)``, sorted by start; ``kinds`` narrows to some of
    :data:`KINDS`, ``person_id`` to what that person takes part in, speaks at, chairs or travels on.
    ``people`` of an item holds its speakers and chairs, and its participants too when
    ``with_participants`` (or a person filter) asks for them (see :func:`participants_of`)."""
    wanted = set(kinds) if kinds is not None else set(KINDS)
    with db.read() as s:
        out = _events(s, first_utc, last_utc, wanted, with_participants or bool(person_id))
        if wanted & {"exchange", "milestone"}:
            out += _exchanges(s, first_utc, last_utc, wanted)
    if person_id:
        out = [i for i in out if person_id in i.people]
    out.sort(key=_sort_key)
    return out


def _sort_key(item: CalendarItem):
    if item.all_day:
        return (0, item.first_day, -(item.last_day - item.first_day).days, item.title)
    return (1, item.start_utc.date(), item.start_utc, item.title)


def _people_of_events(s, event_ids: list[str]) -> dict[str, set[str]]:
    people: dict[str, set[str]] = defaultdict(set)
    if event_ids:
        for eid, pid in s.execute(select(Participation.event_id, Participation.person_id)
                                  .where(Participation.event_id.in_(event_ids),
                                         Participation.invitation_status.notin_(("declined", "waitlisted")))):
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


def _events(s, first_utc, last_utc, wanted: set[str], with_participants: bool) -> list[CalendarItem]:
    live_dates = select(SeriesDate.event_id).where(SeriesDate.start_utc < last_utc, SeriesDate.end_utc > first_utc)
    open_ended = and_(Event.series_rule != "", Event.start_utc < last_utc, Event.series_rule.not_like("%COUNT=%"),
                      Event.series_rule.not_like("%UNTIL=%"))  # dates beyond the stored rows
    rows = s.execute(select(Event.id, Event.kind, Event.title, Event.start_utc, Event.end_utc, Event.timezone,
                            Event.venue_id, Event.status, Event.series_rule, Event.version)
                     .where(or_(and_(Event.start_utc < last_utc, Event.end_utc > first_utc),
                                Event.id.in_(live_dates), open_ended))).all()
    people = _people_of_events(s, [e.id for e in rows]) if with_participants else defaultdict(set)
    series = [e for e in rows if e.series_rule]
    plain = [e for e in rows if not e.series_rule]
    out: list[CalendarItem] = []
    if "series-date" in wanted and series:
        by_id = {e.id: e for e in series}
        dates = series_occurrences(s, by_id, first_utc, last_utc)
        names = _names(s, {d.speaker_id for d in dates if d.speaker_id})
        for d in dates:
            e = by_id[d.event_id]
            speaker = names.get(d.speaker_id, "")
            detail = " — ".join(p for p in (speaker, d.topic) if p)
            status = "cancelled" if e.status == "cancelled" else d.status
            key = f"date:{d.id}" if d.id else f"occ:{e.id}:{d.original_start_utc.isoformat()}"
            out.append(CalendarItem(key, "series-date", e.title, detail, d.start_utc, d.end_utc,
                                    zone=e.timezone, event_id=e.id, venue_id=e.venue_id, status=status,
                                    people=frozenset(people[e.id] | ({d.speaker_id} if d.speaker_id else set()))))
    with_sessions = _sessions(s, [e.id for e in plain if e.kind != "seminar"], first_utc, last_utc)
    for e in plain:
        if e.kind not in wanted and not (e.kind in ("conference", "workshop") and "session" in wanted):
            continue
        sessions = with_sessions.get(e.id, [])
        local_start, local_end = utc_to_local(e.start_utc, e.timezone), utc_to_local(e.end_utc, e.timezone)
        multi_day = local_end - local_start >= timedelta(hours=20) or local_start.date() != local_end.date()
        involved = frozenset(people[e.id] | {p for x in sessions for p in x.people})
        if e.kind in ("conference", "workshop") and (multi_day or sessions):
            if e.kind in wanted:
                last = (local_end - timedelta(microseconds=1)).date()
                out.append(CalendarItem(f"event:{e.id}", e.kind, e.title, f"{len(sessions)} sessions" if sessions
                                        else "", first_day=local_start.date(), last_day=last, zone=e.timezone,
                                        event_id=e.id, venue_id=e.venue_id, status=e.status, people=involved,
                                        version=e.version))
            if "session" in wanted:
                out += [x if e.status != "cancelled" else _replace(x, status="cancelled") for x in sessions]
        elif e.kind in wanted:
            out.append(CalendarItem(f"event:{e.id}", e.kind, e.title, "", e.start_utc, e.end_utc, zone=e.timezone,
                                    event_id=e.id, venue_id=e.venue_id, status=e.status, people=involved,
                                    version=e.version))
    return out


def _replace(item: CalendarItem, **changes) -> CalendarItem:
    from dataclasses import replace

    return replace(item, **changes)


def _sessions(s, event_ids: list[str], first_utc, last_utc) -> dict[str, list[CalendarItem]]:
    out: dict[str, list[CalendarItem]] = defaultdict(list)
    if not event_ids:
        return out
    rows = s.execute(select(ConferenceSession.id, ConferenceSession.event_id, ConferenceSession.title,
                            ConferenceSession.start_utc, ConferenceSession.end_utc, ConferenceSession.room,
                            ConferenceSession.chair_id, ConferenceSession.version, Event.timezone, Event.venue_id)
                     .join(Event, Event.id == ConferenceSession.event_id)
                     .where(ConferenceSession.event_id.in_(event_ids))).all()
    speakers: dict[str, list[str]] = defaultdict(list)
    if rows:
        for sid, pid in s.execute(select(SessionSpeaker.session_id, SessionSpeaker.person_id)
                                  .where(SessionSpeaker.session_id.in_([r.id for r in rows]))
                                  .order_by(SessionSpeaker.position)):
            speakers[sid].append(pid)
    names = _names(s, {p for ps in speakers.values() for p in ps})
    for r in rows:
        who = ", ".join(names.get(p, "") for p in speakers.get(r.id, []))
        detail = " · ".join(p for p in (r.room, who) if p)
        involved = set(speakers.get(r.id, [])) | ({r.chair_id} if r.chair_id else set())
        out[r.event_id].append(CalendarItem(f"session:{r.id}", "session", r.title, detail, r.start_utc, r.end_utc,
                                            zone=r.timezone, event_id=r.event_id, venue_id=r.venue_id, room=r.room,
                                            people=frozenset(involved), version=r.version))
    return out


def _names(s, ids: set[str]) -> dict[str, str]:
    ids = sorted(i for i in ids if i)
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        for pid, given, family in s.execute(select(Person.id, Person.given_name, Person.family_name)
                                            .where(Person.id.in_(ids[start:start + 500]))):
            out[pid] = display_name(given, family)
    return out


def _exchanges(s, first_utc, last_utc, wanted: set[str]) -> list[CalendarItem]:
    first, last = (first_utc - timedelta(days=1)).date(), (last_utc + timedelta(days=1)).date()
    out: list[CalendarItem] = []
    rows = s.execute(select(Exchange.id, Exchange.person_id, Exchange.host_contact_id, Exchange.start_date,
                            Exchange.end_date, Exchange.stage, Exchange.version, ExchangeProgram.name)
                     .join(ExchangeProgram, ExchangeProgram.id == Exchange.program_id)
                     .where(Exchange.stage != "withdrawn", Exchange.start_date <= last, Exchange.end_date >= first)
                     ).all()
    names = _names(s, {r.person_id for r in rows})
    if "exchange" in wanted:
        for r in rows:
            out.append(CalendarItem(f"exchange:{r.id}", "exchange", f"Exchange: {names.get(r.person_id, '?')}",
                                    r.name, first_day=r.start_date, last_day=r.end_date, status=r.stage,
                                    exchange_id=r.id,
                                    people=frozenset(p for p in (r.person_id, r.host_contact_id) if p),
                                    version=r.version))
    if "milestone" in wanted:
        ms = s.execute(select(Milestone.id, Milestone.title, Milestone.due_date, Milestone.done, Milestone.version,
                              Milestone.exchange_id, Exchange.person_id, Exchange.host_contact_id)
                       .join(Exchange, Exchange.id == Milestone.exchange_id)
                       .where(Milestone.due_date >= first, Milestone.due_date <= last,
                              Exchange.stage != "withdrawn")).all()
        names.update(_names(s, {m.person_id for m in ms} - set(names)))
        for m in ms:
            out.append(CalendarItem(f"milestone:{m.id}", "milestone", f"{'✓ ' if m.done else ''}{m.title}",
                                    names.get(m.person_id, ""), first_day=m.due_date, last_day=m.due_date,
                                    status="done" if m.done else "due", exchange_id=m.exchange_id,
                                    people=frozenset(p for p in (m.person_id, m.host_contact_id) if p),
                                    version=m.version))
    return out


def local_range(first: date, last: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants bounding local days ``first``..``last`` (inclusive) in a zone, padded a day
    either side so items of the other zone's calendar days are included."""
    from qistdesk.timezones import UTC

    start = datetime.combine(first - timedelta(days=1), datetime.min.time()).replace(tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=2), datetime.min.time()).replace(tzinfo=UTC)
    return start, end
