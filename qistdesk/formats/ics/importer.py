"""Import a calendar file: first a preview, then one all-or-nothing save.

The preview reads the whole file and the database (read only) and says, per
event, whether it is new, an update, unchanged or skipped, with warnings that
name lines. Saving writes every item in one transaction: a failure leaves
the database as it was. Events are matched by UID (stored in
``Event.ical_uid``), so importing the same file twice updates, never duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from sqlalchemy import select

from qistdesk.domain import Event, Venue
from qistdesk.domain.recurrence import format_rule
from qistdesk.domain.validation import ValidationError, validate_event, validate_venue
from qistdesk.formats.ics.build import venue_text
from qistdesk.formats.ics.mapping import ImportItem, ItemError, ZoneResolver, map_event, map_override
from qistdesk.formats.ics.reader import ICSReadError, read
from qistdesk.services import crud
from qistdesk.store import Database

__all__ = ["ImportPreview", "ImportItem", "ICSReadError", "preview_import", "apply_import", "import_file"]


@dataclass
class ImportPreview:
    source: str
    method: str
    items: list[ImportItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for i in self.items if i.action == action)

    def summary(self) -> str:
        parts = [f"{self.count(a)} {a}" for a in ("new", "update", "unchanged", "cancel", "skip") if self.count(a)]
        return ", ".join(parts) or "nothing to import"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    skipped: int = 0
    event_ids: list[str] = field(default_factory=list)


def _home_zone() -> str:
    try:
        from qistdesk.settings import load

        return load().get("zones.home") or "Europe/Copenhagen"
    except OSError:
        return "Europe/Copenhagen"


def preview_import(db: Database, data: bytes | str, *, source: str = "", default_kind: str = "seminar",
                   default_zone: str | None = None) -> ImportPreview:
    """Read ``data`` and decide what saving would do. Raises :class:`ICSReadError` (naming the line)."""
    root, warnings = read(data)
    method = root.value("METHOD").strip().upper() or "PUBLISH"
    preview = ImportPreview(source, method, warnings=list(warnings))
    resolver = ZoneResolver(root, default_zone or _home_zone())
    masters: dict[str, ImportItem] = {}
    pending_overrides = []
    for comp in root.sub("VEVENT"):
        if comp.first("RECURRENCE-ID") is not None:
            pending_overrides.append(comp)
            continue
        try:
            item = map_event(comp, resolver, default_kind)
        except ItemError as exc:
            preview.items.append(ImportItem(uid=comp.value("UID").strip(), line=comp.line, title=_title(comp),
                                            action="skip", warnings=[str(exc)]))
            continue
        if item.uid in masters:
            preview.warnings.append(f"line {comp.line}: a second VEVENT with UID {item.uid!r}; it was left out")
            continue
        masters[item.uid] = item
        preview.items.append(item)
    for comp in pending_overrides:
        uid = comp.value("UID").strip()
        master = masters.get(uid)
        if master is None:
            if method == "CANCEL":
                master = ImportItem(uid=uid, line=comp.line, title=_title(comp), cancel=True)
                masters[uid] = master
                preview.items.append(master)
            else:
                preview.warnings.append(f"line {comp.line}: a changed date of {uid!r} without its series; left out")
                continue
        try:
            if master.timezone == "" and master.cancel:
                master.timezone = resolver.floating_zone
            ov = map_override(comp, resolver, master)
            if method == "CANCEL":
                ov.cancelled = True
            master.overrides.append(ov)
        except ItemError as exc:
            master.warnings.append(str(exc))
    if method == "CANCEL":
        for item in masters.values():
            if not item.overrides:
                item.cancel = True
    with db.read() as s:
        for item in preview.items:
            if item.action == "skip":
                continue
            existing = s.scalar(select(Event).where(Event.ical_uid == item.uid))
            item.action = _decide(item, existing, method)
    return preview


def _title(comp) -> str:
    p = comp.first("SUMMARY")
    return p.value[:80] if p is not None else "(no title)"


def _decide(item: ImportItem, existing: Event | None, method: str) -> str:
    if method == "CANCEL":
        if existing is None:
            item.warnings.append(f"line {item.line}: the cancelled event is not in the database; nothing to do")
            return "skip"
        return "cancel"
    if existing is None:
        return "new"
    if item.rule is None and existing.series_rule:
        return "update"
    rule_text = format_rule(item.rule, item.start_utc, item.timezone) if item.rule else ""
    same = (existing.title == item.title and existing.description == item.description
            and existing.start_utc == item.start_utc and existing.end_utc == item.end_utc
            and existing.timezone == item.timezone and existing.series_rule == rule_text
            and (existing.status == "cancelled") == (item.status == "CANCELLED")
            and _location_of(existing) == item.location and (existing.online_url or "") == _url(item))
    if same and item.rule:
        cancelled = {d.original_start_utc for d in existing.dates if d.status == "cancelled"}
        wanted = set(item.exdates) | {o.original_utc for o in item.overrides if o.cancelled}
        moved = {(d.original_start_utc, d.start_utc, d.end_utc) for d in existing.dates if d.is_moved}
        want_moved = {(o.original_utc, o.start_utc, o.end_utc) for o in item.overrides
                      if not o.cancelled and o.start_utc and o.start_utc != o.original_utc}
        same = cancelled == wanted and moved == want_moved
    return "unchanged" if same else "update"


def _location_of(event: Event) -> str:
    return venue_text(event.venue) if event.venue is not None else (event.online_url or "")


def _url(item: ImportItem) -> str:
    for candidate in (item.url, item.location):
        if candidate.lower().startswith(("https://", "http://")) and " " not in candidate:
            return candidate[:500]
    return ""


def apply_import(db: Database, preview: ImportPreview) -> ImportResult:
    """Save the preview in one transaction (all or nothing)."""
    result = ImportResult()
    with db.write() as s:
        venues = list(s.scalars(select(Venue)))
        for item in preview.items:
            if item.action == "skip":
                result.skipped += 1
                continue
            if item.action == "unchanged":
                result.unchanged += 1
                continue
            existing = s.scalar(select(Event).where(Event.ical_uid == item.uid))
            if item.action == "cancel" or item.cancel and existing is not None:
                if existing is None:
                    result.skipped += 1
                    continue
                _cancel(existing, item)
                result.cancelled += 1
                result.event_ids.append(existing.id)
                continue
            event = existing or Event(ical_uid=item.uid, ical_sequence=item.sequence)
            if existing is None:
                crud.fill_defaults(event)
            _fill(s, event, item, venues)
            if existing is None:
                s.add(event)
                result.created += 1
            else:
                event.ical_sequence = max(event.ical_sequence or 0, item.sequence)
                result.updated += 1
            s.flush()
            result.event_ids.append(event.id)
    return result


def _fill(s, event: Event, item: ImportItem, venues: list[Venue]) -> None:
    from qistdesk.services.events import _apply_series

    event.kind = item.kind if event.series_rule == "" or item.rule is None else "seminar"
    if item.rule is not None:
        event.kind = "seminar"
    elif event.kind is None or event.kind not in ("seminar", "conference", "workshop"):
        event.kind = "seminar"
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
        raise ValidationError({f"line {item.line}: {k}": v for k, v in errors.items()}, "event")
    if item.rule is None:
        event.series_rule = ""
        event.dates = []
        return
    try:
        _apply_series(event, item.rule)
    except ValidationError as exc:
        raise ValidationError({f"line {item.line}: series": "; ".join(exc.errors.values())}, "event") from None
    length = item.end_utc - item.start_utc
    cancelled = set(item.exdates) | {o.original_utc for o in item.overrides if o.cancelled}
    moves = {o.original_utc: o for o in item.overrides if not o.cancelled}
    for d in event.dates:
        d.status = "cancelled" if d.original_start_utc in cancelled else "scheduled"
        ov = moves.get(d.original_start_utc)
        if ov is not None and ov.start_utc is not None:
            d.start_utc, d.end_utc = ov.start_utc, ov.end_utc or ov.start_utc + length
        else:
            d.start_utc, d.end_utc = d.original_start_utc, d.original_start_utc + length
        d.topic = ov.topic if ov is not None else (d.topic or "")


def _venue_id(s, item: ImportItem, venues: list[Venue], url: str) -> str | None:
    """The venue whose text the file's LOCATION is; a new venue for an unknown place."""
    place = item.location.strip()
    if not place or place == url:
        return None
    for v in venues:
        if venue_text(v) == place or v.name == place:
            return v.id
    venue = Venue(name=place[:300], timezone=item.timezone)
    crud.fill_defaults(venue)
    errors = validate_venue(venue)
    if errors:
        return None
    s.add(venue)
    s.flush()
    venues.append(venue)
    return venue.id


def _cancel(event: Event, item: ImportItem) -> None:
    if item.overrides and event.series_rule:
        wanted = {o.original_utc for o in item.overrides}
        for d in event.dates:
            if d.original_start_utc in wanted:
                d.status = "cancelled"
    else:
        event.status = "cancelled"


def import_file(db: Database, path, **options) -> tuple[ImportPreview, ImportResult]:
    """Preview and save in one call (the command line's ``import ics``)."""
    from pathlib import Path

    p = Path(path)
    preview = preview_import(db, p.read_bytes(), source=p.name, **options)
    return preview, apply_import(db, preview)

