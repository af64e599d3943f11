"""What a PDF packet needs, gathered in one read and handed over as plain data.

Why plain dataclasses: the PDF code never touches a session (so it can run in
worker processes, which must receive picklable data), and what a packet may
print is decided here, in one place: sensitive person fields
(:data:`SENSITIVE_PERSON_FIELDS`) are only read when ``include_sensitive`` is
asked for, and participant lists hold only people who consented to be listed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from qistdesk.domain.enums import effective_language
from qistdesk.domain import (SENSITIVE_PERSON_FIELDS, display_name, ConferenceSession, Event, Exchange, Participation, Person,
                             SeriesDate, SessionSpeaker, Venue)
from qistdesk.services import crud
from qistdesk.store import Database
from qistdesk.timezones import COPENHAGEN, WASHINGTON, zone


def local_to_utc_lenient(local: datetime, zone_name: str) -> datetime:
    """Midnight and end of day are never in a DST gap here; no validation needed."""
    return local.replace(tzinfo=zone(zone_name)).astimezone(zone("UTC"))

def _(text: str) -> str:
    """Marks a label for translation (pybabel); the packet translates it into the reader's language."""
    return text


_SENSITIVE_LABELS = {"dietary_needs": _("Dietary needs"), "accessibility_needs": _("Accessibility needs"),
                     "passport_number": _("Passport number"), "date_of_birth": _("Date of birth")}


@dataclass
class OfficeInfo:
    name: str = ""
    contact: str = ""
    email: str = ""
    phone: str = ""
    logo: str = ""
    country: str = ""


@dataclass
class OrgInfo:
    name: str = ""
    city: str = ""
    country: str = ""
    address: str = ""
    website: str = ""


@dataclass
class PersonCard:
    """A person as a packet shows them; ``sensitive`` is empty unless asked for."""

    id: str
    name: str
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    country: str = ""
    city: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    role: str = ""
    sensitive: dict[str, str] = field(default_factory=dict)
    language: str = "en"  # the language the packet for this person is written in ("da" or "en")


@dataclass
class Slot:
    """A session, a series date or an event: something with a time in a timetable."""

    title: str
    start_utc: datetime
    end_utc: datetime
    timezone: str = ""
    room: str = ""
    place: str = ""
    speakers: list[str] = field(default_factory=list)
    speaker_ids: list[str] = field(default_factory=list)
    chair: str = ""
    chair_id: str = ""
    description: str = ""
    status: str = ""


@dataclass
class VenueInfo:
    name: str
    address: str = ""
    city: str = ""
    country: str = ""
    timezone: str = ""
    capacity: int | None = None
    accessibility_notes: str = ""
    map_url: str = ""


@dataclass
class EventInfo:
    id: str
    kind: str
    title: str
    start_utc: datetime
    end_utc: datetime
    timezone: str
    description: str = ""
    status: str = ""
    online_url: str = ""
    organizer: str = ""
    host_organization: str = ""
    venue: VenueInfo | None = None
    programme: list[Slot] = field(default_factory=list)
    listed: list[PersonCard] = field(default_factory=list)


@dataclass
class MilestoneInfo:
    title: str
    kind: str
    due_date: date
    done: bool
    done_on: date | None = None


@dataclass
class ExchangeInfo:
    id: str
    participant: PersonCard
    program: str
    program_kind: str
    direction: str
    welcome_template: str  # the programme's letter in English, and in Danish below
    start_date: date
    end_date: date
    stage: str = ""
    visa_status: str = ""
    insurance_status: str = ""
    housing: str = ""
    funding: str = ""
    home: OrgInfo | None = None
    host: OrgInfo | None = None
    host_contact: PersonCard | None = None
    milestones: list[MilestoneInfo] = field(default_factory=list)
    welcome_template_da: str = ""
    own_events: list[StayItem] = field(default_factory=list)  # the participant's own, in full
    other_events: list[StayItem] = field(default_factory=list)  # the programme's others, the first OTHER_LINES
    other_more: int = 0  # the programme's other events during the stay not in ``other_events``


#: How many of the programme's other events (a series counts once) an exchange packet lists.
OTHER_LINES = 30


@dataclass
class StayItem:
    """One line of an exchange packet's "Events during the stay": an event, or a whole series.

    ``dates`` are the (start, end) instants in UTC that fall inside the stay, in order."""

    title: str
    place: str
    dates: list[tuple[datetime, datetime]]
    series: bool = False
    role: str = ""


def _name(person: Person | None) -> str:
    return display_name(person.given_name, person.family_name) if person is not None else ""


def office_info(settings=None) -> OfficeInfo:
    """The office block printed on every packet, from the declared settings."""
    if settings is None:
        from qistdesk.settings import load

        settings = load()
    return OfficeInfo(name=settings.get("office.name"), contact=settings.get("office.contact"),
                      email=settings.get("office.email"), phone=settings.get("office.phone"),
                      logo=settings.get("office.logo"), country=settings.get("office.country"))


