"""Moving things on the calendar: one date, a whole series, an event with its sessions.

Each move is one unit of work, and each has its inverse (the GUI pushes the
pair as one Undo step). :class:`MoveChecker` reads the bookings around the
shown week once, so the warnings shown while an item is dragged (holiday,
outside working hours, clock-change week, person or room booked twice, a
session outside its event or in a room already taken) cost
no database work per mouse move: the same checks as the editors'.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from qistdesk.domain import ConferenceSession, Event
from qistdesk.domain.recurrence import parse_rule
from qistdesk.domain.validation import ValidationError
from qistdesk.messages import _
from qistdesk.services import crud, events
from qistdesk.services.bookings import Booking, clash, load_bookings
from qistdesk.services.scheduling import Preferences, check_time
from qistdesk.services.timetable_checks import SessionMoves
from qistdesk.store import Database


def move_item(db: Database, key: str, start: datetime, end: datetime) -> None:
    """Give one calendar item (``event:…``, ``date:…``, ``occ:…`` or ``session:…``) new start and end instants."""
    kind, _sep, ident = key.partition(":")
    if kind == "event":
        events.update_event(db, ident, start=start, end=end)
    elif kind == "date":
        events.update_series_date(db, ident, start=start, end=end)
    elif kind == "occ":  # a date past the series' stored rows: it becomes a row of its own, then moves
        event_id, _sep, original = ident.partition(":")
        events.update_series_date(db, events.series_date_at(db, event_id, datetime.fromisoformat(original)),
                                  start=start, end=end)
    elif kind == "session":
        events.update_session(db, ident, start=start, end=end)
    else:
        raise ValidationError({"item": _("a {kind} cannot be moved on the calendar").format(kind=kind)})


def move_series(db: Database, event_id: str, delta: timedelta, new_length: timedelta | None = None) -> None:
    """Shift a whole series by ``delta`` (its rule keeps its dates in step); every date keeps its
    speaker, topic and status, and a date moved on its own keeps its own offset."""
    with db.write() as s:
        event = crud.get(s, Event, event_id)
        if not event.series_rule:
            raise ValidationError({"series_rule": _("this event is not a series")})
        old = [(d.start_utc - d.original_start_utc, d.end_utc - d.start_utc, d.speaker_id, d.topic, d.status)
               for d in event.dates]
        length = new_length or (event.end_utc - event.start_utc)
        rule = parse_rule(event.series_rule, event.start_utc, event.timezone)  # as written, read at the old start
        event.start_utc = event.start_utc + delta
        event.end_utc = event.start_utc + length
        event.dates = []
        s.flush()
        events._apply_series(event, rule)  # noqa: SLF001 - the one series builder
        for d, (moved, own_length, speaker, topic, status) in zip(event.dates, old):
            d.start_utc = d.original_start_utc + moved
            d.end_utc = d.start_utc + (own_length if moved else length)
            d.speaker_id, d.topic, d.status = speaker, topic, status
        crud.flush(s, event)


def move_event_with_sessions(db: Database, event_id: str, delta: timedelta, *, sessions: bool = True) -> int:
    """Shift an event by ``delta``; with ``sessions`` its timetable moves with it (one transaction).
    Returns how many sessions moved."""
    with db.write() as s:
        event = crud.get(s, Event, event_id)
        return _shift(s, event, event.start_utc + delta, event.end_utc + delta, sessions)


def move_event_to(db: Database, event_id: str, start, end=None, *, sessions: bool = True) -> int:
    """Give an event a new start (and end; default: the same length); with ``sessions`` its timetable
    moves by the same amount, in the same transaction. Returns how many sessions moved."""
    with db.write() as s:
        event = crud.get(s, Event, event_id)
        new_start = events.instant(start, event.timezone, "start")
        new_end = events.instant(end, event.timezone, "end") if end is not None else \
            new_start + (event.end_utc - event.start_utc)
        return _shift(s, event, new_start, new_end, sessions)


def _shift(s, event: Event, new_start: datetime, new_end: datetime, sessions: bool) -> int:
    delta = new_start - event.start_utc
    event.start_utc, event.end_utc = new_start, new_end
    moved = 0
    if sessions:
        for x in s.scalars(select(ConferenceSession).where(ConferenceSession.event_id == event.id)):
            x.start_utc += delta
            x.end_utc += delta
            moved += 1
    events._check(event)  # noqa: SLF001 - the event's own rules
    crud.flush(s, event)
    return moved


def shift_sessions(db: Database, event_id: str, delta: timedelta) -> int:
    """Move every session of an event by ``delta`` (after the event itself moved); how many moved."""
    with db.write() as s:
        event = crud.get(s, Event, event_id)
        items = list(s.scalars(select(ConferenceSession).where(ConferenceSession.event_id == event.id)))
        for x in items:
            x.start_utc += delta
            x.end_utc += delta
        return len(items)


class MoveChecker:
    """Warnings for new times of items on a shown range, from bookings read once."""

    def __init__(self, db: Database, items, window: tuple[datetime, datetime], prefs: Preferences):
        from qistdesk.services.calendar_items import participants_of

        self.prefs = prefs
        self.participants = participants_of(db, {i.event_id for i in items if i.event_id})
        people = {p for i in items for p in i.people} | {p for ps in self.participants.values() for p in ps}
        venues = {i.venue_id for i in items if i.venue_id}
        first, last = window
        wide = (first - timedelta(days=7), last + timedelta(days=7))
        with db.read() as s:
            self.people, self.venues, self.names = load_bookings(s, people, venues, wide)
            self.timetable = SessionMoves(s, {i.item_id for i in items if i.kind == "session"}, wide)

    def warnings(self, item, start: datetime, end: datetime) -> list[str]:
        both = item.kind in ("seminar", "series-date")
        out = [w.message for w in check_time(start, end, item.zone, self.prefs, both_zones_work=both)]
        if item.kind == "session":  # the timetable's own checks: outside its event, its room used twice
            out += self.timetable.problems(item.item_id, start, end)
        sub_item = item.item_id if item.key.startswith(("date:", "session:")) else None
        seen = set()
        # A session's own people are its speakers and chair: the event's participants are not all in it
        attending = set() if item.kind == "session" else self.participants.get(item.event_id, set())
        for person in item.people | attending:
            mine = Booking(person, start, end, item.event_id or "", sub_item, "", item.zone)
            for other in self.people:  # clash() leaves out the item itself and its own event's whole booking
                if other.owner == person and person not in seen and clash(mine, other):
                    seen.add(person)
                    out.append(_("{name} is also booked for “{title}”").format(
                        name=self.names.get(person, _("Someone")), title=other.title))
        if item.venue_id and item.kind != "session":
            mine = Booking(item.venue_id, start, end, item.event_id or "", None, "", item.zone)
            for other in self.venues:
                if other.owner == item.venue_id and other.event_id != item.event_id and clash(mine, other):
                    out.append(_("{name} is also used by “{title}”").format(
                        name=self.names.get(item.venue_id, _("The venue")), title=other.title))
                    break
        return out
