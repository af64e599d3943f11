"""Small form pieces for the event dialogs: fields with inline errors, the other
zone's time beside a wall-clock editor, and a list of people (speakers).

Kept local to the event dialogs so they do not depend on the shared form
widgets' exact API; each is a few lines over a stock Qt widget, so keyboard,
accessibility and platform look come from Qt.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from qistdesk.gui.event_common import hm
from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.forms import error_color, reserve_error_line, show_error_line
from qistdesk.gui.widgets.pickers import RecordPicker, people_items, person_item_label
from qistdesk.services.scheduling import place_name
from qistdesk.timezones import TimeZoneError, localize, zone


class Field(QWidget):
    """A control with a one-line red reason under it when its value is not valid."""

    def __init__(self, control: QWidget, parent: QWidget | None = None, extra: QWidget | None = None):
        super().__init__(parent)
        self.control = control
        self.error = QLabel(self)
        reserve_error_line(self.error)
        self.error.setStyleSheet(f"color: {error_color()};")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(control, 1)
        if extra is not None:
            row.addWidget(extra)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(control)

    def set_error(self, message: str | None) -> None:
        show_error_line(self.error, message)
        marker = tr(" — error: ")
        base = self.control.accessibleDescription().split(marker)[0]
        self.control.setAccessibleDescription(f"{base}{marker}{message}" if message else base)


class OtherZoneLabel(QLabel):
    """"= 10:00 Washington" beside a wall-clock editor; says so when the time does not exist."""

    def show_for(self, local: datetime, zone_name: str, other: str) -> str | None:
        """Update the label; return an error message for a DST gap or fold, else None."""
        try:
            aware = localize(local, zone_name)
        except TimeZoneError as exc:
            self.setText("")
            return str(exc)
        if other == zone_name:
            self.setText("")
            return None
        there = aware.astimezone(zone(other))
        weekday = QLocale().dayName(there.isoweekday(), QLocale.FormatType.ShortFormat)
        suffix = "" if there.date() == aware.date() else f" ({weekday})"
        self.setText(f"= {hm(there)}{suffix} {place_name(other)}")
        self.setAccessibleName(self.text())
        return None


def person_label(row: dict) -> str:
    return person_item_label(row)


class PeopleList(QWidget):
    """An ordered list of people (speakers): pick, Add, Remove."""

    changed = Signal()

    def __init__(self, people: list[dict], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._labels = {row["id"]: person_label(row) for row in people}
        self.picker = RecordPicker(people_items(people), self, noun="person", placeholder=tr("Type a name…"))
        self.picker.setAccessibleName(tr("Person to add to {list}").format(list=name))
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setAccessibleName(tr("Add to {list}").format(list=name))
        self.list = QListWidget(self)
        self.list.setAccessibleName(name.capitalize())
        self.list.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setAccessibleName(tr("Remove from {list}").format(list=name))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self._add)
        self.picker.returnPressed.connect(self._add)
        # A name chosen from the pop-up joins the list and the field empties for the next one (the
        # completer writes the name into the field after its own key handling: add once it has).
        self.picker.completer().activated.connect(self._picked)
        self.remove_button.clicked.connect(self._remove)
        self.picker.changed.connect(self.changed)
        self.setTabOrder(self.picker, self.add_button)
        self.setTabOrder(self.add_button, self.list)
        self.setTabOrder(self.list, self.remove_button)

    def ids(self) -> list[str]:
        """The people listed, and the one picked in the field but not yet added with Add (seen on
        Xvfb: a speaker made with "+" and then OK was silently left out)."""
        listed = self._listed()
        pending = self.picker.value()
        return listed + [pending] if pending and pending not in listed else listed

    def _listed(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_ids(self, ids: list[str]) -> None:
        self.list.clear()
        for pid in ids:
            self._append(pid)
        self.changed.emit()

    def add_id(self, person_id: str) -> None:
        if person_id and person_id not in self._listed():
            self._append(person_id)
            self.changed.emit()

    def _append(self, pid: str) -> None:
        item = QListWidgetItem(self._labels.get(pid) or self.picker.label_of(pid) or pid)
        item.setData(Qt.ItemDataRole.UserRole, pid)
        self.list.addItem(item)

    def _picked(self, label: str) -> None:
        self.picker.setText(label)  # what the completer would write, in case it has not yet
        QTimer.singleShot(0, self, self._add)

    def _add(self) -> None:
        pid = self.picker.value()
        if pid:  # a half-typed name stays (Enter reaches the field before the pop-up's choice does)
            self.add_id(pid)
            self.picker.clear()

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()


def zone_combo(current: str) -> QComboBox:
    """An editable zone picker: the programme's zones first, then every IANA zone."""
    from qistdesk.timezones import common_zones

    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    zones = common_zones()
    combo.addItems(zones)
    if current not in zones:
        combo.addItem(current)
    combo.setCurrentText(current)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setAccessibleName(tr("Time zone"))
    return combo
