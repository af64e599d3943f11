"""All-day items moved on the calendar: an exchange stay, a milestone, a conference's first or last day.

A stay is moved or made longer or shorter by whole days; a milestone's due date moves;
a conference or workshop gets a new first day (same start time of day) or a new last day
(same end time of day).
Each is one transaction with its inverse (the GUI pushes the pair as one Undo step), and
:func:`day_warnings` gives what the editors would say about the new days, shown while
the bar is dragged: the traveller booked during a new part of the stay, another stay of
the same person overlapping, checklist steps left after the stay has begun, a milestone
due on a weekend or a public holiday, a conference ending before its last session.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from qistdesk.domain import ConferenceSession, Event, Exchange, Milestone
from qistdesk.domain.validation import ValidationError
from qistdesk.messages import _, day_text, ngettext
from qistdesk.services import crud, events, exchanges
from qistdesk.services.holidays_dk_us import holiday_name
from qistdesk.store import Database
from qistdesk.timezones import local_to_utc, utc_to_local


def move_days(db: Database, key: str, first: date, last: date) -> None:
    """Give an all-day item (``exchange:…``, ``milestone:…``, ``event:…``) new first and last days.
    A milestone takes ``first`` as its due date; an event starts on ``first`` and ends on ``last``,
    each at its old time of day (in the event's zone)."""
    kind, _sep, ident = key.partition(":")
    if last < first:
        raise ValidationError({"end_date": _("the last day comes before the first")})
    if kind == "exchange":
        exchanges.update_exchange(db, ident, start_date=first, end_date=last)
    elif kind == "milestone":
        exchanges.update_milestone(db, ident, due_date=first)
    elif kind == "event":
        with db.read() as s:
            event = crud.get(s, Event, ident)
            end = utc_to_local(event.end_utc, event.timezone)
            local_end = datetime.combine(last + timedelta(days=1 if end.time() == datetime.min.time() else 0),
                                         end.time())
            new_end = local_to_utc(local_end, event.timezone)
            start = utc_to_local(event.start_utc, event.timezone)
            new_start = local_to_utc(datetime.combine(first, start.time()), event.timezone)
        changed = {"end": new_end} | ({"start": new_start} if first != start.date() else {})
        events.update_event(db, ident, **changed)
    else:
        raise ValidationError({"item": _("this item cannot be moved by days")})


def day_warnings(db: Database, item, first: date, last: date) -> list[str]:
    """What the editors would warn about the item on its new days (empty: nothing)."""
    kind, _sep, ident = item.key.partition(":")
    out: list[str] = []
    with db.read() as s:
        if kind == "milestone":
            if first.weekday() >= 5:
                out.append(_("{day} is a weekend day").format(day=day_text(first)))
            name = holiday_name("DK", first)
            if name:
                out.append(_("{day} is a public holiday in Denmark ({name})").format(day=day_text(first), name=name))
            stay = s.get(Exchange, item.exchange_id) if item.exchange_id else None
            if stay is not None and first > stay.end_date:
                out.append(_("due after the stay ends ({day})").format(day=day_text(stay.end_date)))
        elif kind == "exchange":
            stay = crud.get(s, Exchange, ident)
            others = s.execute(select(Exchange.start_date, Exchange.end_date).where(
                Exchange.person_id == stay.person_id, Exchange.id != stay.id, Exchange.stage != "withdrawn",
                Exchange.start_date <= last, Exchange.end_date >= first)).all()
            for a, b in others:
                out.append(_("overlaps another stay of the same person ({first}–{last})").format(
                    first=day_text(a), last=day_text(b)))
            late = s.scalar(select(func.count()).select_from(Milestone).where(
                Milestone.exchange_id == stay.id, Milestone.done.is_(False), Milestone.due_date >= first,
                Milestone.kind.in_(("visa", "insurance"))))
            if late:
                out.append(ngettext("{n} visa or insurance step still open on or after the first day",
                                    "{n} visa or insurance steps still open on or after the first day",
                                    late).format(n=late))
            out += _booked_during(db, stay.person_id, first, last, stay.start_date, stay.end_date)
        elif kind == "event" and (last - first) == (item.last_day - item.first_day):
            pass  # moved whole: the drop asks whether its sessions move with it, so none is outside yet
        elif kind == "event":
            event = crud.get(s, Event, ident)
            earliest, latest = s.execute(select(func.min(ConferenceSession.start_utc),
                                                func.max(ConferenceSession.end_utc))
                                         .where(ConferenceSession.event_id == ident)).one()
            if earliest is not None and utc_to_local(earliest, event.timezone).date() < first:
                out.append(_("a session starts before the new first day ({day})").format(
                    day=day_text(utc_to_local(earliest, event.timezone))))
            if latest is not None and utc_to_local(latest, event.timezone).date() > last:
                out.append(_("a session ends after the new last day ({day})").format(
                    day=day_text(utc_to_local(latest, event.timezone))))
    return out


def _booked_during(db: Database, person_id: str, first: date, last: date, old_first: date, old_last: date):
    """The traveller's events on the days a moved stay newly covers."""
    from qistdesk.services.bookings import load_bookings
    from qistdesk.timezones import UTC

    window = (datetime.combine(first, datetime.min.time()).replace(tzinfo=UTC) - timedelta(days=1),
              datetime.combine(last + timedelta(days=2), datetime.min.time()).replace(tzinfo=UTC))
    with db.read() as s:
        people, _venues, _names = load_bookings(s, [person_id], [], window)
    out = []
    for b in sorted(people, key=lambda b: b.start):
        day = utc_to_local(b.start, b.zone).date()
        if first <= day <= last and not old_first <= day <= old_last:
            out.append(_("the traveller is booked for “{title}” on {day}").format(title=b.title, day=day_text(day)))
    return list(dict.fromkeys(out))[:3]
