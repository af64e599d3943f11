"""File ▸ Preferences…: the office details on invites and packets, the zone pair, working hours, defaults.

The same rules as ``qistdesk settings`` (:mod:`qistdesk.services.preferences`),
checked as the user types and shown at the field; nothing is saved until every
value is right. Saving tells every view, so times redraw in the new zones.
High contrast and text size stay in the View menu, the database location in
File ▸ Database location….
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (QCompleter, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QWidget)

from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.forms import RecordForm, combo, text_edit
from qistdesk.gui.widgets.record_dialog import RecordDialog

COMMON_ZONES = ("Europe/Copenhagen", "America/New_York", "America/Chicago", "America/Denver",
                "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "UTC")


def zone_edit() -> QLineEdit:
    """A line edit that completes IANA zone names (``Europe/Co`` → ``Europe/Copenhagen``)."""
    from zoneinfo import available_timezones

    edit = QLineEdit()
    names = sorted(set(available_timezones()) | set(COMMON_ZONES))
    completer = QCompleter(names, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    edit.setPlaceholderText("e.g. Europe/Copenhagen")
    return edit


class LogoPicker(QWidget):
    """A logo file path with Browse… and a small preview."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText("no logo")
        self.path_edit.setAccessibleName("Logo file")
        self.browse = QPushButton("&Browse…", self)
        self.browse.setAccessibleName("Choose a logo file")
        self.clear = QPushButton("Clear", self)
        self.preview = QLabel(self)
        self.preview.setFixedSize(QSize(48, 48))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.path_edit, self.browse, self.clear, self.preview):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.path_edit.textChanged.connect(self._changed)
        self.browse.clicked.connect(self._browse)
        self.clear.clicked.connect(self.path_edit.clear)
        self.setFocusProxy(self.path_edit)

    def value(self) -> str:
        return self.path_edit.text().strip()

    def set_value(self, value) -> None:
        self.path_edit.setText(value or "")

    def _browse(self) -> None:
        start = str(Path(self.value()).parent) if self.value() else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, "Logo for packets", start,
                                                    "Images (*.png *.jpg *.jpeg *.svg)")
        if path:
            self.path_edit.setText(path)

    def _changed(self) -> None:
        path = self.value()
        icon = QIcon(path) if path and Path(path).is_file() else QIcon()
        self.preview.setPixmap(icon.pixmap(QSize(44, 44)) if not icon.isNull() else icon.pixmap(QSize(1, 1)))
        self.changed.emit()


def build_form(current) -> RecordForm:
    from qistdesk.services import preferences

    form = RecordForm(validator=lambda values: preferences.problems(values, current))
    form.add_section("Office (organiser of invites, header of packets)")
    form.add("office.name", "Office name", QLineEdit(), required=True)
    form.add("office.organizer_name", "Organiser name", QLineEdit(), help="The ORGANIZER name on invites")
    form.add("office.email", "Organiser e-mail", QLineEdit(), required=True,
             help="Invites ask recipients to answer to this address")
    form.add("office.phone", "Phone", QLineEdit())
    form.add("office.contact", "Contact block", text_edit(3), help="Printed on packets: address, phone, web")
    form.add("office.country", "Office country", combo([("Denmark", "DK"), ("United States", "US")]))
    form.add("office.logo", "Logo", LogoPicker(), help="PNG, JPEG or SVG, printed on packet covers")
    form.add_section("Time zones and working hours")
    form.add("zones.home", "Home zone", zone_edit(), required=True, help="Shown first beside every time")
    form.add("zones.other", "Other zone", zone_edit(), required=True, help="Shown second beside every time")
    for key, label in (("schedule.work_start_hour", "Working day starts"), ("schedule.work_end_hour", "Working day ends")):
        hours = QSpinBox()
        hours.setRange(0, 24)
        hours.setSuffix(":00")
        form.add(key, label, hours, help="Times outside working hours in either zone get a warning")
    form.add_section("Invites and packets")
    reminder = QSpinBox()
    reminder.setRange(0, 40320)
    reminder.setSingleStep(15)
    reminder.setSuffix(" minutes before")
    form.add("invites.reminder_minutes", "Reminder", reminder, help="0: calendar files carry no reminder")
    form.add("packets.paper", "Paper", combo([("By recipient: A4 in Europe, US Letter in the US", "auto"),
                                               ("Always A4", "A4"), ("Always US Letter", "Letter")]))
    form.add_section(tr("Language"))
    form.add("ui.language", tr("Language of the app"),
             combo([(tr("As the system (Danish if it is Danish, else English)"), ""), ("Dansk", "da"),
                    ("English", "en")]),
             help=tr("Menus, dialogs and messages. Invites and packets follow each recipient's language."))
    form.set_values({key: current.get(key) for key in form.rows})
    return form


def open_preferences(window) -> bool:
    """Show the dialog; True when something was saved."""
    from qistdesk.gui.app_settings import settings
    from qistdesk.services import preferences

    current = settings()
    form = build_form(current)
    changed: dict = {}

    def save(values: dict) -> dict:
        changed.update(preferences.apply(current, values))
        return changed

    dialog = RecordDialog("Preferences", form, save, window, ok_text="Save")
    dialog.setObjectName("preferencesDialog")
    if not dialog.exec():
        return False
    ctx = getattr(window, "ctx", None)
    if changed and ctx is not None:
        ctx.notify_changed("settings")
        ctx.show_status(f"Preferences saved: {', '.join(sorted(changed))}")
    if "ui.language" in changed:
        from qistdesk.gui.window_language import switch_language

        switch_language(window)
    return bool(changed)


def install(window) -> None:
    from qistdesk.gui.window_actions import make_action

    action = make_action(window, "&Preferences…", lambda: open_preferences(window),
                         shortcut=QKeySequence("Ctrl+,"), icon="settings",
                         tip="Office details, time zones, working hours, reminders and paper")
    action.setMenuRole(action.MenuRole.PreferencesRole)
    window.menu("File").addAction(action)
