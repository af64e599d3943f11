"""Organiser summaries for one event: catering, access needs, badges to print, rooms, sign-in sheet.

Each summary is plain data (:class:`Summary`: titled tables of text cells) that
the PDF (:mod:`qistdesk.formats.pdf.report_summaries`) and CSV writers print as
they are. Who counts is the report's rule (:func:`report_counts.taking_part`):
the caterer and the venue plan for the same people the committee later counts.

Sensitive fields: the caterer's copy holds counts only (diets without names);
the access summary names people and their needs and is marked for the
organisers only; the sign-in sheet, rooms and badges hold no sensitive field.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from qistdesk.domain import ConferenceSession, Event, Organization, Participation, Person, SeriesDate
from qistdesk.domain.collation import danish_sort_key
from qistdesk.services import crud
from qistdesk.services.report_counts import taking_part
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

KINDS = ("catering", "access", "badges", "rooms", "sign-in")

#: Diets the caterer plans for, recognised in the free text people give (English and Danish words).
DIETS = [("vegan", r"vegan"), ("vegetarian", r"vegetar|veggie"), ("pescetarian", r"pesc|pesk"),
         ("gluten-free", r"gluten|coeliac|celiac|cøliaki"), ("lactose-free", r"lactose|laktose|dairy|mælk"),
         ("halal", r"halal"), ("kosher", r"kosher"), ("no pork", r"pork|svin"),
         ("nut-free", r"\bnuts?\b|peanut|nødde|jordnød")]
STANDARD = "no special diet"
OTHER = "other (see list)"


@dataclass
class SummaryTable:
    title: str
    headers: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None   # fractions of the page width
    numeric: tuple[int, ...] = ()       # columns aligned right


@dataclass
class Summary:
    kind: str
    title: str
    subtitle: str
    tables: list[SummaryTable] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    confidential: str = ""              # printed on every page when set
    sign_in: bool = False               # the renderer leaves room to sign


def parse_diet(text: str) -> tuple[tuple[str, ...], list[str]]:
    """(recognised diets, sorted; the parts nobody recognised) of one person's dietary text."""
    tags: set[str] = set()
    other: list[str] = []
    for part in re.split(r"[,;/+\n]|\band\b|\bog\b", text or "", flags=re.I):
        part = part.strip(" .()")
        if not part:
            continue
        found = {name for name, pattern in DIETS if re.search(pattern, part, re.I)}
        if found:
            tags |= found
        else:
            other.append(part)
    return tuple(sorted(tags)), other


def diet_label(tags: tuple[str, ...], other: list[str]) -> str:
    names = list(tags) + (["other"] if other else [])
    return " + ".join(names) if names else STANDARD


def _event(s, event_id: str) -> Event:
    return crud.get(s, Event, event_id)


def _when(event: Event) -> str:
    a, b = utc_to_local(event.start_utc, event.timezone), utc_to_local(event.end_utc, event.timezone)
    span = a.strftime("%d %b %Y") if a.date() == b.date() else f"{a:%d %b} – {b:%d %b %Y}"
    return f"{span} ({event.timezone})"


def _expected(s, event: Event) -> list[Participation]:
    return list(s.scalars(select(Participation).where(Participation.event_id == event.id, taking_part())
                          .options(selectinload(Participation.person).selectinload(Person.organization))))


def meals(s, event: Event) -> list[tuple[date, str]]:
    """(local day, meal) the caterer serves: a seminar date has refreshments; a conference or workshop
    day has coffee, lunch when it runs over midday, and a reception when a session is one."""
    zone = event.timezone
    if event.kind == "seminar":
        if event.series_rule:
            starts = s.scalars(select(SeriesDate.start_utc).where(SeriesDate.event_id == event.id,
                                                                   SeriesDate.status == "scheduled")
                               .order_by(SeriesDate.start_utc)).all()
        else:
            starts = [event.start_utc]
        return [(utc_to_local(t, zone).date(), "Refreshments") for t in starts]
    first, last = utc_to_local(event.start_utc, zone), utc_to_local(event.end_utc, zone)
    receptions = {utc_to_local(x.start_utc, zone).date() for x in event.sessions
                  if re.search(r"reception|dinner|reception|middag", x.title, re.I)}
    out = []
    day = first.date()
    while day <= last.date():
        starts = first if day == first.date() else datetime.combine(day, time(0))
        ends = last if day == last.date() else datetime.combine(day, time(23, 59))
        out.append((day, "Coffee breaks"))
        if starts.time() <= time(12) and ends.time() >= time(13, 30):
            out.append((day, "Lunch"))
        if day in receptions:
            out.append((day, "Reception"))
        day += timedelta(days=1)
    return out


