"""The Calendar view: day, week, month and agenda, with navigation, filters and moves.

This module is the navigation and the glue: which period is shown, what is
loaded for it (``services.calendar_items``, the holidays of both countries),
the keys (arrows move the day, Page Up/Down the period, T today, Enter
opens), the filters by kind and person, and what a drag does (one Undo step;
"this date or the whole series" for a series date). The painters live in
``calendar_timegrid`` and ``calendar_month``, the list in ``calendar_agenda``.
"""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QMenu, QMessageBox,
                               QPushButton, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from qistdesk.gui.views.calendar_agenda import AgendaList
from qistdesk.gui.views.calendar_month import MonthGrid, month_days
from qistdesk.gui.views.calendar_periods import PeriodStore
from qistdesk.gui.views.calendar_timegrid import TimeGrid
from qistdesk.gui.theme import set_font_factor
from qistdesk.gui.widgets.datetime_edit import DateEdit
from qistdesk.gui.widgets.pickers import RecordPicker
from qistdesk.services import calendar_items, holidays_dk_us
from qistdesk.gui.event_common import place_name
from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.widgets.records_table import room_for_arrow

MODES = ("day", "week", "month", "agenda")
AGENDA_DAYS = 42
PREFETCH_DELAY_MS = 150  # then read the next and previous period on a worker thread
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


