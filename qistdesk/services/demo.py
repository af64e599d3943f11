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
from qistdesk.services.demo_data import (
    ACCESS_MET, CONF_SESSIONS, CPH, DEN, EVENT_AREAS, EXCHANGES, EXCHANGE_AREAS, NEEDS, NYC, ORGS, PEOPLE,
    PROGRAMS, ROOM_SEATS, SERIES_CANCELLED, SERIES_MOVED, SERIES_TOPICS, SESSION_AREAS, STATUSES, VENUES,
    WORKSHOP_SESSIONS)
from qistdesk.services.errors import ServiceError
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

#: The day the demo data is "seen" on: milestones due before it and not done are overdue.
DEMO_TODAY = date(2027, 4, 20)
NOT_EMPTY = "the database already holds data; demo data goes into an empty database"
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
