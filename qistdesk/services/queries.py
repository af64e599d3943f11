"""Read-only queries for lists, counts and detail pages.

Lists return plain dicts built from column tuples (no ORM objects), so the
People list of 100,000 rows costs one query and no per-row object overhead.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased, joinedload, selectinload

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Milestone, Organization,
                             Participation, Person, SeriesDate, SessionSpeaker, Venue)
# Here for the app's views: one SQL text each, read by SQLAlchemy or plain sqlite3 (the CLI).
from qistdesk.services.directory_lists import list_organizations, list_people, list_venues  # noqa: F401
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

LIST_KINDS = ("events", "exchanges", "people", "organizations", "venues")


def iso_local(instant: datetime | None, zone_name: str) -> str | None:
    """ISO 8601 with the UTC offset of ``zone_name`` (e.g. 2027-02-04T16:00:00+01:00)."""
    return utc_to_local(instant, zone_name).isoformat() if instant else None


def counts(db: Database) -> dict[str, int]:
    models = {"events": Event, "seminars": None, "conferences": None, "exchanges": Exchange,
              "people": Person, "organizations": Organization, "venues": Venue, "programs": ExchangeProgram}
    out: dict[str, int] = {}
    with db.read() as s:
        for key, model in models.items():
            if model is not None:
                out[key] = s.scalar(select(func.count()).select_from(model))
        out["seminars"] = s.scalar(select(func.count()).select_from(Event).where(Event.kind == "seminar"))
        out["conferences"] = s.scalar(select(func.count()).select_from(Event).where(Event.kind != "seminar"))
    return out


def is_empty(db: Database) -> bool:
    return not any(v for k, v in counts(db).items())


def events_brief(db: Database, *, venue_id: str | None = None, start: datetime | None = None,
                 end: datetime | None = None, limit: int | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Events for a detail pane, by start: those held at ``venue_id`` (through the index on
    ``events.venue_id``; venue names are not unique) and/or overlapping [start, end).

    Returns (how many in all, the first ``limit`` of them: id, kind, title, start_utc, end_utc,
    timezone). No participant counts: a pane needs none, and they cost a pass over every
    participation.
    """
    query = select(Event.id, Event.kind, Event.title, Event.start_utc, Event.end_utc, Event.timezone)
    if venue_id is not None:
        query = query.where(Event.venue_id == venue_id)
    if start is not None:
        query = query.where(Event.end_utc >= start)
    if end is not None:
        query = query.where(Event.start_utc < end)
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = s.execute(query.order_by(Event.start_utc, Event.id).limit(limit))
        return total, [dict(r._mapping) for r in rows]


def list_events(db: Database, kind: str | None = None, start: datetime | None = None,
                end: datetime | None = None) -> list[dict[str, Any]]:
    with db.read() as s:
        participants = (select(Participation.event_id, func.count().label("n"))
                        .group_by(Participation.event_id).subquery())
        query = (select(Event.id, Event.kind, Event.title, Event.start_utc, Event.end_utc, Event.timezone,
                        Event.status, Event.series_rule, Venue.name.label("venue"), Event.capacity,
                        func.coalesce(participants.c.n, 0).label("participants"), Event.version)
                 .outerjoin(Venue, Event.venue_id == Venue.id)
                 .outerjoin(participants, participants.c.event_id == Event.id)
                 .order_by(Event.start_utc, Event.id))
        if kind:
            kinds = ("conference", "workshop") if kind == "conferences" else (kind,)
            query = query.where(Event.kind.in_(kinds))
        if start is not None:
            query = query.where(Event.end_utc >= start)
        if end is not None:
            query = query.where(Event.start_utc < end)
        return [dict(r._mapping) for r in s.execute(query)]


def list_exchanges(db: Database) -> list[dict[str, Any]]:
    home, host = aliased(Organization), aliased(Organization)
    with db.read() as s:
        open_steps = (select(Milestone.exchange_id, func.count().label("n"), func.min(Milestone.due_date).label("due"))
                      .where(Milestone.done.is_(False)).group_by(Milestone.exchange_id).subquery())
        rows = s.execute(
            select(Exchange.id, Person.given_name, Person.family_name, ExchangeProgram.name.label("program"),
                   ExchangeProgram.direction, home.name.label("home"), host.name.label("host"),
                   Exchange.start_date, Exchange.end_date, Exchange.stage,
                   func.coalesce(open_steps.c.n, 0).label("open_milestones"),
                   open_steps.c.due.label("next_due"), Exchange.version)
            .join(Person, Exchange.person_id == Person.id)
            .join(ExchangeProgram, Exchange.program_id == ExchangeProgram.id)
            .outerjoin(home, Exchange.home_organization_id == home.id)
            .outerjoin(host, Exchange.host_organization_id == host.id)
            .outerjoin(open_steps, open_steps.c.exchange_id == Exchange.id)
            .order_by(Exchange.start_date, Exchange.id))
        return [dict(r._mapping) for r in rows]


