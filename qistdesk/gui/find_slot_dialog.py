"""The scheduling assistant dialog: who, how long, where, when; the best slots with reasons.

Opened from the Calendar (Find a slot…) and from the Event menu. The search is
``services.find_slot`` (the same as ``qistdesk find-slot``); the free/busy grid
shows the people and the room over the days around the chosen slot, both
zones on the time axis. "Show in calendar" goes to the slot's week.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr
from qistdesk.gui.views.calendar_freebusy import FreeBusyGrid
from qistdesk.gui.widgets.datetime_edit import DateEdit
from qistdesk.gui.widgets.pickers import person_picker
from qistdesk.services.errors import USER_ERRORS
from qistdesk.timezones import utc_to_local


class FindSlotDialog(QDialog):
    def __init__(self, ctx, start: date | None = None, parent: QWidget | None = None, *, on_pick=None,
                 duration_minutes: int | None = None, venue_id: str | None = None):
        super().__init__(parent)
        from qistdesk.gui.event_common import preferences
        from qistdesk.services import queries

        self.ctx, self.prefs = ctx, preferences(ctx)
        self.setWindowTitle(tr("Find a slot"))
        self.setObjectName("findSlotDialog")
        self.resize(980, 680)
        self.people: list[tuple[str, str, bool]] = []  # (id, label, required)
        self.slots = []
        start = start or date.today()
        form = QFormLayout()
        self.duration = QSpinBox(self)
        self.duration.setRange(15, 720)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(tr(" min"))
        self.duration.setAccessibleName(tr("Duration in minutes"))
        self.duration.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        form.addRow(tr("&Duration"), self.duration)
        who = QHBoxLayout()
        self.picker = person_picker(ctx.db, self)
        self.picker.setAccessibleName(tr("Person to add"))
        self.picker.setToolTip(tr("Type part of a name, pick the person, and press Enter to add them as required"))
        self.picker.installEventFilter(self)  # Enter adds the person typed (not Find, the default button)
        add_required = QPushButton(tr("Add &required"), self)
        add_optional = QPushButton(tr("Add o&ptional"), self)
        add_required.clicked.connect(lambda: self.add_person(True))
        add_optional.clicked.connect(lambda: self.add_person(False))
        who.addWidget(self.picker, 1)
        who.addWidget(add_required)
        who.addWidget(add_optional)
        form.addRow(tr("People"), who)
        self.person_list = QListWidget(self)
        self.person_list.setAccessibleName(tr("People in the search"))
        self.person_list.setMaximumHeight(self.fontMetrics().height() * 5)
        remove = QPushButton(tr("Remove"), self)
        remove.clicked.connect(self.remove_person)
        row = QHBoxLayout()
        row.addWidget(self.person_list, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", row)
        self.venue = QComboBox(self)
        self.venue.setAccessibleName(tr("Venue"))
        self.venue.addItem(tr("(any, or online)"), None)
        for v in queries.list_venues(ctx.db):
            self.venue.addItem(v["name"], v["id"])
        self.room = QLineEdit(self)
        self.room.setAccessibleName(tr("Room"))
        self.room.setPlaceholderText(tr("any room (e.g. Room B)"))
        self.room.setToolTip(tr("Only this room of the venue must be free, as the timetables name it: a "
                                "conference takes a room only in its sessions there"))
        place = QHBoxLayout()
        place.addWidget(self.venue, 2)
        place.addWidget(self.room, 1)
        venue_label = QLabel(tr("&Venue"), self)
        venue_label.setBuddy(self.venue)
        form.addRow(venue_label, place)
        when = QHBoxLayout()
        self.first, self.last = DateEdit(start, self), DateEdit(start + timedelta(days=13), self)
        self.first.setAccessibleName(tr("From"))
        self.last.setAccessibleName(tr("To"))
        when.addWidget(self.first)
        when.addWidget(QLabel(tr("to"), self))
        when.addWidget(self.last)
        when.addStretch(1)
        form.addRow(tr("Between"), when)
        series = QHBoxLayout()
        self.series = QComboBox(self)
        self.series.setAccessibleName(tr("Series"))
        for label, value in ((tr("One date"), None), (tr("Weekly"), "weekly"),
                             (tr("Fortnightly"), "fortnightly"), (tr("Monthly"), "monthly")):
            self.series.addItem(label, value)
        self.count = QSpinBox(self)
        self.count.setRange(2, 100)
        self.count.setValue(10)
        self.count.setSuffix(tr(" dates"))
        self.count.setAccessibleName(tr("Number of dates"))
        self.series.currentIndexChanged.connect(lambda _i: self.count.setEnabled(self.series.currentData() is not None))
        self.count.setEnabled(False)
        series.addWidget(self.series)
        series.addWidget(self.count)
        series.addStretch(1)
        form.addRow(tr("Repeat"), series)
        self.find_button = QPushButton(tr("&Find"), self)
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.search)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(tr("Proposed slots, best first"))
        self.results.setWordWrap(True)
        self.results.currentRowChanged.connect(self.show_slot)
        self.grid = FreeBusyGrid(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.results)
        split.addWidget(scroll)
        split.setSizes([260, 220])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button = buttons.addButton(tr("Show in calendar"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self.show_in_calendar)
        self.on_pick = on_pick
        self.use_button = buttons.addButton(tr("&Use this slot"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setVisible(on_pick is not None)
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_slot)
        self.show_button.setVisible(on_pick is None)
        self.new_button = buttons.addButton(tr("New &seminar at this slot…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.setToolTip(tr("Open a new seminar with this slot's start and end filled in"))
        self.new_button.setEnabled(False)
        self.new_button.setVisible(on_pick is None)
        self.new_button.clicked.connect(self.new_at_slot)
        if duration_minutes:
            self.duration.setValue(max(15, min(duration_minutes, 720)))
        if venue_id:
            self.venue.setCurrentIndex(max(self.venue.findData(venue_id), 0))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    # --- people ---------------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.picker and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.picker.text().strip():
            self.add_person(True)
            return True
        return super().eventFilter(obj, event)

    def add_person(self, required: bool) -> None:
        ident = self.picker.value()
        if ident is None:
            self.message.setText(self.picker.error() or tr("Type a name and pick it from the list first."))
            return
        self.people = [p for p in self.people if p[0] != ident] + [(ident, self.picker.text(), required)]
        self._show_people()
        self.picker.clear()

    def remove_person(self) -> None:
        row = self.person_list.currentRow()
        if 0 <= row < len(self.people):
            del self.people[row]
            self._show_people()

    def _show_people(self) -> None:
        self.person_list.clear()
        for _id, label, required in self.people:
            self.person_list.addItem(tr("{person} (required)").format(person=label) if required
                                     else tr("{person} (optional)").format(person=label))

    # --- search ---------------------------------------------------------------------------------

    def request(self):
        from qistdesk.services.find_slot import Request

        first, last = self.first.value(), self.last.value()
        series = self.series.currentData()
        return Request(duration=timedelta(minutes=self.duration.value()), first=first, last=last,
                       required=tuple(p for p, _l, r in self.people if r),
                       optional=tuple(p for p, _l, r in self.people if not r),
                       venue_id=self.venue.currentData(),
                       room=self.room.text().strip() if self.venue.currentData() else "", series=series,
                       count=self.count.value() if series else None)

    def search(self) -> None:
        from qistdesk.services.find_slot import find_slots

        self.results.clear()
        self.slots = []
        if not any(required for _p, _l, required in self.people):
            self.message.setText("<span style='color:#b4501e'>{}</span>".format(
                html.escape(tr("Add at least one required person first."))))
            return
        try:
            self.slots = find_slots(self.ctx.db, self.request(), self.prefs, limit=8)
        except USER_ERRORS as exc:
            self.message.setText(f"<span style='color:#b4501e'>{exc}</span>")
            return
        self.message.setText(tr("%n proposal(s), best first (at most one per day).", None, len(self.slots)) if self.slots
                             else tr("No slot in that range: widen the dates or make someone optional."))
        for n, slot in enumerate(self.slots, start=1):
            times = "  ·  ".join(f"{when} {place}" for place, when in slot.times.items())
            item = QListWidgetItem(f"{n}. {times}\n    " + "\n    ".join(slot.reasons))
            item.setToolTip("\n".join(slot.reasons))
            self.results.addItem(item)
        if self.slots:
            self.results.setCurrentRow(0)

    def show_slot(self, row: int) -> None:
        from qistdesk.services.find_slot import free_busy
        from qistdesk.services.holidays_dk_us import holidays_between

        self.show_button.setEnabled(0 <= row < len(self.slots))
        self.use_button.setEnabled(0 <= row < len(self.slots))
        self.new_button.setEnabled(0 <= row < len(self.slots))
        if not 0 <= row < len(self.slots):
            return
        slot = self.slots[row]
        day = utc_to_local(slot.start, self.prefs.home).date()
        days = [day + timedelta(days=n) for n in range(-1, 2)]
        rows = free_busy(self.ctx.db, [p for p, _l, _r in self.people], self.venue.currentData(), days[0],
                         days[-1], self.prefs, room=self.room.text())
        self.grid.set_data(rows, days, self.prefs.home, self.prefs.other,
                           (self.prefs.work_start_hour, self.prefs.work_end_hour), (slot.start, slot.end),
                           holidays_between(days[0], days[-1]))

    def use_slot(self) -> None:
        row = self.results.currentRow()
        if self.on_pick is not None and 0 <= row < len(self.slots):
            self.on_pick(self.slots[row])
            self.accept()

    def new_at_slot(self) -> None:
        """From the Calendar (or Event ▸ Find a slot…): a new seminar's dialog at the chosen slot,
        its start and end as wall-clock times in the dialog's zone."""
        row = self.results.currentRow()
        window = self.parent().window() if self.parent() is not None else None
        if not 0 <= row < len(self.slots) or not hasattr(window, "show_view"):
            return
        slot = self.slots[row]
        self.accept()
        view = window.show_view("seminars")
        view.new_record()
        dialog = view._dialog  # noqa: SLF001 - the dialog new_record just opened
        zone_name = dialog.zone_name()
        dialog.start_edit.set_value(utc_to_local(slot.start, zone_name).replace(tzinfo=None))
        dialog.end_edit.set_value(utc_to_local(slot.end, zone_name).replace(tzinfo=None))

    def show_in_calendar(self) -> None:
        row = self.results.currentRow()
        parent = self.parent()
        if 0 <= row < len(self.slots) and hasattr(parent, "go_to"):
            parent.go_to(utc_to_local(self.slots[row].start, self.prefs.home).date())


