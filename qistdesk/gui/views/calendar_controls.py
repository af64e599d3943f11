"""The Calendar view's controls: the bar above the grid (today, previous, next, the date field,
the period's title, the four modes), the painters in a stack, and the bar below (status, the
kinds and person filters, Find a slot, Print).

Mixed into :class:`~qistdesk.gui.views.calendar_view.CalendarView`: the controls call its
navigation (``go_to``, ``step``, ``set_mode``), filters and item actions.
"""

from __future__ import annotations

import importlib.util
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr
from qistdesk.gui.theme import set_font_factor
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.views.calendar_agenda import AgendaList
from qistdesk.gui.views.calendar_month import MonthGrid
from qistdesk.gui.views.calendar_move_dialog import show_item_menu
from qistdesk.gui.views.calendar_timegrid import TimeGrid
from qistdesk.gui.widgets.datetime_edit import DateEdit
from qistdesk.gui.widgets.pickers import RecordPicker
from qistdesk.gui.widgets.records_table import room_for_arrow

MODES = ("day", "week", "month", "agenda")
FILTER_TITLES = {"seminars": QT_TR_NOOP("Seminars and series dates"),
                 "conferences": QT_TR_NOOP("Conferences, workshops and sessions"),
                 "exchanges": QT_TR_NOOP("Exchange stays and milestones")}
MODE_TITLES = {"day": QT_TR_NOOP("Day"), "week": QT_TR_NOOP("Week"), "month": QT_TR_NOOP("Month"),
               "agenda": QT_TR_NOOP("Agenda")}
MODE_TIPS = {"day": QT_TR_NOOP("Day view (Ctrl+Alt+1)"), "week": QT_TR_NOOP("Week view (Ctrl+Alt+2)"),
             "month": QT_TR_NOOP("Month view (Ctrl+Alt+3)"), "agenda": QT_TR_NOOP("Agenda view (Ctrl+Alt+4)")}


def today() -> date:
    from qistdesk.gui.views.exchange_parts import today as pinned_or_real_today

    return pinned_or_real_today()


