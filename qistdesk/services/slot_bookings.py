"""The scheduling assistant's bookings: only the asked people's and the room's, in the range.

``bookings.load_bookings`` reads every event of a window first, which at scale is most of the
time; the assistant asks about a few people, so it reads their participations, talks, chairs and
exchange stays by indexed queries, plus the venue's events. Same rules as the double-booking
checks: cancelled events and dates book nobody, declined and waiting participants neither, and a
series books its dates (past its stored rows too, from the rule).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta

from sqlalchemy import select

from qistdesk.domain.enums import NO_SEAT
from qistdesk.messages import N_, day_text
from qistdesk.services.bookings import Booking, beyond_stored, far_series
from qistdesk.timezones import UTC, zone

STAY = N_("on an exchange stay")  # the reason why reads it; find_slot shows it translated


AWAY_STAGES = ("accepted", "preparing", "in-progress", "completed")


def stays_of(s, people: list[str], window: tuple[datetime, datetime], home: str) -> list:
    """A person on an exchange stay is away from the office: busy every day of the stay, whole local
    days in the home zone, titled so the reasons can say so. A stay counts once accepted (a proposal
    or an application may not happen; a withdrawn stay does not)."""
    from qistdesk.domain import Exchange, ExchangeProgram

    first, last = (window[0] - timedelta(days=1)).date(), (window[1] + timedelta(days=1)).date()
    tz = zone(home)
    out = []
    for xid, pid, a, b, program in s.execute(
            select(Exchange.id, Exchange.person_id, Exchange.start_date, Exchange.end_date, ExchangeProgram.name)
            .join(ExchangeProgram, ExchangeProgram.id == Exchange.program_id)
            .where(Exchange.person_id.in_(sorted(set(people))), Exchange.stage.in_(AWAY_STAGES),
                   Exchange.start_date <= last, Exchange.end_date >= first)):
        start = datetime.combine(a, time()).replace(tzinfo=tz).astimezone(UTC)
        end = datetime.combine(b + timedelta(days=1), time()).replace(tzinfo=tz).astimezone(UTC)
        out.append(Booking(pid, start, end, f"exchange:{xid}", None, f"{STAY} ({program}, {day_text(a, '%d %b')}–{day_text(b, '%d %b')})",
                           home))
    return out


def bookings_of(s, people: list[str], venue_id: str | None, window: tuple[datetime, datetime],
                home: str = "UTC", room: str = ""):
    """Only these people's and this venue's bookings in the window, by indexed queries (the general
    ``load_bookings`` reads every event of the window first; at scale that is most of the time).
    Same rules: cancelled events and dates book nobody, declined and waiting participants neither."""
    from qistdesk.domain import ConferenceSession, Event, Participation, SeriesDate, SessionSpeaker

    first, last = window
    ids = sorted(set(people))
    out: list[Booking] = []
    taking_part = (select(Participation.person_id, Event.id, Event.title, Event.start_utc, Event.end_utc,
                          Event.timezone, Event.series_rule)
                   .join(Event, Event.id == Participation.event_id)
                   .where(Participation.person_id.in_(ids), Event.status != "cancelled",
                          Participation.invitation_status.notin_(NO_SEAT)))
    rows = s.execute(taking_part.where(Event.start_utc < last)).all()
    plain = [r for r in rows if not r.series_rule and r.end_utc > first]
    out += [Booking(r.person_id, r.start_utc, r.end_utc, r.id, None, r.title, r.timezone) for r in plain]
    series = defaultdict(list)
    for r in rows:
        if r.series_rule:
            series[r.id].append(r)
    dates_q = (select(SeriesDate.id, SeriesDate.event_id, SeriesDate.start_utc, SeriesDate.end_utc,
                      SeriesDate.speaker_id, Event.title, Event.timezone)
               .join(Event, Event.id == SeriesDate.event_id)
               .where(SeriesDate.status == "scheduled", Event.status != "cancelled",
                      SeriesDate.start_utc < last, SeriesDate.end_utc > first))
    if series:
        for d in s.execute(dates_q.where(SeriesDate.event_id.in_(sorted(series)))):
            out += [Booking(r.person_id, d.start_utc, d.end_utc, d.event_id, None, d.title, d.timezone)
                    for r in series[d.event_id]]
        for d in beyond_stored(s, sorted(set(series) & set(far_series(s, last))), first, last):
            r0 = series[d.event_id][0]  # dates past the stored rows (an open-ended series, years on)
            out += [Booking(r.person_id, d.start_utc, d.end_utc, d.event_id, None, r0.title, r0.timezone)
                    for r in series[d.event_id]]
    for d in s.execute(dates_q.where(SeriesDate.speaker_id.in_(ids))):
        out.append(Booking(d.speaker_id, d.start_utc, d.end_utc, d.event_id, d.id, d.title, d.timezone))
    session_q = (select(ConferenceSession.id, ConferenceSession.event_id, ConferenceSession.title,
                        ConferenceSession.start_utc, ConferenceSession.end_utc, ConferenceSession.chair_id,
                        Event.title.label("event_title"), Event.timezone)
                 .join(Event, Event.id == ConferenceSession.event_id)
                 .where(Event.status != "cancelled", ConferenceSession.start_utc < last,
                        ConferenceSession.end_utc > first))
    for x in s.execute(session_q.where(ConferenceSession.chair_id.in_(ids))):
        out.append(Booking(x.chair_id, x.start_utc, x.end_utc, x.event_id, x.id, f"{x.event_title} – {x.title}",
                           x.timezone))
    speaking = session_q.add_columns(SessionSpeaker.person_id).join(
        SessionSpeaker, SessionSpeaker.session_id == ConferenceSession.id).where(SessionSpeaker.person_id.in_(ids))
    for x in s.execute(speaking):
        out.append(Booking(x.person_id, x.start_utc, x.end_utc, x.event_id, x.id, f"{x.event_title} – {x.title}",
                           x.timezone))
    out += stays_of(s, ids, window, home)
    rooms: list[Booking] = []
    if venue_id:
        timetabled: set[str] = set()
        if room:  # the model's rooms are the timetable's: a conference takes a room only in its sessions
            wanted = room.strip().casefold()
            timetabled = set(s.scalars(select(ConferenceSession.event_id).join(Event).where(
                Event.venue_id == venue_id, Event.start_utc < last, Event.end_utc > first)))
            for x in s.execute(session_q.add_columns(ConferenceSession.room).where(Event.venue_id == venue_id)):
                if (x.room or "").strip().casefold() == wanted:
                    rooms.append(Booking(venue_id, x.start_utc, x.end_utc, x.event_id, x.id,
                                         f"{x.event_title} – {x.title}", x.timezone))
        for e in s.execute(select(Event.id, Event.title, Event.start_utc, Event.end_utc, Event.timezone)
                           .where(Event.venue_id == venue_id, Event.status != "cancelled", Event.series_rule == "",
                                  Event.start_utc < last, Event.end_utc > first)):
            if e.id not in timetabled:  # an event without a timetable says no room: it takes the venue
                rooms.append(Booking(venue_id, e.start_utc, e.end_utc, e.id, None, e.title, e.timezone))
        for d in s.execute(dates_q.where(Event.venue_id == venue_id)):
            rooms.append(Booking(venue_id, d.start_utc, d.end_utc, d.event_id, None, d.title, d.timezone))
        far = {e[0]: e for e in s.execute(select(Event.id, Event.title, Event.timezone).where(
            Event.id.in_(far_series(s, last)), Event.venue_id == venue_id))}
        for d in beyond_stored(s, sorted(far), first, last):
            rooms.append(Booking(venue_id, d.start_utc, d.end_utc, d.event_id, None, *far[d.event_id][1:]))
    return out, rooms