def add_to_event_dialog(dialog) -> None:
    """A "Find a slot…" button in a new event's dialog: the chosen slot fills Starts and Ends
    (as wall-clock times in the event's zone)."""
    button = dialog.buttons.addButton(tr("Find a &slot…"), QDialogButtonBox.ButtonRole.ActionRole)
    button.setToolTip(tr("Scheduling assistant: a time that suits both sides, the people and the room"))

    def pick(slot) -> None:
        zone_name = dialog.zone_name()
        dialog.start_edit.set_value(utc_to_local(slot.start, zone_name).replace(tzinfo=None))
        dialog.end_edit.set_value(utc_to_local(slot.end, zone_name).replace(tzinfo=None))

    def open_assistant() -> None:
        start, end = dialog.start_edit.value(), dialog.end_edit.value()
        minutes = int((end - start).total_seconds() // 60) if end > start else 60
        FindSlotDialog(dialog.ctx, start=start.date(), parent=dialog, on_pick=pick, duration_minutes=minutes,
                       venue_id=dialog.venue_combo.currentData()).open()

    button.clicked.connect(open_assistant)
    dialog.find_slot_button = button


def install(window) -> None:
    """Event ▸ Find a slot… (Ctrl+Shift+S): the assistant from anywhere in the app."""
    from PySide6.QtGui import QAction, QKeySequence

    def open_dialog() -> None:
        view = window.current_view()
        start = getattr(view, "current", None)
        parent = view if hasattr(view, "go_to") else window
        dialog = FindSlotDialog(window.ctx, start=start, parent=parent)
        dialog.open()

    action = QAction(tr("Find a &slot…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    action.setStatusTip(tr("Scheduling assistant: a time that suits both sides, the people and the room"))
    action.triggered.connect(open_dialog)
    window.menu("Event").addAction(action)
