"""From a parsed VEVENT to what the app stores: instants, zone, series, text.

Clients disagree about time zones, so one resolver decides, in this order:
a TZID the app knows (IANA, Windows or legacy name, Mozilla's path prefix);
the file's own VTIMEZONE (read with dateutil) when the name is unknown; for
UTC and floating times and all-day dates, the calendar's X-WR-TIMEZONE
(Google, Apple) or the office's home zone. The zone stored beside the
instants is always an IANA name, so the event can be edited like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from io import StringIO

from qistdesk.domain.recurrence import RuleError, SeriesRule, parse_rule
from qistdesk.formats.ics.reader import Component, Prop
from qistdesk.formats.ics.text import decode_exact, unescape_text
from qistdesk.formats.ics.build import JOIN_ONLINE
from qistdesk.timezones import WINDOWS_ZONES, to_iana, zone

UTC = timezone.utc
_DT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_DUR = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
KINDS = ("seminar", "conference", "workshop")


class ItemError(ValueError):
    """One event of the file cannot be imported; the message names the line."""


@dataclass
class Override:
    original_utc: datetime
    start_utc: datetime | None = None
    end_utc: datetime | None = None
    cancelled: bool = False
    topic: str = ""


@dataclass
class ImportItem:
    """One event or series as it will be saved; ``action`` is set by the preview."""

    uid: str
    line: int
    title: str = ""
    description: str = ""
    location: str = ""
    url: str = ""
    kind: str = ""
    status: str = ""
    start_utc: datetime | None = None
    end_utc: datetime | None = None
    timezone: str = ""
    all_day: bool = False
    rule: SeriesRule | None = None
    exdates: list[datetime] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    sequence: int = 0
    cancel: bool = False  # METHOD:CANCEL or STATUS:CANCELLED of a whole event
    action: str = ""  # new | update | unchanged | cancel | skip
    warnings: list[str] = field(default_factory=list)


class ZoneResolver:
    def __init__(self, root: Component, default_zone: str):
        self.default = default_zone
        wr = root.value("X-WR-TIMEZONE").strip()
        self.calendar_zone = to_iana(wr) if wr else None
        self.vtimezones = {c.value("TZID").strip().strip('"'): c for c in root.sub("VTIMEZONE")}
        self._cache: dict[str, tuple[str, tzinfo]] = {}

    @property
    def floating_zone(self) -> str:
        return self.calendar_zone or self.default

    def resolve(self, tzid: str, line: int) -> tuple[str, tzinfo]:
        """(IANA name to store, tzinfo that gives the file's instants)."""
        if tzid in self._cache:
            return self._cache[tzid]
        iana = to_iana(tzid)
        if iana:
            result = (iana, zone(iana))
        elif tzid in self.vtimezones:
            tz = _tzical(self.vtimezones[tzid])
            result = (_guess_iana(tz, [self.calendar_zone, self.default, *WINDOWS_ZONES.values()]), tz)
        else:
            raise ItemError(f"line {line}: unknown time zone {tzid!r} and no VTIMEZONE for it in the file")
        self._cache[tzid] = result
        return result


def _tzical(comp: Component) -> tzinfo:
    from dateutil.tz import tzical

    lines = ["BEGIN:VTIMEZONE"] + [_raw(p) for p in comp.props]
    for child in comp.children:
        lines += [f"BEGIN:{child.name}"] + [_raw(p) for p in child.props] + [f"END:{child.name}"]
    lines.append("END:VTIMEZONE")
    return tzical(StringIO("\n".join(lines))).get()


def _raw(p: Prop) -> str:
    value = p.value
    if p.name == "DTSTART" and len(value) == 8:
        value += "T000000"  # Evolution writes a DATE here; dateutil wants a date-time
    return p.name + "".join(f";{k}={v}" for k, v in p.params.items() if k != "VALUE") + ":" + value


def _guess_iana(tz: tzinfo, candidates: list[str | None]) -> str:
    probes = [datetime(2025, m, 15, 12) for m in (1, 4, 7, 10)]
    want = [tz.utcoffset(p) for p in probes]
    for name in candidates:
        if name and [p.replace(tzinfo=zone(name)).utcoffset() for p in probes] == want:
            return name
    return "UTC"


def parse_value(prop: Prop, resolver: ZoneResolver) -> tuple[datetime | date, str | None]:
    """A DATE or DATE-TIME value -> (aware UTC datetime or date, IANA zone of a TZID or None)."""
    value = prop.value.strip().split(",")[0]
    m = _DT.match(value)
    if not m:
        raise ItemError(f"line {prop.line}: {prop.name} {value!r} is not a date or date-time")
    y, mo, d, hh, mi, ss, z = m.groups()
    try:
        if hh is None:
            return date(int(y), int(mo), int(d)), None
        naive = datetime(int(y), int(mo), int(d), int(hh), int(mi), min(int(ss), 59))
    except ValueError:
        raise ItemError(f"line {prop.line}: {prop.name} {value!r} is not a real date") from None
    if z:
        return naive.replace(tzinfo=UTC), None
    tzid = prop.params.get("TZID")
    if tzid:
        name, tz = resolver.resolve(tzid, prop.line)
        return naive.replace(tzinfo=tz).astimezone(UTC), name
    # Floating time: the calendar's zone (Google, Apple) or the office's.
    return naive.replace(tzinfo=zone(resolver.floating_zone)).astimezone(UTC), None


def all_values(prop: Prop, resolver: ZoneResolver, zone_name: str) -> list[datetime]:
    out = []
    for part in prop.value.split(","):
        part = part.strip()
        if part:
            one = Prop(prop.name, prop.params, part, prop.line)
            out.append(to_instant(parse_value(one, resolver)[0], zone_name))
    return out


def to_instant(value: datetime | date, zone_name: str) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day, tzinfo=zone(zone_name)).astimezone(UTC)


