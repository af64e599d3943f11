"""Dates, times and numbers in the app's language, for lists, panes and the calendar (issue 18).

The one place the GUI turns a date, a time or a number into text: Danish reads
"man. 10. maj 2027", "14.30" and "1.234,5", English "Mon, 10 May 2027", "14:30" and "1,234.5".
The patterns are CLDR's through :mod:`qistdesk.locale_text` (the same rules the documents use),
in the language of :func:`qistdesk.gui.i18n.current_language`. Lists sort such columns by the
value itself (a ``Column.sort_key``), never by this text.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from qistdesk import locale_text
from qistdesk.gui.i18n import current_language, tr


def lang() -> str:
    return current_language()


@lru_cache(maxsize=16384)
def _on_day(pattern: str, value: date, language: str) -> str:
    """A date's text, computed once per (pattern, day, language): a list of 100,000 rows holds a few
    thousand distinct days, and CLDR formatting costs tens of microseconds a call."""
    return getattr(locale_text, pattern)(value, language)


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def day(value: date | datetime) -> str:
    """Weekday, day, month and year: "man. 10. maj 2027" / "Mon, 10 May 2027"."""
    return _on_day("format_day", _day_of(value), lang())


def day_month(value: date | datetime) -> str:
    """Weekday, day and month: "man. 10. maj" / "Mon, 10 May"."""
    return _on_day("format_day_month", _day_of(value), lang())


def date_words(value: date | datetime) -> str:
    """"10. maj 2027" / "10 May 2027"."""
    return _on_day("format_date_words", _day_of(value), lang())


def short_date(value: date | datetime) -> str:
    """"10.05.2027" / "10/05/2027"."""
    return _on_day("format_short_date", _day_of(value), lang())


def clock(value: time | datetime) -> str:
    """A 24-hour time: "14.30" / "14:30" (locale_text.format_time's patterns, written out here:
    the calendar paints hundreds of times a frame)."""
    return f"{value.hour:02d}{'.' if lang() == 'da' else ':'}{value.minute:02d}"


def day_and_time(value: datetime) -> str:
    """"man. 10. maj 2027 14.30" / "Mon, 10 May 2027 14:30"."""
    return f"{day(value)} {clock(value)}"


def day_span(first: date | datetime, last: date | datetime) -> str:
    """One day or several: "man. 14.–tirs. 15. jun. 2027"."""
    return locale_text.format_day_span(first, last, lang())


def number(value: float | int, decimals: int | None = None) -> str:
    """"1.234,5" / "1,234.5"."""
    return locale_text.format_number(value, lang(), decimals)


def weekday_short(value: date | datetime) -> str:
    """"man." / "Mon"."""
    return _weekday(_day_of(value).weekday(), lang())


@lru_cache(maxsize=32)
def _weekday(index: int, language: str) -> str:
    from babel.dates import format_skeleton

    return format_skeleton("E", date(2024, 1, 1 + index), locale=locale_text._locale(language))  # a Monday


def weekday_names() -> list[str]:
    """Monday to Sunday, short: ["man.", "tirs.", …] / ["Mon", "Tue", …]."""
    return [weekday_short(date(2024, 1, 1 + i)) for i in range(7)]  # 1 January 2024 was a Monday


def month_year(value: date | datetime) -> str:
    """"maj 2027" / "May 2027"."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", value, locale=locale_text._locale(lang()))


def month_short(value: date | datetime) -> str:
    """"maj" / "May" (a chart's axis)."""
    from babel.dates import format_skeleton

    return format_skeleton("MMM", value, locale=locale_text._locale(lang())).rstrip(".")


def week_label(value: date | datetime) -> str:
    """The week number as Danes write it: "Uge 12" / "Week 12" (ISO weeks, Monday first)."""
    return tr("Week {number}").format(number=locale_text.week_number(value))


def zone_label(zone_name: str) -> str:
    """A zone as a place, in the language: "København" / "Copenhagen"."""
    from qistdesk.timezones import zone_label as label

    return label(zone_name, lang())


def label_of(enum_cls, value: str | None) -> str:
    """A stored value as its label in the app's language ("in-progress" -> "I gang"); the domain
    translates its labels (``member.label``, qistdesk.messages); an unknown value shows as it is."""
    return _label(enum_cls, value or "", lang())


@lru_cache(maxsize=1024)
def _label(enum_cls, value: str, _language: str) -> str:
    """Cached per language: a list of 100,000 rows asks for the same few labels over and over."""
    return enum_cls(value).label if value in enum_cls.values() else value


class EnumLabels(dict):
    """value -> label of a domain vocabulary, in the app's language when it is read (a language
    switch shows at once): ``STAGES = EnumLabels(Stage)``, ``STAGES["in-progress"]`` -> "I gang"."""

    def __init__(self, enum_cls):
        super().__init__({m.value: m.value for m in enum_cls})
        self._enum = enum_cls
        self._language, self._labels = "", {}

    def _table(self) -> dict:
        language = lang()
        if language != self._language:  # once per language, not once per list cell
            self._language, self._labels = language, {k: self._enum(k).label for k in self}
        return self._labels

    def __getitem__(self, key):
        return self._table()[key]

    def get(self, key, default=None):
        return self._table().get(key, default)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]


def day_month_short(value: date | datetime, with_year: bool = False) -> str:
    """Day and month without the weekday: "28. nov." / "28 Nov" (with the year: "28. nov. 2025")."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMd" if with_year else "MMMd", value, locale=locale_text._locale(lang()))


def date_span(first: date | datetime, last: date | datetime) -> str:
    """Two dates without weekdays: "30. nov.–6. dec. 2026" / "30 Nov – 6 Dec 2026"."""
    from babel.dates import format_interval

    if last == first:
        return day_month_short(first, with_year=True)
    import re

    text = format_interval(first, last, "yMMMd", locale=locale_text._locale(lang())).translate(
        locale_text._PLAIN_SPACES)
    return re.sub(r"(\d) – (\d)", r"\1–\2", text)  # "10–16 May 2027", as a day span is written


def month_title(value: date | datetime) -> str:
    """A month as a heading: "December 2026" (Danish writes months in lower case; a heading
    starts with a capital)."""
    text = month_year(value)
    return text[:1].upper() + text[1:]


def long_day(value: date | datetime) -> str:
    """"mandag den 10. maj 2027" / "Monday, 10 May 2027"."""
    return locale_text.format_long_day(value, lang())


def weekday_day(value: date | datetime) -> str:
    """The shortest day heading: "ons. 30." / "Wed 30"."""
    return f"{weekday_short(value)} {value.day}" + ("." if lang() == "da" else "")


def holidays_between(first: date, last: date) -> dict:
    """The two countries' holidays from ``first`` to ``last`` (services.holidays_dk_us), in a Danish
    window by their Danish names ("Kristi himmelfartsdag", not "Ascension Day"; the US "Juledag"
    as the warnings say it, not "Christmas Day")."""
    from qistdesk.services import holidays_dk_us

    found = holidays_dk_us.holidays_between(first, last)
    if lang() != "da":
        return found
    return {day: [(country, holidays_dk_us.danish_name(day) or name if country == "DK"
                   else holidays_dk_us.us_name(name)) for country, name in names]
            for day, names in found.items()}