class LazyPersonPicker(RecordPicker):
    """The person filter: the directory (100,000 people at scale) is read on first focus, not at open."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__((), parent, placeholder=tr("Everyone (type a name)"), noun="person")
        self.db, self.loaded = db, False

    def focusInEvent(self, event) -> None:
        if not self.loaded:
            from qistdesk.gui.widgets.pickers import person_items

            self.loaded = True
            self.set_items(person_items(self.db))
        super().focusInEvent(event)


class CalendarControls:
    """Builds the view's widgets (``_build``) and follows the person filter."""

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.today_button = QPushButton(tr("Today"), self)
        self.today_button.setToolTip(tr("Go to today (T)"))
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setAccessibleName(tr("Previous period"))
        self.prev_button.setToolTip(tr("Previous (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(tr("Next period"))
        self.next_button.setToolTip(tr("Next (Page Down)"))
        self.goto = DateEdit(self.current, self)
        self.goto.setAccessibleName(tr("Go to date"))
        self.goto.setToolTip(tr("Go to a date"))
        self.title = QLabel(self)
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 8)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setObjectName("calendarTitle")
        set_font_factor(self.title, 1.2, bold=True)  # follows Ctrl++ / Ctrl+0
        self.today_button.clicked.connect(lambda: self.go_to(today()))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.goto.changed.connect(lambda: None if self.goto.line.hasFocus() else self._goto_changed())
        self.goto.line.editingFinished.connect(self._goto_changed)
        self._goto_live = True
        for w in (self.today_button, self.prev_button, self.next_button, self.goto, self.title):
            bar.addWidget(w)
        bar.setStretchFactor(self.title, 1)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons = {}
        for n, mode in enumerate(MODES):
            b = QToolButton(self)
            b.setText(tr(MODE_TITLES[mode]))
            b.setCheckable(True)
            b.setToolTip(tr(MODE_TIPS[mode]))
            b.setShortcut(QKeySequence(f"Ctrl+Alt+{n + 1}"))
            b.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(b)
            self.mode_buttons[mode] = b
            bar.addWidget(b)
        self.filter_button = QToolButton(self)
        self.filter_button.setText(tr("Kinds"))
        self.filter_button.setAccessibleName(tr("Show kinds"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.filter_button)
        self.filter_actions = {}
        for key, title in FILTER_TITLES.items():
            action = QAction(tr(title), menu, checkable=True, checked=True)
            action.toggled.connect(lambda on, k=key: self.set_filter(k, on))
            menu.addAction(action)
            self.filter_actions[key] = action
        self.filter_button.setMenu(menu)
        room_for_arrow(self.filter_button)
        self.person = LazyPersonPicker(self.ctx.db, self)
        self.person.setAccessibleName(tr("Show only a person's calendar"))
        self.person.setToolTip(tr("Show only what one person takes part in (empty: everyone)"))
        self.person.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.person.changed.connect(self._person_changed)
        self._person_id = None
        self.find_button = QPushButton(tr("Find a slot…"), self)
        self.find_button.setToolTip(tr("Scheduling assistant: find a time that suits both sides and everyone"))
        self.find_button.clicked.connect(self.find_slot)
        self.print_button = QPushButton(tr("Print…"), self)
        self.print_button.setToolTip(tr("Print or save as PDF the period shown"))
        self.print_button.clicked.connect(lambda: self.print_pdf())  # not clicked(bool) as the path
        self.find_button.setVisible(importlib.util.find_spec("qistdesk.gui.find_slot_dialog") is not None)

        self.grid = TimeGrid(self)
        self.month = MonthGrid(self)
        self.agenda = AgendaList(self)
        self.stack = QStackedWidget(self)
        for w in (self.grid, self.month, self.agenda):
            self.stack.addWidget(w)
            w.key_nav.connect(self.handle_key)
            w.item_activated.connect(self.open_item)
        for w in (self.grid, self.month):
            w.moved.connect(self.move_item)
            w.moved_days.connect(self.move_event_days)
            w.moved_all_day.connect(self.move_all_day)
            w.warn, w.warn_days = self._warnings, self._day_warnings
        for w in (self.grid, self.month, self.agenda):  # Open / Move to another day… (mouse and keyboard)
            w.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            w.customContextMenuRequested.connect(lambda pos, w=w: show_item_menu(self, w, pos))
        self.grid.day_activated.connect(lambda d: (self.go_to(d), self.set_mode("day")))
        self.month.day_activated.connect(lambda d: (self.go_to(d), self.set_mode("day")))
        self.month.day_selected.connect(self._select_day)
        self.grid.item_selected.connect(self._show_selected)
        self.month.item_selected.connect(self._show_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Calendar status"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        below = QHBoxLayout()
        below.addWidget(self.status, 1)
        below.addWidget(QLabel(tr("Show:"), self))
        below.addWidget(self.filter_button)
        below.addWidget(self.person)
        below.addWidget(self.find_button)  # below the grid, so the period's title has room at 1024 pixels
        below.addWidget(self.print_button)
        layout.addLayout(below)
        self.mode_buttons[self.mode].setChecked(True)

    def _person_changed(self) -> None:
        ident = self.person.value()
        if ident != self._person_id and (ident or not self.person.text().strip()):
            self._person_id = ident
            self.refresh()
            if ident:  # "Name — organisation": show the name (the narrow field showed the organisation's end)
                QTimer.singleShot(0, lambda: self.person.setCursorPosition(0))
            self.person.setToolTip(self.person.text() if ident else
                                   tr("Show only what one person takes part in (empty: everyone)"))

    def _show_filter_count(self) -> None:
        """"Kinds (2 of 3)" on the button while some kinds are hidden, so a hidden kind is not forgotten."""
        shown = sum(1 for on in self.filters.values() if on)
        self.filter_button.setText(tr("Kinds") if shown == len(self.filters) else
                                   tr("Kinds ({shown} of {total})").format(shown=shown, total=len(self.filters)))
