"""What a person types into a date or time field, read the way a spreadsheet reads a cell.

The editors in :mod:`.datetime_edit` show and take text; these functions turn it into a
``date`` or ``time`` (None when it cannot be read, so the field keeps what was typed) and
back, in the user's locale (QLocale decides month names and day/month order).
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QLocale

_ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def month_names() -> dict[str, int]:
    """Month-name prefixes (three letters) in English and the user's language -> month number."""
    names = {m: i + 1 for i, m in enumerate(_ENGLISH_MONTHS)}
    loc = QLocale()
    for i in range(1, 13):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names.setdefault(loc.monthName(i, fmt).casefold().rstrip(".")[:3], i)
    return names


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) <= 2 else value


def _month_first() -> bool:
    """Does the user's locale write the month before the day (US "3/11")?"""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    return fmt.find("m") < fmt.find("d")


def parse_date(text: str, reference: date | None = None) -> date | None:
    """Read a typed date; missing parts come from ``reference`` (default today). None if unreadable."""
    ref = reference or date.today()
    raw = text.strip().casefold().rstrip(".")
    if not raw:
        return None
    try:
        if raw in ("today", "t", "i dag"):
            return date.today()
        if raw in ("tomorrow", "i morgen"):
            return date.today() + timedelta(days=1)
        if re.fullmatch(r"[+-]\d{1,4}", raw):
            return ref + timedelta(days=int(raw))
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if re.fullmatch(r"\d{1,2}", raw):
            return ref.replace(day=int(raw))
        if re.fullmatch(r"\d{4}", raw) or re.fullmatch(r"\d{6}|\d{8}", raw):
            if len(raw) == 4:  # "1103": day and month, as typed without a separator
                return ref.replace(day=1, month=int(raw[2:])).replace(day=int(raw[:2]))
            return date(_year(raw[4:]), int(raw[2:4]), int(raw[:2]))
        m = re.fullmatch(r"(\d{1,2})\s*([./-])\s*(\d{1,2})(?:\s*\2\s*(\d{2}|\d{4}))?", raw)
        if m:
            first, second = int(m[1]), int(m[3])
            day_, month = (second, first) if m[2] == "/" and _month_first() else (first, second)
            year = _year(m[4]) if m[4] else ref.year
            return date(year, month, day_)
        # words: drop a weekday name, then find a month name and the numbers around it
        words = [w for w in re.split(r"[\s,./-]+", raw) if w]
        months = month_names()
        month = None
        numbers: list[str] = []
        for w in words:
            if w.isdigit():
                numbers.append(w)
            elif w[:3] in months and month is None and len(w) >= 3:
                month = months[w[:3]]
            elif not w.isalpha():
                return None
        if month is None or not numbers or len(numbers) > 2:
            return None
        day_ = int(numbers[0]) if len(numbers[0]) <= 2 else None
        if day_ is None:
            return None
        year = _year(numbers[1]) if len(numbers) == 2 else ref.year
        return date(year, month, day_)
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    """Read a typed time of day ("16", "16:30", "1630", "4pm"); None if unreadable."""
    raw = text.strip().casefold().replace(" ", "")
    m = re.fullmatch(r"(\d{1,2})(?:[:.h]?(\d{2}))?(am|pm|a|p)?", raw)
    if not m:
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m[3].startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _danish() -> bool:
    return QLocale().language() == QLocale.Language.Danish


def format_date(value: date) -> str:
    """How a date field shows its date: "tors. 11. mar. 2027" in Danish, "Thu 11 Mar 2027" in English."""
    return QLocale().toString(QDate(value), "ddd d. MMM yyyy" if _danish() else "ddd d MMM yyyy")


def format_time(value: time) -> str:
    """A 24-hour time: "14.30" in Danish, "14:30" in English (one rule with the lists')."""
    from qistdesk.gui.locale_format import clock

    return clock(value)


def add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    for day_ in range(value.day, 27, -1):
        try:
            return date(year, month + 1, day_)
        except ValueError:
            continue
    return date(year, month + 1, min(value.day, 28))