def catering(db: Database, event_id: str) -> Summary:
    """The caterer's copy: per day and meal, portions by diet (combinations kept together), no names."""
    with db.read() as s:
        event = _event(s, event_id)
        people = [p.person.dietary_needs for p in _expected(s, event)]
        served = meals(s, event)
        title, when = event.title, _when(event)
    diets: Counter = Counter()
    others: Counter = Counter()
    for needs in people:
        tags, other = parse_diet(needs)
        diets[diet_label(tags, other)] += 1
        for text in other:
            others[" ".join(text.split()).capitalize()] += 1
    order = sorted(diets, key=lambda k: (k != STANDARD, -diets[k], k))
    rows = []
    for day, meal in served:
        rows.append([f"{day:%a %d %b}", meal, "All portions", str(len(people))])
        rows += [["", "", k, str(diets[k])] for k in order]
    tables = [SummaryTable("Portions per day and meal", ["Day", "Meal", "Diet", "Portions"], rows,
                           [0.18, 0.2, 0.47, 0.15], (3,)),
              SummaryTable("Diets (the same at every meal)", ["Diet", "People"],
                           [[k, str(diets[k])] for k in order], [0.8, 0.2], (1,))]
    if others:
        tables.append(SummaryTable("Other requests (\"other\" above)", ["Request", "People"],
                                   [[k, str(n)] for k, n in sorted(others.items())], [0.8, 0.2], (1,)))
    notes = [f"Counted: {len(people)} people expected (accepted, or speaking, chairing or organising).",
             "Combinations are counted once: 'gluten-free + vegetarian' is one person needing both.",
             "Caterer's copy: counts only, no names."]
    return Summary("catering", f"Catering — {title}", when, tables, notes)


def access(db: Database, event_id: str) -> Summary:
    """Who needs what, for the organisers only (names and needs: sensitive)."""
    with db.read() as s:
        event = _event(s, event_id)
        parts = [p for p in _expected(s, event) if p.person.accessibility_needs]
        venue_notes = event.venue.accessibility_notes if event.venue else ""
        rows = [[p.person.full_name, p.person.organization.name if p.person.organization else "", p.role,
                 " ".join(p.person.accessibility_needs.split()), "yes" if p.access_met else "not yet"]
                for p in sorted(parts, key=lambda p: name_key(p.person.family_name, p.person.given_name))]
        title, when = event.title, _when(event)
    table = SummaryTable("Accessibility needs", ["Name", "Organisation", "Role", "Needs", "Met"], rows,
                         [0.2, 0.24, 0.11, 0.35, 0.1])
    notes = [f"{len(rows)} of the people expected asked for something; {sum(r[4] == 'yes' for r in rows)} "
             "marked met."]
    if venue_notes:
        notes.append(f"Venue: {venue_notes}")
    return Summary("access", f"Access needs — {title}", when, [table], notes,
                   confidential="Confidential: for the organisers only. Do not forward.")


def expected_per_session(expected: int, sessions: list[tuple[str, datetime, datetime]]) -> dict[str, int]:
    """Expected attendance per session: everyone expected, shared evenly among sessions running at once."""
    out = {}
    for ident, a, b in sessions:
        parallel = sum(1 for _i, x, y in sessions if x < b and a < y)
        out[ident] = math.ceil(expected / max(parallel, 1))
    return out


def rooms(db: Database, event_id: str) -> Summary:
    with db.read() as s:
        event = _event(s, event_id)
        expected = len(_expected(s, event))
        sessions = list(event.sessions)
        venue_seats = event.venue.capacity if event.venue else None
        per = expected_per_session(expected, [(x.id, x.start_utc, x.end_utc) for x in sessions])
        rows = []
        for x in sessions:
            a, b = utc_to_local(x.start_utc, event.timezone), utc_to_local(x.end_utc, event.timezone)
            seats = x.room_capacity if x.room_capacity is not None else venue_seats
            want = per[x.id]
            if seats is None:
                verdict = "seats unknown"
            elif want > seats:
                verdict = f"over by {want - seats}"
            else:
                verdict = f"fits ({seats - want} free)"
            rows.append([f"{a:%a %d %b} {a:%H:%M}–{b:%H:%M}", x.title, x.room or "—",
                         "" if seats is None else str(seats) + ("" if x.room_capacity is not None else " (venue)"),
                         str(want), verdict])
        title, when = event.title, _when(event)
    table = SummaryTable("Sessions and rooms", ["When", "Session", "Room", "Seats", "Expected", ""], rows,
                         [0.19, 0.31, 0.12, 0.1, 0.12, 0.16], (3, 4))
    notes = [f"{expected} people expected at the event; sessions at the same time share them evenly.",
             "Seats: the session's room, else the venue's capacity."]
    if not sessions:
        notes.insert(0, "This event has no sessions in its timetable.")
    return Summary("rooms", f"Rooms — {title}", when, [table], notes)


