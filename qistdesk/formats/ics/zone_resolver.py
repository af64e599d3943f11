"""Time zones of an imported calendar: which IANA zone each TZID means.

In this order: a TZID that is an IANA, Windows (icalendar's CLDR table) or legacy name; otherwise
the file's own VTIMEZONE (read by icalendar), mapped to the IANA zone with the same UTC offsets on
every day of the file's span of years. Never a silent UTC: a zone that matches nothing leaves its
event out with a message naming the line. Pure translation: no database, no services.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from qistdesk.formats.ics.reader import Component, Prop
from qistdesk.formats.ics.text import param_value
from qistdesk.messages import _, at_line
from qistdesk.timezones import to_iana, zone

UTC = timezone.utc


class ItemError(ValueError):
    """One event of the file cannot be imported; the message names the line."""


class ZoneResolver:
    """TZID -> (IANA name to store, tzinfo giving the file's instants), once per TZID."""

    def __init__(self, root: Component, default_zone: str, span: tuple[int, int] | None = None):
        self.default = default_zone
        wr = root.value("X-WR-TIMEZONE").strip()
        self.calendar_zone = to_iana(wr) if wr else None
        self.vtimezones = {c.value("TZID").strip().strip('"'): c for c in root.sub("VTIMEZONE")}
        self.span = span or (2000, 2040)
        self._cache: dict[str, tuple[str, tzinfo, str]] = {}

    @property
    def floating_zone(self) -> str:
        return self.calendar_zone or self.default

    def resolve(self, tzid: str, line: int) -> tuple[str, tzinfo, str]:
        """(IANA name, tzinfo, a note for the preview when the name was mapped from a VTIMEZONE)."""
        tzid = tzid.strip().strip('"')
        if tzid in self._cache:
            return self._cache[tzid]
        iana = to_iana(tzid)
        if iana and ("/" in tzid or tzid in ("UTC", "GMT") or tzid not in self.vtimezones
                     or _is_windows(tzid)):
            result = (iana, zone(iana), "")
        elif tzid in self.vtimezones:
            tz = _vtimezone_tz(self.vtimezones[tzid], tzid)
            name = match_zone(tz, self.span, [self.calendar_zone, self.default, iana])
            if name is None:
                raise ItemError(at_line(line, _("the time zone {tzid} of this file matches no known zone over "
                                                "{first}–{last}; the event was left out").format(
                    tzid=repr(tzid), first=self.span[0], last=self.span[1])))
            result = (name, tz, f"{tzid} read as {name}")
        else:
            raise ItemError(at_line(line, _("unknown time zone {tzid} and no VTIMEZONE for it in the file").format(
                tzid=repr(tzid))))
        self._cache[tzid] = result
        return result


def _is_windows(tzid: str) -> bool:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return tzid in WINDOWS_TO_OLSON


def _vtimezone_tz(comp: Component, tzid: str) -> tzinfo:
    from icalendar import Timezone

    lines = ["BEGIN:VTIMEZONE"] + [prop_line(p) for p in comp.props]
    for child in comp.children:
        props = [prop_line(p) for p in child.props]
        props = [p[:-9] + "T000000" if p.startswith("DTSTART") and len(p.rsplit(":", 1)[1]) == 8 else p
                 for p in props]  # Evolution writes a DATE here
        lines += [f"BEGIN:{child.name}", *props, f"END:{child.name}"]
    lines.append("END:VTIMEZONE")
    try:
        return Timezone.from_ical("\r\n".join(lines) + "\r\n").to_tz()
    except Exception as exc:  # icalendar raises ValueError, KeyError, ...: any of them means a broken zone
        raise ItemError(at_line(comp.line, _("the VTIMEZONE {tzid} cannot be read ({reason})").format(
            tzid=repr(tzid), reason=exc))) from None


def _probes(span: tuple[int, int]) -> list[datetime]:
    out = []
    day = datetime(span[0], 1, 1, 12, tzinfo=UTC)
    end = datetime(span[1], 12, 31, 12, tzinfo=UTC)
    while day <= end:
        out.append(day)
        day += timedelta(days=1)
    return out


@lru_cache(maxsize=8)
def _zone_offsets(span: tuple[int, int]) -> dict[str, tuple]:
    probes = _probes(span)
    table = {}
    for name in sorted(available_timezones()):
        try:
            tz = ZoneInfo(name)
        except Exception:  # noqa: BLE001 - a broken tzdata entry is just not a candidate
            continue
        table[name] = tuple(p.astimezone(tz).utcoffset() for p in probes)
    return table


def match_zone(tz: tzinfo, span: tuple[int, int], preferred: list[str | None]) -> str | None:
    """The IANA zone whose UTC offsets equal ``tz``'s on every day (noon UTC) of ``span``'s years.

    Preferred names (the calendar's zone, the office zone) win among equals; then canonical
    "Area/City" names in alphabetical order.
    """
    probes = _probes(span)
    try:
        want = tuple(p.astimezone(tz).utcoffset() for p in probes)
    except (ValueError, OverflowError, TypeError):
        return None
    for name in [*preferred, *_common_zones()]:  # the zones people use most before rare equals
        if name:
            try:
                if tuple(p.astimezone(zone(name)).utcoffset() for p in probes) == want:
                    return name
            except Exception:  # noqa: BLE001
                continue
    found = {n for n, offsets in _zone_offsets(span).items() if offsets == want}
    canonical = sorted(n for n in found if "/" in n
                       and not n.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")))
    return (canonical or sorted(found) or [None])[0]


@lru_cache(maxsize=1)
def _common_zones() -> tuple[str, ...]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    from qistdesk.timezones import WINDOWS_ZONES

    return tuple(dict.fromkeys([*WINDOWS_ZONES.values(), *WINDOWS_TO_OLSON.values()]))


def prop_line(p: Prop) -> str:
    params = "".join(f";{k}={param_value(v)}" for k, v in p.params.items())
    return f"{p.name}{params}:{p.value}"
