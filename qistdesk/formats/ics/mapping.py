"""From a parsed VEVENT to plain data: instants, zone, recurrence as written, text.

Values are read by icalendar (dates, date-times, durations, periods, RRULE, RDATE,
EXDATE); the project's own reader (:mod:`.reader`) gives the structure, the line
numbers and the exact text. Which zone a TZID means is :mod:`.zone_resolver`'s
rule (never a silent UTC). A UTC time stays UTC; a floating time is placed in the
calendar's X-WR-TIMEZONE or the office zone, with a warning. Pure translation:
no database, no services.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from qistdesk.domain.recurrence import RuleError, SeriesRule, parse_rule
from qistdesk.formats.ics.build import join_online_words
from qistdesk.formats.ics.reader import Component, Prop
from qistdesk.formats.ics.text import decode_exact, unescape_text
from qistdesk.formats.ics.zone_resolver import ItemError, ZoneResolver, prop_line
from qistdesk.messages import _, at_line
from qistdesk.timezones import zone

UTC = timezone.utc
KINDS = ("seminar", "conference", "workshop")
TITLE_MAX = 300
_TIME_PROPS = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "DTSTAMP")
_LONGEST = timedelta(days=3660)


@dataclass
class Override:
    """A RECURRENCE-ID component: one date of a series changed or cancelled.

    ``original_utc`` is the instant it replaces; ``original_day`` is set instead when the
    RECURRENCE-ID's value type differs from the series' DTSTART (a DATE on a timed series or the
    other way round): the date of the series on that local day is meant.
    """

    original_utc: datetime | None
    start_utc: datetime | None = None
    end_utc: datetime | None = None
    cancelled: bool = False
    topic: str = ""
    description: str = ""
    original_day: date | None = None
    line: int = 0


@dataclass
class ImportItem:
    """One event or series as read from the file; ``action`` is set by the import service."""

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
    rule_text: str = ""  # the RRULE as written
    rdates: list[datetime] = field(default_factory=list)
    exdates: list[datetime] = field(default_factory=list)
    exdays: list[date] = field(default_factory=list)  # EXDATEs of the other value type: local days
    overrides: list[Override] = field(default_factory=list)
    sequence: int = 0
    dtstamp: datetime | None = None
    cancel: bool = False  # METHOD:CANCEL or STATUS:CANCELLED of a whole event
    action: str = ""  # new | update | unchanged | cancel | skip | older
    warnings: list[str] = field(default_factory=list)
    zone_note: str = ""  # how a custom TZID was mapped, shown in the preview
    damaged: bool = False  # skipped because a value is broken (not because of what the database holds)


def _values(comp: Component):
    """The time properties of ``comp`` read by icalendar: {name: [(Prop, parsed), ...]}."""
    from icalendar import Event

    props = [p for p in comp.props if p.name in _TIME_PROPS]
    out: dict[str, list] = {}
    for p in props:
        try:
            ev = Event.from_ical("BEGIN:VEVENT\r\n" + prop_line(p) + "\r\nEND:VEVENT\r\n")
            value = ev.get(p.name)
            if ev.errors or value is None:
                raise ValueError("; ".join(str(e[1]) for e in ev.errors) or "no value")
            if isinstance(value, list):
                value = value[0]
            if p.name in ("RDATE", "EXDATE"):
                parsed = [d.dt for d in value.dts]
            elif p.name == "RRULE":
                parsed = value
            else:
                parsed = value.dt
        except Exception as exc:  # noqa: BLE001 - icalendar raises many kinds; each means a bad value
            raise ItemError(at_line(p.line, _("{name} {value} cannot be read ({reason})").format(
                name=p.name, value=repr(p.value[:60]), reason=_short(exc)))) from None
        out.setdefault(p.name, []).append((p, parsed))
    return out


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


class Times:
    """Turns icalendar values of one VEVENT into UTC instants in the event's zone."""

    def __init__(self, resolver: ZoneResolver, item: ImportItem):
        self.resolver, self.item = resolver, item

    def instant(self, p: Prop, value) -> tuple[datetime | date, str | None]:
        """(aware UTC datetime or a date, IANA zone of its TZID or "UTC" or None for floating)."""
        if isinstance(value, tuple):  # a PERIOD (RDATE;VALUE=PERIOD): its start
            value = value[0]
        if not isinstance(value, datetime):
            return value, None
        tzid = p.params.get("TZID")
        if tzid:
            name, tz, note = self.resolver.resolve(tzid, p.line)
            if note and note not in self.item.zone_note:
                self.item.zone_note = note
            local = value.replace(tzinfo=None)
            aware = local.replace(tzinfo=tz)
            try:
                back = aware.astimezone(UTC)
            except (OverflowError, ValueError):
                raise ItemError(at_line(p.line, _("{name} {value} is out of range").format(
                    name=p.name, value=repr(p.value)))) from None
            return back, name
        if value.tzinfo is not None:
            return value.astimezone(UTC), "UTC"
        return value, None  # floating: the caller places it

    def to_utc(self, p: Prop, value, zone_name: str) -> datetime | date:
        got, _zone = self.instant(p, value)
        if isinstance(got, datetime) and got.tzinfo is None:
            from qistdesk.domain.recurrence import wall_to_utc

            return wall_to_utc(got, zone_name)
        return got