class CalendarView(QWidget):
    period_changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        from qistdesk.gui.event_common import preferences

        self.prefs = preferences(ctx)
        self.mode = "week"
        self.current = today()
        self.items: list = []
        self.checker = None
        self.filters = {key: True for key in calendar_items.FILTERS}
        self.periods = PeriodStore(ctx.db)
        self.read_ahead = True  # the benchmark's cold switches turn it off
        self._need_holidays = False
        self._ahead_timer = QTimer(self, singleShot=True, interval=PREFETCH_DELAY_MS, timeout=self._read_ahead)
        self._build()
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    # --- building -------------------------------------------------------------------------------

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
        self.print_button.clicked.connect(self.print_pdf)
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

    # --- period ---------------------------------------------------------------------------------

    def days(self) -> list[date]:
        d = self.current
        if self.mode == "day":
            return [d]
        if self.mode == "week":
            start = d - timedelta(days=d.weekday())
            return [start + timedelta(days=n) for n in range(7)]
        if self.mode == "month":
            return month_days(d)
        return [d + timedelta(days=n) for n in range(AGENDA_DAYS)]

    def _goto_changed(self) -> None:
        """A date typed (read when the field is left or Enter pressed) or picked in the pop-up."""
        if self._goto_live and self.goto.error() is None and self.goto.value() != self.current:
            self.go_to(self.goto.value())

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.refresh()

    def go_to(self, day: date) -> None:
        self.current = day
        self.refresh()

    def step(self, direction: int) -> None:
        self.step_date(direction)
        self.refresh()

    def step_date(self, direction: int) -> None:
        d = self.current
        if self.mode == "day":
            self.current = d + timedelta(days=direction)
        elif self.mode == "week":
            self.current = d + timedelta(weeks=direction)
        elif self.mode == "month":
            month = d.month - 1 + direction
            first = date(d.year + month // 12, month % 12 + 1, 1)
            self.current = first
        else:
            self.current = d + timedelta(days=direction * AGENDA_DAYS)

    def handle_key(self, event) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in moves:
            days = moves[key] if self.mode != "day" or key in (Qt.Key.Key_Left, Qt.Key.Key_Right) else moves[key]
            self.go_to(self.current + timedelta(days=days))
        elif key == Qt.Key.Key_PageUp:
            self.step(-1)
        elif key == Qt.Key.Key_PageDown:
            self.step(1)
        elif key == Qt.Key.Key_T:
            self.go_to(today())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.selected_item() or next((i for i in self.items if self._on_current(i)), None)
            if item is not None:
                self.open_item(item)

    def _shown_count(self, first: date, last: date) -> int:
        """How many items touch the shown days (the read window is a day wider on each side)."""
        from qistdesk.gui.views.calendar_layout import day_bounds

        start, end = day_bounds(first, self.prefs.home)[0], day_bounds(last, self.prefs.home)[1]
        return sum(1 for i in self.items if ((i.first_day <= last and i.last_day >= first) if i.all_day
                                             else (i.start_utc < end and i.end_utc > start)))

    def _on_current(self, item) -> bool:
        from qistdesk.timezones import utc_to_local

        if item.all_day:
            return item.first_day <= self.current <= item.last_day
        return utc_to_local(item.start_utc, self.prefs.home).date() == self.current

    def selected_item(self):
        widget = self.stack.currentWidget()
        return widget.selected_item() if widget is self.agenda else widget.selected

    # --- data -----------------------------------------------------------------------------------

    def kinds(self) -> set[str]:
        return {k for key, on in self.filters.items() if on for k in calendar_items.FILTERS[key]}

    def set_filter(self, key: str, on: bool) -> None:
        self.filters[key] = on
        self.refresh()

    def _data_changed(self, what: str) -> None:
        self.periods.clear()
        if what in ("people", "*"):
            self.person.loaded = False
        if what != "settings":
            self.refresh()

    def _period(self, days: list[date]):
        """The key, window and kinds a period is read by."""
        kinds = self.kinds() - ({"session"} if len(days) > 7 else set())  # the month shows no sessions
        window = calendar_items.local_range(days[0], days[-1], self.prefs.home)
        return (days[0], days[-1], frozenset(kinds), self._person_id), window, kinds

    def _load(self, days: list[date]):
        """Items and holidays of these days, from the periods read before (or ahead)."""
        key, window, kinds = self._period(days)
        items = self.periods.get(key, window, kinds, self._person_id)
        if not holidays_dk_us.loaded():  # paint now, name the holidays right after the first paint
            self._need_holidays = True
            self.update()
            return items, {}, window
        return items, locale_format.holidays_between(days[0], days[-1]), window

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._need_holidays:
            self._need_holidays = False
            QTimer.singleShot(0, self._holidays_ready)

    def _holidays_ready(self) -> None:
        if not holidays_dk_us.loaded():
            holidays_dk_us.for_year("DK", self.current.year)
            self.refresh()

    def _read_ahead(self) -> None:
        """On a worker thread, read the next and the previous period, so Page Down/Up show them at once."""
        if self.mode == "agenda" or not self.read_ahead:
            return
        saved = self.current
        try:
            for direction in (1, -1):
                self.step_date(direction)
                key, window, kinds = self._period(self.days())
                self.periods.ahead(key, window, kinds, self._person_id)
                self.current = saved
        finally:
            self.current = saved

    def refresh(self) -> None:
        days = self.days()
        home, other = self.prefs.home, self.prefs.other
        self.items, holidays, window = self._load(days)
        self.checker = None
        self._window = window
        self._ahead_timer.start()
        note = self._dst_note(days)
        if self.mode in ("day", "week"):
            self.grid.set_data(days, self.items, holidays, home, other,
                               (self.prefs.work_start_hour, self.prefs.work_end_hour), today(), note)
            self.stack.setCurrentWidget(self.grid)
        elif self.mode == "month":
            self.month.set_data(self.current.replace(day=1), self.current, self.items, holidays, home, today())
            self.stack.setCurrentWidget(self.month)
        else:
            self.agenda.set_data(days, self.items, holidays, home, other)
            self.stack.setCurrentWidget(self.agenda)
        self._goto_live = False
        self.goto.set_value(self.current)
        self._goto_live = True
        self.title.setText(self._title(days))
        shown = self._shown_count(days[0], days[-1])
        self.status.setText(tr("%n item(s) shown", None, shown) + ("" if self.mode in ("day", "week") or not note
                                                                   else f" · ⚠ {note}"))
        self.period_changed.emit()

    def _title(self, days: list[date]) -> str:
        if self.mode == "day":
            return locale_format.day(days[0])
        if self.mode == "week":
            return f"{locale_format.week_label(days[0])} · {locale_format.date_span(days[0], days[-1])}"
        if self.mode == "month":
            return locale_format.month_title(self.current)
        return tr("From {first} to {last}").format(first=locale_format.day_month_short(days[0]),
                                                   last=locale_format.day_month_short(days[-1], with_year=True))

    def _dst_note(self, days: list[date]) -> str:
        from qistdesk.timezones import offsets_differ_from_usual

        home, other = self.prefs.home, self.prefs.other
        odd = [d for d in days if offsets_differ_from_usual(d, home, other)]
        if not odd or self.mode in ("month", "agenda") and len(odd) < 1:
            return ""
        from qistdesk.services.scheduling import _dst_message  # noqa: PLC2701 - the editors' own sentence
        from qistdesk.timezones import local_to_utc
        from datetime import datetime

        noon = local_to_utc(datetime.combine(odd[0], datetime.min.time()).replace(hour=12), home)
        span = locale_format.day_month_short(odd[0]) + (f"–{locale_format.day_month_short(odd[-1])}"
                                                       if len(odd) > 1 else "")
        return f"{span}: " + _dst_message(noon, (home, other)).replace("that week ", "")

    # --- items ----------------------------------------------------------------------------------

    def _show_selected(self, item) -> None:
        from qistdesk.gui.views.calendar_style import KIND_LABELS

        self.status.setText(f"{tr(KIND_LABELS.get(item.kind, item.kind))}: {item.title}"
                            + (f" — {item.detail}" if item.detail else "") + " " + tr("(Enter or double-click opens it)"))

    def _select_day(self, d: date) -> None:
        if d != self.current:
            self.current = d
            self.month.current = d
            self._goto_live = False
            self.goto.set_value(d)
            self._goto_live = True
            self.month.update()

    def open_item(self, item) -> None:
        window = self.window()
        if item.exchange_id:
            key, ident = "exchanges", item.exchange_id
        else:
            key = "seminars" if item.kind in ("seminar", "series-date") else "conferences"
            ident = item.event_id
        if hasattr(window, "show_view"):
            view = window.show_view(key)
            if view is not None and hasattr(view, "open_record"):
                view.open_record(ident)

    def _warnings(self, item, start, end) -> list[str]:
        from qistdesk.services.calendar_moves import MoveChecker

        if self.checker is None:
            self.checker = MoveChecker(self.ctx.db, self.items, self._window, self.prefs)
        return self.checker.warnings(item, start, end)

    def move_item(self, item, start, end) -> None:
        from qistdesk.gui.views.calendar_actions import move_with_undo

        move_with_undo(self, item, start, end)

    def _day_warnings(self, item, first: date, last: date) -> list[str]:
        from qistdesk.services.calendar_days import day_warnings

        return day_warnings(self.ctx.db, item, first, last)

    def move_all_day(self, item, first: date, last: date) -> None:
        from qistdesk.gui.views.calendar_actions import move_days_with_undo

        move_days_with_undo(self, item, first, last)

    def move_event_days(self, item, days: int) -> None:
        from qistdesk.gui.views.calendar_actions import move_event_days

        move_event_days(self, item, days)

    def find_slot(self) -> None:
        from qistdesk.gui.find_slot_dialog import FindSlotDialog

        FindSlotDialog(self.ctx, start=self.current, parent=self).open()

    def print_pdf(self, path: str | None = None) -> str | None:
        from qistdesk.gui.views.calendar_print import print_period

        return print_period(self, path)
