"""``qistdesk check``: the database's structure and the app's own invariants.

Structural checks come from the store; the invariants here are the rules the
services enforce on every write, re-checked over the whole database so data
that arrived another way (an old version, a hand edit, a bug) is caught.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Milestone, Organization,
                             Participation, Person, SeriesDate, Venue)
from qistdesk.domain import validation as v
from qistdesk.domain.enums import NO_SEAT
from qistdesk.store import Database
from qistdesk.store.health import schema_revision, structural_problems
from qistdesk.store.migrate import HEAD_REVISION


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


_VALIDATED = [
    (Organization, v.validate_organization, lambda o: o.name),
    (Person, v.validate_person, lambda o: o.full_name),
    (Venue, v.validate_venue, lambda o: o.name),
    (Event, v.validate_event, lambda o: o.title),
    (ConferenceSession, v.validate_session, lambda o: o.title),
    (Participation, v.validate_participation, lambda o: o.id[:8]),
    (ExchangeProgram, v.validate_program, lambda o: o.name),
    (Exchange, v.validate_exchange, lambda o: o.id[:8]),
    (Milestone, v.validate_milestone, lambda o: o.title),
]


def check(db: Database, quick: bool = False) -> list[Problem]:
    problems = [Problem("database", p) for p in structural_problems(db, quick)]
    revision = schema_revision(db)
    if revision != HEAD_REVISION:
        problems.append(Problem("schema", f"revision {revision} is not the current {HEAD_REVISION}"))
    if problems and any("database file" in p.message for p in problems):
        return problems  # a damaged file: reading records may not be safe
    with db.read() as s:
        for model, validator, label in _VALIDATED:
            for obj in s.scalars(select(model)).yield_per(2000):
                for field, message in validator(obj).items():
                    problems.append(Problem(f"{model.__tablename__} {label(obj)!r} ({obj.id[:8]})",
                                            f"{field} {message}"))
        problems += _event_invariants(s)
        problems += _timetable_problems(s)
    return problems


def _timetable_problems(s) -> list[Problem]:
    """Rooms used twice, speakers in two rooms at once, venues over capacity (issue 16).
    Sessions outside their event are already reported by :func:`_event_invariants`."""
    from qistdesk.services.timetable_checks import problems_by_event

    titles = dict(s.execute(select(Event.id, Event.title)).tuples().all())
    return [Problem(f"event {titles.get(eid, eid[:8])!r}", p.message)
            for eid, found in problems_by_event(s).items() for p in found if p.kind != "outside" and not p.mirror]


def _event_invariants(s) -> list[Problem]:
    problems: list[Problem] = []
    for e in s.scalars(select(Event).where(Event.series_rule != "")):
        if not e.dates:
            problems.append(Problem(f"event {e.title!r}", "is a series without dates"))
    orphan_dates = s.execute(select(SeriesDate.id, Event.title).join(Event)
                             .where(Event.series_rule == "")).all()
    for date_id, title in orphan_dates:
        problems.append(Problem(f"event {title!r}", f"has series date {date_id[:8]} but no series rule"))
    bad_dates = s.execute(select(SeriesDate.id).where(SeriesDate.end_utc <= SeriesDate.start_utc)).all()
    problems += [Problem(f"series date {d[0][:8]}", "ends before it starts") for d in bad_dates]
    outside = s.execute(select(ConferenceSession.title, Event.title).join(Event).where(
        (ConferenceSession.start_utc < Event.start_utc) | (ConferenceSession.end_utc > Event.end_utc))).all()
    problems += [Problem(f"session {t!r} of {e!r}", "lies outside the event's dates") for t, e in outside]
    seated = (select(Participation.event_id, func.count().label("n"))
              .where(Participation.invitation_status.notin_(NO_SEAT))
              .group_by(Participation.event_id).subquery())
    over = s.execute(select(Event.title, Event.capacity, seated.c.n).join(seated, seated.c.event_id == Event.id)
                     .where(Event.capacity.is_not(None), seated.c.n > Event.capacity)).all()
    problems += [Problem(f"event {t!r}", f"has {n} seated participants for a capacity of {c}") for t, c, n in over]
    return problems
