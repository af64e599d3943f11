"""Last year in the demo: what the office did in the calendar year before the demo's day.

Why: the Reports view opens on "Last calendar year". A demo that lives only
around today leaves that report empty, so a newcomer's first report shows
nothing but zeros. This adds a finished autumn seminar series, a past
workshop with its participants and a completed exchange, all inside the
previous calendar year, through the same services as the rest of the demo.
It is called by :func:`qistdesk.services.demo.load_demo` with ``past=True``
(the app and ``qistdesk demo``); the pinned test programme leaves it out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from qistdesk.domain import Milestone
from qistdesk.domain.recurrence import SeriesRule
from qistdesk.services import events, exchanges, queries

CPH = "Europe/Copenhagen"

# The autumn series: (speaker, topic) per date, fortnightly from the first Thursday of September.
PAST_TOPICS = [
    ("jens", "Superconducting resonators at millikelvin"), ("grace", "Teaching quantum to engineers"),
    ("frederik", "Quantum repeaters: a status report"), ("laura", "Metrology for quantum sensors"),
    ("minjun", "Integrated photonics at scale"), ("emma", "Decoders that keep up"),
]
PAST_SERIES_AUDIENCE = ["ida", "jens", "grace", "frederik", "laura", "minjun", "emma", "line", "sofie", "signe",
                        "camilla", "tyler", "priya", "hannah", "nina", "anders"]
# The past workshop in Aarhus, two days in June: (day, start, end, title, chair, speakers).
PAST_WORKSHOP = [
    (16, "09:00", "10:30", "Quantum materials for devices", "kasper", ["thea", "gonzalez"]),
    (16, "11:00", "12:30", "Cryogenic electronics", "niels", ["anders", "keisha"]),
    (17, "09:00", "10:30", "Industry–university partnerships", "astrid", ["rasmus", "james", "ashley"]),
]
PAST_WORKSHOP_AUDIENCE = ["ida", "kasper", "thea", "gonzalez", "niels", "anders", "keisha", "astrid", "rasmus",
                          "james", "ashley", "frederik", "emma", "signe", "mikkel", "samuel", "olivia", "magnus"]


def _at(d: date, hhmm: str) -> datetime:
    return datetime(d.year, d.month, d.day, int(hhmm[:2]), int(hhmm[3:]))


def _thursday_on_or_after(d: date) -> date:
    return d + timedelta(days=(3 - d.weekday()) % 7)


def _weekday_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def load_past(db, year: int, people: dict, org: dict, venue: dict, prog: dict, n: dict) -> None:
    """Add ``year``'s finished activity (``year`` is the calendar year before the demo's day)."""

    def attend(event_id: str, keys: list[str], roles: dict[str, str]) -> None:
        for j, key in enumerate(dict.fromkeys(keys)):
            status = "declined" if j % 9 == 8 and key not in roles else "accepted"
            events.add_participant(db, event_id, people[key], role=roles.get(key, "attendee"),
                                   invitation_status=status)
            n["participations"] += 1

    # 1. An autumn seminar series, fortnightly Thursdays 16:00 Copenhagen, September to November.
    first = _thursday_on_or_after(date(year, 9, 1))
    series = events.create_event(
        db, kind="seminar", title=f"QIST Autumn Seminars {year}", start=_at(first, "16:00"),
        end=_at(first, "17:00"), timezone=CPH, series=SeriesRule.weekly(2, until=date(year, 11, 30)),
        venue_id=venue["kvantehuset"], organizer_id=people["ida"], host_organization_id=org["oqc"],
        status="confirmed", capacity=60, qist_area="computing", topics="devices, education, networks")
    n["events"] += 1
    for i, row in enumerate(queries.series_dates(db, series)):
        speaker, topic = PAST_TOPICS[i % len(PAST_TOPICS)]
        events.update_series_date(db, row["id"], speaker_id=people[speaker], topic=topic)
        n["series_dates"] += 1
    attend(series, PAST_SERIES_AUDIENCE, {"ida": "organiser", **{k: "speaker" for k, _ in PAST_TOPICS}})

    # 2. A two-day workshop in Aarhus in June, with its timetable and participants.
    monday = _weekday_on_or_after(date(year, 6, 14), 0)
    days = {16: monday + timedelta(days=1), 17: monday + timedelta(days=2)}
    ws = events.create_event(
        db, kind="workshop", title=f"Aarhus Workshop on Quantum Materials {year}", timezone=CPH,
        start=_at(days[16], "09:00"), end=_at(days[17], "13:00"), venue_id=venue["aarhus"],
        organizer_id=people["kasper"], host_organization_id=org["aiq"], status="confirmed", capacity=60,
        qist_area="sensing", topics="materials, cryogenics, partnerships")
    n["events"] += 1
    roles = {"ida": "organiser", "kasper": "organiser"}
    for day, start, end, title, chair, speakers in PAST_WORKSHOP:
        events.add_session(db, ws, title=title, start=_at(days[day], start), end=_at(days[day], end), room="Hall",
                           chair_id=people[chair], speaker_ids=[people[p] for p in speakers])
        n["sessions"] += 1
        roles.setdefault(chair, "chair")
        roles.update({p: "speaker" for p in speakers if p not in roles})
    attend(ws, PAST_WORKSHOP_AUDIENCE, roles)

    # 3. A researcher's stay that began and ended last year, every step done.
    start, end = date(year, 2, 1), date(year, 6, 30)
    ident = exchanges.create_exchange(
        db, with_default_milestones=True, person_id=people["hannah"], program_id=prog["researchers"],
        home_organization_id=org["rmnl"], host_organization_id=org["ltu"], host_contact_id=people["jens"],
        start_date=start, end_date=end, needs_visa=True, housing="Guest flat, Kongens Lyngby",
        funding="Danish Agency & FQF", funding_amount=25000, funding_currency="USD", qist_area="sensing")
    n["exchanges"] += 1
    exchanges.set_stage(db, ident, "completed", complete_milestones_until=date(year, 12, 31))
    with db.read() as s:
        n["milestones_done"] += s.scalar(select(func.count(Milestone.id)).where(Milestone.exchange_id == ident))
