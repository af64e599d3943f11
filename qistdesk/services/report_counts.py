"""The raw counts of the cooperation report, for one period: the counting rules live here.

Why its own module: the joint committee reads these numbers year after year, so
each rule is written once, stated in words (:data:`RULES`, printed on the
report's last page) and tested against a database with known counts. The
numbers are aggregates from grouped queries (at 100,000 people a loop over
events would be slow); suppression of small counts and the comparison with the
previous period are :mod:`qistdesk.services.reports`' business, not this one's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, exists, func, or_, select

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Organization, Participation, Person,
                             SeriesDate)
from qistdesk.domain.enums import NO_SEAT
from qistdesk.store import Database
from qistdesk.timezones import local_to_utc

def _(text: str) -> str:
    """Marks a rule for translation (pybabel); the report translates it into its language."""
    return text


#: Events that happened (or will): drafts and cancelled events are not counted.
HELD_STATUSES = ("planned", "confirmed")
#: Exchanges that go ahead; proposed, applied and withdrawn ones are not counted.
EXCHANGE_STAGES = ("accepted", "preparing", "in-progress", "completed")
#: Career stages as the report groups them.
STAGE_GROUPS = {"student": "student", "phd": "student", "postdoc": "early career", "early-career": "early career",
                "mid-career": "established", "senior": "established"}
#: Exchange length in days → its bucket (upper bounds, inclusive).
LENGTHS = ((31, "up to 1 month"), (92, "1–3 months"), (183, "3–6 months"), (366, "6–12 months"),
           (10**6, "more than a year"))

RULES = [
    _("The period runs from the first to the last day given, both included, in the office's home time zone."),
    _("Events count when they are planned or confirmed; drafts and cancelled events do not. A seminar series "
      "counts once per scheduled date inside the period (a cancelled date does not count); a conference or "
      "workshop counts once, in the period where it starts."),
    _("A person takes part in an event when they accepted the invitation, or hold another role than attendee "
      "(speaker, chair, panellist, organiser) and did not decline, pass the invitation on or wait on the waiting "
      "list. Speakers of a "
      "seminar date take part in it."),
    _("Participants are unique people: someone at five events counts once. Registrations count every "
      "person at every event."),
    _("Sector and country are the person's own country, else their organisation's; people without an "
      "organisation or a country count as 'unknown'. Career stages are grouped: student (students, PhD), "
      "early career (postdocs, early career), established (mid-career, senior)."),
    _("Exchanges count when accepted, preparing, in progress or completed and their dates overlap the period. "
      "Their direction and kind are their programme's; their QIST area is their own."),
    _("Accessibility: a request is a person with accessibility needs taking part in an event of the period; it "
      "is met when the organisers marked it met for that event. Only counts are reported, never the needs."),
    _("The previous period is the same dates one year earlier (for periods longer than a year: as many years "
      "earlier as the period spans). Change is this period minus the previous one."),
    _("Any count of people from 1 to 4 is shown as '< 5' so no one can be identified; when a table would then "
      "have one hidden count, the next smallest is hidden too, so it cannot be worked out from the total. "
      "Changes involving a hidden count are not shown. Counts of events are not hidden."),
]


@dataclass
class Counts:
    """Every raw number of one period."""

    start: date
    end: date
    events_by_kind: Counter = field(default_factory=Counter)    # seminar | conference | workshop
    events_by_area: Counter = field(default_factory=Counter)    # area value or ""
    sessions_by_area: Counter = field(default_factory=Counter)
    people: set = field(default_factory=set)                   # unique person ids
    registrations: int = 0
    by_sector: Counter = field(default_factory=Counter)
    by_country: Counter = field(default_factory=Counter)
    by_stage: Counter = field(default_factory=Counter)          # grouped stage
    organisations: int = 0
    exchanges: int = 0
    exchange_people: int = 0
    exchanges_by_direction: Counter = field(default_factory=Counter)
    exchanges_by_kind: Counter = field(default_factory=Counter)
    exchanges_by_length: Counter = field(default_factory=Counter)
    exchanges_by_stage: Counter = field(default_factory=Counter)
    exchanges_by_area: Counter = field(default_factory=Counter)
    host_organisations: Counter = field(default_factory=Counter)  # "name (CC)"
    home_organisations: Counter = field(default_factory=Counter)
    access_requests: int = 0
    access_met: int = 0

    @property
    def events(self) -> int:
        return sum(self.events_by_kind.values())


def window(start: date, end: date, zone_name: str) -> tuple[datetime, datetime]:
    """UTC instants of local midnight at ``start`` and the midnight after ``end``."""
    return (local_to_utc(datetime.combine(start, time()), zone_name),
            local_to_utc(datetime.combine(end + timedelta(days=1), time()), zone_name))


def taking_part():
    """The SQL condition on a participation row for "takes part" (see :data:`RULES`); summaries use it too."""
    return or_(Participation.invitation_status == "accepted",
               and_(Participation.role != "attendee",
                    Participation.invitation_status.notin_(NO_SEAT)))


def _held_events(a: datetime, b: datetime):
    """Ids of the events with an occurrence in [a, b): single events by start, series by a scheduled date."""
    series_hit = exists().where(SeriesDate.event_id == Event.id, SeriesDate.status == "scheduled",
                                SeriesDate.start_utc >= a, SeriesDate.start_utc < b)
    return (select(Event.id).where(Event.status.in_(HELD_STATUSES),
                                   or_(and_(Event.series_rule == "", Event.start_utc >= a, Event.start_utc < b),
                                       and_(Event.series_rule != "", series_hit))))


def count_period(db: Database, start: date, end: date, zone_name: str) -> Counts:
    """All raw counts for the period [start, end] (dates in ``zone_name``)."""
    a, b = window(start, end, zone_name)
    c = Counts(start, end)
    with db.read() as s:
        _events(s, c, a, b)
        _participants(s, c, a, b)
        _exchanges(s, c, start, end)
    return c


def _events(s, c: Counts, a: datetime, b: datetime) -> None:
    held = Event.status.in_(HELD_STATUSES)
    for kind, area, n in s.execute(
            select(Event.kind, Event.qist_area, func.count())
            .where(held, Event.series_rule == "", Event.start_utc >= a, Event.start_utc < b)
            .group_by(Event.kind, Event.qist_area)):
        c.events_by_kind[kind] += n
        c.events_by_area[area or ""] += n
    for kind, area, n in s.execute(
            select(Event.kind, Event.qist_area, func.count()).join(SeriesDate, SeriesDate.event_id == Event.id)
            .where(held, Event.series_rule != "", SeriesDate.status == "scheduled", SeriesDate.start_utc >= a,
                   SeriesDate.start_utc < b)
            .group_by(Event.kind, Event.qist_area)):
        c.events_by_kind[kind] += n
        c.events_by_area[area or ""] += n
    area = func.coalesce(func.nullif(ConferenceSession.qist_area, ""), Event.qist_area)
    for value, n in s.execute(
            select(area, func.count()).select_from(ConferenceSession).join(Event, ConferenceSession.event_id == Event.id)
            .where(held, Event.series_rule == "", Event.start_utc >= a, Event.start_utc < b).group_by(area)):
        c.sessions_by_area[value or ""] += n


def _participants(s, c: Counts, a: datetime, b: datetime) -> None:
    """One query per source (registrations, seminar speakers), each row with the person's attributes;
    the unique people, sectors, countries and the accessibility counts are worked out from them."""
    held = _held_events(a, b).subquery()
    country = func.coalesce(func.nullif(Person.country, ""), Organization.country)
    person_columns = (Organization.id, Organization.sector, country, Person.career_stage)
    registered = s.execute(
        select(Participation.person_id, Participation.event_id, Participation.access_met,
               Person.accessibility_needs != "", *person_columns)
        .join(held, held.c.id == Participation.event_id).join(Person, Person.id == Participation.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id).where(taking_part())).all()
    speakers = s.execute(
        select(SeriesDate.speaker_id, SeriesDate.event_id, *person_columns)
        .join(Event, Event.id == SeriesDate.event_id).join(Person, Person.id == SeriesDate.speaker_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Event.status.in_(HELD_STATUSES), SeriesDate.status == "scheduled", SeriesDate.start_utc >= a,
               SeriesDate.start_utc < b)).all()
    pairs = {(r[0], r[1]) for r in registered} | {(r[0], r[1]) for r in speakers}  # a speaker registered once
    c.registrations = len(pairs)
    attributes = {r[0]: r[4:] for r in registered}
    attributes.update({r[0]: r[2:] for r in speakers if r[0] not in attributes})
    orgs = set()
    for person_id, (org_id, sector, where, stage) in attributes.items():
        c.people.add(person_id)
        if org_id:
            orgs.add(org_id)
        c.by_sector[sector or "unknown"] += 1
        c.by_country[where or "unknown"] += 1
        c.by_stage[STAGE_GROUPS.get(stage or "", "unknown")] += 1
    c.organisations = len(orgs)
    requests = [met for _p, _e, met, needs, *_rest in registered if needs]
    c.access_requests = len(requests)
    c.access_met = sum(1 for met in requests if met)


def length_bucket(first: date, last: date) -> str:
    days = (last - first).days + 1
    return next(name for bound, name in LENGTHS if days <= bound)


def _exchanges(s, c: Counts, start: date, end: date) -> None:
    from sqlalchemy.orm import aliased

    home, host = aliased(Organization), aliased(Organization)
    rows = s.execute(select(Exchange.person_id, Exchange.start_date, Exchange.end_date, Exchange.stage,
                            Exchange.qist_area, ExchangeProgram.direction, ExchangeProgram.kind,
                            home.name, home.country, host.name, host.country)
                     .join(ExchangeProgram, ExchangeProgram.id == Exchange.program_id)
                     .outerjoin(home, home.id == Exchange.home_organization_id)
                     .outerjoin(host, host.id == Exchange.host_organization_id)
                     .where(Exchange.stage.in_(EXCHANGE_STAGES), Exchange.start_date <= end,
                            Exchange.end_date >= start)).all()
    people = set()
    for person, first, last, stage, area, direction, kind, home_name, home_cc, host_name, host_cc in rows:
        people.add(person)
        c.exchanges += 1
        c.exchanges_by_direction[direction] += 1
        c.exchanges_by_kind[kind] += 1
        c.exchanges_by_length[length_bucket(first, last)] += 1
        c.exchanges_by_stage[stage] += 1
        c.exchanges_by_area[area or ""] += 1
        c.home_organisations[f"{home_name} ({home_cc})" if home_name else "unknown"] += 1
        c.host_organisations[f"{host_name} ({host_cc})" if host_name else "unknown"] += 1
    c.exchange_people = len(people)


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The same dates one year earlier (or as many years as the period spans)."""
    years = max(1, -(-((end - start).days + 1) // 366))

    def back(d: date) -> date:
        try:
            return d.replace(year=d.year - years)
        except ValueError:  # 29 February
            return d.replace(year=d.year - years, day=28)

    return back(start), back(end)
