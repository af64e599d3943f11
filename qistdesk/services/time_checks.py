"""Time checks of a proposed time, with no database: public holidays of both countries, working
hours on each side, and the weeks when US and EU clocks differ.

They are what an attaché gets wrong across two countries and two clocks; :mod:`.scheduling` adds
who and what is booked twice and gives the app one list of amber lines. Pure functions of the
time, the zone and the preferences: the editors, the calendar's drag and the scheduling
assistant all ask them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from qistdesk.messages import _, current_language, day_text, time_text
from qistdesk.timezones import COPENHAGEN, WASHINGTON, offsets_differ_from_usual, utc_to_local, zone_label


@dataclass(frozen=True)
class Warning:  # noqa: A001 - the name the rest of the app uses; it never leaves this module's callers
    """One amber line: ``kind`` is one of :data:`KINDS`, ``message`` is for people."""

    kind: str
    message: str

    def __str__(self) -> str:
        return self.message


ScheduleWarning = Warning


@dataclass(frozen=True)
class Preferences:
    """The settings the warnings depend on (see ``qistdesk.settings``)."""

    home: str = COPENHAGEN
    other: str = WASHINGTON
    work_start_hour: int = 8
    work_end_hour: int = 18

    @classmethod
    def from_settings(cls, settings=None) -> "Preferences":
        if settings is None:
            from qistdesk.settings import load

            settings = load()
        return cls(settings.get("zones.home"), settings.get("zones.other"),
                   int(settings.get("schedule.work_start_hour")), int(settings.get("schedule.work_end_hour")))


def partner_zone(event_zone: str, prefs: Preferences) -> str:
    """The zone shown beside an event's own zone: the user's other zone."""
    return prefs.other if event_zone == prefs.home else prefs.home


#: The one zone-label rule lives with the time zones; the name stays for the views that use it.
place_name = zone_label


def place_text(zone_name: str) -> str:
    """A zone's place in a message, as the app's language writes it ("København")."""
    return zone_label(zone_name, current_language())


# --- time checks (no database) ----------------------------------------------------------------

_COUNTRY_OF_ZONE_PREFIX = (("Europe/Copenhagen", "DK"), ("America/", "US"), ("US/", "US"), ("Pacific/Honolulu", "US"))


def country_of_zone(zone_name: str) -> str | None:
    for prefix, country in _COUNTRY_OF_ZONE_PREFIX:
        if zone_name.startswith(prefix):
            return country
    return None


def holiday_name(country: str, day: date) -> str | None:
    """Public holidays and the days Danish offices close (one source for editors and calendar)."""
    from qistdesk.services.holidays_dk_us import holiday_name as name

    return name(country, day)


def _days(start_utc: datetime, end_utc: datetime, zone_name: str) -> list[date]:
    """Local dates touched by an interval (end exclusive), at most a few weeks' worth."""
    first = utc_to_local(start_utc, zone_name).date()
    last = utc_to_local(end_utc - timedelta(seconds=1), zone_name).date()
    span = min((last - first).days, 60)
    return [first + timedelta(days=i) for i in range(span + 1)]


def check_time(start_utc: datetime, end_utc: datetime, zone_name: str, prefs: Preferences = Preferences(),
               *, both_zones_work: bool = True, label: str = "") -> list[Warning]:
    """Holiday, working-hours and clock-change warnings for one interval.

    ``both_zones_work``: check working hours in both zones (people join from
    both countries) or only in the event's own zone. ``label`` prefixes each
    message (e.g. the date of one series date).
    """
    if end_utc <= start_utc:
        return []
    prefix = _("{label}: ").format(label=label) if label else ""
    zones = [zone_name] + [z for z in (prefs.home, prefs.other) if z != zone_name]
    out: list[Warning] = []
    # Holidays: each country on its own calendar date.
    seen: set[tuple[str, date]] = set()
    for country in ("DK", "US"):
        zone_for = next((z for z in zones if country_of_zone(z) == country), zone_name)
        for day in _days(start_utc, end_utc, zone_for):
            name = holiday_name(country, day)
            if name and (country, day) not in seen:
                seen.add((country, day))
                text = (_("{day} is a public holiday in Denmark ({name})") if country == "DK"
                        else _("{day} is a public holiday in the US ({name})"))
                out.append(Warning("holiday", prefix + text.format(day=day_text(day), name=holiday_text(country, day, name))))
    # Working hours, in each zone where people take part.
    for z in (zones if both_zones_work else [zone_name]):
        problem = _outside_hours(start_utc, end_utc, z, prefs)
        if problem:
            out.append(Warning("hours", f"{prefix}{problem}"))
    # The weeks when US and EU clocks differ.
    pair = (prefs.home, prefs.other)
    for day in _days(start_utc, end_utc, zone_name)[:1]:
        if offsets_differ_from_usual(day, *pair):
            out.append(Warning("dst", f"{prefix}{clock_change_text(start_utc, pair)}"))
    return out


def _outside_hours(start_utc: datetime, end_utc: datetime, zone_name: str, prefs: Preferences) -> str | None:
    start, end = utc_to_local(start_utc, zone_name), utc_to_local(end_utc, zone_name)
    place = place_text(zone_name)
    if start.weekday() >= 5:  # whole sentences: a warning is read alone as often as after its label
        return (_("{day} is a Saturday in {place}") if start.weekday() == 5
                else _("{day} is a Sunday in {place}")).format(day=day_text(start, "%d %b %Y").lstrip("0"),
                                                                place=place)
    sep = "." if current_language() == "da" else ":"
    day_start, day_end = (f"{h:02d}{sep}00" for h in (prefs.work_start_hour, prefs.work_end_hour))
    values = dict(start=time_text(start), end=time_text(end), place=place, day_start=day_start, day_end=day_end)
    if (end - start) >= timedelta(days=1):  # multi-day: each day's start and end
        end_of_day = end.hour * 60 + end.minute
        if start.hour < prefs.work_start_hour or end_of_day > prefs.work_end_hour * 60:
            return _("The days run {start}–{end} in {place}, outside working hours ({day_start}–{day_end})").format(
                **values)
        return None
    minutes_end = end.hour * 60 + end.minute + (24 * 60 if end.date() > start.date() else 0)
    if start.hour < prefs.work_start_hour or minutes_end > prefs.work_end_hour * 60:
        return _("{start}–{end} in {place} is outside working hours ({day_start}–{day_end})").format(**values)
    return None


def clock_change_text(start_utc: datetime, pair: tuple[str, str]) -> str:
    """The clock-change week sentence: how many hours lie between the pair that week, and how many usually."""
    a, b = (utc_to_local(start_utc, z).utcoffset() for z in pair)
    hours = abs((a - b).total_seconds()) / 3600
    jan = datetime(start_utc.year, 1, 15, 12, tzinfo=start_utc.tzinfo)
    ja, jb = (utc_to_local(jan, z).utcoffset() for z in pair)
    usual = abs((ja - jb).total_seconds()) / 3600
    return _("US and EU clocks change on different Sundays: that week {place} is {hours} h from {other} "
             "(usually {usual} h); check the time on invites").format(
        place=place_text(pair[0]), other=place_text(pair[1]), hours=_hours(hours), usual=_hours(usual))


def _hours(value: float) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if current_language() == "da" else text


def holiday_text(country: str, day: date, name: str) -> str:
    """The holiday's name in the app's language: Danish holidays by their Danish names."""
    if current_language() == "da" and country == "DK":
        from qistdesk.services.holidays_dk_us import danish_name

        return danish_name(day) or name
    if country == "US":
        from qistdesk.services.holidays_dk_us import us_name

        return us_name(name)
    return name