def duration(text: str, line: int) -> timedelta:
    m = _DUR.match(text.strip())
    if not m:
        raise ItemError(f"line {line}: DURATION {text!r} is not a duration like PT1H30M")
    sign, w, d, h, mi, s = m.groups()
    delta = timedelta(weeks=int(w or 0), days=int(d or 0), hours=int(h or 0), minutes=int(mi or 0),
                      seconds=int(s or 0))
    return -delta if sign == "-" else delta


def text_of(comp: Component, name: str) -> str:
    p = comp.first(name)
    return decode_exact(unescape_text(p.value), p.params) if p is not None else ""


def map_event(comp: Component, resolver: ZoneResolver, default_kind: str) -> ImportItem:
    """A master VEVENT -> :class:`ImportItem` (overrides are added by the caller)."""
    uid = comp.value("UID").strip()
    item = ImportItem(uid=uid, line=comp.line)
    if not uid:
        raise ItemError(f"line {comp.line}: VEVENT without UID")
    item.title = text_of(comp, "SUMMARY") or "(no title)"
    item.description = text_of(comp, "DESCRIPTION")
    item.location = text_of(comp, "LOCATION")
    item.url = comp.value("URL").strip()
    if item.url and item.description.endswith(f"{JOIN_ONLINE}{item.url}"):
        cut = item.description[: -len(f"{JOIN_ONLINE}{item.url}")]
        item.description = cut[:-2] if cut.endswith("\n\n") else cut
    categories = unescape_text(comp.value("CATEGORIES")).lower().split(",")
    item.kind = next((c.strip() for c in categories if c.strip() in KINDS), default_kind)
    item.status = comp.value("STATUS").strip().upper()
    try:
        item.sequence = int(comp.value("SEQUENCE", "0").strip() or 0)
    except ValueError:
        item.warnings.append(f"line {comp.first('SEQUENCE').line}: SEQUENCE is not a number; 0 used")
    start_prop = comp.first("DTSTART")
    if start_prop is None or not start_prop.value.strip():
        raise ItemError(f"line {start_prop.line if start_prop else comp.line}: VEVENT {uid!r} has no start (DTSTART)")
    start, tz_name = parse_value(start_prop, resolver)
    item.all_day = not isinstance(start, datetime)
    item.timezone = tz_name or resolver.floating_zone
    item.start_utc = to_instant(start, item.timezone)
    end_prop, dur = comp.first("DTEND"), comp.first("DURATION")
    if end_prop is not None and end_prop.value.strip():
        item.end_utc = to_instant(parse_value(end_prop, resolver)[0], item.timezone)
    elif dur is not None:
        item.end_utc = item.start_utc + duration(dur.value, dur.line)
    else:
        item.end_utc = item.start_utc + (timedelta(days=1) if item.all_day else timedelta(0))
    if item.end_utc <= item.start_utc:
        item.warnings.append(f"line {start_prop.line}: the event has no length; it was given one hour")
        item.end_utc = item.start_utc + timedelta(hours=1)
    rrule = comp.first("RRULE")
    if rrule is not None:
        item.rule = series_rule(rrule, item, resolver)
        if item.rule is not None:
            item.kind = "seminar"
            for ex in comp.all("EXDATE"):
                item.exdates.extend(all_values(ex, resolver, item.timezone))
    for rd in comp.all("RDATE"):
        item.warnings.append(f"line {rd.line}: extra dates (RDATE) are not supported and were left out")
    return item


