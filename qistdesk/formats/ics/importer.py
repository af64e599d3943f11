"""A calendar file as plain data: its METHOD, one :class:`ImportItem` per event or series.

Pure translation (no database): :mod:`qistdesk.services.ics_import` decides what each
item does to the database and saves. The damage policy lives here, so the dry run and the
real import share it: a broken structure refuses the file naming its line
(:class:`ICSReadError`); an event with a bad value is skipped with a warning naming its
line (``action="skip"``, ``damaged=True``); nothing else stops the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qistdesk.formats.ics.mapping import ImportItem, ItemError, Override, ZoneResolver, map_event, map_override
from qistdesk.formats.ics.reader import ICSReadError, read
from qistdesk.messages import _, at_line

__all__ = ["ParsedCalendar", "ImportItem", "Override", "ICSReadError", "parse_calendar"]

_YEAR = re.compile(r"(?<![0-9])(1[6-9]\d\d|2\d\d\d)(\d\d)(\d\d)")
#: Methods that carry events for the calendar; replies (REPLY, COUNTER, ...) are not imported here.
IMPORT_METHODS = ("PUBLISH", "REQUEST", "CANCEL", "ADD")


@dataclass
class ParsedCalendar:
    source: str
    method: str
    items: list[ImportItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _span(root) -> tuple[int, int]:
    years = []
    for comp in root.sub("VEVENT"):
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "RRULE", "RDATE", "EXDATE"):
            for p in comp.all(name):
                years += [int(m.group(1)) for m in _YEAR.finditer(p.value)]
    years = [y for y in years if 1900 <= y <= 2200] or [2000]
    return min(years), min(max(years) + 1, 2200)


def parse_calendar(data: bytes | str, *, source: str = "", default_kind: str = "seminar",
                   default_zone: str = "Europe/Copenhagen") -> ParsedCalendar:
    """Read ``data``; raises :class:`ICSReadError` (naming the line) for a broken structure."""
    root, warnings = read(data)
    method = root.value("METHOD").strip().upper() or "PUBLISH"
    if method not in IMPORT_METHODS:
        raise ICSReadError(0, _("METHOD:{method} is an answer to an invitation, not a calendar to import").format(
            method=method))
    parsed = ParsedCalendar(source, method, warnings=list(warnings))
    resolver = ZoneResolver(root, default_zone, _span(root))
    masters: dict[str, ImportItem] = {}
    pending = []
    for comp in root.sub("VEVENT"):
        if comp.first("RECURRENCE-ID") is not None:
            pending.append(comp)
            continue
        try:
            item = map_event(comp, resolver, default_kind)
        except ItemError as exc:
            parsed.items.append(_skipped(comp, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - whatever a file holds, one event never stops the file
            parsed.items.append(_skipped(comp, at_line(comp.line, _("this event cannot be read ({reason})").format(
                reason=exc))))
            continue
        if item.uid in masters:
            parsed.warnings.append(at_line(comp.line, _("a second VEVENT with UID {uid}; it was left out").format(
                uid=repr(item.uid))))
            continue
        masters[item.uid] = item
        parsed.items.append(item)
    for comp in pending:
        uid = comp.value("UID").strip()
        master = masters.get(uid)
        if master is None:
            if method != "CANCEL":
                parsed.warnings.append(at_line(comp.line, _("a changed date of {uid} without its series; left out").format(
                    uid=repr(uid))))
                continue
            master = ImportItem(uid=uid, line=comp.line, title=_title(comp), cancel=True,
                                timezone=resolver.floating_zone)
            masters[uid] = master
            parsed.items.append(master)
        if master.action == "skip":
            continue
        try:
            ov = map_override(comp, resolver, master)
        except Exception as exc:  # noqa: BLE001
            master.warnings.append(str(exc) if isinstance(exc, ItemError)
                                   else at_line(comp.line, _("this changed date cannot be read ({reason}); left out").format(
                                       reason=exc)))
            continue
        if method == "CANCEL":
            ov.cancelled = True
        master.overrides.append(ov)
    if method == "CANCEL":
        for item in masters.values():
            if not item.overrides:
                item.cancel = True
    return parsed


def _skipped(comp, message: str) -> ImportItem:
    return ImportItem(uid=comp.value("UID").strip(), line=comp.line, title=_title(comp), action="skip",
                      warnings=[message], damaged=True)


def _title(comp) -> str:
    p = comp.first("SUMMARY")
    return p.value[:80] if p is not None else "(no title)"
