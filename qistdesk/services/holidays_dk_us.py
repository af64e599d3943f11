"""Public holidays of the two countries, as the office plans around them.

The `holidays` package knows Denmark's public holidays and the US federal
ones, including the observed days (Independence Day on a Saturday is observed
on the Friday before). It files the days Danish offices close although they
are not public holidays (Christmas Eve, Constitution Day, New Year's Eve)
under an optional category; we add those three by date so the names stay the
same whatever the package's categories do. One place for both the editors'
warnings and the calendar and the scheduling assistant.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from qistdesk.messages import N_, _

COUNTRIES = ("DK", "US")
COUNTRY_NAMES = {"DK": "Denmark", "US": "the US"}

#: Days Danish offices close although they are not public holidays (month, day, name).
DK_OFFICE_CLOSED = ((6, 5, "Constitution Day"), (12, 24, "Christmas Eve"), (12, 31, "New Year's Eve"))


@lru_cache(maxsize=64)
def for_year(country: str, year: int) -> dict[date, str]:
    """``{day: name}`` of one country's holidays in one year (observed days included)."""
    import holidays

    days = dict(holidays.country_holidays(country, years=year).items())
    if country == "DK":
        for month, day, name in DK_OFFICE_CLOSED:
            days.setdefault(date(year, month, day), f"{name} (offices closed)")
    return days


#: The office-closed days by their Danish names.
DK_OFFICE_CLOSED_DA = {(6, 5): "Grundlovsdag", (12, 24): "Juleaftensdag", (12, 31): "Nytårsaftensdag"}


@lru_cache(maxsize=64)
def _danish_year(year: int) -> dict[date, str]:
    import holidays

    days = dict(holidays.country_holidays("DK", years=year, language="da").items())
    for (month, day), name in DK_OFFICE_CLOSED_DA.items():
        days.setdefault(date(year, month, day), f"{name} (kontorerne er lukket)")
    return days


#: The US federal holidays (the holidays package's names), for the catalogue: a Danish reader
#: knows some by Danish names (Nytårsdag, Juledag) and the rest as Americans write them.
US_NAMES = (N_("New Year's Day"), N_("Martin Luther King Jr. Day"), N_("Washington's Birthday"), N_("Memorial Day"),
            N_("Juneteenth National Independence Day"), N_("Independence Day"), N_("Labor Day"), N_("Columbus Day"),
            N_("Veterans Day"), N_("Thanksgiving Day"), N_("Christmas Day"), N_("Inauguration Day"))


def us_name(name: str) -> str:
    """A US holiday's name in the app's language; an observed day says so ("Juledag (fridag flyttet)")."""
    base = name.removesuffix(" (observed)")
    said = _(base) if base in US_NAMES else base
    return _("{name} (observed)").format(name=said) if base != name else said


def danish_name(day: date) -> str | None:
    """A Danish holiday (or office-closed day) as Danes name it: "Kristi himmelfartsdag"."""
    return _danish_year(day.year).get(day)


def loaded() -> bool:
    """Whether the holidays package is imported yet: its first import reads every country's
    module (about a second here), so the calendar paints first and asks for holidays after."""
    import sys

    return "holidays.countries" in sys.modules


def holiday_name(country: str, day: date) -> str | None:
    return for_year(country, day.year).get(day)


def holidays_between(first: date, last: date, countries=COUNTRIES) -> dict[date, list[tuple[str, str]]]:
    """``{day: [(country, name), …]}`` for the days from ``first`` to ``last`` inclusive."""
    out: dict[date, list[tuple[str, str]]] = {}
    for country in countries:
        for year in range(first.year, last.year + 1):
            for day, name in for_year(country, year).items():
                if first <= day <= last:
                    out.setdefault(day, []).append((country, name))
    return dict(sorted(out.items()))


def days(first: date, last: date):
    """Every date from ``first`` to ``last`` inclusive."""
    for n in range((last - first).days + 1):
        yield first + timedelta(days=n)
