"""Who and what is booked when: the raw material of double-booking warnings.

A person is booked by every event they take part in (not declined, not on the
waiting list), every series date they speak at, and every session they speak
at or chair; a venue by every event held there. Cancelled events and dates
book nobody. Split from :mod:`qistdesk.services.scheduling`, which turns
clashes into warnings.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy import and_, or_, select

from qistdesk.domain import (ConferenceSession, Event, Participation, Person, SeriesDate, SessionSpeaker, Venue,
                             display_name)
from qistdesk.domain.enums import NO_SEAT

@dataclass(frozen=True)
class Booking:
    """A person or a venue taken for an interval. ``item_id`` is a session or series date,
    None when the booking is the whole event (a participant, a venue)."""

    owner: str  # person id or venue id
    start: datetime
    end: datetime
    event_id: str
    item_id: str | None
    title: str
    zone: str


def load_bookings(s, person_ids: Iterable[str] | None = None, venue_ids: Iterable[str] | None = None,
                  window: tuple[datetime, datetime] | None = None,
                  ) -> tuple[list[Booking], list[Booking], dict[str, str]]:
    """People's and venues' bookings (None = everyone); cancelled events and dates left out.

    With ``window`` (start, end) only bookings overlapping it: enough to find every clash of
    events that lie inside it, and far less to read when they are a month among years.
    """
    live = Event.status != "cancelled"
    # Sets: membership is tested once per booking (tens of thousands at scale).
    people = None if person_ids is None else set(person_ids)
    venues = None if venue_ids is None else {v for v in venue_ids if v}
    date_query = select(SeriesDate.id, SeriesDate.event_id, SeriesDate.start_utc, SeriesDate.end_utc,
                        SeriesDate.speaker_id).where(SeriesDate.status == "scheduled")
    event_query = select(Event.id, Event.title, Event.start_utc, Event.end_utc, Event.timezone, Event.venue_id,
                         Event.series_rule).where(live)
    far: list[str] = []
    if window is not None:
        first, last = window
        date_query = date_query.where(SeriesDate.start_utc < last, SeriesDate.end_utc > first)
        far = far_series(s, last)
        event_query = event_query.where(or_(and_(Event.start_utc < last, Event.end_utc > first),
                                            Event.id.in_(date_query.with_only_columns(SeriesDate.event_id)),
                                            Event.id.in_(far)))
    dates: dict[str, list] = defaultdict(list)
    for d in s.execute(date_query):
        dates[d.event_id].append(d)
    for d in beyond_stored(s, far, *(window or (None, None))):
        dates[d.event_id].append(d)
    events = {e.id: e for e in s.execute(event_query)}

    def spans(event_id):
        e = events[event_id]
        if e.series_rule:  # a series books its scheduled dates (those in the window), never its whole span
            return [(d.start_utc, d.end_utc) for d in dates.get(e.id, ())]
        return [(e.start_utc, e.end_utc)]

    person_bookings: list[Booking] = []
    if people is None or people:
        query = (select(Participation.person_id, Participation.event_id)
                 .where(Participation.invitation_status.notin_(NO_SEAT)))
        if people is not None and len(people) <= 500:  # more ids than that: filter here, not in SQL
            query = query.where(Participation.person_id.in_(sorted(people)))
        if window is not None:
            query = query.where(Participation.event_id.in_(event_query.with_only_columns(Event.id)))
        for pid, eid in s.execute(query):
            if eid in events and (people is None or pid in people):
                e = events[eid]
                person_bookings += [Booking(pid, a, b, eid, None, e.title, e.timezone) for a, b in spans(eid)]
        for eid, rows in dates.items():
            if eid in events:
                e = events[eid]
                person_bookings += [Booking(d.speaker_id, d.start_utc, d.end_utc, eid, d.id, e.title, e.timezone)
                                    for d in rows if d.speaker_id and (people is None or d.speaker_id in people)]
        sessions = select(ConferenceSession.id, ConferenceSession.event_id, ConferenceSession.title,
                          ConferenceSession.start_utc, ConferenceSession.end_utc, ConferenceSession.chair_id)
        if window is not None:
            sessions = sessions.where(ConferenceSession.start_utc < window[1], ConferenceSession.end_utc > window[0])
        speakers = defaultdict(list)
        speaker_query = select(SessionSpeaker.session_id, SessionSpeaker.person_id)
        if window is not None:
            speaker_query = speaker_query.where(
                SessionSpeaker.session_id.in_(sessions.with_only_columns(ConferenceSession.id)))
        for sid, pid in s.execute(speaker_query):
            speakers[sid].append(pid)
        for x in s.execute(sessions):
            if x.event_id not in events:
                continue
            e = events[x.event_id]
            for pid in {*speakers.get(x.id, ()), *([x.chair_id] if x.chair_id else [])}:
                if people is None or pid in people:
                    person_bookings.append(Booking(pid, x.start_utc, x.end_utc, x.event_id, x.id,
                                                   f"{e.title} – {x.title}", e.timezone))
    venue_bookings = [Booking(e.venue_id, a, b, e.id, None, e.title, e.timezone)
                      for e in events.values() if e.venue_id and (venues is None or e.venue_id in venues)
                      for a, b in spans(e.id)]
    names: dict[str, str] = {}
    owners = sorted({b.owner for b in person_bookings})
    for chunk in _chunks(owners):
        for pid, given, family in s.execute(select(Person.id, Person.given_name, Person.family_name)
                                            .where(Person.id.in_(chunk))):
            names[pid] = display_name(given, family)
    for chunk in _chunks(sorted({b.owner for b in venue_bookings})):
        names.update(s.execute(select(Venue.id, Venue.name).where(Venue.id.in_(chunk))).tuples().all())
    return person_bookings, venue_bookings, names


def far_series(s, last: datetime) -> list[str]:
    """Live series old enough to have dates before ``last`` beyond their stored date rows (an
    open-ended series, years on): their dates there come from the rule (``domain.series``)."""
    from qistdesk.services.calendar_items import STORED_DAYS

    return list(s.scalars(select(Event.id).where(Event.status != "cancelled", Event.series_rule != "",
                                                 Event.start_utc < last - timedelta(days=STORED_DAYS))))


def beyond_stored(s, event_ids: list[str], first: datetime | None, last: datetime | None) -> list:
    """The scheduled dates of these series in the window that have no stored row (past the rows'
    horizon); each has ``id`` None, ``event_id``, ``start_utc``, ``end_utc``, ``speaker_id``."""
    if not event_ids or first is None:
        return []
    from qistdesk.services.calendar_items import series_occurrences

    return [d for d in series_occurrences(s, event_ids, first, last) if d.id is None and d.status == "scheduled"]


def _chunks(ids: list[str], size: int = 500):
    """Slices of an id list small enough for one IN (...) on every database."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def clash(a: Booking, b: Booking) -> bool:
    """Two bookings of one owner collide: they overlap, and are not the same thing.

    Within one event only two distinct items (two sessions, say) collide; a
    participant of a conference who also speaks in it is not booked twice.
    """
    if not (a.start < b.end and b.start < a.end):
        return False
    if a.event_id != b.event_id:
        return True
    return a.item_id is not None and b.item_id is not None and a.item_id != b.item_id


