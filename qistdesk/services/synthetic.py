"""A synthetic dataset for benchmarks: ~1,000×scale people, 100×scale events, 20×scale exchanges.

Why bulk Core inserts in one transaction: ORM ``add_all`` costs about 5 s per
100,000 rows here, a Core ``insert(table)`` with a list of dicts about 0.4 s,
and scale 100 must load in seconds. Core inserts skip ORM defaults and
validation, so every column is given explicitly (``_insert`` checks that) and
values are drawn only from valid vocabularies; wall-clock times are chosen in
office hours, never in a DST gap or fold. Content is drawn from a seeded
random generator, so the same scale gives the same data (ids are fresh UUIDs).
"""

from __future__ import annotations

import random
from functools import lru_cache
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Milestone, Organization,
                             Participation, Person, SeriesDate, SessionSpeaker, Venue, new_id, utcnow)
from qistdesk.domain import enums
from qistdesk.domain.recurrence import SeriesRule, expand, format_rule
from qistdesk.services.demo import NOT_EMPTY
from qistdesk.services.errors import ServiceError
from qistdesk.services.exchanges import default_milestones
from qistdesk.store import Database
from qistdesk.timezones import local_to_utc

#: The day the synthetic data is "seen" on: it decides which milestones are done.
SYNTHETIC_TODAY = date(2027, 6, 1)

CITIES = {  # country -> [(city, zone)]
    "DK": [("København", "Europe/Copenhagen"), ("Aarhus", "Europe/Copenhagen"), ("Odense", "Europe/Copenhagen"),
           ("Aalborg", "Europe/Copenhagen"), ("Kongens Lyngby", "Europe/Copenhagen"),
           ("Roskilde", "Europe/Copenhagen")],
    "US": [("Washington", "America/New_York"), ("Boston", "America/New_York"), ("Baltimore", "America/New_York"),
           ("Pittsburgh", "America/New_York"), ("Chicago", "America/Chicago"), ("Austin", "America/Chicago"),
           ("Boulder", "America/Denver"), ("Berkeley", "America/Los_Angeles")],
}
ORG_NAMES = {
    "academia": ["University of {city}, Quantum Centre", "{city} Institute of Technology",
                 "{surname} Laboratory for Quantum Matter"],
    "government": ["{city} Office for Research and Innovation", "{surname} National Laboratory"],
    "industry": ["{surname} Quantum {suffix}", "{surname} & {surname2} Photonics {suffix}", "Qubit{city} {suffix}"],
    "non-profit": ["{surname} Foundation for Science", "{city} Quantum Network"],
}
GIVEN = ["Søren", "Åse", "Mette", "Jens", "Ida", "Rasmus", "Freja", "Mads", "Line", "Niels", "Karen", "Anders",
         "Emily", "James", "Sarah", "Michael", "Jennifer", "David", "Priya", "Keisha", "Carlos", "Olivia",
         "芳", "花子", "Δημήτρης", "Алексей", "ليلى", "민준", "Patrick", "Aoife", "Chloé", "Nathan"]
FAMILY = ["Ærøskøbing", "Møller", "Sørensen", "Kjærgård", "Østergaard", "Bøgh", "Holm", "Nielsen", "Jensen",
          "Hansen", "Smith", "Johnson", "Williams", "Brown", "Nguyen", "Garcia", "Kim", "Patel", "O'Brien",
          "D'Angelo", "王", "佐藤", "Παπαδόπουλος", "Смирнов", "حداد", "Cohen", "Okafor", "Lee"]
TITLES = {"student": "Student", "phd": "PhD fellow", "postdoc": "Postdoc", "early-career": "Scientist",
          "mid-career": "Senior scientist", "senior": "Director"}
TOPICS = ["superconducting qubits", "quantum networks", "quantum sensing", "error correction", "photonics",
          "trapped ions", "quantum algorithms", "policy", "workforce", "spin qubits", "time transfer"]