def _card(person: Person, role: str = "", include_sensitive: bool = False) -> PersonCard:
    card = PersonCard(id=person.id, name=_name(person), given_name=person.given_name,
                      family_name=person.family_name or "",
                      organization=person.organization.name if person.organization else "",
                      country=person.country or (person.organization.country if person.organization else ""),
                      city=person.organization.city if person.organization else "",
                      job_title=person.job_title or "", email=person.email or "", phone=person.phone or "",
                      role=role)
    card.language = effective_language(person.language, card.country)
    if include_sensitive:
        for name in SENSITIVE_PERSON_FIELDS:
            value = getattr(person, name)
            if value:
                card.sensitive[_SENSITIVE_LABELS.get(name, name)] = (
                    value.isoformat() if isinstance(value, date) else str(value))
    return card


def _org(org) -> OrgInfo | None:
    if org is None:
        return None
    return OrgInfo(name=org.name, city=org.city or "", country=org.country or "", address=org.address or "",
                   website=org.website or "")


def _programme(event: Event) -> list[Slot]:
    if event.sessions:
        return [Slot(title=s.title, start_utc=s.start_utc, end_utc=s.end_utc, timezone=event.timezone,
                     room=s.room or "", speakers=[_name(p) for p in s.speakers],
                     speaker_ids=[p.id for p in s.speakers], chair=_name(s.chair),
                     chair_id=s.chair_id or "", description=s.description or "") for s in event.sessions]
    if event.dates:
        return [Slot(title=d.topic or event.title, start_utc=d.start_utc, end_utc=d.end_utc,
                     timezone=event.timezone, speakers=[_name(d.speaker)] if d.speaker else [],
                     speaker_ids=[d.speaker_id] if d.speaker_id else [], status=d.status) for d in event.dates]
    return [Slot(title=event.title, start_utc=event.start_utc, end_utc=event.end_utc, timezone=event.timezone)]


def _load_event(s, event_id: str) -> Event:
    event = crud.get(s, Event, event_id)
    s.execute(select(ConferenceSession).where(ConferenceSession.event_id == event.id).options(
        selectinload(ConferenceSession.speaker_links).selectinload(SessionSpeaker.person),
        selectinload(ConferenceSession.chair))).scalars().all()
    return event


def _event_info(s, event: Event, participations: list[Participation]) -> EventInfo:
    venue = event.venue
    listed = [_card(p.person, p.role) for p in participations if p.person.consent_listed]
    listed.sort(key=lambda c: (c.family_name.casefold(), c.given_name.casefold()))
    return EventInfo(
        id=event.id, kind=event.kind, title=event.title, start_utc=event.start_utc, end_utc=event.end_utc,
        timezone=event.timezone, description=event.description or "", status=event.status,
        online_url=event.online_url or "", organizer=_name(event.organizer),
        host_organization=event.host_organization.name if event.host_organization else "",
        venue=VenueInfo(name=venue.name, address=venue.address or "", city=venue.city or "",
                        country=venue.country or "", timezone=venue.timezone, capacity=venue.capacity,
                        accessibility_notes=venue.accessibility_notes or "",
                        map_url=venue.map_url or "") if venue else None,
        programme=_programme(event), listed=listed)


def _participations(s, event: Event) -> list[Participation]:
    """Everyone taking part, declined invitations left out."""
    rows = s.scalars(select(Participation).where(Participation.event_id == event.id,
                                                 Participation.invitation_status != "declined")
                     .options(selectinload(Participation.person).selectinload(Person.organization))).all()
    return sorted(rows, key=lambda p: (p.person.family_name.casefold(), p.person.given_name.casefold()))


def event_packet(db: Database, event_id: str, person_id: str,
                 include_sensitive: bool = False) -> tuple[EventInfo, PersonCard]:
    """The event and one recipient (who need not be a participant: then their role is 'guest')."""
    with db.read() as s:
        event = _load_event(s, event_id)
        parts = _participations(s, event)
        person = crud.get(s, Person, person_id)
        role = next((p.role for p in parts if p.person_id == person.id), "guest")
        return _event_info(s, event, parts), _card(person, role, include_sensitive)


def event_packets(db: Database, event_id: str,
                  include_sensitive: bool = False) -> tuple[EventInfo, list[PersonCard]]:
    """The event and every participant (declined left out), in one read: bulk packets and badges."""
    with db.read() as s:
        event = _load_event(s, event_id)
        parts = _participations(s, event)
        return _event_info(s, event, parts), [_card(p.person, p.role, include_sensitive) for p in parts]


