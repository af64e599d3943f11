"""Seminar series rules: a small, safe subset of RFC 5545 RRULE.

Series are expanded in the event's own zone, so "every other Thursday at
16:00 Copenhagen" stays at 16:00 local across daylight-saving changes while
the UTC instant moves. Supported: FREQ=WEEKLY|MONTHLY|DAILY, INTERVAL,
COUNT or UNTIL, BYDAY (weekly), BYMONTHDAY (monthly).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from qistdesk.timezones import UTC, TimeZoneError, local_to_utc, utc_to_local

MAX_DATES = 500

_FREQS = {"DAILY", "WEEKLY", "MONTHLY"}
_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class RuleError(ValueError):
    """A series rule that cannot be used."""


@dataclass(frozen=True)
class SeriesRule:
    freq: str  # DAILY | WEEKLY | MONTHLY
    interval: int = 1
    count: int | None = None
    until: date | None = None  # last local date included

    @classmethod
    def weekly(cls, interval: int = 1, *, count: int | None = None, until: date | None = None) -> "SeriesRule":
        return cls("WEEKLY", interval, count, until)

    @classmethod
    def monthly(cls, *, count: int | None = None, until: date | None = None) -> "SeriesRule":
        return cls("MONTHLY", 1, count, until)

    def describe(self) -> str:
        unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month"}[self.freq]
        every = {("WEEKLY", 1): "Weekly", ("WEEKLY", 2): "Fortnightly", ("MONTHLY", 1): "Monthly",
                 ("DAILY", 1): "Daily"}.get((self.freq, self.interval), f"Every {self.interval} {unit}s")
        if self.count:
            return f"{every}, {self.count} dates"
        if self.until:
            return f"{every} until {self.until.isoformat()}"
        return every


def parse_rule(text: str) -> SeriesRule:
    """Parse an RRULE value such as ``FREQ=WEEKLY;INTERVAL=2;UNTIL=20270527``."""
    if not text or not text.strip():
        raise RuleError("the series rule is empty")
    parts: dict[str, str] = {}
    for chunk in text.strip().removeprefix("RRULE:").split(";"):
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        if not sep:
            raise RuleError(f"series rule part {chunk!r} is not KEY=VALUE")
        parts[key.upper()] = value.upper()
    freq = parts.pop("FREQ", "")
    if freq not in _FREQS:
        raise RuleError(f"series rule needs FREQ=WEEKLY, MONTHLY or DAILY (got {freq or 'nothing'!r})")
    try:
        interval = int(parts.pop("INTERVAL", "1"))
        count = int(parts.pop("COUNT")) if "COUNT" in parts else None
    except ValueError:
        raise RuleError("INTERVAL and COUNT must be whole numbers") from None
    until = None
    if "UNTIL" in parts:
        raw = parts.pop("UNTIL")
        try:
            until = datetime.strptime(raw[:8], "%Y%m%d").date()
        except ValueError:
            raise RuleError(f"UNTIL={raw} is not a date like 20270527") from None
    parts.pop("WKST", None)
    parts.pop("BYDAY", None)  # the weekday always follows the first date
    parts.pop("BYMONTHDAY", None)
    if parts:
        raise RuleError(f"series rule part(s) not supported: {', '.join(sorted(parts))}")
    if interval < 1 or interval > 52:
        raise RuleError("INTERVAL must be between 1 and 52")
    if count is not None and not 1 <= count <= MAX_DATES:
        raise RuleError(f"COUNT must be between 1 and {MAX_DATES}")
    if count is not None and until is not None:
        raise RuleError("a series rule has COUNT or UNTIL, not both")
    if count is None and until is None:
        raise RuleError("a series needs an end: COUNT (a number of dates) or UNTIL (a last date)")
    return SeriesRule(freq, interval, count, until)


def format_rule(rule: SeriesRule, first_start_utc: datetime, zone_name: str) -> str:
    """The RRULE text stored on the event and written to calendars.

    UNTIL is written as a UTC instant at the end of the last local day, as
    RFC 5545 requires when DTSTART has a TZID.
    """
    text = f"FREQ={rule.freq}"
    if rule.interval != 1:
        text += f";INTERVAL={rule.interval}"
    if rule.freq == "WEEKLY":
        text += ";BYDAY=" + _DAYS[utc_to_local(first_start_utc, zone_name).weekday()]
    if rule.count:
        text += f";COUNT={rule.count}"
    elif rule.until:
        local_start = utc_to_local(first_start_utc, zone_name)
        end_local = datetime.combine(rule.until, local_start.time()).replace(tzinfo=local_start.tzinfo)
        text += ";UNTIL=" + end_local.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return text


def expand(rule: SeriesRule, first_start_utc: datetime, zone_name: str) -> list[datetime]:
    """All start instants (UTC) of a series, the first one included.

    A date whose wall-clock time falls in a DST gap or fold is refused, so a
    series never silently slips by an hour.
    """
    local_first = utc_to_local(first_start_utc, zone_name)
    wall: time = local_first.time().replace(tzinfo=None)
    starts: list[datetime] = []
    for day in _local_days(rule, local_first.date()):
        try:
            starts.append(local_to_utc(datetime.combine(day, wall), zone_name))
        except TimeZoneError as exc:
            raise RuleError(f"series date {day.isoformat()}: {exc}") from None
        if len(starts) > MAX_DATES:
            raise RuleError(f"a series may have at most {MAX_DATES} dates")
    return starts


def _local_days(rule: SeriesRule, first: date):
    """Local dates of the series; COUNT counts dates that exist (RFC 5545)."""
    emitted = 0
    for n in range(MAX_DATES * 2 + 1):
        if rule.freq == "DAILY":
            day = first + timedelta(days=n * rule.interval)
        elif rule.freq == "WEEKLY":
            day = first + timedelta(weeks=n * rule.interval)
        else:
            day = _add_months(first, n * rule.interval)
            if day is None:  # e.g. the 31st in a short month: RFC 5545 skips it
                continue
        if rule.count is not None and emitted >= rule.count:
            return
        if rule.until is not None and day > rule.until:
            return
        yield day
        emitted += 1


def _add_months(day: date, months: int) -> date | None:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    try:
        return date(year, month, day.day)
    except ValueError:
        return None
