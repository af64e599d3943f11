"""Dates, times and numbers written as a Danish or an English reader expects them.

Documents for people (invites, reminders, packets, reports) are written in the reader's
language, whatever the app's own language is, so this module is headless and takes the
language as an argument. The patterns are CLDR's, through Babel: Danish reads
"tors. 5. mar. 2026", "14.30" and "1.234,5"; English (British, as the office writes it)
reads "Thu, 5 Mar 2026", "14:30" and "1,234.5". Babel is imported when first used, so the
command line and the window start without it.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

LANGUAGES = ("en", "da")
_LOCALES = {"en": "en_GB", "da": "da_DK"}
_TIME_PATTERN = {"en": "HH:mm", "da": "HH.mm"}


def language(code: str | None) -> str:
    """``code`` as one of LANGUAGES ("da-DK", "da_DK", "DA" -> "da"); English otherwise."""
    head = (code or "").replace("_", "-").split("-")[0].lower()
    return head if head in LANGUAGES else "en"


@lru_cache(maxsize=None)
def _locale(lang: str):
    from babel import Locale

    return Locale.parse(_LOCALES[language(lang)])


# CLDR puts thin and narrow no-break spaces around interval dashes; mail programs and PDF
# readers copy them oddly, so documents get plain spaces.
_PLAIN_SPACES = str.maketrans({"\u2009": " ", "\u202f": " ", "\u00a0": " "})


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def format_day(value: date | datetime, lang: str) -> str:
    """Weekday, day, month and year, abbreviated: "tors. 5. mar. 2026" / "Thu, 5 Mar 2026"."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMEd", _day(value), locale=_locale(lang))


def format_date_skeleton(value: date | datetime, skeleton: str, lang: str) -> str:
    """A date by a CLDR skeleton ("yMMMEd", "MMMd" …) as the reader's locale orders it."""
    from babel.dates import format_skeleton

    return format_skeleton(skeleton, _day(value), locale=_locale(lang))


def format_day_month(value: date | datetime, lang: str) -> str:
    """Weekday, day and month without the year: "tors. 5. mar." / "Thu, 5 Mar"."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMEd", _day(value), locale=_locale(lang))


def format_date_words(value: date | datetime, lang: str) -> str:
    """Day, month in words and year: "5. marts 2026" / "5 March 2026"."""
    from babel.dates import format_date

    return format_date(_day(value), "long", locale=_locale(lang))


def format_long_day(value: date | datetime, lang: str) -> str:
    """The date in full words: "torsdag den 5. marts 2026" / "Thursday, 5 March 2026"."""
    from babel.dates import format_date

    return format_date(_day(value), "full", locale=_locale(lang))


def format_short_date(value: date | datetime, lang: str) -> str:
    """A compact date for tables: "05.03.2026" / "05/03/2026"."""
    from babel.dates import format_date

    return format_date(_day(value), "short" if language(lang) == "en" else "dd.MM.y", locale=_locale(lang))


def format_time(value: time | datetime, lang: str = "en") -> str:
    """A 24-hour time: "14.30" / "14:30" (CLDR's patterns for da and en_GB; no Babel needed for
    these two, and packets print hundreds of times)."""
    return value.strftime(_TIME_PATTERN[language(lang)].replace("HH", "%H").replace("mm", "%M"))


def format_day_span(first: date | datetime, last: date | datetime, lang: str) -> str:
    """One day, or the span of several: "Mon, 14 Jun – Tue, 15 Jun 2027" / "man. 14.–tirs. 15. jun. 2027"."""
    from babel.dates import format_interval

    start, end = _day(first), _day(last)
    if end <= start:
        return format_day(start, lang)
    return format_interval(start, end, "yMMMEd", locale=_locale(lang)).translate(_PLAIN_SPACES)


def format_number(value: float | int, lang: str, decimals: int | None = None) -> str:
    """A number with the reader's separators: "1.234,5" / "1,234.5"."""
    from babel.numbers import format_decimal

    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(lang)).translate(_PLAIN_SPACES)


def week_number(value: date | datetime) -> int:
    """The week number Danes use (ISO 8601: weeks start Monday, week 1 holds 4 January)."""
    return _day(value).isocalendar()[1]