def exchange_packet(db: Database, exchange_id: str, include_sensitive: bool = False) -> ExchangeInfo:
    with db.read() as s:
        ex = crud.get(s, Exchange, exchange_id)
        host_country = ex.host_organization.country if ex.host_organization else ""
        zone_name = {"DK": COPENHAGEN, "US": WASHINGTON}.get(host_country, "UTC")
        start = local_to_utc_lenient(datetime.combine(ex.start_date, time.min), zone_name)
        end = local_to_utc_lenient(datetime.combine(ex.end_date, time.max), zone_name)
        return ExchangeInfo(
            id=ex.id, participant=_card(ex.person, "exchange participant", include_sensitive),
            program=ex.program.name, program_kind=ex.program.kind, direction=ex.program.direction,
            welcome_template=ex.program.welcome_template or "",
            welcome_template_da=ex.program.welcome_template_da or "", start_date=ex.start_date,
            end_date=ex.end_date, stage=ex.stage, visa_status=ex.visa_status,
            insurance_status=ex.insurance_status, housing=ex.housing or "", funding=ex.funding or "",
            home=_org(ex.home_organization), host=_org(ex.host_organization),
            host_contact=_card(ex.host_contact, "host contact") if ex.host_contact else None,
            milestones=[MilestoneInfo(title=m.title, kind=m.kind, due_date=m.due_date, done=m.done,
                                      done_on=m.done_on) for m in ex.milestones],
            **_stay_events(s, ex.person_id, start, end))


def _stay_events(s, person_id: str, start: datetime, end: datetime) -> dict:
    """The events during a stay, cancelled ones left out, one item per event or series: the
    participant's own (a participation not declined, or a series date they speak at) in full, and
    the first :data:`OTHER_LINES` of the programme's others with how many more there are.

    Why not every event: a ten-month stay at scale holds thousands of dates (147 pages) that no
    visiting student reads; the programme calendar has them all."""
    from sqlalchemy import func

    own_ids = set(s.scalars(select(Participation.event_id).where(Participation.person_id == person_id,
                                                                 Participation.invitation_status != "declined")))
    own_ids |= set(s.scalars(select(SeriesDate.event_id).where(SeriesDate.speaker_id == person_id)))
    in_stay = (Event.status != "cancelled", Event.start_utc <= end, or_(Event.end_utc >= start, Event.series_rule != ""))
    rows = s.execute(select(Event.id, Event.title, Event.start_utc, Event.end_utc, Event.series_rule,
                            Event.online_url, Venue.name, Venue.city)
                     .outerjoin(Venue, Venue.id == Event.venue_id).where(*in_stay)).all()
    dated = (SeriesDate.status != "cancelled", SeriesDate.start_utc >= start, SeriesDate.start_utc <= end)
    first = dict(s.execute(select(SeriesDate.event_id, func.min(SeriesDate.start_utc))  # one query, not one per series
                           .where(SeriesDate.event_id.in_(select(Event.id).where(*in_stay, Event.series_rule != "")),
                                  *dated).group_by(SeriesDate.event_id)).all())
    items: list[tuple[datetime, bool, str, object]] = []  # (first date, own, id, row)
    for row in rows:
        at = first.get(row.id) if row.series_rule else (row.start_utc if row.end_utc >= start else None)
        if at is not None:
            items.append((at, row.id in own_ids, row.id, row))
    items.sort(key=lambda x: (x[0], x[2]))
    own = [x for x in items if x[1]]
    others = [x for x in items if not x[1]]
    shown = own + others[:OTHER_LINES]
    dates = defaultdict(list)
    wanted = [x[2] for x in shown if x[3].series_rule]
    if wanted:
        for event_id, a, b in s.execute(select(SeriesDate.event_id, SeriesDate.start_utc, SeriesDate.end_utc)
                                        .where(SeriesDate.event_id.in_(wanted), *dated)
                                        .order_by(SeriesDate.start_utc, SeriesDate.id)):
            dates[event_id].append((a, b))
    roles = dict(s.execute(select(Participation.event_id, Participation.role).where(
        Participation.person_id == person_id, Participation.event_id.in_([x[2] for x in own]))).all()) if own else {}

    def item(x) -> StayItem:
        row = x[3]
        place = row.name + (f", {row.city}" if row.city else "") if row.name else ("online" if row.online_url else "")
        return StayItem(title=row.title, place=place, series=bool(row.series_rule), role=roles.get(row.id, ""),
                        dates=dates[row.id] if row.series_rule else [(row.start_utc, row.end_utc)])

    return {"own_events": [item(x) for x in own], "other_events": [item(x) for x in others[:OTHER_LINES]],
            "other_more": max(0, len(others) - OTHER_LINES)}


def participation_refs(db: Database, participation_id: str) -> tuple[str, str]:
    """(event id, person id) of a participation row (for actions on the participants table)."""
    with db.read() as s:
        item = crud.get(s, Participation, participation_id)
        return item.event_id, item.person_id


def events_of_person(db: Database, person_id: str) -> list[tuple[str, str]]:
    """(event id, "title – date") of the events a person takes part in, newest first."""
    with db.read() as s:
        person = crud.get(s, Person, person_id)
        rows = s.execute(select(Event.id, Event.title, Event.start_utc).join(
            Participation, Participation.event_id == Event.id).where(Participation.person_id == person.id)
            .order_by(Event.start_utc.desc())).all()
        return [(r.id, f"{r.title} – {r.start_utc:%Y-%m-%d}") for r in rows]
