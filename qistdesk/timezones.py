"""Everything the app knows about time zones, in one place.

Times are stored as UTC instants plus the IANA zone the event is planned in.
Users type local wall-clock times, and a wall-clock time can be missing (the
spring-forward gap) or happen twice (the autumn fold). ``datetime`` accepts
both silently, so every local time a user enters goes through
:func:`localize`, which refuses them with a message that names the zone.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

UTC = timezone.utc

#: The two zones where the programme lives; the default "home/other" pair.
COPENHAGEN = "Europe/Copenhagen"
WASHINGTON = "America/New_York"

#: Windows zone names written by Outlook/Exchange, mapped to IANA names
#: (from CLDR's windowsZones, territory "001").
WINDOWS_ZONES = {
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "FLE Standard Time": "Europe/Kiev",
    "E. Europe Standard Time": "Europe/Chisinau",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "Arabian Standard Time": "Asia/Dubai",
    "Jordan Standard Time": "Asia/Amman",
    "Israel Standard Time": "Asia/Jerusalem",
    "India Standard Time": "Asia/Kolkata",
    "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
}

#: Short non-IANA names some older clients (Lotus Notes) use.
_LEGACY_ALIASES = {"Eastern": "America/New_York", "Central": "America/Chicago",
                   "Mountain": "America/Denver", "Pacific": "America/Los_Angeles",
                   "GMT": "UTC", "Z": "UTC"}


class TimeZoneError(ValueError):
    """A zone name or a local time that cannot be used; the message says why."""


#: How a zone reads in labels, lists, invites and packets: a place people know. Washington shares
#: New York's clock and is where the embassy is, so America/New_York reads "Washington".
ZONE_LABELS = {"Europe/Copenhagen": "Copenhagen", "America/New_York": "Washington", "America/Chicago": "Chicago",
               "America/Denver": "Denver", "America/Los_Angeles": "Los Angeles", "America/Phoenix": "Phoenix",
               "Europe/London": "London", "UTC": "UTC"}


#: Where Danish writes a city differently (documents for Danish readers).
ZONE_LABELS_DA = {"Europe/Copenhagen": "København", "Europe/Brussels": "Bruxelles", "Europe/Rome": "Rom",
                  "Europe/Vienna": "Wien", "Europe/Lisbon": "Lissabon", "Europe/Warsaw": "Warszawa",
                  "Europe/Prague": "Prag", "Europe/Athens": "Athen", "Asia/Tokyo": "Tokyo"}


def zone_label(zone_name: str, lang: str = "en") -> str:
    """The one rule for naming a zone: the table above, else the city part of the IANA name;
    ``lang="da"`` writes the city as Danes do ("København")."""
    if lang == "da" and zone_name in ZONE_LABELS_DA:
        return ZONE_LABELS_DA[zone_name]
    return ZONE_LABELS.get(zone_name) or zone_name.rsplit("/", 1)[-1].replace("_", " ")


@lru_cache(maxsize=None)
def zone(name: str) -> ZoneInfo:
    """Return the zone for an IANA name, or raise :class:`TimeZoneError`."""
    if not name or not isinstance(name, str):
        raise TimeZoneError("a time zone is required (an IANA name such as Europe/Copenhagen)")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        raise TimeZoneError(f"unknown time zone {name!r} (use an IANA name such as Europe/Copenhagen)") from None


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
        return True
    except TimeZoneError:
        return False


def _windows_table() -> dict[str, str]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON


def to_iana(name: str) -> str | None:
    """Map an IANA, Windows or legacy zone name to an IANA name, or None."""
    if not name:
        return None
    cleaned = name.strip().strip('"')
    if cleaned in WINDOWS_ZONES:
        return WINDOWS_ZONES[cleaned]
    windows = _windows_table().get(cleaned)
    if windows:  # icalendar's table: every Windows zone name CLDR knows
        return windows
    if cleaned in _LEGACY_ALIASES:
        return _LEGACY_ALIASES[cleaned]
    if is_valid_zone(cleaned):
        return cleaned
    # Some exporters prefix IANA names with a path (/mozilla.org/20050126_1/Europe/Berlin).
    parts = cleaned.split("/")
    for i in range(len(parts) - 1):
        candidate = "/".join(parts[i:])
        if is_valid_zone(candidate):
            return candidate
    return None


def common_zones() -> list[str]:
    """Zones offered first in pickers: the programme's own, then all others sorted."""
    preferred = [COPENHAGEN, WASHINGTON, "America/Chicago", "America/Denver",
                 "America/Los_Angeles", "Europe/London", "UTC"]
    rest = sorted(z for z in available_timezones() if z not in preferred and "/" in z
                  and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))
    return preferred + rest


