"""Date and time editors that show the time in both zones of the programme.

A seminar at 16:00 Copenhagen is 10:00 Washington most of the year, but 11:00
in the weeks when the US and the EU have changed clocks on different Sundays.
Users get this wrong, so the editor always shows the other zone beside the
time, warns (amber, never blocking) in those weeks, and refuses wall-clock
times that do not exist or happen twice in the event's zone (red).

The zone pair comes from the settings ``zones.home`` and ``zones.other``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QVBoxLayout, QWidget

from qistdesk.gui.widgets.forms import warning_color

#: Short names of the common zones for labels ("Copenhagen", "Washington").
ZONE_LABELS = {"Europe/Copenhagen": "Copenhagen", "America/New_York": "Washington",
               "America/Chicago": "Chicago", "America/Denver": "Denver", "America/Los_Angeles": "Los Angeles",
               "Europe/London": "London", "UTC": "UTC"}


def zone_label(name: str) -> str:
    return ZONE_LABELS.get(name, name.rsplit("/", 1)[-1].replace("_", " "))


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
    return " · ".join(f"{utc_to_local(instant_utc, z).strftime(fmt)} {zone_label(z)}" for z in shown)


class ZonedDateTimeEdit(QWidget):
    """A wall-clock date-time in an event's zone, with the other zone shown under it.

    ``value()`` is the naive wall-clock datetime (what services take together
    with the zone); ``error()`` names a gap or fold; ``warning()`` the weeks
    when the zones' usual offset differs.
    """

    changed = Signal()

    def __init__(self, zone_name: str = "Europe/Copenhagen", parent: QWidget | None = None,
                 zones: tuple[str, str] | None = None):
        super().__init__(parent)
        self._zone = zone_name
        self._zones = zones or zone_pair()
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.edit.setDateTime(QDateTime.currentDateTime())
        self.other = QLabel(self)
        self.other.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.other)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._changed)
        self._update()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def zone(self) -> str:
        return self._zone

    def set_zone(self, zone_name: str) -> None:
        self._zone = zone_name
        self._update()
        self.changed.emit()

    def value(self) -> datetime:
        return self.edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)

    def set_value(self, value: datetime | None) -> None:
        """A naive wall-clock time, or an aware instant (shown in the editor's zone)."""
        if value is None:
            return
        if value.tzinfo is not None:
            from qistdesk.timezones import utc_to_local

            value = utc_to_local(value, self._zone).replace(tzinfo=None)
        self.edit.setDateTime(QDateTime(value))

    def instant(self) -> datetime | None:
        """The UTC instant, or None when the wall-clock time is a gap or a fold."""
        from qistdesk.timezones import TimeZoneError, local_to_utc

        try:
            return local_to_utc(self.value(), self._zone)
        except TimeZoneError:
            return None

    def error(self) -> str | None:
        from qistdesk.timezones import TimeZoneError, local_to_utc

        try:
            local_to_utc(self.value(), self._zone)
        except TimeZoneError as exc:
            return str(exc)
        return None

    def warning(self) -> str | None:
        from qistdesk.timezones import offsets_differ_from_usual

        home, other = self._zones
        if offsets_differ_from_usual(self.value().date(), home, other):
            return (f"Clocks in {zone_label(home)} and {zone_label(other)} change on different Sundays: "
                    "this week the gap between them is one hour different from usual.")
        return None

    def _changed(self, *_args) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        instant = self.instant()
        if instant is None:
            self.other.setText("")
            self.other.setStyleSheet("")
            return
        text = "= " + both_zones_text(instant, self._zone, self._zones, "%a %d %b %H:%M")
        warning = self.warning()
        if warning:
            self.other.setText(f"{text}  ⚠ {warning}")
            self.other.setStyleSheet(f"color: {warning_color(self)};")
        else:
            self.other.setText(text)
            self.other.setStyleSheet("")
        self.other.setAccessibleName(self.other.text())
