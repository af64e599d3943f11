"""Scheduling help: amber warnings about a proposed time. Never blocks a save.

Attachés plan across two countries and two clocks, and the mistakes they make
are always the same few: a talk on a public holiday in one country, a webinar
at 03:00 for the other side, the weeks in March and October/November when US
and EU clocks disagree, and a speaker or a room booked twice. This module
finds those and says so in one line each; the GUI shows the lines in amber
next to the time and in the event lists. Headless: the CLI can use it too.

Working hours are checked in both zones only where people join from both
countries (seminars, events with an online link); an in-person conference in
Copenhagen is checked in its own zone, or every Danish conference would warn
that it starts at 03:00 in Washington. The checks of the time alone (holidays,
hours, clock-change weeks) are :mod:`.time_checks`; this module adds the
bookings and is the one the app asks.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Iterable

from sqlalchemy import select

from qistdesk.domain import Event, SeriesDate
from qistdesk.services import crud
from qistdesk.services.bookings import Booking, clash, clashes, load_bookings, people_and_venues_of
from qistdesk.messages import _, day_text, ngettext, time_text
from qistdesk.services.time_checks import (Preferences, ScheduleWarning, Warning, check_time, country_of_zone,
                                           holiday_name, holiday_text, partner_zone, place_name, place_text)
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

#: Warning kinds, in the order they are shown.
KINDS = ("holiday", "hours", "dst", "person", "venue", "timetable")

__all__ = ["KINDS", "Warning", "ScheduleWarning", "Preferences", "partner_zone", "place_name", "place_text",
           "country_of_zone", "holiday_name", "holiday_text", "check_time", "check_proposed", "check_sessions",
           "warnings_for_event", "warnings_by_event", "warnings_for_series_dates", "summary"]


# --- bookings: who and what is where, when ----------------------------------------------------

def _when(b: Booking) -> str:
    start, end = utc_to_local(b.start, b.zone), utc_to_local(b.end, b.zone)
    same_day = start.date() == end.date()
    if same_day:
        return f"{day_text(start, '%a %d %b')} {time_text(start)}–{time_text(end)}"
    return f"{day_text(start, '%d %b')}–{day_text(end, '%d %b')}"


def _booking_warning(kind: str, name: str, other: Booking) -> Warning:
    text = (_("{name} is also booked for “{title}” ({when} {place})") if kind == "person"
            else _("{name} is also used by “{title}” ({when} {place})"))
    return Warning(kind, text.format(name=name, title=other.title, when=_when(other), place=place_text(other.zone)))


# --- public entry points ----------------------------------------------------------------------

def check_proposed(db: Database, start_utc: datetime, end_utc: datetime, zone_name: str, *,
                   person_ids: Iterable[str] = (), venue_id: str | None = None, event_id: str | None = None,
                   item_id: str | None = None, both_zones_work: bool = True,
                   prefs: Preferences | None = None) -> list[Warning]:
    """Everything worth a second look about a time being edited.

    ``event_id``: the event being edited (its own bookings never clash with it);
    ``item_id``: the session or series date being edited, when the time is one
    item's rather than the whole event's.
    """
    prefs = prefs or Preferences.from_settings()
    person_ids = [p for p in person_ids if p]
    with db.read() as s:  # only bookings overlapping the proposed time can clash with it
        bookings = load_bookings(s, person_ids, [venue_id] if venue_id else [], (start_utc, end_utc))
    return _check_against(bookings, start_utc, end_utc, zone_name, person_ids, venue_id, event_id, item_id,
                          both_zones_work, prefs)


def check_sessions(db: Database, sessions: list[dict], zone_name: str, event_id: str, *,
                   both_zones_work: bool = True, prefs: Preferences | None = None) -> dict[str, list[Warning]]:
    """:func:`check_proposed` for every session of one event at once (a conference's detail pane):
    one read of the bookings overlapping any of them, not one per session.

    Each session: ``id``, ``start_utc``, ``end_utc``, ``person_ids``. Returns warnings by session id.
    """
    prefs = prefs or Preferences.from_settings()
    if not sessions:
        return {}
    person_ids = sorted({p for x in sessions for p in x["person_ids"] if p})
    window = (min(x["start_utc"] for x in sessions), max(x["end_utc"] for x in sessions))
    with db.read() as s:
        bookings = load_bookings(s, person_ids, [], window)
    return {x["id"]: _check_against(bookings, x["start_utc"], x["end_utc"], zone_name,
                                    [p for p in x["person_ids"] if p], None, event_id, x["id"], both_zones_work,
                                    prefs) for x in sessions}


def _check_against(bookings, start_utc, end_utc, zone_name, person_ids, venue_id, event_id, item_id,
                   both_zones_work, prefs) -> list[Warning]:
    people, venues, names = bookings
    out = check_time(start_utc, end_utc, zone_name, prefs, both_zones_work=both_zones_work)
    me = [Booking(p, start_utc, end_utc, event_id or "<new>", item_id, "", zone_name) for p in person_ids]
    seen = set()
    for mine in me:
        for other in people:
            if other.owner == mine.owner and clash(mine, other):
                key = (mine.owner, other.event_id, other.item_id)
                if key not in seen:
                    seen.add(key)
                    out.append(_booking_warning("person", names.get(mine.owner, _("Someone")), other))
    if venue_id:
        mine = Booking(venue_id, start_utc, end_utc, event_id or "<new>", None, "", zone_name)
        for other in venues:
            if other.event_id != mine.event_id and clash(mine, other):
                out.append(_booking_warning("venue", names.get(venue_id, _("The venue")), other))
    return out


def _event_time_warnings(s, event_ids, prefs: Preferences) -> dict[str, list[Warning]]:
    """Holiday, hours and clock-change warnings; ``event_ids`` is a list or a SELECT of ids."""
    query = select(Event.id, Event.kind, Event.start_utc, Event.end_utc, Event.timezone, Event.online_url,
                   Event.series_rule).where(Event.status != "cancelled")
    if event_ids is not None:
        query = query.where(Event.id.in_(event_ids))
    events = s.execute(query).all()
    dates: dict[str, list] = defaultdict(list)
    series = [e.id for e in events if e.series_rule]
    if series:  # every series' dates in one query, not one query per series
        date_query = (select(SeriesDate.event_id, SeriesDate.start_utc, SeriesDate.end_utc)
                      .where(SeriesDate.status == "scheduled").order_by(SeriesDate.start_utc))
        if event_ids is not None:
            date_query = date_query.where(SeriesDate.event_id.in_(event_ids))
        for eid, a, b in s.execute(date_query):
            dates[eid].append((a, b))
    out: dict[str, list[Warning]] = defaultdict(list)
    for e in events:
        both = e.kind == "seminar" or bool(e.online_url)
        if e.series_rule:
            for a, b in dates.get(e.id, []):
                label = day_text(utc_to_local(a, e.timezone), "%d %b %Y")
                out[e.id] += check_time(a, b, e.timezone, prefs, both_zones_work=both, label=label)
        else:
            out[e.id] += check_time(e.start_utc, e.end_utc, e.timezone, prefs, both_zones_work=both)
    return out


def _conflict_warnings(people: list[Booking], venues: list[Booking], names: dict[str, str],
                       only: set[str] | None = None) -> dict[str, list[Warning]]:
    out: dict[str, list[Warning]] = defaultdict(list)
    seen = set()
    for kind, bookings in (("person", people), ("venue", venues)):
        for a, b in clashes(bookings):
            for mine, other in ((a, b), (b, a)):
                key = (mine.event_id, kind, mine.owner, other.event_id, other.item_id)
                if (only is None or mine.event_id in only) and key not in seen:
                    seen.add(key)
                    out[mine.event_id].append(_booking_warning(kind, names.get(mine.owner, "?"), other))
    return out


def warnings_for_event(db: Database, event_id: str, prefs: Preferences | None = None) -> list[Warning]:
    """The warnings shown beside one event in a list or its detail pane."""
    with db.read() as s:
        eid = crud.get(s, Event, event_id).id
    return warnings_by_event(db, prefs=prefs, event_ids=[eid]).get(eid, [])


def warnings_by_event(db: Database, kind: str | None = None, prefs: Preferences | None = None,
                      event_ids: Iterable[str] | None = None) -> dict[str, list[Warning]]:
    """Warnings for many events at once (for lists): one load and one sweep, not a query per row.

    With ``event_ids`` only those events, and only the bookings of the people and
    venues they involve, are examined (the dashboard's next 30 days, one detail pane).
    """
    prefs = prefs or Preferences.from_settings()
    with db.read() as s:
        if event_ids is not None:
            ids = set(event_ids)
            selection = sorted(ids)
        else:
            # A sub-SELECT rather than a list of ids: thousands of ids would not fit in one statement.
            selection = select(Event.id)
            if kind:
                selection = selection.where(
                    Event.kind.in_(("conference", "workshop") if kind == "conferences" else (kind,)))
            ids = set(s.scalars(selection))
        person_ids, venue_ids = people_and_venues_of(s, selection)
        times = _event_time_warnings(s, selection, prefs)
        window = _span_of(s, selection) if event_ids is not None else None
        people, venues, names = load_bookings(s, person_ids, venue_ids, window)
        from qistdesk.services.timetable_checks import problems_by_event

        for eid, found in problems_by_event(s, selection).items():
            times.setdefault(eid, [])
            times[eid] = times[eid] + [Warning("timetable", p.message) for p in found if not p.mirror]  # a pair once
    conflicts = _conflict_warnings(people, venues, names, only=ids)
    return {eid: _ordered(times.get(eid, []) + conflicts.get(eid, [])) for eid in ids
            if times.get(eid) or conflicts.get(eid)}


def _span_of(s, event_ids) -> tuple[datetime, datetime] | None:
    """From the first start to the last end of these events (their dates and sessions lie inside)."""
    from sqlalchemy import func

    if not event_ids:
        return None
    first, last = s.execute(select(func.min(Event.start_utc), func.max(Event.end_utc))
                            .where(Event.id.in_(event_ids))).one()
    d_first, d_last = s.execute(select(func.min(SeriesDate.start_utc), func.max(SeriesDate.end_utc))
                                .where(SeriesDate.event_id.in_(event_ids))).one()
    starts = [t for t in (first, d_first) if t is not None]
    ends = [t for t in (last, d_last) if t is not None]
    return (min(starts), max(ends)) if starts and ends else None


def warnings_for_series_dates(db: Database, event_id: str,
                              prefs: Preferences | None = None) -> dict[str, list[Warning]]:
    """Per-date warnings of a seminar series (date id -> warnings), for its date table."""
    prefs = prefs or Preferences.from_settings()
    with db.read() as s:
        event = crud.get(s, Event, event_id)
        rows = [(d.id, d.start_utc, d.end_utc, d.speaker_id) for d in event.dates if d.status == "scheduled"]
        zone_name, eid, venue_id = event.timezone, event.id, event.venue_id
        person_ids = {r[3] for r in rows if r[3]}
        window = (min(r[1] for r in rows), max(r[2] for r in rows)) if rows else None  # no clash lies outside
        people, venues, names = load_bookings(s, person_ids, [venue_id] if venue_id else [], window)
    out: dict[str, list[Warning]] = {}
    for date_id, a, b, speaker in rows:
        found = check_time(a, b, zone_name, prefs)
        mine = Booking(speaker or "", a, b, eid, date_id, "", zone_name)
        found += [_booking_warning("person", names.get(speaker, "?"), o) for o in people
                  if speaker and o.owner == speaker and clash(mine, o)]
        vmine = Booking(venue_id or "", a, b, eid, None, "", zone_name)
        found += [_booking_warning("venue", names.get(venue_id, "?"), o) for o in venues
                  if venue_id and o.owner == venue_id and clash(vmine, o)]
        if found:
            out[date_id] = _ordered(found)
    return out


def _ordered(items: list[Warning]) -> list[Warning]:
    return sorted(items, key=lambda w: KINDS.index(w.kind) if w.kind in KINDS else len(KINDS))


def summary(warnings: list[Warning], limit: int = 3) -> str:
    """One tooltip-sized text: the first few messages and how many more."""
    lines = [w.message for w in warnings[:limit]]
    if len(warnings) > limit:
        more = len(warnings) - limit
        lines.append(ngettext("… and {n} more", "… and {n} more", more).format(n=more))
    return "\n".join(lines)
