"""Import a calendar file: first a preview, then one all-or-nothing save.

:func:`preview_import` reads the file (through :mod:`qistdesk.formats.ics.importer`, pure
translation) and the database (read only), and decides per event: new, update, unchanged,
cancel, older (an iTIP REQUEST/PUBLISH older than what the database holds: SEQUENCE, then
DTSTAMP) or skip, with warnings that name lines. Everything that could refuse an event is
decided here, so the dry run and the real import agree; :func:`apply_import` writes the
preview in one transaction. Events are matched by UID (``Event.ical_uid``); the timetable
items of an ``--sessions`` export are matched back to their sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from qistdesk.domain import ConferenceSession, Event, Venue
from qistdesk.domain.recurrence import MAX_DATES, expand, format_rule
from qistdesk.domain.series import has_changes, horizon, materialize, rdates_of, rdates_text
from qistdesk.domain.validation import ValidationError, validate_event, validate_venue
from qistdesk.formats.ics.build import venue_text
from qistdesk.formats.ics.importer import ICSReadError, ImportItem, parse_calendar
from qistdesk.messages import N_, _, at_line
from qistdesk.services import crud
from qistdesk.services.journal import Changes, recorded_write
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

__all__ = ["ImportPreview", "ImportItem", "ICSReadError", "preview_import", "apply_import", "import_file"]

ACTIONS = ("new", "update", "unchanged", "cancel", "older", "skip")
#: How a preview counts each action ("3 new, 1 skipped").
ACTION_COUNTS = {"new": N_("{n} new"), "update": N_("{n} update"), "unchanged": N_("{n} unchanged"),
                 "cancel": N_("{n} to cancel"), "older": N_("{n} older (not taken)"), "skip": N_("{n} skipped")}


@dataclass
class SeriesPlan:
    """What the series' rows will hold: per original instant (start, end, status, topic)."""

    originals: list[datetime]
    dates: dict[datetime, tuple[datetime, datetime, str, str]]


