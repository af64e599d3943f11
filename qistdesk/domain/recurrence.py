"""Seminar series rules: RFC 5545 recurrence (RRULE, RDATE), expanded with dateutil.

A rule is kept as it was written (any FREQ, BYDAY lists and ordinals, BYSETPOS,
YEARLY, open-ended) and expanded with :mod:`dateutil.rrule` in the event's own
zone, so "every other Thursday at 16:00 Copenhagen" stays at 16:00 local across
daylight-saving changes while the UTC instant moves, and a series written in UTC
stays in UTC. A wall-clock time that falls in a DST gap is moved forward by the
length of the gap, as RFC 5545 (3.3.5) says; the caller is told which dates moved.

The app's editor offers simple rules (weekly, fortnightly, monthly, daily, with a
COUNT or an UNTIL date): those are :class:`SeriesRule` objects without ``text``
and are written back canonically. Every other rule keeps its own ``text``.

:func:`parse_rule` is the one validation of a series rule (the command line, the
editor, calendar import and the JSON document all go through it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from qistdesk.messages import _, current_language
from qistdesk.timezones import UTC, utc_to_local, zone

#: Dates stored as rows (each can carry a speaker, a topic, a move, a cancellation). A longer or
#: open-ended series keeps its rule; its later dates are computed (see :func:`expand`).
MAX_DATES = 1000
#: Rows are stored this far ahead of the first date (open-ended series).
HORIZON_YEARS = 3
MAX_COUNT = 100_000
MAX_INTERVAL = 1000
MAX_TEXT = 300

_FREQS = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY")
_ALLOWED_FREQS = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
_DAY_WORDS = dict(zip(_DAYS, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_KNOWN = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY",
          "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST"}


class RuleError(ValueError):
    """A series rule that cannot be used."""


@dataclass(frozen=True)
class SeriesRule:
    freq: str  # DAILY | WEEKLY | MONTHLY | YEARLY
    interval: int = 1
    count: int | None = None
    until: date | None = None  # last local date included
    #: The RRULE as written (upper case, no "RRULE:") for rules beyond the simple choices; "" for those.
    text: str = field(default="", compare=True)

    @classmethod
    def weekly(cls, interval: int = 1, *, count: int | None = None, until: date | None = None) -> "SeriesRule":
        return cls("WEEKLY", interval, count, until)

    @classmethod
    def monthly(cls, *, count: int | None = None, until: date | None = None) -> "SeriesRule":
        return cls("MONTHLY", 1, count, until)

    @property
    def is_simple(self) -> bool:
        """One of the editor's choices (weekly, fortnightly, monthly, daily; a count or a last date)."""
        return not self.text

    @property
    def open_ended(self) -> bool:
        return self.count is None and self.until is None

    def parts(self) -> dict[str, str]:
        return _split(self.text) if self.text else {}

    def describe(self, lang: str | None = None) -> str:
        """The rule in words: "Fortnightly until 2027-05-27", "Every weekday, 15 times"; in ``lang``
        ("da": "Hver anden uge til og med 27. maj 2027"), by default the app's (qistdesk.messages)."""
        if (lang or current_language()) == "da":
            from qistdesk.domain.recurrence_words import describe_da

            return describe_da(self)
        if not self.text:
            unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}[self.freq]
            every = {("WEEKLY", 1): "Weekly", ("WEEKLY", 2): "Fortnightly", ("MONTHLY", 1): "Monthly",
                     ("DAILY", 1): "Daily", ("YEARLY", 1): "Yearly"}.get((self.freq, self.interval),
                                                                        f"Every {self.interval} {unit}s")
            return every + self._end_words(", {n} dates")
        return _describe(self.parts()) + self._end_words(", {n} times")

    def _end_words(self, count_form: str) -> str:
        if self.count:
            return count_form.format(n=self.count)
        if self.until:
            return f" until {self.until.isoformat()}"
        return ", no end"