def day_start(day: date, wall: datetime | None, zone_name: str) -> datetime:
    """The instant of a date in the series: its local midnight, or the series' wall time that day."""
    from qistdesk.domain.recurrence import wall_to_utc

    t = wall.time() if wall is not None else datetime.min.time()
    return wall_to_utc(datetime.combine(day, t), zone_name)


def text_of(comp: Component, name: str) -> str:
    p = comp.first(name)
    return decode_exact(unescape_text(p.value), p.params) if p is not None else ""


def content_uid(comp: Component) -> str:
    """A stable UID for an event that has none (Outlook CDO): a hash of what identifies it."""
    basis = "\n".join(f"{n}:{comp.value(n).strip()}" for n in ("DTSTART", "DTEND", "DURATION", "SUMMARY",
                                                               "LOCATION", "RRULE", "ORGANIZER"))
    return "qd-" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32] + "@import.qistdesk"


def map_event(comp: Component, resolver: ZoneResolver, default_kind: str) -> ImportItem:
    """A master VEVENT -> :class:`ImportItem` (overrides are added by :func:`map_override`)."""
    uid = comp.value("UID").strip()
    item = ImportItem(uid=uid, line=comp.line)
    if not uid:
        item.uid = content_uid(comp)
        item.warnings.append(at_line(comp.line, _("the event has no UID; it was given one from its content "
                                                  "({uid}), so importing the file again updates it").format(uid=item.uid)))
    _texts(comp, item, default_kind)
    values = _values(comp)
    times = Times(resolver, item)
    if "DTSTAMP" in values:
        p, v = values["DTSTAMP"][0]
        got, _zone = times.instant(p, v)
        item.dtstamp = got if isinstance(got, datetime) and got.tzinfo else None
    if "DTSTART" not in values:
        raise ItemError(at_line(comp.line, _("the event {title} has no start (DTSTART) that can be read").format(
            title=repr(item.title))))
    start_prop, start_value = values["DTSTART"][0]
    start, tz_name = times.instant(start_prop, start_value)
    item.all_day = not isinstance(start, datetime)
    if isinstance(start, datetime) and start.tzinfo is None:
        item.timezone = resolver.floating_zone
        item.warnings.append(at_line(start_prop.line, _("the start has no time zone (a floating time); it was "
                                                        "placed in {zone}").format(zone=item.timezone)))
    else:
        item.timezone = tz_name or resolver.floating_zone
    item.start_utc = times.to_utc(start_prop, start_value, item.timezone)
    if item.all_day:
        item.start_utc = day_start(start, None, item.timezone)
    if "DTEND" in values:
        p, v = values["DTEND"][0]
        end = times.to_utc(p, v, item.timezone)
        item.end_utc = day_start(end, None, item.timezone) if not isinstance(end, datetime) else end
    elif "DURATION" in values:
        p, v = values["DURATION"][0]
        if not isinstance(v, timedelta) or abs(v) > _LONGEST:
            raise ItemError(at_line(p.line, _("DURATION {value} is not a length an event can have").format(
                value=repr(p.value))))
        item.end_utc = item.start_utc + v
    else:
        item.end_utc = item.start_utc + (timedelta(days=1) if item.all_day else timedelta(0))
    if item.end_utc - item.start_utc > _LONGEST:
        raise ItemError(at_line(start_prop.line, _("the event lasts more than ten years; it was left out")))
    if item.end_utc <= item.start_utc:
        item.warnings.append(at_line(start_prop.line, _("the event has no length; it was given one hour")))
        item.end_utc = item.start_utc + timedelta(hours=1)
    _recurrence(comp, values, times, item)
    if item.timezone == "UTC" and item.rule is None and not item.rdates and tz_name == "UTC" \
            and resolver.floating_zone != "UTC":
        # One instant, written in UTC (Google does so): shown in the calendar's or the office's zone.
        # A series keeps UTC: its dates repeat in the zone it was written in.
        item.timezone = resolver.floating_zone
    return item


