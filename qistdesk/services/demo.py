"""The demo programme: a fictional but realistic US–Denmark QIST year.

Why through the public services and not bulk inserts: the demo is the first
thing a new user sees and the fixture most tests start from, so it must be
data the app itself could have made, validated by the same rules.

It is written for :data:`DEMO_TODAY` (2027-04-20) and built *for a given day*:
``load_demo(db, today=...)`` moves everything by whole weeks (weekdays stay
put) so that day looks like the demo day: exchanges under way, a milestone
overdue, the conference a few weeks ahead. The seminar series always runs
February–May of the coming (or current) spring, so it crosses the March weeks
when US and EU clocks differ, and the embassy briefing is on the Thursday of
that day's week, so the dashboard is never empty on a fresh install. Tests and
screenshots pin the day (the default, :data:`DEMO_TODAY`), so they are
reproducible; the app and ``qistdesk demo`` use today unless ``--today`` says.

It deliberately carries what breaks careless code: Danish æ ø å, names in
Chinese, Japanese, Greek, Cyrillic and Arabic script, an apostrophe, ``&`` in
organisation names, a seminar series that crosses the March weeks when US and
EU clocks differ, a cancelled and a moved series date, three time zones.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from qistdesk.domain import Milestone
from qistdesk.domain.recurrence import SeriesRule
from qistdesk.services import directory, events, exchanges, queries
from qistdesk.services.errors import ServiceError
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

#: The day the demo data is "seen" on: milestones due before it and not done are overdue.
DEMO_TODAY = date(2027, 4, 20)
NOT_EMPTY = "the database already holds data; demo data goes into an empty database"
CPH, NYC, DEN = "Europe/Copenhagen", "America/New_York", "America/Denver"

# key: (name, sector, country, city, mail domain)
ORGS = {
    "oqc": ("Øresund University – Centre for Quantum Devices", "academia", "DK", "København",
            "oresund-uni.example.dk"),
    "aiq": ("Aarhus Institute of Quantum Materials", "academia", "DK", "Aarhus", "aiq.example.dk"),
    "ltu": ("Lyngby Technical University, Quantum Physics", "academia", "DK", "Kongens Lyngby", "ltu.example.dk"),
    "agency": ("Danish Agency for Science and Higher Education", "government", "DK", "København", "ufs.example.dk"),
    "embassy": ("Royal Danish Embassy – Science & Innovation Office", "government", "US", "Washington",
                "um.example.dk"),
    "norgaard": ("Nørgaard & Sons Quantum ApS", "industry", "DK", "Aarhus", "norgaard-sons.example.dk"),
    "kvf": ("Kvantefabrikken A/S", "industry", "DK", "København", "kvantefabrikken.example.dk"),
    "hvidore": ("Hvidøre Foundation for Quantum Science", "non-profit", "DK", "Hellerup", "hvidore.example.dk"),
    "dqc": ("Danish Quantum Community", "non-profit", "DK", "Odense", "dqc.example.dk"),
    "rmnl": ("Rocky Mountain National Laboratory", "government", "US", "Boulder", "rmnl.example.gov"),
    "niqs": ("National Institute of Quantum Standards", "government", "US", "Gaithersburg", "niqs.example.gov"),
    "foqc": ("Federal Office for Quantum Coordination", "government", "US", "Washington", "foqc.example.gov"),
    "chesapeake": ("Chesapeake University Quantum Institute", "academia", "US", "Baltimore", "chesapeake.example.edu"),
    "greatlakes": ("University of the Great Lakes, Center for Quantum Engineering", "academia", "US", "Chicago",
                   "greatlakes.example.edu"),
    "frit": ("Front Range Institute of Technology", "academia", "US", "Boulder", "frit.example.edu"),
    "qubitwise": ("Qubitwise Inc.", "industry", "US", "Boston", "qubitwise.example.com"),
    "lattice": ("Lattice & Ion Technologies LLC", "industry", "US", "Boulder", "lattice-ion.example.com"),
    "allegheny": ("Allegheny Photonics Corp.", "industry", "US", "Pittsburgh", "allegheny.example.com"),
    "fqf": ("Foundation for Quantum Futures", "non-profit", "US", "Washington", "fqf.example.org"),
    "qea": ("Quantum Economic Alliance", "non-profit", "US", "Arlington", "qea.example.org"),
}

# key: (given, family, org, job title, career stage, email local part or "" to derive it)
PEOPLE = {
    "soren": ("Søren", "Ærøskøbing", "oqc", "PhD fellow", "phd", "soren.aeroeskoebing"),
    "ase": ("Åse", "Møller", "aiq", "MSc student", "student", "aase.moeller"),
    "mads": ("Mads", "Kjærgård", "oqc", "Professor and centre director", "senior", "mads.kjaergaard"),
    "freja": ("Freja", "Østergaard", "agency", "Head of international research cooperation", "senior", ""),
    "jens": ("Jens", "Bøgh", "ltu", "Associate professor", "mid-career", ""),
    "ida": ("Ida", "Sørensen", "embassy", "Science attaché", "mid-career", ""),
    "rasmus": ("Rasmus", "Lærkesen", "kvf", "CEO and co-founder", "mid-career", ""),
    "karen": ("Karen", "Blåbjerg", "hvidore", "Programme manager", "mid-career", ""),
    "niels": ("Niels", "Æbeløe", "norgaard", "CTO", "senior", ""),
    "line": ("Line", "Dahl", "dqc", "Community coordinator", "early-career", ""),
    "frederik": ("Frederik", "Holm", "aiq", "Postdoc", "postdoc", ""),
    "signe": ("Signe", "Kragh", "ltu", "PhD student", "phd", ""),
    "anders": ("Anders", "Bjørnholm", "norgaard", "Quantum engineer", "early-career", ""),
    "camilla": ("Camilla", "Vestergaard", "agency", "Special adviser", "early-career", ""),
    "mikkel": ("Mikkel", "Ågård", "oqc", "MSc student", "student", "mikkel.aagaard"),
    "jonas": ("Jonas", "Bæk", "ltu", "BSc student", "student", ""),
    "astrid": ("Astrid", "Nørregaard-Juul", "kvf", "Head of partnerships", "mid-career", ""),
    "thea": ("Thea", "Løvstrøm", "aiq", "Assistant professor", "early-career", ""),
    "oliver": ("Oliver", "Friis", "embassy", "Innovation officer", "early-career", ""),
    "birgitte": ("Birgitte", "Skårup", "hvidore", "Director", "senior", ""),
    "wang": ("芳", "王", "greatlakes", "Postdoctoral scholar", "postdoc", "fang.wang"),
    "sato": ("花子", "佐藤", "niqs", "Research physicist", "mid-career", "hanako.sato"),
    "dimitris": ("Δημήτρης", "Παπαδόπουλος", "chesapeake", "Professor of physics", "senior", "d.papadopoulos"),
    "aleksei": ("Алексей", "Смирнов", "frit", "Research scientist", "mid-career", "aleksei.smirnov"),
    "layla": ("ليلى", "حداد", "qubitwise", "Quantum software lead", "mid-career", "layla.haddad"),
    "minjun": ("민준", "김", "allegheny", "Photonics engineer", "early-career", "minjun.kim"),
    "obrien": ("Patrick", "O'Brien", "chesapeake", "Postdoctoral fellow", "postdoc", "patrick.obrien"),
    "dangelo": ("Maria", "D'Angelo", "rmnl", "Group leader, quantum sensing", "senior", "maria.dangelo"),
    "gonzalez": ("Elena", "González", "rmnl", "Staff scientist", "senior", "elena.gonzalez"),
    "keisha": ("Keisha", "Washington", "qubitwise", "Director of hardware", "mid-career", ""),
    "michael": ("Michael", "Thompson", "foqc", "Deputy director", "senior", ""),
    "jennifer": ("Jennifer", "Lee", "foqc", "Policy analyst", "early-career", ""),
    "david": ("David", "Rosenberg", "greatlakes", "Professor", "senior", ""),
    "sarah": ("Sarah", "Mitchell", "frit", "Assistant professor", "early-career", ""),
    "james": ("James", "Carter", "lattice", "Founder and CEO", "mid-career", ""),
    "emily": ("Emily", "Nguyen", "chesapeake", "PhD candidate", "phd", ""),
    "robert": ("Robert", "Johnson", "niqs", "Division chief", "senior", ""),
    "ashley": ("Ashley", "Brooks", "fqf", "Program officer", "mid-career", ""),
    "daniel": ("Daniel", "Kim", "allegheny", "VP engineering", "senior", ""),
    "priya": ("Priya", "Raman", "greatlakes", "PhD candidate", "phd", ""),
    "marcus": ("Marcus", "Bell", "qea", "Executive director", "senior", ""),
    "hannah": ("Hannah", "Schultz", "rmnl", "Postdoc", "postdoc", ""),
    "tyler": ("Tyler", "Reed", "frit", "Graduate student", "student", ""),
    "olivia": ("Olivia", "Martinez", "qubitwise", "Quantum applications scientist", "early-career", ""),
    "nathan": ("Nathan", "Cohen", "lattice", "Ion-trap engineer", "early-career", ""),
    "grace": ("Grace", "Okafor", "chesapeake", "Associate professor", "mid-career", ""),
    "kevin": ("Kevin", "Walsh", "embassy", "Local staff, events", "mid-career", ""),
    "laura": ("Laura", "Bianchi", "niqs", "Metrology scientist", "mid-career", ""),
    "brian": ("Brian", "Foster", "qea", "Policy fellow", "early-career", ""),
    "rachel": ("Rachel", "Goldberg", "fqf", "President", "senior", ""),
    "samuel": ("Samuel", "Adeyemi", "greatlakes", "Postdoc", "postdoc", ""),
    "megan": ("Megan", "Price", "foqc", "Science adviser", "mid-career", ""),
    "chris": ("Christopher", "Hall", "rmnl", "Technician", "early-career", ""),
    "nina": ("Nina", "Petersen", "kvf", "Software developer", "early-career", ""),
    "lars": ("Lars", "Kristiansen", "dqc", "Board chair", "senior", ""),
    "emma": ("Emma", "Lund", "ltu", "Postdoc", "postdoc", ""),
    "kasper": ("Kasper", "Winther", "aiq", "Professor", "senior", ""),
    "sofie": ("Sofie", "Krogh", "oqc", "PhD fellow", "phd", ""),
    "magnus": ("Magnus", "Thygesen", "norgaard", "Sales engineer", "mid-career", ""),
    "julie": ("Julie", "Kaas", "hvidore", "Grants officer", "early-career", ""),
    "peter": ("Peter", "Ravn", "agency", "Chief consultant", "senior", ""),
    "clara": ("Clara", "Bech", "embassy", "Intern", "student", ""),
    "ethan": ("Ethan", "Park", "allegheny", "Process engineer", "early-career", ""),
}
# Sensitive fields, only for a few: (dietary, accessibility)
NEEDS = {"soren": ("Vegetarian", ""), "wang": ("No pork", ""), "dimitris": ("", "Wheelchair user: step-free access"),
         "layla": ("Halal", ""), "keisha": ("Gluten-free", ""), "mads": ("", "Hearing loop, please"),
         "sarah": ("Vegan", ""), "ase": ("Nut allergy (severe)", "")}

# key: (name, address, city, country, zone, capacity, accessibility)
VENUES = {
    "orsted": ("Auditorium Ørsted, Øresund University", "Blegdamsvej 17, 2100 København Ø", "København", "DK", CPH,
               180, "Step-free entrance from the courtyard; hearing loop; accessible toilets on floor 0"),
    "kvantehuset": ("Kvantehuset Meeting Rooms", "Nørre Allé 51, 2200 København N", "København", "DK", CPH, 60,
                    "Lift to 2nd floor; quiet room available"),
    "aarhus": ("Aarhus Quantum Hall", "Ny Munkegade 120, 8000 Aarhus C", "Aarhus", "DK", CPH, 90, "Step-free"),
    "embassy": ("Royal Danish Embassy, Auditorium", "3200 Whitehaven St NW, Washington, DC 20008", "Washington",
                "US", NYC, 90, "Security check at entrance; photo ID required; step-free"),
    "boulder": ("Discovery Hall, Front Range Institute", "1800 Colorado Ave, Boulder, CO 80309", "Boulder", "US",
                DEN, 120, "Elevator; reserved accessible parking in lot 3"),
    "chicago": ("Great Lakes Engineering Forum", "5600 S Lakeshore Dr, Chicago, IL 60637", "Chicago", "US",
                "America/Chicago", 150, "Step-free; live captioning on request"),
}

# The seminar series: (speaker, topic) per date, in order.
SERIES_TOPICS = [
    ("mads", "Topological qubits: where do we stand?"), ("dangelo", "Optical clocks as quantum sensors"),
    ("thea", "Spin qubits in germanium"), ("obrien", "Entanglement distribution over metro fibre"),
    ("layla", "Compiling for noisy hardware"), ("kasper", "Quantum materials for sensing"),
    ("david", "Fault-tolerance thresholds in practice"), ("dimitris", "Bosonic codes"),
    ("sato", "Time transfer across the Atlantic"),
]
SERIES_CANCELLED, SERIES_MOVED = 5, 7  # indexes: 2027-04-15 cancelled, 2027-05-13 moved to 05-12

# Conference sessions: (day, start, end, room, title, chair, speakers)
CONF_SESSIONS = [
    (10, "09:00", "09:30", "Auditorium", "Welcome and opening", "ida", ["freja", "michael"]),
    (10, "09:30", "10:30", "Auditorium", "Keynote: Quantum advantage, honestly", "mads", ["david"]),
    (10, "11:00", "12:30", "Room A", "Superconducting qubits", "jens", ["keisha", "sofie", "signe"]),
    (10, "11:00", "12:30", "Room B", "Quantum networks", "frederik", ["obrien", "wang"]),
    (10, "13:30", "15:00", "Room A", "Quantum sensing & metrology", "dangelo", ["kasper", "laura", "hannah"]),
    (10, "13:30", "15:00", "Room B", "Quantum error correction", "dimitris", ["emma", "priya"]),
    (10, "15:30", "16:30", "Auditorium", "Industry panel: from lab to fab", "astrid", ["rasmus", "james", "niels"]),
    (10, "16:30", "17:30", "Foyer", "Posters and reception", "line", []),
    (11, "09:00", "10:00", "Auditorium", "Keynote: Precision time for everyone", "thea", ["sato"]),
    (11, "10:30", "12:00", "Room A", "Quantum algorithms and software", "olivia", ["layla", "minjun"]),
    (11, "10:30", "12:00", "Room B", "Photonic platforms", "anders", ["daniel", "aleksei"]),
    (11, "13:00", "14:30", "Auditorium", "Roundtable: US–Denmark cooperation", "freja",
     ["michael", "birgitte", "marcus"]),
    (11, "13:00", "14:30", "Room B", "Workforce, education and exchanges", "karen", ["grace", "ashley"]),
    (11, "15:00", "16:00", "Auditorium", "Start-up pitches", "rasmus", ["nathan", "magnus", "nina"]),
    (11, "16:00", "16:30", "Auditorium", "Closing remarks", "ida", ["mads"]),
]
# Workshop sessions (Boulder, 2027-09-14/15): (day, start, end, title, chair, speakers)
WORKSHOP_SESSIONS = [
    (14, "09:00", "10:30", "Atomic clocks and time transfer", "dangelo", ["sato", "laura"]),
    (14, "11:00", "12:30", "Quantum magnetometry", "sarah", ["kasper", "hannah"]),
    (14, "14:00", "15:30", "Lab tour: Rocky Mountain National Laboratory", "chris", []),
    (15, "09:00", "10:30", "Trapped ions for sensing", "james", ["nathan", "frederik"]),
    (15, "11:00", "12:30", "Field deployment and standards", "robert", ["aleksei", "anders"]),
    (15, "13:30", "15:00", "Next steps for a joint testbed", "ida", ["mads", "michael"]),
]
STATUSES = ["accepted", "invited", "accepted", "tentative", "declined", "accepted", "not-invited", "waitlisted"]

# Programmes: key -> (name, kind, direction, funding)
PROGRAMS = {
    "students": ("Transatlantic Quantum Student Exchange", "student", "DK-US", "Hvidøre Foundation"),
    "researchers": ("US–Denmark Quantum Researcher Mobility", "researcher", "US-DK", "Danish Agency & FQF"),
    "professionals": ("QIST Professional Fellowship", "professional", "DK-US", "Danish Agency"),
}
# Exchanges: (person, programme, host org, host contact, start, end, stage, visa, housing, funding DKK/USD)
EXCHANGES = [
    ("soren", "students", "chesapeake", "dimitris", date(2027, 8, 23), date(2028, 1, 21), "accepted",
     "in-progress", "University guest apartment, Charles Village", (45000, "DKK")),
    ("ase", "students", "frit", "sarah", date(2027, 6, 1), date(2027, 8, 27), "preparing", "in-progress",
     "Looking for a sublet near campus", (30000, "DKK")),
    ("mikkel", "students", "greatlakes", "david", date(2026, 9, 1), date(2027, 1, 29), "completed", "done",
     "International House, room 512", (40000, "DKK")),
    ("jonas", "students", "frit", "sarah", date(2027, 10, 1), date(2028, 3, 31), "proposed", "not-started", "",
     None),
    ("freja", "professionals", "foqc", "michael", date(2027, 4, 5), date(2027, 6, 25), "in-progress", "done",
     "Serviced apartment, Dupont Circle", (60000, "DKK")),
    ("signe", "professionals", "lattice", "james", date(2027, 9, 6), date(2027, 12, 17), "applied", "not-started",
     "", (55000, "DKK")),
    ("obrien", "researchers", "oqc", "mads", date(2027, 3, 1), date(2027, 8, 31), "in-progress", "done",
     "Guest flat, Nørrebro", (38000, "USD")),
    ("wang", "researchers", "aiq", "kasper", date(2027, 9, 1), date(2028, 2, 29), "applied", "not-started", "",
     (42000, "USD")),
    ("gonzalez", "researchers", "ltu", "jens", date(2027, 5, 15), date(2027, 7, 15), "preparing", "in-progress",
     "Hotel near campus until 1 June, then a sublet", (15000, "USD")),
    ("keisha", "researchers", "kvf", "rasmus", date(2026, 10, 1), date(2027, 1, 31), "completed", "done",
     "Company flat, Islands Brygge", (20000, "USD")),
    ("aleksei", "researchers", "norgaard", "niels", date(2027, 6, 1), date(2027, 11, 30), "withdrawn",
     "not-started", "", None),
]


def _ascii(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "á": "a", "'": "", " ": "", "-": ""})
    return text.lower().translate(table)


def _at(d: date, hhmm: str) -> datetime:
    """Naive wall-clock time (the services localise it in the event's zone)."""
    return datetime(d.year, d.month, d.day, int(hhmm[:2]), int(hhmm[3:]))


def demo_day() -> date:
    """The day a new demo is built for: QISTDESK_TODAY=YYYY-MM-DD when set (screenshots), else today."""
    import os

    try:
        return date.fromisoformat(os.environ.get("QISTDESK_TODAY", "").strip())
    except ValueError:
        return date.today()


def week_shift(today: date) -> timedelta:
    """Whole weeks from the demo's own day to ``today`` (so Thursdays stay Thursdays)."""
    return timedelta(weeks=round((today - DEMO_TODAY).days / 7))


def series_span(today: date) -> tuple[date, date]:
    """First Thursday of February to the end of May, this spring or (after May) the next."""
    year = today.year if today <= date(today.year, 5, 31) else today.year + 1
    first = date(year, 2, 1)
    first += timedelta(days=(3 - first.weekday()) % 7)
    return first, date(year, 5, 31)


def briefing_day(today: date) -> date:
    """The Thursday of ``today``'s week (Monday to Sunday): "something this week"."""
    return today - timedelta(days=today.weekday()) + timedelta(days=3)


def load_demo(db: Database, today: date = DEMO_TODAY, past: bool = False) -> dict[str, int]:
    """Build the demo programme for ``today`` in an empty database; return counts of what was made.

    With ``past`` (the app and ``qistdesk demo``) it also holds the previous calendar year's finished
    activity (:mod:`.demo_past`), so the Reports view's default period is not empty."""
    if not queries.is_empty(db):
        raise ServiceError(NOT_EMPTY)
    shift = week_shift(today)

    def on(month: int, day: int, year: int = 2027) -> date:
        """A date of the 2027 programme, moved to ``today``'s."""
        return date(year, month, day) + shift

    n = dict.fromkeys(("organizations", "people", "venues", "events", "series_dates", "sessions",
                       "participations", "programs", "exchanges", "milestones", "milestones_done"), 0)
    org = {k: directory.create_organization(db, name=v[0], sector=v[1], country=v[2], city=v[3],
                                            website=f"https://{v[4]}") for k, v in ORGS.items()}
    n["organizations"] = len(org)
    people = {}
    for i, (key, (given, family, o, title, stage, local)) in enumerate(PEOPLE.items()):
        diet, access = NEEDS.get(key, ("", ""))
        people[key] = directory.create_person(
            db, given_name=given, family_name=family, organization_id=org[o], job_title=title,
            email=f"{local or _ascii(given) + '.' + _ascii(family)}@{ORGS[o][4]}", country=ORGS[o][2],
            career_stage=stage, consent_listed=i % 5 != 3, consent_photo=i % 3 == 0,
            dietary_needs=diet, accessibility_needs=access,
            phone=("+45 3532 %04d" if ORGS[o][2] == "DK" else "+1 202 555 %04d") % (100 + i))
    n["people"] = len(people)
    venue = {k: directory.create_venue(db, name=v[0], address=v[1], city=v[2], country=v[3], timezone=v[4],
                                       capacity=v[5], accessibility_notes=v[6]) for k, v in VENUES.items()}
    n["venues"] = len(venue)

    def participate(event_id: str, keys: list[str], role_of: dict[str, str], shift: int = 0) -> None:
        for j, key in enumerate(dict.fromkeys(keys)):
            role = role_of.get(key, "attendee")
            status = "accepted" if role != "attendee" else STATUSES[(j + shift) % len(STATUSES)]
            events.add_participant(db, event_id, people[key], role=role, invitation_status=status)
            n["participations"] += 1

    # 1. The fortnightly seminar series, Thursdays 16:00 Copenhagen (10:00 Washington, 11:00 in mid-March).
    first, until = series_span(today)
    series = events.create_event(
        db, kind="seminar", title="QIST Transatlantic Seminar", start=_at(first, "16:00"),
        end=_at(first, "17:00"), timezone=CPH, series=SeriesRule.weekly(2, until=until),
        venue_id=venue["kvantehuset"], online_url="https://meet.example.org/qist-transatlantic",
        organizer_id=people["ida"], host_organization_id=org["oqc"], status="confirmed", capacity=60,
        topics="quantum computing, sensing, networks", description="Fortnightly talks, hybrid: "
        "in Copenhagen and online. 16:00 Copenhagen is 10:00 Washington (11:00 from 14 to 25 March).")
    n["events"] += 1
    for i, row in enumerate(queries.series_dates(db, series)):
        speaker, topic = SERIES_TOPICS[i % len(SERIES_TOPICS)]
        version = events.update_series_date(db, row["id"], speaker_id=people[speaker], topic=topic)
        if i == SERIES_CANCELLED:
            version = events.update_series_date(db, row["id"], version, status="cancelled",
                                                topic=topic + " (cancelled: speaker ill)")
        if i == SERIES_MOVED:  # to the day before, an hour earlier
            planned = utc_to_local(row["original_start_utc"], CPH).date() - timedelta(days=1)
            events.update_series_date(db, row["id"], version, start=_at(planned, "15:00"))
        n["series_dates"] += 1
    participate(series, ["ida", "mads", "dangelo", "obrien", "freja", "michael", "jennifer", "line", "sofie",
                         "tyler", "emily", "clara"], {"ida": "organiser", "mads": "speaker",
                                                      "dangelo": "speaker", "obrien": "speaker"})

    # 2. A one-off briefing at the embassy in Washington.
    briefing = events.create_event(
        db, kind="seminar", title="Briefing: Danish quantum strategy for US partners", timezone=NYC,
        start=_at(briefing_day(today), "10:00"), end=_at(briefing_day(today), "11:30"), venue_id=venue["embassy"],
        organizer_id=people["ida"], host_organization_id=org["embassy"], status="planned", capacity=40)
    n["events"] += 1
    participate(briefing, ["ida", "freja", "michael", "megan", "ashley", "marcus", "rachel", "brian", "kevin"],
                {"ida": "organiser", "freja": "speaker", "kevin": "organiser"}, shift=1)

    # 3. The two-day conference in Copenhagen.
    conf = events.create_event(
        db, kind="conference", title=f"Copenhagen Quantum Days {on(5, 10).year}", timezone=CPH,
        start=_at(on(5, 10), "09:00"), end=_at(on(5, 11), "17:00"), venue_id=venue["orsted"],
        organizer_id=people["ida"], host_organization_id=org["oqc"],
        status="confirmed", capacity=150, topics="qubits, networks, sensing, policy",
        description="Two days of talks & panels for researchers, industry and government <US & DK>.")
    n["events"] += 1
    roles: dict[str, str] = {"ida": "organiser", "oliver": "organiser"}
    for day, start, end, room, title, chair, speakers in CONF_SESSIONS:
        events.add_session(db, conf, title=title, start=_at(on(5, day), start), end=_at(on(5, day), end), room=room,
                           chair_id=people[chair], speaker_ids=[people[p] for p in speakers])
        n["sessions"] += 1
        roles.setdefault(chair, "chair")
        for p in speakers:
            roles.setdefault(p, "panelist" if "panel" in title.lower() or "Roundtable" in title else "speaker")
    others = [k for k in PEOPLE if k not in roles and k not in ("clara", "kevin")]
    participate(conf, list(roles) + others, roles, shift=2)

    # 4. A workshop in Boulder (America/Denver: a third zone).
    ws = events.create_event(
        db, kind="workshop", title="Boulder Workshop on Quantum Sensing & Timekeeping", timezone=DEN,
        start=_at(on(9, 14), "09:00"), end=_at(on(9, 15), "16:00"), venue_id=venue["boulder"],
        organizer_id=people["sarah"],
        host_organization_id=org["frit"], status="planned", capacity=40, topics="clocks, sensing, ions")
    n["events"] += 1
    ws_roles = {"sarah": "organiser", "ida": "organiser"}
    for day, start, end, title, chair, speakers in WORKSHOP_SESSIONS:
        events.add_session(db, ws, title=title, start=_at(on(9, day), start), end=_at(on(9, day), end),
                           room="Hall 1",
                           chair_id=people[chair], speaker_ids=[people[p] for p in speakers])
        n["sessions"] += 1
        ws_roles.setdefault(chair, "chair")
        ws_roles.update({p: "speaker" for p in speakers if p not in ws_roles})
    participate(ws, list(ws_roles) + ["tyler", "emily", "priya", "samuel", "ethan", "signe", "soren"], ws_roles,
                shift=3)

    # 5. Exchange programmes and exchanges, with their checklists ticked as of today.
    prog = {k: exchanges.create_program(db, name=v[0], kind=v[1], direction=v[2], funding=v[3])
            for k, v in PROGRAMS.items()}
    n["programs"] = len(prog)
    for person, p, host, contact, start, end, stage, visa, housing, money in EXCHANGES:
        ident = exchanges.create_exchange(
            db, with_default_milestones=True, person_id=people[person], program_id=prog[p],
            home_organization_id=org[PEOPLE[person][2]], host_organization_id=org[host],
            host_contact_id=people[contact], start_date=start + shift, end_date=end + shift,
            needs_visa=visa != "not-needed",
            housing=housing, funding=PROGRAMS[p][3], funding_amount=money[0] if money else None,
            funding_currency=money[1] if money else "")
        n["exchanges"] += 1
        if stage != "proposed":
            exchanges.set_stage(db, ident, stage)
        n["milestones_done"] += _tick_milestones(db, ident, stage, today)
    _report_fields(db)
    if past:
        from qistdesk.services.demo_past import load_past

        load_past(db, today.year - 1, people, org, venue, prog, n)
    with db.read() as s:
        n["milestones"] = len(s.scalars(select(Milestone.id)).all())
    return n


# QIST areas (reports), seats per room (rooms summary), accessibility requests met.
EVENT_AREAS = {"QIST Transatlantic Seminar": "computing", "Briefing": "other", "Copenhagen Quantum Days": "computing",
               "Boulder Workshop": "sensing"}
SESSION_AREAS = {"networks": "networks", "sensing": "sensing", "photonic": "networks", "clocks": "sensing",
                 "magnetometry": "sensing", "ions": "sensing", "workforce": "other", "cooperation": "other",
                 "testbed": "sensing", "standards": "sensing"}
ROOM_SEATS = {"Auditorium": 180, "Room A": 60, "Room B": 40, "Foyer": 120, "Hall 1": 40}
EXCHANGE_AREAS = {"soren": "computing", "ase": "sensing", "mikkel": "computing", "jonas": "networks",
                  "freja": "other", "signe": "sensing", "obrien": "networks", "wang": "networks",
                  "gonzalez": "sensing", "keisha": "computing", "aleksei": "networks"}
ACCESS_MET = ("Copenhagen Quantum Days",)


def _report_fields(db: Database) -> None:
    from qistdesk.domain import ConferenceSession, Event, Exchange, Participation, Person

    with db.read() as s:
        evs = s.execute(select(Event.id, Event.title)).all()
        sessions = s.execute(select(ConferenceSession.id, ConferenceSession.title, ConferenceSession.room)).all()
        exs = s.execute(select(Exchange.id, Person.email).join(Person, Person.id == Exchange.person_id)).all()
        needs = s.execute(select(Participation.id, Event.title).join(Event, Event.id == Participation.event_id)
                          .join(Person, Person.id == Participation.person_id)
                          .where(Person.accessibility_needs != "")).all()
    for ident, title in evs:
        area = next(a for prefix, a in EVENT_AREAS.items() if title.startswith(prefix))
        events.update_event(db, ident, qist_area=area)
    for ident, title, room in sessions:
        area = next((a for word, a in SESSION_AREAS.items() if word in title.lower()), "")
        events.update_session(db, ident, qist_area=area, room_capacity=ROOM_SEATS.get(room))
    locals_ = {(v[5] or f"{_ascii(v[0])}.{_ascii(v[1])}"): k for k, v in PEOPLE.items()}
    for ident, email in exs:
        exchanges.update_exchange(db, ident, qist_area=EXCHANGE_AREAS.get(locals_.get(email.split("@")[0]), ""))
    for ident, title in needs:
        if title.startswith(ACCESS_MET):
            events.update_participation(db, ident, access_met=True)


def _tick_milestones(db: Database, exchange_id: str, stage: str, today: date) -> int:
    """Mark steps done as a real office would have by ``today``, leaving some overdue.

    Completed exchanges are all done; running ones are done up to today; those
    still preparing have their visa step left open past its due date (overdue).
    """
    with db.read() as s:
        steps = s.execute(select(Milestone.id, Milestone.kind, Milestone.due_date, Milestone.version)
                          .where(Milestone.exchange_id == exchange_id).order_by(Milestone.due_date)).all()
    done = 0
    for m in steps:
        if stage == "completed":
            tick = True
        elif stage in ("in-progress", "accepted"):
            tick = m.due_date <= today
        elif stage == "preparing":
            tick = m.due_date <= today and m.kind not in ("visa", "housing")
        else:
            tick = False
        if tick:
            exchanges.update_milestone(db, m.id, m.version, done=True, done_on=min(m.due_date, today))
            done += 1
    return done
