"""The words of invites: when and where, as a reader says it.

A reader expects "Copenhagen" and "Washington", not ``Europe/Copenhagen``;
a two-day workshop is "Mon 14 – Tue 15 Jun 2027", not its first day; the
other home zone sits beside the time. Names in CN parameters are written
so Outlook shows them as typed (it does not read RFC 6868 ``^'`` escapes).
Used by mails, ``.eml`` drafts, COMMENT/DESCRIPTION lines and the
"Next:" preview alike, so they all say the same.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from qistdesk.timezones import utc_to_local

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def place(zone_name: str, lang: str = "en") -> str:
    """``Europe/Copenhagen`` -> ``Copenhagen`` (``København`` in Danish); ``America/New_York`` -> ``Washington``."""
    from qistdesk.timezones import zone_label

    return zone_label(zone_name, lang)


def _clock(t: datetime, lang: str) -> str:
    from qistdesk.locale_text import format_time

    return format_time(t, lang)


def _danish_span(first: date, last: date, year: bool) -> str:
    from qistdesk.locale_text import format_day, format_day_month, format_day_span

    if first == last:
        return format_day(first, "da") if year else format_day_month(first, "da")
    return format_day_span(first, last, "da")


def _day(d: date, month: bool = True, year: bool = True) -> str:
    text = f"{d:%a} {d.day}"
    if month:
        text += f" {d:%b}"
    if year:
        text += f" {d.year}"
    return text


def span_text(first: date, last: date, year: bool = True, lang: str = "en") -> str:
    """``Tue 15 Jun 2027``; ``Mon 14 – Tue 15 Jun 2027``; ``Mon 31 May – Tue 1 Jun 2027``; across a new year
    both years. Danish: ``man. 14.–tirs. 15. jun. 2027`` (CLDR's pattern)."""
    if lang == "da":
        return _danish_span(first, last, year)
    if first == last:
        return _day(first, year=year)
    if (first.year, first.month) == (last.year, last.month):
        return f"{_day(first, month=False, year=False)} – {_day(last, year=year)}"
    if first.year == last.year:
        return f"{_day(first, year=False)} – {_day(last, year=year)}"
    return f"{_day(first)} – {_day(last)}"


def other_zone(zone_name: str) -> str:
    return "America/New_York" if zone_name != "America/New_York" else "Europe/Copenhagen"


def when_text(event, start: datetime | None = None, end: datetime | None = None, lang: str = "en") -> str:
    """``Thu 4 Mar 2027 16:00–17:30 Copenhagen (10:00–11:30 Washington)``, a multi-day event with its span:
    ``Mon 14 – Tue 15 Jun 2027, 09:00–17:00 Copenhagen (03:00–11:00 Washington)``."""
    start, end = start or event.start_utc, end or event.end_utc
    zone_name = event.timezone
    a, b = utc_to_local(start, zone_name), utc_to_local(end, zone_name)
    if a.time() == b.time() == datetime.min.time() and b.date() > a.date():  # all day, the end exclusive
        all_day = "hele dagen" if lang == "da" else "all day"
        return f"{span_text(a.date(), b.date() - timedelta(days=1), lang=lang)} ({all_day}, {place(zone_name, lang)})"
    days = span_text(a.date(), b.date(), lang=lang)
    text = (f"{days}{',' if a.date() != b.date() else ''} {_clock(a, lang)}–{_clock(b, lang)} "
            f"{place(zone_name, lang)}")
    other = other_zone(zone_name)
    c, d = utc_to_local(start, other), utc_to_local(end, other)
    if (c.date(), d.date()) == (a.date(), b.date()):
        beside = f"{_clock(c, lang)}–{_clock(d, lang)}"
    else:
        beside = f"{span_text(c.date(), d.date(), year=False, lang=lang)}, {_clock(c, lang)}–{_clock(d, lang)}"
    return f"{text} ({beside} {place(other, lang)})"


def plain_cn(name: str) -> str:
    """A display name for a CN parameter that every client shows as typed: no double quotes (Outlook
    shows the RFC 6868 escape ``^'`` literally), no line breaks."""
    return _CONTROL.sub(" ", (name or "").replace('"', "'")).strip()


def date_line(event, d, lang: str = "en") -> str:
    """One date of a series for a mail: its time, and its own speaker and topic when it has them."""
    text = when_text(event, d.start_utc, d.end_utc, lang)
    who = d.speaker.full_name if getattr(d, "speaker", None) is not None else ""
    about = ": ".join(p for p in (who, d.topic or "") if p)
    return f"{text} — {about}" if about else text
