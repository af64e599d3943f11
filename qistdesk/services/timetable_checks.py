"""The conference timetable checks itself.

Four mistakes a timetable makes without anyone noticing: a room used twice at
the same time (the same room name at the same venue, across events too), a
session outside its event's days or daily hours (typically after the event
was moved and its sessions were not), a speaker or chair in two sessions at
once, and more people seated than the venue holds. Found here for many
events in one read, and shown in the timetable, in the event lists' Check
column (through ``scheduling.warnings_by_event``) and by ``qistdesk check``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from qistdesk.domain import ConferenceSession, Event, Participation, SessionSpeaker, Venue
from qistdesk.domain.enums import NO_SEAT
from qistdesk.services.bookings import _chunks
from qistdesk.messages import _, day_text, join_and, ngettext, time_text
from qistdesk.timezones import utc_to_local

KINDS = ("room", "outside", "speaker", "capacity")


@dataclass(frozen=True)
class TimetableProblem:
    event_id: str
    session_id: str | None
    kind: str  # one of KINDS
    message: str
    mirror: bool = False  # the same pair seen from its other session (same event): listed once per event


    def __str__(self) -> str:
        return self.message


def problems_by_event(s, event_ids=None) -> dict[str, list[TimetableProblem]]:
    """``{event_id: [problem, …]}`` for these events (a list, a SELECT of ids, or None for all)."""
    events_q = select(Event.id, Event.title, Event.start_utc, Event.end_utc, Event.timezone, Event.venue_id,
                      Event.status).where(Event.kind.in_(("conference", "workshop")), Event.status != "cancelled")
    if event_ids is not None:
        events_q = events_q.where(Event.id.in_(event_ids))
    events = {e.id: e for e in s.execute(events_q)}
    out: dict[str, list[TimetableProblem]] = defaultdict(list)
    if not events:
        return out
    sessions = []
    for chunk in _chunks(sorted(events)):
        sessions += s.execute(select(ConferenceSession.id, ConferenceSession.event_id, ConferenceSession.title,
                                     ConferenceSession.start_utc, ConferenceSession.end_utc, ConferenceSession.room,
                                     ConferenceSession.chair_id)
                              .where(ConferenceSession.event_id.in_(chunk))).all()
    people: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks([x.id for x in sessions]):
        for sid, pid in s.execute(select(SessionSpeaker.session_id, SessionSpeaker.person_id)
                                  .where(SessionSpeaker.session_id.in_(chunk))):
            people[sid].add(pid)
    for x in sessions:
        if x.chair_id:
            people[x.id].add(x.chair_id)
    names = _person_names(s, {p for ps in people.values() for p in ps})
    _outside(events, sessions, out)
    _rooms(events, sessions, out)
    _speakers(events, sessions, people, names, out)
    _capacity(s, events, out)
    return out


def _person_names(s, ids: set[str]) -> dict[str, str]:
    from qistdesk.domain import Person, display_name

    names = {}
    for chunk in _chunks(sorted(ids)):
        for pid, given, family in s.execute(select(Person.id, Person.given_name, Person.family_name)
                                            .where(Person.id.in_(chunk))):
            names[pid] = display_name(given, family)
    return names


def _hm(instant: datetime, zone_name: str) -> str:
    local = utc_to_local(instant, zone_name)
    return f"{day_text(local, '%a %d %b')} {time_text(local)}"


def _outside(events, sessions, out) -> None:
    for x in sessions:
        e = events[x.event_id]
        es, ee = utc_to_local(e.start_utc, e.timezone), utc_to_local(e.end_utc, e.timezone)
        xs, xe = utc_to_local(x.start_utc, e.timezone), utc_to_local(x.end_utc, e.timezone)
        if x.start_utc < e.start_utc or x.end_utc > e.end_utc:
            out[e.id].append(TimetableProblem(e.id, x.id, "outside", _(
                "session “{title}” ({start}–{end}) lies outside the event ({event_start} – {event_end})").format(
                title=x.title, start=_local(xs), end=time_text(xe), event_start=_local(es), event_end=_local(ee))))


def _local(moment: datetime) -> str:
    return f"{day_text(moment, '%a %d %b')} {time_text(moment)}"


def _sweep(items):
    """Overlapping pairs among (start, end, payload) items."""
    items = sorted(items, key=lambda i: i[0])
    active = []
    for item in items:
        active = [a for a in active if a[1] > item[0]]
        for a in active:
            yield a, item
        active.append(item)


def _rooms(events, sessions, out) -> None:
    by_room = defaultdict(list)
    for x in sessions:
        room = (x.room or "").strip().casefold()
        if room:
            place = events[x.event_id].venue_id or x.event_id
            by_room[(place, room)].append((x.start_utc, x.end_utc, x))
    for items in by_room.values():
        for (_a, _b, one), (_c, _d, two) in _sweep(items):
            for mine, other in ((one, two), (two, one)):
                e = events[mine.event_id]
                when = _hm(max(one.start_utc, two.start_utc), e.timezone)
                text = (_("room {room} is used twice at {when}: “{title}” and “{other}”")
                        if other.event_id == mine.event_id else
                        _("room {room} is used twice at {when}: “{title}” and “{other}” of “{event}”"))
                out[e.id].append(TimetableProblem(e.id, mine.id, "room", text.format(
                    room=mine.room, when=when, title=mine.title, other=other.title,
                    event=events[other.event_id].title), mine is two and one.event_id == two.event_id))


def _speakers(events, sessions, people, names, out) -> None:
    by_person = defaultdict(list)
    for x in sessions:
        for pid in people.get(x.id, ()):
            by_person[pid].append((x.start_utc, x.end_utc, x))
    for pid, items in by_person.items():
        for (_a, _b, one), (_c, _d, two) in _sweep(items):
            for mine, other in ((one, two), (two, one)):
                e = events[mine.event_id]
                rooms = join_and([r for r in (mine.room, other.room) if r]) or _("two sessions")
                out[e.id].append(TimetableProblem(e.id, mine.id, "speaker", _(
                    "{name} is in {rooms} at once: “{title}” and “{other}” ({when})").format(
                    name=names.get(pid, _("someone")), rooms=rooms, title=mine.title, other=other.title,
                    when=_hm(max(one.start_utc, two.start_utc), e.timezone)), mine is two and one.event_id == two.event_id))


def _capacity(s, events, out) -> None:
    venue_ids = {e.venue_id for e in events.values() if e.venue_id}
    if not venue_ids:
        return
    capacity = dict(s.execute(select(Venue.id, Venue.capacity).where(Venue.id.in_(sorted(venue_ids)),
                                                                      Venue.capacity.is_not(None))).tuples().all())
    names = dict(s.execute(select(Venue.id, Venue.name).where(Venue.id.in_(sorted(venue_ids)))).tuples().all())
    relevant = [eid for eid, e in events.items() if e.venue_id in capacity]
    for chunk in _chunks(relevant):
        seated = s.execute(select(Participation.event_id, func.count())
                           .where(Participation.event_id.in_(chunk),
                                  Participation.invitation_status.notin_(NO_SEAT))
                           .group_by(Participation.event_id)).all()
        for eid, n in seated:
            e = events[eid]
            if n > capacity[e.venue_id]:
                out[eid].append(TimetableProblem(eid, None, "capacity", ngettext(
                    "{n} person is seated but {venue} holds {capacity}",
                    "{n} people are seated but {venue} holds {capacity}", n).format(
                    n=n, venue=names[e.venue_id], capacity=capacity[e.venue_id])))


def problems(db, event_ids=None) -> dict[str, list[TimetableProblem]]:
    """The same, in its own read (for the CLI and the timetable)."""
    with db.read() as s:
        return problems_by_event(s, event_ids)


class SessionMoves:
    """What the checks above would say about one session at a new time, while it is dragged on the
    calendar: outside its event, or its room used twice. The sessions of the shown range (and the
    other sessions at the same venues) are read once; each mouse move only compares."""

    def __init__(self, s, session_ids, window: tuple[datetime, datetime]):
        self.sessions, self.events, self.others = {}, {}, []
        if not session_ids:
            return
        cols = (ConferenceSession.id, ConferenceSession.event_id, ConferenceSession.title, ConferenceSession.room,
                ConferenceSession.start_utc, ConferenceSession.end_utc)
        for chunk in _chunks(sorted(session_ids)):
            self.sessions.update({x.id: x for x in s.execute(select(*cols).where(ConferenceSession.id.in_(chunk)))})
        event_ids = sorted({x.event_id for x in self.sessions.values()})
        self.events = {e.id: e for e in s.execute(select(Event.id, Event.title, Event.start_utc, Event.end_utc,
                                                         Event.timezone, Event.venue_id)
                                                  .where(Event.id.in_(event_ids)))}
        venues = sorted({e.venue_id for e in self.events.values() if e.venue_id})
        first, last = window
        self.others = s.execute(select(*cols, Event.title.label("event_title"), Event.venue_id)
                                .join(Event, Event.id == ConferenceSession.event_id)
                                .where(Event.status != "cancelled", ConferenceSession.room.is_not(None),
                                       ConferenceSession.start_utc < last, ConferenceSession.end_utc > first,
                                       Event.id.in_(event_ids) | Event.venue_id.in_(venues))).all()

    def problems(self, session_id: str, start: datetime, end: datetime) -> list[str]:
        x = self.sessions.get(session_id)
        if x is None:
            return []
        e = self.events[x.event_id]
        out = []
        if start < e.start_utc or end > e.end_utc:
            out.append(_("session “{title}” ({start}–{end}) lies outside the event ({event_start} – {event_end})")
                       .format(title=x.title, start=_local(utc_to_local(start, e.timezone)),
                               end=time_text(utc_to_local(end, e.timezone)),
                               event_start=_local(utc_to_local(e.start_utc, e.timezone)),
                               event_end=_local(utc_to_local(e.end_utc, e.timezone))))
        room = (x.room or "").strip().casefold()
        place = e.venue_id or e.id
        for o in self.others if room else ():
            if o.id != x.id and (o.room or "").strip().casefold() == room and (o.venue_id or o.event_id) == place \
                    and o.start_utc < end and o.end_utc > start:
                text = (_("room {room} is used twice at {when}: “{title}” and “{other}”") if o.event_id == e.id
                        else _("room {room} is used twice at {when}: “{title}” and “{other}” of “{event}”"))
                out.append(text.format(room=x.room, when=_hm(max(start, o.start_utc), e.timezone), title=x.title,
                                       other=o.title, event=o.event_title))
                break
        return out
