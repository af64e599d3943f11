"""The calendar's statements, built once with named parameters.

A statement built anew for every period makes SQLAlchemy work out its cache key
again (a walk over the whole expression, about as long as SQLite takes to run
the query); one built here once keeps its key, so a period pays for the rows
only. Parameters: ``first`` and ``last`` bound the window (UTC), ``earliest`` is
how early an item may start and still touch it, ``old`` the start before which
a series may have dates past its stored rows, ``ids`` a list (expanded into
``IN (…)``); stays and milestones take local dates.
"""

from __future__ import annotations

from sqlalchemy import and_, bindparam, func, or_, select

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Milestone, Participation, Person,
                             SeriesDate, SessionSpeaker)
from qistdesk.domain.enums import NO_SEAT

_IDS = bindparam("ids", expanding=True)

#: Events touching the window, series with a date in it, and series old enough to have dates past
#: their stored rows (the caller sets ``old``).
EVENTS = select(Event.id, Event.kind, Event.title, Event.start_utc, Event.end_utc, Event.timezone, Event.venue_id,
                Event.status, Event.series_rule, Event.version).where(or_(
                    and_(Event.start_utc < bindparam("last"), Event.start_utc > bindparam("earliest"),
                         Event.end_utc > bindparam("first")),
                    Event.id.in_(select(SeriesDate.event_id).where(
                        SeriesDate.start_utc < bindparam("last"), SeriesDate.start_utc > bindparam("earliest"),
                        SeriesDate.end_utc > bindparam("first"))),
                    and_(Event.series_rule != "", Event.start_utc < bindparam("old"))))

_DATE_COLUMNS = (SeriesDate.id, SeriesDate.event_id, SeriesDate.start_utc, SeriesDate.end_utc, SeriesDate.status,
                 SeriesDate.speaker_id, SeriesDate.topic, SeriesDate.original_start_utc)
#: Series dates touching the window, by the index on their start.
DATES_BY_START = select(*_DATE_COLUMNS).where(SeriesDate.start_utc < bindparam("last"),
                                              SeriesDate.start_utc > bindparam("earliest"),
                                              SeriesDate.end_utc > bindparam("first"))
#: The dates of some series touching the window.
DATES_OF_SERIES = select(*_DATE_COLUMNS).where(SeriesDate.event_id.in_(_IDS), SeriesDate.start_utc < bindparam("last"),
                                               SeriesDate.end_utc > bindparam("first"))
#: First starts of the series (of ``ids``) that began before ``old``.
OLD_SERIES = select(Event.id, Event.start_utc).where(Event.id.in_(_IDS), Event.start_utc < bindparam("old"))
#: How many dates each series has stored.
DATE_COUNTS = select(SeriesDate.event_id, func.count()).where(SeriesDate.event_id.in_(_IDS)).group_by(
    SeriesDate.event_id)
#: Conferences and workshops touching the window (whose timetables a week shows).
TIMETABLED = select(Event.id).where(Event.kind.in_(("conference", "workshop")), Event.series_rule == "",
                                    Event.start_utc < bindparam("last"), Event.start_utc > bindparam("earliest"),
                                    Event.end_utc > bindparam("first"))
#: How many sessions each of these events has.
SESSION_COUNTS = select(ConferenceSession.event_id, func.count()).where(
    ConferenceSession.event_id.in_(_IDS)).group_by(ConferenceSession.event_id)
#: The sessions of these events, with their event's zone and venue.
SESSIONS = select(ConferenceSession.id, ConferenceSession.event_id, ConferenceSession.title,
                  ConferenceSession.start_utc, ConferenceSession.end_utc, ConferenceSession.room,
                  ConferenceSession.chair_id, ConferenceSession.version, Event.timezone, Event.venue_id).join(
    Event, Event.id == ConferenceSession.event_id).where(ConferenceSession.event_id.in_(_IDS))
#: Their speakers with their names, in each session's order.
SPEAKERS = select(SessionSpeaker.session_id, Person.id, Person.given_name, Person.family_name).join(
    ConferenceSession, ConferenceSession.id == SessionSpeaker.session_id).join(
    Person, Person.id == SessionSpeaker.person_id).where(ConferenceSession.event_id.in_(_IDS)).order_by(
    SessionSpeaker.session_id, SessionSpeaker.position)
#: People's names.
NAMES = select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(_IDS))
#: Who takes part (has a seat) in these events.
PARTICIPANTS = select(Participation.event_id, Participation.person_id).where(
    Participation.event_id.in_(_IDS), Participation.invitation_status.notin_(NO_SEAT))
#: Exchange stays (not withdrawn) touching local days ``first_day``..``last_day``, the traveller's name.
STAYS = select(Exchange.id, Exchange.person_id, Exchange.host_contact_id, Exchange.start_date, Exchange.end_date,
               Exchange.stage, Exchange.version, ExchangeProgram.name, Person.given_name, Person.family_name).join(
    ExchangeProgram, ExchangeProgram.id == Exchange.program_id).outerjoin(
    Person, Person.id == Exchange.person_id).where(
    Exchange.stage != "withdrawn", Exchange.start_date <= bindparam("last_day"),
    Exchange.end_date >= bindparam("first_day"))
#: Milestones due on ``first_day``..``last_day`` of stays not withdrawn, the traveller's name.
MILESTONES = select(Milestone.id, Milestone.title, Milestone.due_date, Milestone.done, Milestone.version,
                    Milestone.exchange_id, Exchange.person_id, Exchange.host_contact_id, Person.given_name,
                    Person.family_name).join(Exchange, Exchange.id == Milestone.exchange_id).outerjoin(
    Person, Person.id == Exchange.person_id).where(
    Milestone.due_date >= bindparam("first_day"), Milestone.due_date <= bindparam("last_day"),
    Exchange.stage != "withdrawn")
