"""Fixed practical information printed in packets: emergency numbers, zones.

Why here: both packet kinds print the host country's emergency numbers and
need a recipient's home zone; one table each keeps them consistent.
"""

from __future__ import annotations

from functools import lru_cache

def _(text: str) -> str:
    """Marks a label for translation (pybabel); packets translate it where they print it."""
    return text


#: (label, number) per country; the first line is the one to remember.
EMERGENCY_NUMBERS: dict[str, list[tuple[str, str]]] = {
    "DK": [(_("Emergency (police, fire, ambulance)"), "112"),
           (_("Police, non-emergency"), "114"),
           (_("Medical helpline, Capital Region (Copenhagen)"), "1813"),
           (_("Poison information line"), "82 12 12 12")],
    "US": [(_("Emergency (police, fire, ambulance)"), "911"),
           (_("Poison control"), "1-800-222-1222"),
           (_("Suicide & crisis lifeline"), "988")],
}

#: EU/EEA countries and others where 112 reaches emergency services.
_EUROPE_112 = frozenset("AT BE BG HR CY CZ EE FI FR DE GR HU IS IE IT LV LI LT LU MT NL NO PL PT RO SK SI "
                        "ES SE CH GB".split())


def emergency_numbers(country: str | None) -> list[tuple[str, str]]:
    code = (country or "").strip().upper()
    if code in EMERGENCY_NUMBERS:
        return EMERGENCY_NUMBERS[code]
    if code in _EUROPE_112:
        return [(_("Emergency (police, fire, ambulance)"), "112")]
    return [(_("Emergency: 112 works from most mobile phones; check the local number"), "112")]


@lru_cache(maxsize=None)
def _zone_table() -> dict[str, str]:
    """First zone listed per country in tzdata's zone.tab (US → America/New_York)."""
    table: dict[str, str] = {}
    try:
        from importlib.resources import files

        text = files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError, OSError):
        text = ""
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                table.setdefault(parts[0], parts[2])
    table.update({"DK": "Europe/Copenhagen", "US": "America/New_York"})
    return table


#: US cities outside the Eastern zone where QIST labs and universities are (lower-case).
_CENTRAL = ("chicago", "evanston", "urbana", "champaign", "madison", "minneapolis", "st. louis", "saint louis",
            "houston", "austin", "dallas", "nashville", "new orleans", "lemont", "batavia", "ames")
_MOUNTAIN = ("boulder", "denver", "golden", "fort collins", "albuquerque", "los alamos", "salt lake city",
             "santa fe")
_PACIFIC = ("seattle", "redmond", "portland", "san francisco", "berkeley", "stanford", "palo alto",
            "mountain view", "santa clara", "san jose", "los angeles", "pasadena", "santa barbara", "san diego",
            "irvine", "livermore", "richland", "menlo park")
US_CITY_ZONES = {**dict.fromkeys(_CENTRAL, "America/Chicago"), **dict.fromkeys(_MOUNTAIN, "America/Denver"),
                 "phoenix": "America/Phoenix", "tucson": "America/Phoenix",
                 **dict.fromkeys(_PACIFIC, "America/Los_Angeles")}


def zone_for_place(country: str | None, city: str | None, default: str) -> str:
    """The zone of a city where we know it (US labs outside the East), else of its country."""
    code = (country or "").strip().upper()
    if code == "US":
        found = US_CITY_ZONES.get((city or "").strip().lower())
        if found:
            return found
    return zone_for_country(code, default)


def zone_for_country(country: str | None, default: str) -> str:
    """The usual zone of a country (first in zone.tab), or ``default`` when unknown."""
    return _zone_table().get((country or "").strip().upper(), default)


from qistdesk.timezones import zone_label  # noqa: E402,F401  (the one table of zone labels)


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def local(instant, zone_name: str):
    from qistdesk.timezones import utc_to_local

    return utc_to_local(instant, zone_name)


def day_text(d, year: bool = True, lang: str = "en") -> str:
    """'Thu 12 Mar 2027' / 'fre. 12. mar. 2027', independent of the process locale, which the
    GUI sets from the desktop (strftime would follow it)."""
    if lang == "da":
        from qistdesk.locale_text import format_day, format_day_month

        return format_day(d, "da") if year else format_day_month(d, "da")
    text = f"{DAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if year else text


def long_date(d, lang: str = "en") -> str:
    if lang == "da":
        from qistdesk.locale_text import format_date_words

        return format_date_words(d, "da")
    return f"{d.day} {MONTHS_LONG[d.month - 1]} {d.year}"


def clock(t, lang: str = "en") -> str:
    """'16:00' / '16.00'."""
    from qistdesk.locale_text import format_time

    return format_time(t, lang)


def fmt_day(instant, zone_name: str, lang: str = "en") -> str:
    """'Thu 12 Mar 2027' in ``zone_name``."""
    return day_text(local(instant, zone_name), lang=lang)


def fmt_span(start, end, zone_name: str, reference_zone: str | None = None, lang: str = "en") -> str:
    """'16:00–17:00', with the date when it differs from the day in ``reference_zone``."""
    a, b = local(start, zone_name), local(end, zone_name)
    text = f"{clock(a, lang)}–{clock(b, lang)}"
    if b.date() != a.date():
        text = f"{clock(a, lang)} – {day_text(b, False, lang)} {clock(b, lang)}"
    if reference_zone and reference_zone != zone_name and local(start, reference_zone).date() != a.date():
        text = f"{day_text(a, False, lang)} {text}"
    return text


def fmt_when(start, end, zone_name: str, lang: str = "en") -> str:
    """'Thu 12 Mar 2027, 16:00–17:00 Copenhagen' or a multi-day range."""
    a, b = local(start, zone_name), local(end, zone_name)
    label = zone_label(zone_name, lang)
    if a.date() == b.date():
        return f"{day_text(a, lang=lang)}, {clock(a, lang)}–{clock(b, lang)} {label}"
    return f"{day_text(a, lang=lang)} {clock(a, lang)} – {day_text(b, lang=lang)} {clock(b, lang)} {label}"


def other_zone(event_zone: str, recipient_zone: str, home: str = "Europe/Copenhagen",
               other: str = "America/New_York") -> str:
    """The second zone to print beside the event's own: the recipient's, else the programme's other one."""
    if recipient_zone != event_zone:
        return recipient_zone
    return other if event_zone == home else home
