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
    edit.setPlaceholderText(tr("e.g. Europe/Copenhagen"))
    return edit


class LogoPicker(QWidget):
    """A logo file path with Browse… and a small preview."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(tr("no logo"))
        self.path_edit.setAccessibleName(tr("Logo file"))
        self.browse = QPushButton(tr("&Browse…"), self)
        self.browse.setAccessibleName(tr("Choose a logo file"))
        self.clear = QPushButton(tr("Clear"), self)
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
        path, _filter = QFileDialog.getOpenFileName(self, tr("Logo for packets"), start,
                                                    tr("Images (*.png *.jpg *.jpeg *.svg)"))
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
    form.add_section(tr("Office (organiser of invites, header of packets)"))
    form.add("office.name", tr("Office name"), QLineEdit(), required=True)
    form.add("office.organizer_name", tr("Organiser name"), QLineEdit(), help=tr("The ORGANIZER name on invites"))
    form.add("office.email", tr("Organiser e-mail"), QLineEdit(), required=True,
             help=tr("Invites ask recipients to answer to this address"))
    form.add("office.phone", tr("Phone"), QLineEdit())
    form.add("office.contact", tr("Contact block"), text_edit(3), help=tr("Printed on packets: address, phone, web"))
    form.add("office.country", tr("Office country"), combo([(tr("Denmark"), "DK"), (tr("United States"), "US")]))
    form.add("office.logo", tr("Logo"), LogoPicker(), help=tr("PNG, JPEG or SVG, printed on packet covers"))
    form.add_section(tr("Time zones and working hours"))
    form.add("zones.home", tr("Home zone"), zone_edit(), required=True, help=tr("Shown first beside every time"))
    form.add("zones.other", tr("Other zone"), zone_edit(), required=True, help=tr("Shown second beside every time"))
    for key, label in (("schedule.work_start_hour", tr("Working day starts")),
                       ("schedule.work_end_hour", tr("Working day ends"))):
        hours = QSpinBox()
        hours.setRange(0, 24)
        hours.setSuffix(tr(":00"))
        form.add(key, label, hours, help=tr("Times outside working hours in either zone get a warning"))
    form.add_section(tr("Invites and packets"))
    reminder = QSpinBox()
    reminder.setRange(0, 40320)
    reminder.setSingleStep(15)
    reminder.setSuffix(tr(" minutes before"))
    form.add("invites.reminder_minutes", tr("Reminder"), reminder, help=tr("0: calendar files carry no reminder"))
    form.add("packets.paper", tr("Paper"), combo([(tr("By recipient: A4 in Europe, US Letter in the US"), "auto"),
                                               (tr("Always A4"), "A4"), (tr("Always US Letter"), "Letter")]))
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

    dialog = RecordDialog(tr("Preferences"), form, save, window, ok_text=tr("Save"))
    dialog.setObjectName("preferencesDialog")
    if not dialog.exec():
        return False
    ctx = getattr(window, "ctx", None)
    if changed and ctx is not None:
        ctx.notify_changed("settings")
        ctx.show_status(tr("Preferences saved: {fields}").format(
            fields=", ".join(form.field_title(key) for key in sorted(changed))))
    if "ui.language" in changed:
        from qistdesk.gui.window_language import switch_language

        switch_language(window)
    return bool(changed)


def install(window) -> None:
    from qistdesk.gui.window_actions import make_action

    action = make_action(window, tr("&Preferences…"), lambda: open_preferences(window),
                         shortcut=QKeySequence("Ctrl+,"), icon="settings",
                         tip=tr("Office details, time zones, working hours, reminders and paper"))
    action.setMenuRole(action.MenuRole.PreferencesRole)
    window.menu("File").addAction(action)
