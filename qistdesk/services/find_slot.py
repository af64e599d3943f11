"""The scheduling assistant: find the hour that suits both sides and everyone in it.

Given a duration, required and optional people, an optional venue, a date
range and (for a series) a rule, it tries every half hour of every day in the
range, scores each, and proposes the best few, each with its reasons: who is
free, the time on both sides, inside both sides' working hours or not, a
holiday or clock-change week, the room free. A series is checked date by date
and the dates that clash are listed.

The bookings come from :func:`qistdesk.services.bookings.load_bookings` (the
same truth as the double-booking warnings), read once for the whole range;
the holidays from :mod:`qistdesk.services.holidays_dk_us`. Scores are
penalties (0 is perfect): a required person or the room busy outweighs
everything, then weekends, holidays, hours outside the working day, and
optional people.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from qistdesk.domain import Person, Venue, display_name
from qistdesk.domain.recurrence import SeriesRule, expand
from qistdesk.domain.validation import ValidationError
from qistdesk.messages import _, day_text, ngettext, time_text
from qistdesk.services import crud
from qistdesk.services.bookings import load_bookings
from qistdesk.services.slot_bookings import STAY, bookings_of, stays_of
from qistdesk.services.holidays_dk_us import holiday_name
from qistdesk.services.scheduling import Preferences, country_of_zone, holiday_text, place_name, place_text
from qistdesk.store import Database
from qistdesk.timezones import UTC, offsets_differ_from_usual, utc_to_local, zone

STEP = timedelta(minutes=30)
MAX_DAYS = 400
PENALTY = {"required": 1000, "room": 1000, "weekend": 400, "holiday": 300, "hours": 100, "optional": 20, "dst": 5}
FREQS = {"weekly": ("WEEKLY", 1), "fortnightly": ("WEEKLY", 2), "monthly": ("MONTHLY", 1)}


@dataclass(frozen=True)
class Request:
    duration: timedelta
    first: date
    last: date
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    venue_id: str | None = None
    room: str = ""                 # a room of the venue, as the timetable names it (needs venue_id)
    series: str | None = None      # weekly | fortnightly | monthly
    count: int | None = None
    until: date | None = None


@dataclass
class Check:
    """One occurrence at one time: what is wrong with it (empty lists: nothing)."""

    start: datetime
    end: datetime
    busy_required: list[str] = field(default_factory=list)
    busy_optional: list[str] = field(default_factory=list)
    room_busy: str = ""
    holidays: list[str] = field(default_factory=list)
    weekend: list[str] = field(default_factory=list)
    outside_hours: list[str] = field(default_factory=list)
    dst: bool = False
    away: list[str] = field(default_factory=list)  # people on an exchange stay (also counted busy)

    @property
    def score(self) -> int:
        p = PENALTY
        return (p["required"] * len(self.busy_required) + p["room"] * bool(self.room_busy)
                + p["weekend"] * bool(self.weekend) + p["holiday"] * len(self.holidays)
                + p["hours"] * len(self.outside_hours) + p["optional"] * len(self.busy_optional)
                + p["dst"] * self.dst)

    @property
    def clashes(self) -> bool:
        return bool(self.busy_required or self.room_busy)


@dataclass
class Slot:
    start: datetime
    end: datetime
    score: int
    reasons: list[str]
    times: dict[str, str]
    checks: list[Check]

    @property
    def clashing_dates(self) -> list[Check]:
        return [c for c in self.checks if c.clashes or c.holidays]

    def as_dict(self) -> dict:
        return {"start_utc": self.start.isoformat(), "end_utc": self.end.isoformat(), "score": self.score,
                "times": self.times, "reasons": self.reasons,
                "dates": [{"start_utc": c.start.isoformat(), "busy": c.busy_required, "optional_busy": c.busy_optional,
                           "room_busy": c.room_busy, "away": c.away, "holidays": c.holidays,
                           "outside_hours": c.outside_hours,
                           "weekend": c.weekend, "clock_change_week": c.dst} for c in self.checks]}


def series_starts(freq: str, first_start: datetime, zone_name: str, count: int | None,
                  until: date | None) -> list[datetime]:
    """Start instants of a series rule: the one adapter to the series expansion."""
    rule_freq, interval = FREQS[freq]
    return expand(SeriesRule(rule_freq, interval, count, until), first_start, zone_name)


REQUIRED, OPTIONAL = "<required>", "<optional>"


class Busy:
    """Each owner's bookings as sorted intervals, for overlap tests by bisection; ``groups`` adds
    pooled owners (all required people as one) so a free slot costs one test, not one per person."""

    def __init__(self, bookings, groups: dict[str, set[str]] | None = None):
        by_owner: dict[str, list] = defaultdict(list)
        for b in bookings:
            by_owner[b.owner].append((b.start, b.end, b.title))
            for group, members in (groups or {}).items():
                if b.owner in members:
                    by_owner[group].append((b.start, b.end, b.title))
        self.starts, self.items = {}, {}
        for owner, rows in by_owner.items():
            rows.sort()
            self.items[owner] = rows
            self.starts[owner] = [r[0] for r in rows]
        self.longest = {o: max((r[1] - r[0] for r in rows), default=timedelta()) for o, rows in self.items.items()}

    def clash(self, owner: str, start: datetime, end: datetime) -> str | None:
        rows = self.items.get(owner)
        if not rows:
            return None
        i = bisect_left(self.starts[owner], end)
        lowest = start - self.longest[owner]
        while i > 0:
            i -= 1
            s, e, title = rows[i]
            if s < lowest:
                break
            if s < end and e > start:
                return title
        return None


def _validate(req: Request) -> None:
    errors = {}
    if req.duration <= timedelta(0) or req.duration > timedelta(hours=12):
        errors["duration"] = _("a duration from 1 minute to 12 hours")
    if req.last < req.first:
        errors["to"] = _("the range must end on or after its first day")
    elif (req.last - req.first).days > MAX_DAYS:
        errors["to"] = _("a range of at most {n} days").format(n=MAX_DAYS)
    if req.room.strip() and not req.venue_id:
        errors["room"] = _("a room needs its venue (--venue)")
    if not req.required:
        errors["people"] = _("at least one required person")
    if req.series and req.series not in FREQS:
        errors["series"] = _("one of {choices}").format(choices=", ".join(FREQS))
    if req.series and not (req.count or req.until):
        errors["series"] = _("a series needs --count or --until")
    if errors:
        raise ValidationError(errors, "search")


def find_slots(db: Database, req: Request, prefs: Preferences | None = None, limit: int = 5) -> list[Slot]:
    """The best ``limit`` slots, best first (at most one per day, so the choice is a real choice)."""
    prefs = prefs or Preferences.from_settings()
    search = _Search(db, req, prefs)
    best_per_day: dict[date, Slot] = {}
    start = search.first_utc
    while start + req.duration <= search.last_utc:
        slot = search.slot(start)
        if slot is not None:
            local_day = utc_to_local(start, prefs.home).date()
            current = best_per_day.get(local_day)
            if current is None or slot.score < current.score:
                best_per_day[local_day] = slot
        start += STEP
    ranked = sorted(best_per_day.values(), key=lambda x: (x.score, x.start))[:limit]
    for slot in ranked:
        search.explain(slot)
    return ranked


def check_at(db: Database, req: Request, start: datetime, prefs: Preferences | None = None) -> Slot | None:
    """One proposed start (UTC) checked as the assistant checks it, with its reasons."""
    search = _Search(db, req, prefs or Preferences.from_settings())
    slot = search.slot(start)
    if slot is not None:
        search.explain(slot)
    return slot


class _Search:
    """What one search needs, read once: the people, the room and their bookings over the range."""

    def __init__(self, db: Database, req: Request, prefs: Preferences):
        _validate(req)
        self.req, self.prefs = req, prefs
        home = prefs.home
        self.first_utc = datetime.combine(req.first, time()).replace(tzinfo=zone(home)).astimezone(UTC)
        self.last_utc = datetime.combine(req.last + timedelta(days=1), time()).replace(tzinfo=zone(home)).astimezone(UTC)
        horizon = self.last_utc + (timedelta(days=31 * 13) if req.series else timedelta(0))
        with db.read() as s:
            people = [crud.get(s, Person, p).id for p in req.required + req.optional]
            self.names = {p.id: display_name(p.given_name, p.family_name)
                          for p in s.scalars(select(Person).where(Person.id.in_(people)))}
            venue = crud.get(s, Venue, req.venue_id) if req.venue_id else None
            self.venue_name, venue_id = (venue.name, venue.id) if venue else ("", None)
            if venue and req.room.strip():
                self.venue_name = _room_at(req.room, venue.name)
            bookings, venue_bookings = bookings_of(s, people, venue_id,
                                                   (self.first_utc - timedelta(days=1), horizon + timedelta(days=1)),
                                                   home, req.room)
        self.required, self.optional = people[:len(req.required)], people[len(req.required):]
        groups = {REQUIRED: set(self.required), OPTIONAL: set(self.optional)}
        self.checker = _Checker(Busy(bookings, groups), Busy(venue_bookings), self.required, self.optional, venue_id,
                                self.names, prefs)

    def slot(self, start: datetime) -> Slot | None:
        req = self.req
        try:
            starts = series_starts(req.series, start, self.prefs.home, req.count, req.until) if req.series \
                else [start]
        except ValueError:  # a date of the series falls in a DST gap
            return None
        if not starts:
            return None
        checks = [self.checker.check(a, a + req.duration) for a in starts]
        return Slot(start, start + req.duration, sum(c.score for c in checks), [], {}, checks)

    def explain(self, slot: Slot) -> None:
        slot.times = {place_name(z): _span(slot.start, slot.end, z) for z in (self.prefs.home, self.prefs.other)}
        slot.reasons = _reasons(slot, self.required, self.optional, self.names, self.venue_name, self.prefs)


def _span(start: datetime, end: datetime, zone_name: str) -> str:
    a, b = utc_to_local(start, zone_name), utc_to_local(end, zone_name)
    return f"{day_text(a)} {time_text(a)}–{time_text(b)}"


def _room_at(room: str, venue: str) -> str:
    return _("{room} at {venue}").format(room=room.strip(), venue=venue)


class _Checker:
    def __init__(self, busy: Busy, rooms: Busy, required, optional, venue_id, names, prefs: Preferences):
        self.busy, self.rooms, self.required, self.optional = busy, rooms, required, optional
        self.venue_id, self.names, self.prefs = venue_id, names, prefs
        self.zones = (prefs.home, prefs.other)
        self.tzs = tuple(zone(z) for z in self.zones)
        self._days: dict[tuple[str, date], tuple[str, str, bool]] = {}

    def check(self, start: datetime, end: datetime) -> Check:
        c = Check(start, end)
        if self.busy.clash(REQUIRED, start, end):  # one test for all of them; names only when someone is busy
            for p in self.required:
                why = self.busy.clash(p, start, end)
                if why:
                    c.busy_required.append(self.names.get(p, p[:8]))
                    if why.startswith(STAY):
                        c.away.append(f"{self.names.get(p, p[:8])} {why.replace(STAY, _(STAY), 1)}")
        if self.optional and self.busy.clash(OPTIONAL, start, end):
            for p in self.optional:
                why = self.busy.clash(p, start, end)
                if why:
                    c.busy_optional.append(self.names.get(p, p[:8]))
                    if why.startswith(STAY):
                        c.away.append(f"{self.names.get(p, p[:8])} {why.replace(STAY, _(STAY), 1)}")
        if self.venue_id:
            c.room_busy = self.rooms.clash(self.venue_id, start, end) or ""
        for z, tz in zip(self.zones, self.tzs):
            a, b = start.astimezone(tz), end.astimezone(tz)
            holiday, weekend, dst = self._day(z, a.date())
            if holiday:
                c.holidays.append(holiday)
            if weekend:
                c.weekend.append(weekend)
            c.dst = c.dst or dst
            end_min = b.hour * 60 + b.minute + (1440 if b.date() > a.date() else 0)
            if a.hour < self.prefs.work_start_hour or end_min > self.prefs.work_end_hour * 60:
                c.outside_hours.append(place_text(z))
        return c

    def _day(self, z: str, day: date) -> tuple[str, str, bool]:
        """Holiday, weekend and clock-change facts of one local day, worked out once per search."""
        key = (z, day)
        if key not in self._days:
            country = country_of_zone(z)
            name = holiday_name(country, day) if country else None
            where = _("Denmark") if country == "DK" else _("the US")
            self._days[key] = (f"{day_text(day, '%d %b')}: {holiday_text(country, day, name)} ({where})" if name else "",
                               (_("a Saturday in {place}") if day.weekday() == 5 else _("a Sunday in {place}")).format(
                                   place=place_text(z)) if day.weekday() >= 5 else "",
                               z == self.zones[0] and offsets_differ_from_usual(day, *self.zones))
        return self._days[key]


def _reasons(slot: Slot, required, optional, names, venue_name: str, prefs: Preferences) -> list[str]:
    checks = slot.checks
    out = []
    busy_req = sorted({n for c in checks for n in c.busy_required})
    busy_opt = sorted({n for c in checks for n in c.busy_optional})
    if not busy_req:
        out.append(ngettext("all {n} required free", "all {n} required free", len(required)).format(n=len(required)) + (
            _("; {free} of {n} optional free").format(free=len(optional) - len(busy_opt), n=len(optional))
            if optional else ""))
    else:
        out.append(_("busy: {names}").format(names=", ".join(busy_req)))
    if optional and busy_opt:
        out.append(_("optional busy: {names}").format(names=", ".join(busy_opt)))
    away = list(dict.fromkeys(a for c in checks for a in c.away))
    if away:
        out.append(_("away: {who}").format(who="; ".join(away)))
    outside = sorted({z for c in checks for z in c.outside_hours})
    out.append(_("inside working hours on both sides") if not outside else
               _("outside working hours in {places}").format(places=_(" and ").join(outside)))
    if any(c.weekend for c in checks):
        out.append(_("falls on a weekend"))
    holidays = [h for c in checks for h in c.holidays]
    if holidays:
        out.append(_("holiday: {days}").format(days="; ".join(dict.fromkeys(holidays))))
    odd = [c for c in checks if c.dst]
    if odd:
        when = "" if len(checks) == 1 else " (" + ", ".join(day_text(utc_to_local(c.start, prefs.home), "%d %b")
                                                            for c in odd) + ")"
        out.append(_("clock-change week{when}: {place} and {other} are an hour closer than usual").format(
            when=when, place=place_text(prefs.home), other=place_text(prefs.other)))
    if venue_name:
        taken = [c for c in checks if c.room_busy]
        out.append(_("{venue} free").format(venue=venue_name) if not taken else
                   _("{venue} taken ({by})").format(venue=venue_name, by=taken[0].room_busy))
    if len(checks) > 1:
        bad = slot.clashing_dates
        out.append(_("series: {clear} of {n} dates clear").format(clear=len(checks) - len(bad), n=len(checks)) + (
            _("; clashes on {days}").format(days=", ".join(day_text(utc_to_local(c.start, prefs.home), "%d %b")
                                                          for c in bad)) if bad else ""))
    return out


def free_busy(db: Database, people: list[str], venue_id: str | None, first: date, last: date,
              prefs: Preferences | None = None, room: str = "") -> dict[str, list[tuple[datetime, datetime, str]]]:
    """``{name: [(start, end, title), …]}`` of the people and the venue (or a room of it) over local
    days first..last."""
    prefs = prefs or Preferences.from_settings()
    tz = zone(prefs.home)
    window = (datetime.combine(first, time()).replace(tzinfo=tz).astimezone(UTC),
              datetime.combine(last + timedelta(days=1), time()).replace(tzinfo=tz).astimezone(UTC))
    with db.read() as s:
        ids = [crud.get(s, Person, p).id for p in people]
        bookings, rooms, names = load_bookings(s, ids, [venue_id] if venue_id else [], window)
        bookings += stays_of(s, ids, window, prefs.home)
        names.update({p.id: display_name(p.given_name, p.family_name)
                      for p in s.scalars(select(Person).where(Person.id.in_(ids)))})
        if venue_id:
            venue = crud.get(s, Venue, venue_id)
            names[venue.id] = venue.name
            venue_id = venue.id
            if room.strip():  # the room's own bookings, as the assistant counts them
                rooms = bookings_of(s, [], venue_id, window, prefs.home, room)[1]
                names[venue.id] = _room_at(room, venue.name)
    out: dict[str, list] = {names.get(p, p[:8]): [] for p in ids}
    if venue_id:
        out[names[venue_id]] = []
    for b in bookings + rooms:
        if b.start < window[1] and b.end > window[0]:
            out.setdefault(names.get(b.owner, b.owner[:8]), []).append((b.start, b.end, b.title))
    return {k: sorted(v) for k, v in out.items()}