def clashes(bookings: list[Booking]) -> list[tuple[Booking, Booking]]:
    """All colliding pairs, by a sweep per owner (n log n, not n²)."""
    by_owner: dict[str, list[Booking]] = defaultdict(list)
    for b in bookings:
        by_owner[b.owner].append(b)
    pairs = []
    for items in by_owner.values():
        if len(items) < 2:
            continue
        items.sort(key=lambda b: b.start)
        active: list[Booking] = []
        for b in items:
            active = [a for a in active if a.end > b.start]
            pairs += [(a, b) for a in active if clash(a, b)]
            active.append(b)
    return pairs


def people_and_venues_of(s, event_ids) -> tuple[set[str], set[str]]:
    """Everyone booked by these events (participants, date speakers, session speakers and chairs)."""
    people = set(s.scalars(select(Participation.person_id).where(Participation.event_id.in_(event_ids))))
    people |= set(s.scalars(select(SeriesDate.speaker_id).where(SeriesDate.event_id.in_(event_ids),
                                                               SeriesDate.speaker_id.is_not(None))))
    sessions = select(ConferenceSession.id).where(ConferenceSession.event_id.in_(event_ids))
    people |= set(s.scalars(select(SessionSpeaker.person_id).where(SessionSpeaker.session_id.in_(sessions))))
    people |= set(s.scalars(select(ConferenceSession.chair_id).where(ConferenceSession.event_id.in_(event_ids),
                                                                     ConferenceSession.chair_id.is_not(None))))
    venues = set(s.scalars(select(Event.venue_id).where(Event.id.in_(event_ids), Event.venue_id.is_not(None))))
    return people, venues