@dataclass
class ImportPreview:
    source: str
    method: str
    items: list[ImportItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    plans: dict[int, SeriesPlan] = field(default_factory=dict)  # id(item) -> plan
    sessions: dict[int, str] = field(default_factory=dict)  # id(item) -> ConferenceSession.id

    def count(self, action: str) -> int:
        return sum(1 for i in self.items if i.action == action)

    def summary(self) -> str:
        parts = [_(ACTION_COUNTS[a]).format(n=self.count(a)) for a in ACTIONS if self.count(a)]
        return ", ".join(parts) or _("nothing to import")

    @property
    def damaged(self) -> list[ImportItem]:
        return [i for i in self.items if i.damaged]

    def all_warnings(self) -> list[str]:
        return self.warnings + [w for i in self.items for w in i.warnings]


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    skipped: int = 0
    older: int = 0
    event_ids: list[str] = field(default_factory=list)
    #: What the import wrote, row by row, when it was recorded for Undo (``services.journal.Changes``).
    changes: Changes | None = None


def _home_zone() -> str:
    try:
        from qistdesk.settings import load

        return load().get("zones.home") or "Europe/Copenhagen"
    except OSError:
        return "Europe/Copenhagen"


def preview_import(db: Database, data: bytes | str, *, source: str = "", default_kind: str = "seminar",
                   default_zone: str | None = None) -> ImportPreview:
    """Read ``data`` and decide what saving would do. Raises :class:`ICSReadError` (naming the line)."""
    parsed = parse_calendar(data, source=source, default_kind=default_kind,
                            default_zone=default_zone or _home_zone())
    preview = ImportPreview(source, parsed.method, parsed.items, parsed.warnings)
    for item in preview.items:
        if item.action == "skip" or item.cancel:
            continue
        _check(preview, item)
    with db.read() as s:
        for item in preview.items:
            if item.action == "skip":
                continue
            existing = s.scalar(select(Event).where(Event.ical_uid == item.uid))
            if existing is None and not item.cancel and item.uid.endswith("@qistdesk"):
                session = s.get(ConferenceSession, item.uid.removesuffix("@qistdesk"))
                if session is not None:
                    preview.sessions[id(item)] = session.id
                    same = (session.title, session.start_utc, session.end_utc) == (
                        item.title[:300], item.start_utc, item.end_utc)
                    item.action = "unchanged" if same else "update"
                    continue
            item.action = _decide(preview, item, existing, parsed.method)
    return preview


def _skip(item: ImportItem, message: str) -> None:
    item.action, item.damaged = "skip", True
    item.warnings.append(message)


def _check(preview: ImportPreview, item: ImportItem) -> None:
    """Refuse, now, what saving would refuse: a bad field, a series that gives no dates."""
    probe = Event(kind="seminar" if item.rule or item.rdates else item.kind, title=item.title,
                  start_utc=item.start_utc, end_utc=item.end_utc, timezone=item.timezone, status="planned",
                  online_url=_url(item), series_rule="")
    errors = validate_event(probe)
    if errors:
        _skip(item, at_line(item.line, "; ".join(f"{k}: {v}" for k, v in errors.items())))
        return
    if item.rule is None and not item.rdates:
        return
    try:
        preview.plans[id(item)] = _plan(item)
    except ValueError as exc:
        _skip(item, at_line(item.line, _("the series cannot be kept ({reason})").format(reason=exc)))


def _plan(item: ImportItem) -> SeriesPlan:
    from qistdesk.domain.recurrence import SeriesRule, first_date_check

    rule = item.rule or SeriesRule("DAILY", 1, 1)  # RDATE only: the first date and the extra dates
    if item.rule is not None:
        first_date_check(rule, item.start_utc, item.timezone)
    shifted: list = []
    originals = expand(rule, item.start_utc, item.timezone, rdates=item.rdates, until_utc=horizon(item.start_utc),
                       limit=MAX_DATES, shifted=shifted)
    for asked, used in shifted:
        item.warnings.append(at_line(item.line, _(
            "{asked} does not exist in {zone} (the clocks go forward); that date is at {used}, as RFC 5545 says").format(
            asked=f"{asked:%Y-%m-%d %H:%M}", zone=item.timezone, used=f"{used:%H:%M}")))
    by_day: dict[date, datetime] = {}
    for o in originals:
        by_day.setdefault(utc_to_local(o, item.timezone).date(), o)
    known = set(originals)

    def original(instant: datetime | None, day: date | None, line: int, what: str) -> datetime | None:
        if instant is not None and instant in known:
            return instant
        if day is None and instant is not None:
            day = utc_to_local(instant, item.timezone).date()
            if instant is not None and day in by_day and what == "EXDATE":
                return None  # an EXDATE at another time of that day excludes nothing (RFC 5545)
        if day is not None and day in by_day:
            return by_day[day]
        if instant is not None and instant > originals[-1]:
            return None  # past the stored dates of a long series: the rule still says it
        item.warnings.append(at_line(line, _("{what} {day} is not a date of the series; ignored").format(
            what=what, day=instant or day)))
        return None

    length = item.end_utc - item.start_utc
    dates = {}
    for ov in item.overrides:
        o = original(ov.original_utc, ov.original_day, ov.line, "RECURRENCE-ID")
        if o is None:
            continue
        if ov.cancelled:
            dates[o] = (o, o + length, "cancelled", "")
        else:
            start = ov.start_utc or o
            dates[o] = (start, ov.end_utc or start + length, "scheduled", ov.topic)
    # EXDATE wins over a RECURRENCE-ID of the same date (RFC 5545; Apple iCal wrote both)
    for x in item.exdates:
        o = original(x, None, item.line, "EXDATE")
        if o is not None:
            dates[o] = (o, o + length, "cancelled", "")
    for d in item.exdays:
        o = original(None, d, item.line, "EXDATE")
        if o is not None:
            dates[o] = (o, o + length, "cancelled", "")
    if item.rule is not None:
        item.rule_text = format_rule(item.rule, item.start_utc, item.timezone)
    return SeriesPlan(originals, dates)


def _decide(preview: ImportPreview, item: ImportItem, existing: Event | None, method: str) -> str:
    if method == "CANCEL":
        if existing is None:
            item.warnings.append(at_line(item.line, _("the cancelled event is not in the database; nothing to do")))
            return "skip"
        return "cancel"
    if existing is None:
        return "new"
    held = existing.ical_sequence or 0
    if item.sequence < held or (item.sequence == held and item.dtstamp and existing.ical_dtstamp
                                and item.dtstamp < existing.ical_dtstamp):
        why = (f"SEQUENCE {item.sequence} < {held}" if item.sequence < held
               else _("DTSTAMP {stamp}Z is before {held}Z").format(stamp=f"{item.dtstamp:%Y-%m-%d %H:%M:%S}",
                                                                   held=f"{existing.ical_dtstamp:%Y-%m-%d %H:%M:%S}"))
        item.warnings.append(at_line(item.line, _(
            "{title} is older than what the database holds ({why}); nothing of it was taken").format(
            title=repr(item.title), why=why)))
        return "older"
    plan = preview.plans.get(id(item))
    rule_text = item.rule_text if plan is not None and item.rule is not None else ""
    if plan is not None and item.rule is None:
        rule_text = "FREQ=DAILY;COUNT=1"
    same = (existing.title == item.title and existing.description == item.description
            and existing.start_utc == item.start_utc and existing.end_utc == item.end_utc
            and existing.timezone == item.timezone and existing.series_rule == rule_text
            and (existing.status == "cancelled") == (item.status == "CANCELLED")
            and location_of(existing) == item.location and (existing.online_url or "") == _url(item))
    if same and plan is not None:
        same = (rdates_of(existing) == sorted(set(item.rdates))
                and _held_dates(existing) == {o: v for o, v in plan.dates.items()
                                              if v != (o, o + (item.end_utc - item.start_utc), "scheduled", "")})
    return "unchanged" if same else "update"


def _held_dates(event: Event) -> dict:
    length = event.end_utc - event.start_utc
    return {d.original_start_utc: (d.start_utc, d.end_utc, d.status, "" if d.status == "cancelled" else d.topic or "")
            for d in event.dates if has_changes(d, length) and (d.status == "cancelled" or d.is_moved or d.topic
                                                              or d.end_utc - d.start_utc != length)}


def location_of(event: Event) -> str:
    return venue_text(event.venue) if event.venue is not None else (event.online_url or "")


def _url(item: ImportItem) -> str:
    for candidate in (item.url, item.location):
        if candidate.lower().startswith(("https://", "http://")) and " " not in candidate:
            return candidate[:500]
    return ""


def apply_import(db: Database, preview: ImportPreview, record: bool = False) -> ImportResult:
    """Save the preview in one transaction (all or nothing); ``record``: keep ``result.changes`` for Undo."""
    result = ImportResult()
    with recorded_write(db, record) as (s, result.changes):
        venues = list(s.scalars(select(Venue)))
        for item in preview.items:
            if item.action in ("skip", "unchanged", "older"):
                setattr(result, {"skip": "skipped"}.get(item.action, item.action),
                        getattr(result, {"skip": "skipped"}.get(item.action, item.action)) + 1)
                continue
            if id(item) in preview.sessions:
                session = s.get(ConferenceSession, preview.sessions[id(item)])
                session.title, session.start_utc, session.end_utc = item.title[:300], item.start_utc, item.end_utc
                result.updated += 1
                continue
            existing = s.scalar(select(Event).where(Event.ical_uid == item.uid))
            if item.action == "cancel" or item.cancel and existing is not None:
                if existing is None:
                    result.skipped += 1
                    continue
                _cancel(existing, item, preview)
                result.cancelled += 1
                result.event_ids.append(existing.id)
                continue
            event = existing or Event(ical_uid=item.uid, ical_sequence=item.sequence)
            if existing is None:
                crud.fill_defaults(event)
            _fill(s, event, item, venues, preview.plans.get(id(item)))
            event.ical_sequence = max(event.ical_sequence or 0, item.sequence)
            event.ical_dtstamp = item.dtstamp or event.ical_dtstamp
            if existing is None:
                s.add(event)
                result.created += 1
            else:
                result.updated += 1
            s.flush()
            result.event_ids.append(event.id)
    return result


def _fill(s, event: Event, item: ImportItem, venues: list[Venue], plan: SeriesPlan | None) -> None:
    from qistdesk.domain.recurrence import SeriesRule

    event.kind = "seminar" if plan is not None else (item.kind if item.kind in ("seminar", "conference",
                                                                                 "workshop") else "seminar")
    event.title = item.title[:300]
    event.description = item.description
    event.start_utc, event.end_utc, event.timezone = item.start_utc, item.end_utc, item.timezone
    event.online_url = _url(item)
    if item.status == "CANCELLED":
        event.status = "cancelled"
    elif event.status in (None, "", "cancelled"):
        event.status = "draft" if item.status == "TENTATIVE" else "planned"
    event.venue_id = _venue_id(s, item, venues, event.online_url)
    errors = validate_event(event)
    if errors:
        raise ValidationError({at_line(item.line, k): v for k, v in errors.items()}, "event")
    if plan is None:
        event.series_rule, event.series_rdates = "", ""
        event.dates = []
        return
    rule = item.rule or SeriesRule("DAILY", 1, 1)
    event.series_rule = item.rule_text if item.rule is not None else "FREQ=DAILY;COUNT=1"
    event.series_rdates = rdates_text(item.rdates)
    wanted = set(plan.originals)
    event.dates = [d for d in event.dates if d.original_start_utc in wanted]  # the file says which dates exist
    length = item.end_utc - item.start_utc
    old_topics = {d.original_start_utc: d.topic or "" for d in event.dates}
    for d in event.dates:  # the file is the truth about times and cancellations; speakers stay
        d.start_utc, d.end_utc, d.status = d.original_start_utc, d.original_start_utc + length, "scheduled"
    materialize(event, rule)
    for d in event.dates:
        start, end, status, topic = plan.dates.get(d.original_start_utc,
                                                   (d.original_start_utc, d.original_start_utc + length,
                                                    "scheduled", ""))
        if status == "cancelled":  # an EXDATE carries no topic: keep the one the date had
            topic = old_topics.get(d.original_start_utc, "")
        d.start_utc, d.end_utc, d.status, d.topic = start, end, status, topic


def _venue_id(s, item: ImportItem, venues: list[Venue], url: str) -> str | None:
    """The venue whose text the file's LOCATION is; a new venue for an unknown place."""
    place = item.location.strip()
    if not place or place == url:
        return None
    return place_venue(s, place, item.timezone, venues)


def place_venue(s, place: str, zone: str, venues: list[Venue] | None = None) -> str | None:
    """The venue a calendar's LOCATION text names (its name, or its whole text as invites write it);
    a new venue for a place the database does not know (None when it cannot be one)."""
    venues = list(s.scalars(select(Venue))) if venues is None else venues
    for v in venues:
        if venue_text(v) == place or v.name == place:
            return v.id
    venue = Venue(name=place[:300], timezone=zone)
    crud.fill_defaults(venue)
    if validate_venue(venue):
        return None
    s.add(venue)
    s.flush()
    venues.append(venue)
    return venue.id


def _cancel(event: Event, item: ImportItem, preview: ImportPreview) -> None:
    if item.overrides and event.series_rule:
        wanted = {o.original_utc for o in item.overrides if o.original_utc is not None}
        days = {o.original_day for o in item.overrides if o.original_day is not None}
        for d in event.dates:
            if d.original_start_utc in wanted or utc_to_local(d.original_start_utc, event.timezone).date() in days:
                d.status = "cancelled"
    else:
        event.status = "cancelled"


def import_file(db: Database, path, **options) -> tuple[ImportPreview, ImportResult]:
    """Preview and save in one call (the command line's ``import ics``)."""
    from pathlib import Path

    p = Path(path)
    preview = preview_import(db, p.read_bytes(), source=p.name, **options)
    return preview, apply_import(db, preview)
