"""Times shown in both zones of the programme ("16:00 Copenhagen · 10:00 Washington").

A seminar at 16:00 Copenhagen is 10:00 Washington most of the year, but 11:00
in the weeks when the US and the EU have changed clocks on different Sundays,
so lists and panes show both. The zone pair comes from the settings
``zones.home`` and ``zones.other``. (The editor for typing a time is
``widgets.datetime_edit.DateTimeEdit``; dialogs show the other zone beside it.)
"""

from __future__ import annotations

from datetime import datetime

from qistdesk.timezones import ZONE_LABELS, zone_label  # noqa: F401  (the one table of zone labels)


def zone_pair() -> tuple[str, str]:
    from qistdesk.gui.app_settings import settings

    s = settings()
    return s.get("zones.home"), s.get("zones.other")


def both_zones_text(instant_utc: datetime, event_zone: str, zones: tuple[str, str] | None = None,
                    fmt: str = "%H:%M") -> str:
    """'16:00 Copenhagen · 10:00 Washington': the event's zone first, then the other of the pair."""
    from qistdesk.timezones import utc_to_local

    home, other = zones or zone_pair()
    shown = [event_zone] + [z for z in (home, other) if z != event_zone]
    shown = shown[:2] if event_zone in (home, other) else shown[:3]
    from qistdesk.gui import locale_format

    def clock(moment):
        return locale_format.clock(moment) if fmt == "%H:%M" else moment.strftime(fmt)

    return " · ".join(f"{clock(utc_to_local(instant_utc, z))} {locale_format.zone_label(z)}" for z in shown)
