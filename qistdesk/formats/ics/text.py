"""Content lines of RFC 5545 written by hand: escaping, folding, parameters.

Why not icalendar's serialiser: it turns the two characters ``\\N`` of user
text (``C:\\Users\\Nina``) into a line break and a lone CR into LF, and it is
several times slower than the string work below. Everything here is pure
string handling, so the rules can be tested one by one.

Exactness: RFC 5545 text can carry ``\\ ; ,`` and newlines, but not CR or other
control characters. When a value has any of those, the standard value gets a
readable form (CR becomes a line break, other controls are dropped) and the
exact text rides along, base64-encoded, in the ``X-QISTDESK-EXACT`` parameter.
Other clients ignore the parameter; our importer uses it only while the
readable value still matches, so an edit made in another client wins.
"""

from __future__ import annotations

import base64
import re
from datetime import date, datetime, timedelta, timezone

UTC = timezone.utc
CRLF = "\r\n"
EXACT_PARAM = "X-QISTDESK-EXACT"

_CTL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_CTL_BUT_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEEDS_QUOTES = re.compile(r"[:;,]")


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11); newlines of any kind become ``\\n``."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    if _CTL.search(value):
        value = readable(value).replace("\n", "\\n")
    return value


def readable(value: str) -> str:
    """What a standard reader gets back from :func:`escape_text` (newlines as LF)."""
    if not _CTL.search(value):
        return value
    return _CTL_BUT_LF.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def unescape_text(value: str) -> str:
    """Inverse of :func:`escape_text`; ``\\N`` and ``\\n`` are newlines, unknown escapes kept."""
    if "\\" not in value:
        return value
    out, i, n = [], 0, len(value)
    while i < n:
        ch = value[i]
        if ch == "\\" and i + 1 < n:
            nxt = value[i + 1]
            if nxt in "nN":
                out.append("\n")
            elif nxt in "\\;,:\"":
                out.append(nxt)
            else:
                out.append("\\" + nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def exact_param(value: str) -> dict[str, str]:
    """The ``X-QISTDESK-EXACT`` parameter when the standard value cannot carry ``value``."""
    if not _CTL.search(value) or readable(value) == value:
        return {}
    return {EXACT_PARAM: base64.b64encode(value.encode("utf-8", "surrogatepass")).decode("ascii")}


def decode_exact(standard: str, params: dict[str, str]) -> str:
    """Prefer the exact text, but only while the standard value still matches it."""
    encoded = params.get(EXACT_PARAM)
    if not encoded:
        return standard
    try:
        exact = base64.b64decode(encoded, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return standard
    return exact if readable(exact) == standard else standard


def param_value(value: str) -> str:
    """A parameter value: RFC 6868 caret encoding, quoted when it holds ``: ; ,``."""
    value = str(value)
    if "^" in value or '"' in value or "\n" in value or "\r" in value:
        value = (value.replace("^", "^^").replace('"', "^'").replace("\r\n", "^n")
                 .replace("\n", "^n").replace("\r", "^n"))
    value = _CTL.sub("", value)
    return f'"{value}"' if _NEEDS_QUOTES.search(value) else value


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    if line.isascii():
        if len(line) <= 75:
            return line + CRLF
        parts = [line[:75]]
        parts.extend(line[i:i + 74] for i in range(75, len(line), 74))
        return "\r\n ".join(parts) + CRLF
    if len(line.encode("utf-8")) <= 75:
        return line + CRLF
    parts, current, size, limit = [], [], 0, 75
    for ch in line:
        width = len(ch.encode("utf-8", "surrogatepass"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74
        current.append(ch)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + CRLF


def line(name: str, value: str, params: dict[str, str] | None = None) -> str:
    """One folded content line; ``value`` must already be escaped for its type."""
    if params:
        head = name + "".join(f";{k}={param_value(v)}" for k, v in params.items())
        return fold(f"{head}:{value}")
    return fold(f"{name}:{value}")


def text_line(name: str, value: str, params: dict[str, str] | None = None) -> str:
    """A TEXT property written so that the user's text comes back exactly."""
    extra = exact_param(value)
    if extra:
        params = {**(params or {}), **extra}
    return line(name, escape_text(value), params)


# --- values ------------------------------------------------------------------------------------

def fmt_utc(instant: datetime) -> str:
    """``20270312T150000Z``; the instant must be aware."""
    t = instant.astimezone(UTC)
    return f"{t.year:04d}{t.month:02d}{t.day:02d}T{t.hour:02d}{t.minute:02d}{t.second:02d}Z"


def fmt_local(t: datetime) -> str:
    """Wall-clock ``20270312T160000`` (written beside a TZID)."""
    return f"{t.year:04d}{t.month:02d}{t.day:02d}T{t.hour:02d}{t.minute:02d}{t.second:02d}"


def fmt_date(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def fmt_offset(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def fmt_duration_minutes(minutes: int) -> str:
    """A negative duration before the start, as VALARM's TRIGGER wants (``-PT15M``)."""
    sign = "-" if minutes > 0 else ""
    minutes = abs(minutes)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    text = f"{sign}P"
    if days:
        text += f"{days}D"
    if hours or mins or not days:
        text += "T" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins or not hours else "")
    return text
