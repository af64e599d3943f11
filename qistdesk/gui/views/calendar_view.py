"""The Calendar view: day, week, month and agenda, with navigation, filters and moves.

This module is the navigation and the glue: which period is shown, what is
loaded for it (``services.calendar_items``, the holidays of both countries),
the keys (arrows move the day, Page Up/Down the period, T today, Enter
opens), the filters by kind and person, and what a drag does (one Undo step;
"this date or the whole series" for a series date). The controls are built in
``calendar_controls``; the painters live in ``calendar_timegrid`` and ``calendar_month``,
the list in ``calendar_agenda``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr
from qistdesk.gui.views.calendar_controls import CalendarControls, today
from qistdesk.gui.views.calendar_month import month_days
from qistdesk.gui.views.calendar_periods import PeriodStore
from qistdesk.services import calendar_items, holidays_dk_us

AGENDA_DAYS = 42
PREFETCH_DELAY_MS = 150  # then read the next and previous period on a worker thread


class CalendarView(CalendarControls, QWidget):
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
        self._show_filter_count()
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
            self.grid.current = self.current  # tinted in the header: where the arrow keys are
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
        from qistdesk.services.time_checks import clock_change_text  # the editors' own sentence
        from qistdesk.timezones import local_to_utc
        from datetime import datetime

        noon = local_to_utc(datetime.combine(odd[0], datetime.min.time()).replace(hour=12), home)
        span = locale_format.day_month_short(odd[0]) + (f"–{locale_format.day_month_short(odd[-1])}"
                                                       if len(odd) > 1 else "")
        return f"{span}: " + clock_change_text(noon, (home, other)).replace("that week ", "")

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

    def move_item(self, item, start, end) -> bool:
        from qistdesk.gui.views.calendar_actions import move_with_undo

        return move_with_undo(self, item, start, end)

    def _day_warnings(self, item, first: date, last: date) -> list[str]:
        from qistdesk.services.calendar_days import day_warnings

        return day_warnings(self.ctx.db, item, first, last)

    def move_all_day(self, item, first: date, last: date) -> bool:
        from qistdesk.gui.views.calendar_actions import move_days_with_undo

        return move_days_with_undo(self, item, first, last)

    def move_event_days(self, item, days: int) -> bool:
        from qistdesk.gui.views.calendar_actions import move_event_days

        return move_event_days(self, item, days)

    def find_slot(self) -> None:
        from qistdesk.gui.find_slot_dialog import FindSlotDialog

        FindSlotDialog(self.ctx, start=self.current, parent=self).open()

    def print_pdf(self, path: str | None = None) -> str | None:
        from qistdesk.gui.views.calendar_print import print_period

        return print_period(self, path)
