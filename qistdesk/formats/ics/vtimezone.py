"""VTIMEZONE components built from the system's zoneinfo, with RRULE parts.

Why not icalendar's ``add_missing_timezones()``: it writes each zone's changes
as one comma-separated RDATE list, and Mozilla's ical.js (Thunderbird) reads
only the first date of such a list, so most events land an hour off. Here the
transitions of the years a file spans are found in zoneinfo, grouped into
yearly rules (``BYMONTH=3;BYDAY=-1SU``) and written as one STANDARD and one
DAYLIGHT part per rule, which every client understands.

The span starts a year early, so times in January are covered by the previous
autumn's change, and the last rule has no UNTIL: it stays valid past the span.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from qistdesk.formats.ics.text import fmt_local, fmt_offset, fmt_utc, line
from qistdesk.timezones import zone

UTC = timezone.utc
_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@dataclass(frozen=True)
class Transition:
    at_utc: datetime
    offset_from: timedelta
    offset_to: timedelta
    is_dst: bool
    name: str

    @property
    def local_onset(self) -> datetime:
        """The onset as RFC 5545 wants it: wall-clock time in the old offset."""
        return (self.at_utc + self.offset_from).replace(tzinfo=None)


def _state(tz, instant: datetime) -> tuple[timedelta, timedelta, str]:
    local = instant.astimezone(tz)
    return local.utcoffset(), local.dst() or timedelta(0), local.tzname() or ""


def transitions(zone_name: str, first_year: int, last_year: int) -> list[Transition]:
    """Every offset change from ``first_year`` to ``last_year`` inclusive (a day scan, then bisection)."""
    tz = zone(zone_name)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    found: list[Transition] = []
    step = timedelta(hours=12)
    prev_t, prev = start, _state(tz, start)
    t = start + step
    while t <= end:
        cur = _state(tz, t)
        if cur[0] != prev[0] or cur[2] != prev[2]:
            lo, hi = prev_t, t
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid <= lo:
                    break
                if _state(tz, mid) == prev:
                    lo = mid
                else:
                    hi = mid
            after = _state(tz, hi)
            found.append(Transition(hi, prev[0], after[0], after[1] != timedelta(0), after[2]))
        prev_t, prev = t, cur
        t += step
    return found


def _specs(onset: datetime) -> set[str]:
    """BYDAY forms that hit this date: ``2SU`` and, in a month's last week, ``-1SU``."""
    wd = _DAYS[onset.weekday()]
    specs = {f"{(onset.day - 1) // 7 + 1}{wd}"}
    if onset.day + 7 > calendar.monthrange(onset.year, onset.month)[1]:
        specs.add(f"-1{wd}")
    return specs


@dataclass
class _Rule:
    first: Transition
    last: Transition
    specs: set[str]
    count: int


def _group(items: list[Transition]) -> list[_Rule]:
    rules: list[_Rule] = []
    for tr in items:
        onset = tr.local_onset
        if rules:
            r = rules[-1]
            prev = r.last.local_onset
            same = (onset.month == prev.month and onset.time() == prev.time() and onset.year == prev.year + 1
                    and tr.offset_from == r.last.offset_from and tr.offset_to == r.last.offset_to
                    and tr.name == r.last.name)
            common = r.specs & _specs(onset)
            if same and common:
                r.last, r.specs, r.count = tr, common, r.count + 1
                continue
        rules.append(_Rule(tr, tr, _specs(onset), 1))
    return rules


def _pick(specs: set[str]) -> str:
    """Prefer ``-1SU`` (EU style) when it fits every year, else the numbered week."""
    negative = [s for s in specs if s.startswith("-")]
    return negative[0] if negative else sorted(specs)[0]


@lru_cache(maxsize=256)
def vtimezone(zone_name: str, first_year: int, last_year: int) -> str:
    """The VTIMEZONE text for ``zone_name``, valid from ``first_year`` to ``last_year``."""
    tz = zone(zone_name)
    items = transitions(zone_name, first_year - 1, last_year)
    out = ["BEGIN:VTIMEZONE\r\n", line("TZID", zone_name)]
    if not items:
        offset, dst, name = _state(tz, datetime(first_year, 1, 1, tzinfo=UTC))
        kind = "DAYLIGHT" if dst else "STANDARD"
        out += [f"BEGIN:{kind}\r\n", f"DTSTART:{first_year - 1:04d}0101T000000\r\n",
                f"TZOFFSETFROM:{fmt_offset(offset)}\r\n", f"TZOFFSETTO:{fmt_offset(offset)}\r\n"]
        if name:
            out.append(line("TZNAME", name))
        out.append(f"END:{kind}\r\n")
        out.append("END:VTIMEZONE\r\n")
        return "".join(out)
    # The state in force when the span opens, as a plain onset, so every time in the span resolves.
    offset, dst, name = _state(tz, datetime(first_year - 1, 1, 1, tzinfo=UTC))
    opening = datetime(first_year - 1, 1, 1)
    parts = [(datetime(first_year - 1, 1, 1, tzinfo=UTC) - timedelta(days=1),
              _single("DAYLIGHT" if dst else "STANDARD", opening, offset, offset, name))]
    for is_dst in (False, True):
        rules = _group([t for t in items if t.is_dst == is_dst])
        for i, rule in enumerate(rules):
            open_ended = i == len(rules) - 1 and rule.count > 1 and rule.last.at_utc.year >= last_year
            parts.append((rule.first.at_utc, _part(rule, open_ended)))
    parts.sort(key=lambda p: p[0])
    out += [p[1] for p in parts]
    out.append("END:VTIMEZONE\r\n")
    return "".join(out)


def _part(rule: _Rule, open_ended: bool) -> str:
    tr = rule.first
    kind = "DAYLIGHT" if tr.is_dst else "STANDARD"
    if rule.count == 1 and not open_ended:
        return _single(kind, tr.local_onset, tr.offset_from, tr.offset_to, tr.name)
    onset = tr.local_onset
    rrule = f"FREQ=YEARLY;BYMONTH={onset.month};BYDAY={_pick(rule.specs)}"
    if not open_ended:
        rrule += f";UNTIL={fmt_utc(rule.last.at_utc)}"
    text = [f"BEGIN:{kind}\r\n", f"DTSTART:{fmt_local(onset)}\r\n", f"RRULE:{rrule}\r\n",
            f"TZOFFSETFROM:{fmt_offset(tr.offset_from)}\r\n", f"TZOFFSETTO:{fmt_offset(tr.offset_to)}\r\n"]
    if tr.name:
        text.append(line("TZNAME", tr.name))
    text.append(f"END:{kind}\r\n")
    return "".join(text)


def _single(kind: str, onset: datetime, offset_from: timedelta, offset_to: timedelta, name: str) -> str:
    text = [f"BEGIN:{kind}\r\n", f"DTSTART:{fmt_local(onset)}\r\n",
            f"TZOFFSETFROM:{fmt_offset(offset_from)}\r\n", f"TZOFFSETTO:{fmt_offset(offset_to)}\r\n"]
    if name:
        text.append(line("TZNAME", name))
    text.append(f"END:{kind}\r\n")
    return "".join(text)