def event_of_participation(db: Database, participation_id: str) -> str:
    """The id of the event a participation (a row of a participants list) belongs to."""
    from qistdesk.services import crud

    with db.read() as s:
        return crud.get(s, Participation, participation_id).event_id


def participation_names(db: Database, participation_ids: list[str], most: int = 3) -> str:
    """"Ida Sørensen, Jens Bøgh and 4 more": who the selected participations are, for a question."""
    from qistdesk.services import crud

    with db.read() as s:
        names = [crud.get(s, Participation, i).person.full_name for i in participation_ids[:most]]
    more = len(participation_ids) - most
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def list_programs(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(select(ExchangeProgram.id, ExchangeProgram.name, ExchangeProgram.kind,
                                ExchangeProgram.direction, ExchangeProgram.funding, ExchangeProgram.version)
                         .order_by(ExchangeProgram.name))
        return [dict(r._mapping) for r in rows]


def milestones_due(db: Database, until: date, include_done: bool = False) -> list[dict[str, Any]]:
    """Milestones due on or before ``until`` (overdue ones included), soonest first."""
    with db.read() as s:
        query = (select(Milestone.id, Milestone.title, Milestone.kind, Milestone.due_date, Milestone.done,
                        Milestone.exchange_id, Person.given_name, Person.family_name)
                 .join(Exchange, Milestone.exchange_id == Exchange.id)
                 .join(Person, Exchange.person_id == Person.id)
                 .where(Milestone.due_date <= until)
                 .where(Exchange.stage.notin_(("completed", "withdrawn")))
                 .order_by(Milestone.due_date))
        if not include_done:
            query = query.where(Milestone.done.is_(False))
        return [dict(r._mapping) for r in s.execute(query)]


def series_dates(db: Database, event_id: str) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(select(SeriesDate.id, SeriesDate.original_start_utc, SeriesDate.start_utc,
                                SeriesDate.end_utc, SeriesDate.status, SeriesDate.topic,
                                SeriesDate.speaker_id, Person.given_name, Person.family_name, SeriesDate.version)
                         .outerjoin(Person, SeriesDate.speaker_id == Person.id)
                         .where(SeriesDate.event_id == event_id).order_by(SeriesDate.original_start_utc))
        return [dict(r._mapping) for r in rows]


def sessions_of(db: Database, event_id: str) -> list[dict[str, Any]]:
    with db.read() as s:
        items = s.scalars(select(ConferenceSession).where(ConferenceSession.event_id == event_id)
                          .options(joinedload(ConferenceSession.chair),
                                   selectinload(ConferenceSession.speaker_links).joinedload(SessionSpeaker.person))
                          .order_by(ConferenceSession.start_utc, ConferenceSession.room)).all()
        return [{"id": i.id, "title": i.title, "start_utc": i.start_utc, "end_utc": i.end_utc, "room": i.room,
                 "chair_id": i.chair_id, "chair": i.chair.full_name if i.chair else "",
                 "speaker_ids": [p.id for p in i.speakers], "speakers": [p.full_name for p in i.speakers],
                 "description": i.description, "version": i.version, "room_capacity": i.room_capacity,
                 "qist_area": i.qist_area} for i in items]


def participants_of(db: Database, event_id: str) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(select(Participation.id, Participation.person_id, Person.given_name, Person.family_name,
                                Person.email, Organization.name.label("organization"), Person.country,
                                Organization.sector.label("sector"), Participation.role,
                                Participation.invitation_status, Participation.rsvp_at,
                                Participation.waitlist_position, Person.consent_listed, Participation.version)
                         .join(Person, Participation.person_id == Person.id)
                         .outerjoin(Organization, Person.organization_id == Organization.id)
                         .where(Participation.event_id == event_id)
                         .order_by(Person.family_name, Person.given_name))
        return [dict(r._mapping) for r in rows]