def _split(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for chunk in text.strip().upper().removeprefix("RRULE:").split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        if not sep:
            raise RuleError(_("series rule part {part} is not KEY=VALUE").format(part=repr(chunk)))
        if key in parts:
            raise RuleError(_("series rule part {part} is given twice").format(part=key))
        parts[key] = value
    return parts


def _ordinal(n: int) -> str:
    if n == -1:
        return "last"
    if n < 0:
        return f"{_ordinal(-n)} to last"
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


def _days_words(byday: str) -> str:
    days = byday.split(",")
    if sorted(days) == sorted(_DAYS[:5]):
        return "weekday"
    words = []
    for d in days:
        n, name = d[:-2], d[-2:]
        words.append(f"{_ordinal(int(n))} {_DAY_WORDS[name]}" if n else _DAY_WORDS[name])
    return " and ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else words[0]


def rule_shape(p: dict[str, str]) -> str:
    """Which phrase a rule read from a file is said with, in any language: "setpos" (the last
    weekday of every month), "days" (every Monday and Wednesday), "byday" (every month on the
    second Tuesday), "monthday" (every month on day 15), "plain" (every second week), or "rule"
    (parts no phrase says, such as BYHOUR: the rule is shown as it is)."""
    if any(k not in ("FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS")
           for k in p):
        return "rule"
    if "BYDAY" in p:
        return "setpos" if "BYSETPOS" in p else "days" if p.get("FREQ") in ("DAILY", "WEEKLY") else "byday"
    return "monthday" if "BYMONTHDAY" in p else "plain"


def _describe(p: dict[str, str]) -> str:
    freq, interval = p.get("FREQ", ""), int(p.get("INTERVAL", "1") or 1)
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}.get(freq, freq.lower())
    shape = rule_shape(p)
    if shape == "rule":
        return f"Rule {';'.join(f'{k}={v}' for k, v in p.items() if k not in ('COUNT', 'UNTIL'))}"
    head = "Every" if interval == 1 else f"Every {_ordinal(interval) if interval <= 5 else f'{interval}th'}"
    if shape == "setpos":
        pos = [_ordinal(int(x)) for x in p["BYSETPOS"].split(",")]
        text = f"The {' and '.join(pos)} of {_days_words(p['BYDAY']).replace('weekday', 'the weekdays')}"
        return text + f" of every {unit}" + ("" if interval == 1 else f" (every {interval} {unit}s)")
    if shape == "days":
        days = _days_words(p["BYDAY"])
        text = f"Every {days}" if interval == 1 else f"{days.capitalize()}s, every {interval} weeks"
    elif shape == "byday":
        text = f"{head} {unit} on the {_days_words(p['BYDAY'])}"
    elif shape == "monthday":
        text = f"{head} {unit} on day {p['BYMONTHDAY'].replace(',', ', ')}"
    else:
        text = f"{head} {unit}" if interval <= 5 else f"Every {interval} {unit}s"
        text = {"Every day": "Daily", "Every week": "Weekly", "Every month": "Monthly",
                "Every year": "Yearly", "Every second week": "Fortnightly"}.get(text, text)
    if "BYMONTH" in p:
        text += " in " + ", ".join(_MONTHS[int(m) - 1] for m in p["BYMONTH"].split(","))
    return text