def sign_in(db: Database, event_id: str) -> Summary:
    """One line per expected person, in Danish alphabetical order (family name), room to sign."""
    with db.read() as s:
        event = _event(s, event_id)
        parts = sorted(_expected(s, event), key=lambda p: name_key(p.person.family_name, p.person.given_name))
        rows = [[_listed_name(p.person), p.person.organization.name if p.person.organization else "", ""]
                for p in parts]
        title, when = event.title, _when(event)
    table = SummaryTable("Sign-in sheet", ["Name", "Organisation", "Signature"], rows, [0.33, 0.37, 0.3])
    return Summary("sign-in", f"Sign-in — {title}", when, [table],
                   [f"{len(rows)} people expected. Names in Danish alphabetical order (Æ, Ø, Å after Z)."],
                   sign_in=True)


def name_key(family: str, given: str) -> tuple:
    """Family name, then given name, in Danish alphabetical order (Æ, Ø, Å after Z)."""
    return danish_sort_key(family or given), danish_sort_key(given)


def _listed_name(person: Person) -> str:
    """Family name first, as a sheet sorted by family name reads."""
    if person.family_name and person.given_name and person.full_name != person.family_name + person.given_name:
        return f"{person.family_name}, {person.given_name}"
    return person.full_name


def summary(db: Database, event_id: str, kind: str) -> Summary:
    makers = {"catering": catering, "access": access, "rooms": rooms, "sign-in": sign_in}
    if kind not in makers:
        from qistdesk.services.errors import ValidationError

        raise ValidationError({"summary": f"{kind!r} is not one of: {', '.join(makers)}"}, "summary")
    return makers[kind](db, event_id)


# --- badges still to print --------------------------------------------------------------------

def badge_fingerprint(card) -> str:
    """What a badge shows, hashed: a new fingerprint means the printed badge is out of date."""
    text = "\x1f".join([card.name, card.organization, card.role, card.job_title, card.country])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def badges_to_print(db: Database, event_id: str) -> tuple[list, list[tuple[str, str]]]:
    """(cards of participants whose badge is new or changed since the last batch, marks to record after)."""
    from qistdesk.services.packets import event_packets

    _event_info, cards = event_packets(db, event_id)
    event_id = _event_info.id  # a unique prefix given by the user becomes the whole id
    with db.read() as s:
        printed = dict(s.execute(select(Participation.person_id, Participation.badge_printed)
                                 .where(Participation.event_id == event_id)).all())
        ids = dict(s.execute(select(Participation.person_id, Participation.id)
                             .where(Participation.event_id == event_id)).all())
    todo, marks = [], []
    for card in cards:
        mark = badge_fingerprint(card)
        if printed.get(card.id) != mark:
            todo.append(card)
            marks.append((ids[card.id], mark))
    return todo, marks


def mark_badges_printed(db: Database, marks: list[tuple[str, str]]) -> None:
    """Record a printed batch (one transaction); the row versions are not raised (nothing a form edits)."""
    from sqlalchemy import update

    with db.write() as s:
        for ident, mark in marks:
            s.execute(update(Participation).where(Participation.id == ident)
                      .values(badge_printed=mark, updated_at=Participation.updated_at)
                      .execution_options(synchronize_session=False))


def badges_summary(db: Database, event_id: str) -> Summary:
    """The list of badges still to print (for the screen and a check before printing)."""
    cards, _marks = badges_to_print(db, event_id)
    with db.read() as s:
        event = _event(s, event_id)
        title, when = event.title, _when(event)
    rows = [[c.name, c.organization, c.role] for c in sorted(cards, key=lambda c: name_key(c.family_name,
                                                                                          c.given_name))]
    return Summary("badges", f"Badges to print — {title}", when,
                   [SummaryTable("New or changed since the last batch", ["Name", "Organisation", "Role"], rows,
                                 [0.35, 0.45, 0.2])], [f"{len(rows)} badges to print."])


def event_heading(db: Database, event_id: str):
    """The event as the badge sheet needs it (title)."""
    from qistdesk.services.packets import event_packets

    return event_packets(db, event_id)[0]
