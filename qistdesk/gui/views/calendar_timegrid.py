"""Day and week: two labelled time gutters, an all-day band, items side by side.

The vertical axis is the home zone's wall clock (Preferences: zones.home);
the second gutter gives the other zone's time at the same instant. Each day
is shaded where it lies outside working hours on one side (light) or both
(darker); holidays of both countries are tinted and named in the header; the
weeks when US and EU clocks differ carry an amber note. Geometry is worked
out once per data change (``set_data``), so a repaint only draws
(``calendar_timegrid_paint``).

Dragging an item moves it (its body) or resizes it (its lower edge) in
15-minute steps; ``warn`` (given by the view) returns the warnings of the new
time, drawn beside the ghost while dragging; ``moved`` is emitted on release.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QScrollBar, QWidget

from qistdesk.gui.event_common import place_name
from qistdesk.gui.i18n import tr
from qistdesk.gui.views.calendar_drag import GridMouse
from qistdesk.gui.views.calendar_layout import place_all_day, place_timed
from qistdesk.gui.views.calendar_timegrid_paint import TimeGridPaint

QUIET_WEEKEND = 0.55  # the width of a Saturday or Sunday with nothing timed, against a working day
QUIET_WEEKDAY = 0.75  # a working day with nothing timed, in a week where another day is crowded
CROWDED = 0.25        # a day gets this much more width per extra side-by-side column (up to three more)


class TimeGrid(GridMouse, TimeGridPaint, QWidget):
    item_activated = Signal(object)        # double-click / Enter
    item_selected = Signal(object)
    moved = Signal(object, object, object)  # item, new start (UTC), new end (UTC)
    moved_days = Signal(object, int)        # an all-day conference bar dragged by whole days
    moved_all_day = Signal(object, object, object)  # a stay, milestone or last day: item, first, last day
    day_activated = Signal(object)          # a date (header double-click)
    key_nav = Signal(object)                # the QKeyEvent, handled by the view

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Calendar time grid"))
        self.days: list[date] = []
        self.items: list = []
        self.placed = []
        self.bars = []
        self.holidays: dict[date, list[tuple[str, str]]] = {}
        self.home, self.other = "Europe/Copenhagen", "America/New_York"
        self.work = (8, 18)
        self.today: date | None = None
        self.current: date | None = None  # the view's chosen day (keyboard), tinted in the header
        self.dst_note = ""
        self.selected = None
        self.warn = None  # callable(item, start_utc, end_utc) -> list[str]
        self.warn_days = None  # callable(item, first_day, last_day) -> list[str]
        self._drag = None
        self.scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll.valueChanged.connect(self.invalidate)
        self._scrolled_to_work = False
        self.fixed_hour_height = 0.0  # printing: the hours shown fill the page
        self._geo: dict[str, float] = {}
        self._lines_cache: dict[str, list[str]] = {}
        self._pixmap: QPixmap | None = None
        self._timed_days: set[int] = set()
        self._day_columns: dict[int, int] = {}

    # --- data -------------------------------------------------------------------------------------

    def set_data(self, days, items, holidays, home, other, work, today, dst_note="") -> None:
        self.days, self.items, self.holidays = list(days), list(items), holidays
        self.home, self.other, self.work, self.today, self.dst_note = home, other, work, today, dst_note
        self.placed = place_timed(self.items, self.days, home)
        self._timed_days = {p.day_index for p in self.placed}
        self._day_columns: dict[int, int] = {}  # the most side-by-side columns a day has
        for p in self.placed:
            if p.columns > self._day_columns.get(p.day_index, 1):
                self._day_columns[p.day_index] = p.columns
        self.bars = place_all_day(self.items, self.days, max_rows=8)  # 4 rows show; the rest "+N more"
        if self.selected is not None and self.selected not in self.items:
            self.selected = next((i for i in self.items if i.key == self.selected.key), None)
        self._drag = None
        self._geo.clear()
        self._lines_cache.clear()
        self._layout_scroll()
        self.invalidate()

    def invalidate(self) -> None:
        """What is drawn changed (data, scroll, selection, size): draw the picture again on next paint."""
        self._pixmap = None
        self.update()

    # --- geometry ---------------------------------------------------------------------------------

    def _memo(self, name: str, compute):
        """Geometry is worked out once per data, size or font change, not on every rectangle."""
        if name not in self._geo:
            self._geo[name] = compute()
        return self._geo[name]

    def hour_height(self) -> float:
        if self.fixed_hour_height:
            return self.fixed_hour_height
        return self._memo("hour", lambda: max(self.fontMetrics().height() * 2.4, 36.0))

    def gutter(self) -> float:
        fm = self.fontMetrics()
        return self._memo("gutter", lambda: max(fm.horizontalAdvance(place_name(z))
                                                for z in (self.home, self.other, "America/New_York")) + 12)

    def header_height(self) -> float:
        return self._memo("header", lambda: self.fontMetrics().height() * (3 if self.dst_note else 2) + 10)

    def all_day_rows(self) -> int:
        return self._memo("rows", lambda: min(max((b.row for b in self.bars), default=-1) + 1, 4))

    def all_day_height(self) -> float:
        return self._memo("allday", lambda: max(self.all_day_rows(), 1) * (self.fontMetrics().height() + 4) + 6)

    def body_top(self) -> float:
        return self._memo("top", lambda: self.header_height() + self.all_day_height())

    def grid_left(self) -> float:
        return self.gutter() * 2

    def column_edges(self) -> list[float]:
        """Where each day's column starts (and the last ends). In a week, a Saturday or Sunday with
        nothing timed on it (and no holiday to name) is narrower, so the working days get the room;
        a day with items side by side is wider, and then a working day with nothing timed gives way
        (a conference's sessions stay readable at 1024 pixels)."""
        def compute():
            bar = 0 if self.scroll.isHidden() else self.scroll.sizeHint().width()
            week = len(self.days) == 7
            crowded = week and any(n > 1 for n in self._day_columns.values())
            weights = []
            for i, d in enumerate(self.days):
                if not week or i in self._timed_days or d in self.holidays:
                    weights.append(1.0 + CROWDED * (min(self._day_columns.get(i, 1), 4) - 1) if week else 1.0)
                else:
                    weights.append(QUIET_WEEKEND if d.weekday() >= 5 else QUIET_WEEKDAY if crowded else 1.0)
            unit = (self.width() - self.grid_left() - bar) / max(sum(weights), 1.0)
            edges = [self.grid_left()]
            for w in weights:
                edges.append(edges[-1] + w * unit)
            return edges
        return self._memo("edges", compute)

    def col_x(self, index: int) -> float:
        return self.column_edges()[index]

    def col_w(self, index: int) -> float:
        edges = self.column_edges()
        return edges[index + 1] - edges[index]

    def column_width(self) -> float:
        """The width of a full (working) day's column."""
        return max((self.col_w(i) for i in range(len(self.days))), default=0.0)

    def y_of(self, minutes: float) -> float:
        return self.body_top() + minutes / 60 * self.hour_height() - self.scroll.value()

    def minutes_at(self, y: float) -> float:
        return (y - self.body_top() + self.scroll.value()) / self.hour_height() * 60

    def day_at(self, x: float) -> int:
        return bisect_right(self.column_edges(), x) - 1 if self.days else -1

    def rect_of(self, p) -> QRectF:
        left = self.col_x(p.day_index) + 1
        width = (self.col_w(p.day_index) - 6) / p.columns
        top, bottom = self.y_of(p.top_min), self.y_of(p.bottom_min)
        return QRectF(left + p.column * width, top + 1, width - 1, max(bottom - top - 2, 6))

    def bar_rect(self, bar) -> QRectF:
        h = self.fontMetrics().height() + 4
        top = self.header_height() + 3 + bar.row * h
        left = self.col_x(bar.first)
        return QRectF(left + 2, top, self.col_x(bar.last + 1) - left - 4, h - 2)

    def _layout_scroll(self) -> None:
        sb = self.scroll.sizeHint().width()
        top = int(self.body_top())
        self.scroll.setGeometry(self.width() - sb, top, sb, max(self.height() - top, 0))
        visible = self.height() - self.body_top()
        total = 24 * self.hour_height()
        self.scroll.setRange(0, int(max(total - visible, 0)))
        self.scroll.setPageStep(int(max(visible, 1)))
        self.scroll.setSingleStep(int(self.hour_height() / 2))
        if not self._scrolled_to_work and visible > 0:
            self._scrolled_to_work = True
            self.scroll.setValue(int((self.work[0] - 1) * self.hour_height()))

    def resizeEvent(self, event) -> None:
        self._geo.clear()
        self._layout_scroll()
        self._pixmap = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if hasattr(self, "_geo"):  # fonts and palettes change before __init__ has finished, too
            self._geo.clear()
            self._pixmap = None
        super().changeEvent(event)

    def wheelEvent(self, event) -> None:
        self.scroll.setValue(self.scroll.value() - event.angleDelta().y() // 2)