def parse_rule(text: str, first_start_utc: datetime | None = None, zone_name: str | None = None, *,
               exact: bool = True) -> SeriesRule:
    """Check an RRULE value (``FREQ=WEEKLY;BYDAY=MO,TU;COUNT=15``) and return it as a :class:`SeriesRule`.

    Any RFC 5545 rule with FREQ DAILY or slower is accepted; HOURLY and finer rules are refused
    (a seminar does not repeat within a day), as are rules too long to store, a COUNT or INTERVAL
    beyond sane bounds, and text that is not a rule. With the series' first start and zone, a rule
    is "simple" (no ``text``) only when it is exactly what :func:`format_rule` writes for it.
    ``exact=False`` (a rule typed by a user: ``FREQ=WEEKLY;UNTIL=20270527``) makes every simple
    rule canonical, its UNTIL a last local date.
    """
    if not text or not text.strip():
        raise RuleError(_("the series rule is empty"))
    parts = _split(text)
    if len(text) > MAX_TEXT:
        raise RuleError(_("the series rule is longer than {n} characters").format(n=MAX_TEXT))
    unknown = sorted(k for k in parts if k not in _KNOWN and not k.startswith("X-"))
    if unknown:
        raise RuleError(_("series rule part(s) not supported: {parts}").format(parts=", ".join(unknown)))
    freq = parts.get("FREQ", "")
    if freq not in _FREQS:
        raise RuleError(_("series rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (got {value})").format(
            value=repr(freq or _("nothing"))))
    if freq not in _ALLOWED_FREQS:
        raise RuleError(_("FREQ={freq} is not a series of seminars: use DAILY, WEEKLY, MONTHLY or YEARLY").format(
            freq=freq))
    try:
        interval = int(parts.get("INTERVAL", "1"))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
    except ValueError:
        raise RuleError(_("INTERVAL and COUNT must be whole numbers")) from None
    if not 1 <= interval <= MAX_INTERVAL:
        raise RuleError(_("INTERVAL must be between 1 and {n}").format(n=MAX_INTERVAL))
    if count is not None and not 1 <= count <= MAX_COUNT:
        raise RuleError(_("COUNT must be between 1 and {n}").format(n=f"{MAX_COUNT:,}"))
    if count is not None and "UNTIL" in parts:
        raise RuleError(_("a series rule has COUNT or UNTIL, not both"))
    until = None
    if "UNTIL" in parts:
        until = _until_date(parts["UNTIL"])
    _check_by_parts(parts)
    written = ";".join(f"{k}={v}" for k, v in parts.items())
    if _simple(parts) is not None and (count is not None or until is not None):
        candidate = SeriesRule(freq, interval, count, until)
        typed = not exact and len(parts.get("UNTIL", "")) in (0, 8)  # COUNT or a bare last date
        if (typed or first_start_utc is None or zone_name is None
                or format_rule(candidate, first_start_utc, zone_name) == written):
            return candidate
    return SeriesRule(freq, interval, count, until, written)


def _until_date(raw: str) -> date:
    try:
        return datetime.strptime(raw[:8], "%Y%m%d").date()
    except ValueError:
        raise RuleError(_("UNTIL={value} is not a date like 20270527").format(value=raw)) from None


def _check_by_parts(parts: dict[str, str]) -> None:
    from dateutil.rrule import rrulestr

    probe = ";".join(f"{k}={v}" for k, v in parts.items() if k not in ("UNTIL", "COUNT") and not k.startswith("X-"))
    try:
        rrulestr(probe, dtstart=datetime(2000, 1, 1))
    except (ValueError, KeyError, TypeError, OverflowError) as exc:
        raise RuleError(_("the series rule {rule} is not a valid RRULE ({reason})").format(
            rule=repr(probe), reason=exc or _("bad value"))) from None
    if "WKST" in parts and parts["WKST"] not in _DAYS:
        raise RuleError(_("WKST={value} is not a weekday").format(value=parts["WKST"]))


def _simple(parts: dict[str, str]) -> bool | None:
    """True when the rule is one of the editor's choices (a BYDAY of one plain weekday is the start's)."""
    freq = parts["FREQ"]
    rest = {k: v for k, v in parts.items() if k not in ("FREQ", "INTERVAL", "COUNT", "UNTIL")}
    if rest.get("WKST") in ("MO", None) or freq != "WEEKLY":
        rest.pop("WKST", None)
    interval = int(parts.get("INTERVAL", "1"))
    if freq == "WEEKLY" and set(rest) <= {"BYDAY"} and interval <= 52 and rest.get("BYDAY", "MO") in _DAYS:
        return True  # parse_rule checks it against the first date
    if freq in ("DAILY", "MONTHLY") and not rest and interval <= 52:
        return True
    return None


def format_rule(rule: SeriesRule, first_start_utc: datetime, zone_name: str) -> str:
    """The RRULE text stored on the event and written to calendars.

    A rule read from a file is written as it came. A simple rule gets its BYDAY from the first
    date and its UNTIL as a UTC instant at the end of the last local day's start time, as RFC
    5545 requires when DTSTART has a TZID.
    """
    if rule.text:
        return rule.text
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


