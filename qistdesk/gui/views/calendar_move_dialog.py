"""Move an item to another day without the mouse: the calendar's item menu and its small dialog.

The agenda is a list with no time axis to drag along, and a keyboard user
cannot drag in the week or month either. Right-click (or the Menu key /
Shift+F10) on an item offers "Open" and "Move to another day…". The dialog asks
for the day, shows the same warnings a drag shows for that day (holiday,
working hours, clock-change week, someone or a room booked twice, a session
outside its event), and on OK moves the item as a drop would: a timed item
keeps its time of day, a series date asks "this date or the whole series", a
conference asks about its sessions, and each is one Undo step.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMenu, QWidget

from qistdesk.gui.i18n import tr
from qistdesk.gui.views.calendar_drag import shift_local
from qistdesk.gui.widgets.datetime_edit import DateEdit
from qistdesk.timezones import utc_to_local


def movable(item) -> bool:
    """Items a day can be given: not cancelled, and a timed item only when the grid lets it move."""
    if item is None or item.cancelled:
        return False
    return item.kind in ("conference", "workshop", "exchange", "milestone") if item.all_day else bool(item.movable)


def item_under(view, widget: QWidget, pos: QPoint):
    """The item a context menu at ``pos`` in ``widget`` is about: the one under the mouse on a
    right-click; from the Menu key or Shift+F10 the agenda's current row, or in the week and month
    the item chosen, else the current day's first (as Enter opens it)."""
    area = widget.viewport() if widget is view.agenda else widget
    if area.mapFromGlobal(QCursor.pos()) != pos:  # the keyboard's menu
        if widget is view.agenda:
            return widget.selected_item()  # the current row (a day's heading has no menu)
        return view.selected_item() or next((i for i in view.items if view._on_current(i)), None)
    if widget is view.agenda:
        row = widget.itemAt(pos)
        if row is not None:
            widget.setCurrentItem(row)
        return widget.selected_item()
    found = widget.item_at(QPointF(pos))
    return found[0] if isinstance(found, tuple) else found  # the week grid gives (item, placed)


def show_item_menu(view, widget: QWidget, pos: QPoint) -> None:
    """The item menu at ``pos``: Open, and Move to another day… when the item can move."""
    item = item_under(view, widget, pos)
    if item is None:
        return
    menu = QMenu(widget)
    menu.addAction(tr("&Open"), lambda: view.open_item(item))
    move = menu.addAction(tr("&Move to another day…"), lambda: move_to_day(view, item))
    move.setEnabled(movable(item))
    at = widget.viewport().mapToGlobal(pos) if widget is view.agenda else widget.mapToGlobal(pos)
    menu.popup(at)


def first_day(view, item) -> date:
    return item.first_day if item.all_day else utc_to_local(item.start_utc, view.prefs.home).date()


def warnings_on(view, item, day: date) -> list[str]:
    """What a drop of ``item`` on ``day`` would be warned about."""
    days = (day - first_day(view, item)).days
    if not days:
        return []
    if item.all_day:
        return view._day_warnings(item, item.first_day + timedelta(days=days), item.last_day + timedelta(days=days))
    home = view.prefs.home
    return view._warnings(item, shift_local(item.start_utc, home, days, 0), shift_local(item.end_utc, home, days, 0))


class MoveToDayDialog(QDialog):
    def __init__(self, view, item):
        super().__init__(view)
        self.view, self.item = view, item
        self.setWindowTitle(tr("Move to another day"))
        self.day = DateEdit(first_day(view, item), self)
        self.day.setAccessibleName(tr("New day"))
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.warnings.setAccessibleName(tr("Warnings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Move “{title}” to another day; a timed item keeps its time of day.").format(
            title=item.title), self))
        form.addRow(tr("New day:"), self.day)
        form.addRow(self.warnings)
        form.addRow(buttons)
        self.day.changed.connect(self._check)
        self._check()
        self.day.line.setFocus()
        self.day.line.selectAll()

    def _check(self) -> None:
        found = warnings_on(self.view, self.item, self.day.value())
        self.warnings.setText("\n".join(f"⚠ {w}" for w in found))
        self.warnings.setVisible(bool(found))
        self.adjustSize()  # the dialog grows with its warnings (and shrinks back), never cuts them


def move_to_day(view, item, day: date | None = None) -> bool:
    """Ask for a day (unless given) and move ``item`` there as a drop would; False when nothing moved."""
    if not movable(item):
        return False
    if day is None:
        dialog = MoveToDayDialog(view, item)
        answer = dialog.exec()
        view.activateWindow()  # back to the calendar, so Ctrl+Z and the keys reach it at once
        view.stack.currentWidget().setFocus()
        if answer != QDialog.DialogCode.Accepted or dialog.day.error():
            return False
        day = dialog.day.value()
    days = (day - first_day(view, item)).days
    if not days:
        return False
    if item.kind in ("conference", "workshop") and item.all_day:
        return view.move_event_days(item, days)
    if item.all_day:
        return view.move_all_day(item, item.first_day + timedelta(days=days), item.last_day + timedelta(days=days))
    home = view.prefs.home
    return view.move_item(item, shift_local(item.start_utc, home, days, 0), shift_local(item.end_utc, home, days, 0))