def series_rule(prop: Prop, item: ImportItem, resolver: ZoneResolver) -> SeriesRule | None:
    """The file's RRULE as the app's series rule, or None (first date only) with a warning."""
    parts = {}
    for chunk in prop.value.strip().split(";"):
        key, _, value = chunk.partition("=")
        if key:
            parts[key.upper()] = value.upper()
    local_start = item.start_utc.astimezone(zone(item.timezone))
    weekday = _DAYS[local_start.weekday()]
    freq = parts.get("FREQ", "")
    problem = None
    if freq not in ("DAILY", "WEEKLY", "MONTHLY"):
        problem = f"FREQ={freq or '?'}"
    for key in parts:
        if key.startswith("BY") and key not in ("BYDAY", "BYMONTHDAY"):
            problem = problem or key
    if "BYDAY" in parts and not (freq == "WEEKLY" and parts["BYDAY"] == weekday):
        problem = problem or f"BYDAY={parts['BYDAY']}"
    if "BYMONTHDAY" in parts and not (freq == "MONTHLY" and parts["BYMONTHDAY"] == str(local_start.day)):
        problem = problem or f"BYMONTHDAY={parts['BYMONTHDAY']}"
    if problem:
        item.warnings.append(f"line {prop.line}: the series rule ({problem}) is not one the app can keep; "
                             "only the first date was imported")
        return None
    until = None
    if "UNTIL" in parts:
        raw = Prop("UNTIL", {}, parts.pop("UNTIL"), prop.line)
        value = parse_value(raw, resolver)[0] if not isinstance(raw, str) else None
        if isinstance(value, datetime):
            local_until = value.astimezone(zone(item.timezone))
            until = local_until.date()
            if local_until.time() < local_start.time():
                until -= timedelta(days=1)
        else:
            until = value
    elif "COUNT" not in parts:
        until = local_start.date() + timedelta(days=365)
        item.warnings.append(f"line {prop.line}: the series has no end; dates for one year "
                             f"(until {until.isoformat()}) were imported")
    text = f"FREQ={freq};INTERVAL={parts.get('INTERVAL', '1')}"
    if "COUNT" in parts:
        text += f";COUNT={parts['COUNT']}"
    else:
        text += f";UNTIL={until.strftime('%Y%m%d')}"
    try:
        return parse_rule(text)
    except RuleError as exc:
        item.warnings.append(f"line {prop.line}: {exc}; only the first date was imported")
        return None


def map_override(comp: Component, resolver: ZoneResolver, master: ImportItem) -> Override:
    rid = comp.first("RECURRENCE-ID")
    original = to_instant(parse_value(rid, resolver)[0], master.timezone)
    ov = Override(original)
    if comp.value("STATUS").strip().upper() == "CANCELLED":
        ov.cancelled = True
        return ov
    start_prop = comp.first("DTSTART")
    if start_prop is not None and start_prop.value.strip():
        ov.start_utc = to_instant(parse_value(start_prop, resolver)[0], master.timezone)
        end_prop = comp.first("DTEND")
        if end_prop is not None and end_prop.value.strip():
            ov.end_utc = to_instant(parse_value(end_prop, resolver)[0], master.timezone)
        else:
            ov.end_utc = ov.start_utc + (master.end_utc - master.start_utc)
    summary = text_of(comp, "SUMMARY")
    if summary and summary != master.title:
        ov.topic = summary[:300]
    return ov