def _rrule(rule: SeriesRule, local_first: datetime, zone_name: str):
    """dateutil's rrule for ``rule``, on naive wall-clock times of the event's zone."""
    from dateutil.rrule import rrulestr

    parts = rule.parts() if rule.text else _split(format_rule(rule, local_first.astimezone(UTC), zone_name))
    parts = {k: v for k, v in parts.items() if not k.startswith("X-")}
    if "UNTIL" in parts:
        raw = parts.pop("UNTIL")
        if raw.endswith("Z") and len(raw) >= 15:
            instant = datetime.strptime(raw[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            until_local = utc_to_local(instant, zone_name).replace(tzinfo=None)
        elif len(raw) >= 15:
            until_local = datetime.strptime(raw[:15], "%Y%m%dT%H%M%S")
        else:  # a DATE: its midnight, as ical.js and libical read it (on a timed series RFC 5545
            # wants a DATE-TIME; the app never writes that mix)
            until_local = datetime.combine(_until_date(raw), time(0))
        parts["UNTIL"] = until_local.strftime("%Y%m%dT%H%M%S")
    text = ";".join(f"{k}={v}" for k, v in parts.items())
    try:
        return rrulestr(text, dtstart=local_first.replace(tzinfo=None, fold=0))
    except (ValueError, KeyError, TypeError, OverflowError) as exc:
        raise RuleError(_("the series rule {rule} is not a valid RRULE ({reason})").format(
            rule=repr(text), reason=exc)) from None


def wall_to_utc(naive: datetime, zone_name: str, shifted: list | None = None) -> datetime:
    """A wall-clock time of ``zone_name`` as UTC; a time in a DST gap moves forward by the gap
    (RFC 5545 3.3.5) and is noted in ``shifted``; of a doubled time the first is taken."""
    tz = zone(zone_name)
    aware = naive.replace(tzinfo=tz, fold=0)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != naive:  # in a gap: fold=0 reads it with the offset before the change, i.e. the gap is added
        moved = aware.astimezone(UTC)
        if shifted is not None:
            shifted.append((naive, utc_to_local(moved, zone_name).replace(tzinfo=None)))
        return moved
    return aware.astimezone(UTC)


def expand(rule: SeriesRule, first_start_utc: datetime, zone_name: str, *, rdates=(), until_utc=None,
           limit: int | None = MAX_DATES, shifted: list | None = None) -> list[datetime]:
    """Start instants (UTC, sorted) of a series: the first date, the rule's dates and ``rdates``.

    ``until_utc`` stops an open-ended or long series; ``limit`` caps the number of dates (None: no
    cap, then give ``until_utc``). Dates in a DST gap move forward by the gap and are listed in
    ``shifted`` as (wall time asked, wall time used).
    """
    local_first = utc_to_local(first_start_utc, zone_name)
    rr = _rrule(rule, local_first, zone_name)
    local_stop = utc_to_local(until_utc, zone_name).replace(tzinfo=None) if until_utc is not None else None
    starts: set[datetime] = {first_start_utc}
    dates = iter(rr)
    if rule.count:  # COUNT counts DTSTART, also when the rule would not give it (as ical.js, libical)
        head = next(iter(rr), None)
        if head != local_first.replace(tzinfo=None, fold=0):
            from itertools import islice

            dates = islice(rr, rule.count - 1)
    n = 0
    for naive in dates:
        if local_stop is not None and naive > local_stop:
            break
        starts.add(wall_to_utc(naive, zone_name, shifted))
        n += 1
        if limit is not None and n >= limit:
            break
        if local_stop is None and limit is None:
            raise RuleError(_("an open-ended series needs a window to expand in"))
    for extra in rdates:
        if until_utc is None or extra <= until_utc:
            starts.add(extra)
    out = sorted(starts)
    return out[:limit] if limit is not None else out


def first_date_check(rule: SeriesRule, first_start_utc: datetime, zone_name: str) -> None:
    """Refuse a rule that gives no date within ten years of its start (an impossible BY part)."""
    local_first = utc_to_local(first_start_utc, zone_name).replace(tzinfo=None)
    rr = _rrule(rule, utc_to_local(first_start_utc, zone_name), zone_name)
    if rr.after(local_first - timedelta(seconds=1), inc=True) is None or not rr.between(
            local_first - timedelta(seconds=1), local_first + timedelta(days=3660), inc=True, count=1):
        raise RuleError(_("the series rule {rule} gives no date in the ten years after {day}").format(
            rule=format_rule(rule, first_start_utc, zone_name), day=local_first.date().isoformat()))