def _texts(comp: Component, item: ImportItem, default_kind: str) -> None:
    title = text_of(comp, "SUMMARY") or "(no title)"
    if len(title) > TITLE_MAX:
        item.warnings.append(at_line(comp.first("SUMMARY").line, _(
            "the title has {n} characters; only the first {limit} were kept").format(n=f"{len(title):,}", limit=TITLE_MAX)))
        title = title[:TITLE_MAX]
    item.title = title
    item.description = text_of(comp, "DESCRIPTION")
    item.location = text_of(comp, "LOCATION")
    item.url = comp.value("URL").strip()
    for join in join_online_words():  # the link line the app writes, in either language
        if item.url and item.description.endswith(f"{join}{item.url}"):
            cut = item.description[: -len(f"{join}{item.url}")]
            item.description = cut[:-2] if cut.endswith("\n\n") else cut
            break
    categories = unescape_text(comp.value("CATEGORIES")).lower().split(",")
    item.kind = next((c.strip() for c in categories if c.strip() in KINDS), default_kind)
    item.status = comp.value("STATUS").strip().upper()
    seq = comp.first("SEQUENCE")
    if seq is not None:
        try:
            item.sequence = max(0, int(seq.value.strip() or 0))
        except ValueError:
            item.warnings.append(at_line(seq.line, _("SEQUENCE is not a number; 0 used")))


def _recurrence(comp: Component, values: dict, times: Times, item: ImportItem) -> None:
    rrules = comp.all("RRULE")
    if len(rrules) > 1:
        item.warnings.append(at_line(rrules[1].line, _("a second RRULE (deprecated in RFC 5545) was left out")))
    wall = item.start_utc.astimezone(zone(item.timezone)).replace(tzinfo=None) if not item.all_day else None
    for p, dts in values.get("RDATE", []):
        for v in dts:
            got = times.to_utc(p, v, item.timezone)
            item.rdates.append(got if isinstance(got, datetime) else day_start(got, wall, item.timezone))
    if rrules:
        text = rrules[0].value.strip().upper()
        try:
            item.rule = parse_rule(text, item.start_utc, item.timezone)
            item.rule_text = text
        except RuleError as exc:
            raise ItemError(at_line(rrules[0].line, str(exc))) from None
    if item.rule is None and not item.rdates:
        return
    item.kind = "seminar"
    for p, dts in values.get("EXDATE", []):
        for v in dts:
            got = times.to_utc(p, v, item.timezone)
            if isinstance(got, datetime) and not item.all_day:
                item.exdates.append(got)
            elif isinstance(got, datetime):  # a DATE-TIME EXDATE on an all-day series
                item.exdays.append(got.astimezone(zone(item.timezone)).date())
            elif item.all_day:
                item.exdates.append(day_start(got, None, item.timezone))
            else:  # a DATE EXDATE on a timed series: that day's date of the series
                item.exdays.append(got)


def map_override(comp: Component, resolver: ZoneResolver, master: ImportItem) -> Override:
    values = _values(comp)
    times = Times(resolver, master)
    p, v = values["RECURRENCE-ID"][0]
    if p.params.get("RANGE", "").upper() == "THISANDFUTURE":
        master.warnings.append(at_line(p.line, _("RANGE=THISANDFUTURE is read as a change of this one date")))
    got = times.to_utc(p, v, master.timezone)
    if isinstance(got, datetime) == (not master.all_day):
        ov = Override(got if isinstance(got, datetime) else day_start(got, None, master.timezone), line=comp.line)
    else:
        day = got.astimezone(zone(master.timezone)).date() if isinstance(got, datetime) else got
        ov = Override(None, original_day=day, line=comp.line)
    if comp.value("STATUS").strip().upper() == "CANCELLED":
        ov.cancelled = True
        return ov
    if "DTSTART" in values:
        sp, sv = values["DTSTART"][0]
        start = times.to_utc(sp, sv, master.timezone)
        ov.start_utc = start if isinstance(start, datetime) else day_start(start, None, master.timezone)
        if "DTEND" in values:
            ep, evalue = values["DTEND"][0]
            end = times.to_utc(ep, evalue, master.timezone)
            ov.end_utc = end if isinstance(end, datetime) else day_start(end, None, master.timezone)
        elif "DURATION" in values and isinstance(values["DURATION"][0][1], timedelta):
            ov.end_utc = ov.start_utc + values["DURATION"][0][1]
        else:
            ov.end_utc = ov.start_utc + (master.end_utc - master.start_utc)
        if ov.end_utc <= ov.start_utc:
            ov.end_utc = ov.start_utc + (master.end_utc - master.start_utc)
    summary = text_of(comp, "SUMMARY")
    if summary and summary != master.title:
        # The app writes a date's topic as "Series: topic" (see build.date_texts).
        ov.topic = summary.removeprefix(f"{master.title}: ")[:300]
    description = text_of(comp, "DESCRIPTION")
    if description and description != master.description:
        ov.description = description
    return ov