def localize(local: datetime, zone_name: str) -> datetime:
    """Attach ``zone_name`` to a naive wall-clock time, refusing gaps and folds.

    Returns an aware datetime in that zone. Raises :class:`TimeZoneError` when
    the wall-clock time does not exist (clocks jump forward) or happens twice
    (clocks fall back), naming the zone and both possible meanings.
    """
    tz = zone(zone_name)
    naive = local.replace(tzinfo=None)
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    off0, off1 = first.utcoffset(), second.utcoffset()
    if off0 == off1:
        return first
    # Round-trip through UTC tells a gap from a fold.
    back = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    stamp = naive.strftime("%Y-%m-%d %H:%M")
    if back != naive:
        raise TimeZoneError(
            f"{stamp} does not exist in {zone_name}: the clocks jump forward that night "
            f"(choose {_fmt_shift(naive, first, tz)} or another time)")
    a = first.astimezone(tz).strftime("%H:%M %Z")
    b = second.astimezone(tz).strftime("%H:%M %Z")
    raise TimeZoneError(
        f"{stamp} happens twice in {zone_name}: the clocks fall back that night "
        f"(it could mean {a} or {b}); choose a time outside that hour")


def _fmt_shift(naive: datetime, first: datetime, tz: ZoneInfo) -> str:
    after = (first.astimezone(UTC)).astimezone(tz)
    return after.strftime("%H:%M")


def local_to_utc(local: datetime, zone_name: str) -> datetime:
    """Validated wall-clock time in ``zone_name`` -> aware UTC instant."""
    return localize(local, zone_name).astimezone(UTC)


def utc_to_local(instant: datetime, zone_name: str) -> datetime:
    """Aware (or naive-UTC) instant -> aware datetime in ``zone_name``."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(zone(zone_name))


def as_utc(value: datetime) -> datetime:
    """Normalise an aware datetime to UTC; a naive one is taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_iso_instant(text: str, zone_name: str | None = None) -> datetime:
    """Parse an ISO 8601 time. With an offset it is an instant; without one it is
    a wall-clock time in ``zone_name`` (validated against gaps and folds)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise TimeZoneError(f"{text!r} is not an ISO 8601 date-time (like 2027-03-12T16:00)") from None
    try:
        if value.tzinfo is not None:
            return value.astimezone(UTC)
        if not zone_name:
            raise TimeZoneError(f"{text!r} has no UTC offset and no zone was given")
        return local_to_utc(value, zone_name)
    except OverflowError:  # 9999-12-31 -12:00, 0001-01-01 +01:00: past the calendar's ends in UTC
        raise TimeZoneError(f"{text!r} falls outside the calendar (years 1 to 9999) in UTC") from None


def offsets_differ_from_usual(day: date, zone_a: str = COPENHAGEN, zone_b: str = WASHINGTON) -> bool:
    """True on days when the offset between two zones is not its usual value.

    The US and the EU change clocks on different Sundays, so for a few weeks
    in March and in October/November Copenhagen is 5 hours ahead of Washington
    instead of 6. Users get these weeks wrong, so the app warns about them.
    """
    noon = datetime.combine(day, time(12))
    jan = datetime(day.year, 1, 15, 12)
    jul = datetime(day.year, 7, 15, 12)

    def diff(moment: datetime) -> timedelta:
        return moment.replace(tzinfo=zone(zone_a)).utcoffset() - moment.replace(tzinfo=zone(zone_b)).utcoffset()

    usual = {diff(jan), diff(jul)}
    return diff(noon) not in usual