SLOTS = [("09:00", 90), ("11:00", 90), ("13:30", 90), ("15:30", 60)]
DIETS = ["Vegetarian", "Vegan", "Gluten-free", "Halal", "Kosher", "Nut allergy"]
# Vocabularies as plain lists, read once (``StrEnum.values()`` builds a new list per call).
SECTORS = [v for v in enums.Sector.values() if v != enums.Sector.TO_REVIEW]
STAGES, ROLES = enums.CareerStage.values(), enums.Role.values()
STATUSES, PAPERWORK = enums.InvitationStatus.values(), enums.PaperworkStatus.values()
AREAS = enums.QistArea.values() + [""]


@lru_cache(maxsize=None)
def _ascii(text: str) -> str:
    out = text.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "'": ""}))
    return "".join(c for c in out if c.isascii() and c.isalnum()) or "x"


def _local(day: date, hhmm: str, zone_name: str) -> datetime:
    return local_to_utc(datetime(day.year, day.month, day.day, int(hhmm[:2]), int(hhmm[3:])), zone_name)


class _Builder:
    """Draws rows for every table; each ``make_*`` appends to ``self.rows``."""

    def __init__(self, scale: int, seed: int):
        self.r = random.Random(seed)
        # Fields added later (QIST area, room seats, access met) draw from their own generator,
        # so the rest of the data stays what it was for the same seed.
        self.extra = random.Random(seed + 17)
        self.scale = scale
        self.now = utcnow()
        self.rows: dict[type, list[dict]] = {}

    def base(self) -> dict:
        return {"id": new_id(), "version": 1, "updated_at": self.now}

    def add(self, model, **values) -> dict:
        row = {**self.base(), **values}
        self.rows.setdefault(model, []).append(row)
        return row

    def make_organizations(self) -> None:
        r, seen = self.r, set()
        self.orgs_by_country: dict[str, list[str]] = {"DK": [], "US": []}
        for i in range(20 * self.scale):
            country = "DK" if i % 5 < 2 else "US"
            sector = SECTORS[i % 4]
            city, _ = r.choice(CITIES[country])
            name = r.choice(ORG_NAMES[sector]).format(
                city=city, surname=r.choice(FAMILY[:20]), surname2=r.choice(FAMILY[:20]),
                suffix="ApS" if country == "DK" else "Inc.")
            name = name if name not in seen else f"{name} {i}"
            seen.add(name)
            row = self.add(Organization, name=name, sector=sector, country=country, city=city,
                           website=f"https://org{i}.example.{'dk' if country == 'DK' else 'com'}", address="")
            self.orgs_by_country[country].append(row["id"])
        self.org_country = {row["id"]: row["country"] for row in self.rows[Organization]}

    def make_people(self) -> None:
        r = self.r
        orgs = list(self.org_country)
        self.people_of_org: dict[str, list[str]] = {}
        for i in range(1000 * self.scale):
            given, family, org = r.choice(GIVEN), r.choice(FAMILY), r.choice(orgs)
            stage = r.choice(STAGES)
            country = self.org_country[org]
            domain = "mail.example.dk" if country == "DK" else "mail.example.com"
            row = self.add(
                Person, given_name=given, family_name=family, organization_id=org, job_title=TITLES[stage],
                email=f"{_ascii(given)}.{_ascii(family)}.{i}@{domain}",
                phone=("+45 %08d" if country == "DK" else "+1 202 555 %04d") % (i % 10000), country=country,
                career_stage=stage, language="", consent_listed=r.random() < 0.8, consent_photo=r.random() < 0.5,
                retention_until=None, dietary_needs=r.choice(DIETS) if r.random() < 0.05 else "",
                accessibility_needs="Step-free access" if r.random() < 0.02 else "", passport_number="",
                date_of_birth=None, notes="")
            self.people_of_org.setdefault(org, []).append(row["id"])
        self.people = [row["id"] for row in self.rows[Person]]

    def make_venues(self) -> None:
        self.venues = []
        for i in range(5 * self.scale):
            country = "DK" if i % 2 == 0 else "US"
            city, zone_name = self.r.choice(CITIES[country])
            row = self.add(Venue, name=f"{city} Hall {i + 1}", address=f"{i + 1} Main Street", city=city,
                           country=country, timezone=zone_name, capacity=self.r.choice([40, 80, 150, 300]),
                           accessibility_notes=self.r.choice(["", "Step-free", "Lift; hearing loop"]), map_url="")
            self.venues.append((row["id"], zone_name, row["capacity"]))

    def make_events(self) -> None:
        r = self.r
        for i in range(100 * self.scale):
            kind = r.choices(("seminar", "conference", "workshop"), (55, 25, 20))[0]
            venue_id, zone_name, capacity = r.choice(self.venues)
            day = date(2026, 1, 5) + timedelta(days=r.randrange(3 * 365))
            days = 1 if kind == "seminar" else r.choice((1, 2, 2, 3) if kind == "conference" else (1, 2))
            start = _local(day, "09:00" if kind != "seminar" else r.choice(("10:00", "14:00", "16:00")), zone_name)
            end = (start + timedelta(hours=1) if kind == "seminar"
                   else _local(day + timedelta(days=days - 1), "17:00", zone_name))
            event_id = new_id()
            rule = ""
            if kind == "seminar" and r.random() < 0.2:
                rule = self._series(event_id, start, zone_name)
            title = f"{r.choice(TOPICS).capitalize()} {kind} {i + 1}"
            self.add(Event, id=event_id, kind=kind, title=title, description="", topics=r.choice(TOPICS),
                     start_utc=start, end_utc=end, timezone=zone_name, venue_id=venue_id,
                     online_url="https://meet.example.org/e%d" % i if r.random() < 0.4 else "",
                     organizer_id=r.choice(self.people), host_organization_id=None,
                     status=r.choice(("planned", "planned", "confirmed", "draft", "cancelled")),
                     capacity=capacity, series_rule=rule, series_rdates="", ical_uid=f"{event_id}@qistdesk",
                     ical_sequence=0, ical_dtstamp=None, qist_area=self.extra.choice(AREAS))
            if kind != "seminar":
                self._sessions(event_id, day, days, zone_name)
            self._participants(event_id, {"seminar": (2, 6), "conference": (8, 20), "workshop": (5, 10)}[kind])

    def _series(self, event_id: str, start: datetime, zone_name: str) -> str:
        rule = SeriesRule.weekly(2, count=self.r.randint(4, 10))
        for when in expand(rule, start, zone_name):
            self.add(SeriesDate, event_id=event_id, original_start_utc=when, start_utc=when,
                     end_utc=when + timedelta(hours=1), status="cancelled" if self.r.random() < 0.05 else "scheduled",
                     speaker_id=self.r.choice(self.people), topic=self.r.choice(TOPICS).capitalize())
        return format_rule(rule, start, zone_name)

    def _sessions(self, event_id: str, day: date, days: int, zone_name: str) -> None:
        for d in range(days):
            for n, (hhmm, minutes) in enumerate(SLOTS):
                start = _local(day + timedelta(days=d), hhmm, zone_name)
                row = self.add(ConferenceSession, event_id=event_id, title=f"Session {d + 1}.{n + 1}",
                               description="", start_utc=start, end_utc=start + timedelta(minutes=minutes),
                               room=self.r.choice(("Auditorium", "Room A", "Room B")),
                               chair_id=self.r.choice(self.people), qist_area="",
                               room_capacity=self.extra.choice((None, 40, 80, 150)))
                for pos, person in enumerate(self.r.sample(self.people, self.r.randint(1, 3))):
                    self.rows.setdefault(SessionSpeaker, []).append(
                        {"session_id": row["id"], "person_id": person, "position": pos})

    def _participants(self, event_id: str, span: tuple[int, int]) -> None:
        waiting = 0
        for person in self.r.sample(self.people, self.r.randint(*span)):
            status = self.r.choice(STATUSES)
            waiting += status == "waitlisted"
            self.add(Participation, event_id=event_id, person_id=person,
                     role=self.r.choices(ROLES, (70, 12, 5, 8, 5))[0], invitation_status=status,
                     rsvp_at=self.now if status in ("accepted", "declined", "tentative") else None,
                     waitlist_position=waiting if status == "waitlisted" else None, notes="",
                     access_met=self.extra.random() < 0.5, badge_printed="")

    def make_exchanges(self) -> None:
        r = self.r
        programs = []
        for i in range(6 * max(1, self.scale // 25)):
            kind, direction = enums.ProgramKind.values()[i % 3], enums.Direction.values()[(i // 3) % 2]
            row = self.add(ExchangeProgram, name=f"{kind.capitalize()} programme {direction} {i + 1}", kind=kind,
                           direction=direction, funding=r.choice(("Foundation grant", "Agency", "Host")),
                           description="", welcome_template="", welcome_template_da="")
            programs.append((row["id"], direction))
        stages = enums.Stage.values()
        for _ in range(20 * self.scale):
            program_id, direction = r.choice(programs)
            home_c, host_c = direction.split("-")
            home, host = r.choice(self.orgs_by_country[home_c]), r.choice(self.orgs_by_country[host_c])
            person = r.choice(self.people_of_org.get(home) or self.people)
            start = date(2026, 1, 1) + timedelta(days=r.randrange(3 * 365))
            end = start + timedelta(days=r.randint(30, 330))
            stage = r.choice(stages)
            visa = r.choice(PAPERWORK)
            row = self.add(Exchange, person_id=person, program_id=program_id, home_organization_id=home,
                           host_organization_id=host, host_contact_id=r.choice(self.people_of_org.get(host) or [None]),
                           start_date=start, end_date=end, stage=stage, housing="", funding="",
                           funding_amount=r.choice((None, 20000, 45000)),
                           funding_currency="DKK" if home_c == "DK" else "USD", notes="",
                           qist_area=self.extra.choice(AREAS))
            for step in default_milestones(start, end, visa != "not-needed"):
                done = stage == "completed" or (stage != "withdrawn" and step["due_date"] <= SYNTHETIC_TODAY
                                                and r.random() < 0.8)
                self.add(Milestone, exchange_id=row["id"], **step, done=done,
                         done_on=min(step["due_date"], SYNTHETIC_TODAY) if done else None, notes="")


def _insert(session, model, rows: list[dict]) -> None:
    """One Core executemany per table, after checking no column was left to a default."""
    if not rows:
        return
    missing = set(model.__table__.columns.keys()) - set(rows[0])
    if missing:  # a programming error: Core inserts must spell out every column
        raise AssertionError(f"{model.__tablename__} rows lack {sorted(missing)}")
    session.execute(insert(model.__table__), rows)


def load_synthetic(db: Database, scale: int, seed: int = 2027) -> dict[str, int]:
    """Fill an empty database with a synthetic programme of the given scale, in one transaction."""
    if not isinstance(scale, int) or scale < 1:
        raise ServiceError(f"the scale must be a whole number of 1 or more (got {scale!r})")
    order = (Organization, Person, Venue, Event, SeriesDate, ConferenceSession, SessionSpeaker, Participation,
             ExchangeProgram, Exchange, Milestone)
    # Keys as load_demo's, so callers can print either.
    key = {model: "programs" if model is ExchangeProgram else model.__tablename__ for model in order}
    counts = {key[model]: 0 for model in order}
    with db.write() as s:
        for model in (Organization, Person, Venue, Event, ExchangeProgram, Exchange):
            if s.scalar(select(func.count()).select_from(model)):
                raise ServiceError(NOT_EMPTY)
        b = _Builder(scale, seed)
        # Insert each stage's rows as soon as they are drawn, parents first, then let them go:
        # memory stays at one stage's worth of dicts rather than the whole dataset's.
        for step in (b.make_organizations, b.make_people, b.make_venues, b.make_events, b.make_exchanges):
            step()
            for model in order:
                rows = b.rows.pop(model, [])
                _insert(s, model, rows)
                counts[key[model]] += len(rows)
    return counts
