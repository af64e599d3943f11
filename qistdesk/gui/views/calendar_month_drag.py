"""Mouse of the month grid: select, open, and drag an item to another day.

A timed item (an event, a series date) keeps its time of day and moves by whole
days; an all-day bar (a conference, an exchange stay, a milestone) moves by whole
days, and a stay's or a conference's right end changes its last day, its left end its first day. While
dragging, the target days are outlined with the editors' warnings beside them
(``warn`` for timed items, ``warn_days`` for bars, both given by the view); on
release ``moved`` / ``moved_days`` / ``moved_all_day`` say what to do, as the
week grid's do, so the view asks the same questions and pushes one Undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette

from qistdesk.gui.views import calendar_style as st
from qistdesk.gui.views.calendar_drag import DAY_KINDS, EDGE, clamp_days, emit_days, new_days, shift_local
from qistdesk.timezones import utc_to_local
from qistdesk.gui.locale_format import clock


class MonthMouse:
    """Mixed into :class:`~qistdesk.gui.views.calendar_month.MonthGrid`."""

    def mousePressEvent(self, event) -> None:
        self.setFocus()
        pos = event.position()
        self.selected = self.item_at(pos)
        index = self.index_at(pos)
        self._drag = None
        if self.selected is not None:
            self.item_selected.emit(self.selected)
            if event.button() == Qt.MouseButton.LeftButton and index is not None:
                self._drag = self._start_drag(self.selected, pos, index)
        if index is not None:
            self.day_selected.emit(self.days[index])
        self.update()

    def _start_drag(self, item, pos: QPointF, index: int) -> dict | None:
        if item.cancelled:
            return None
        if not item.all_day:
            mode = "move"
        elif item.kind in DAY_KINDS:
            mode = self._bar_end(item, pos) or "days"
        else:
            return None
        return {"item": item, "mode": mode, "pos": pos, "index": index, "days": 0, "ghost": False, "warnings": []}

    def _bar_end(self, item, pos: QPointF) -> str | None:
        """"resize-first"/"resize-days" when ``pos`` is on the left/right end of a stay's or a
        conference's bar, where that end is its real first/last day (not cut by the week row)."""
        if not item.all_day or item.kind not in DAY_KINDS or item.kind == "milestone" or item.cancelled:
            return None
        rect = next((r for r, i in reversed(self._hits) if i is item and r.contains(pos)), None)
        if rect is None:
            return None
        at = self.index_at(QPointF(rect.right() - 3, rect.center().y()))
        if pos.x() > rect.right() - EDGE and at is not None and self.days[at] == item.last_day:
            return "resize-days"
        at = self.index_at(QPointF(rect.left() + 3, rect.center().y()))
        if pos.x() < rect.left() + EDGE and at is not None and self.days[at] == item.first_day:
            return "resize-first"
        return None

    def mouseMoveEvent(self, event) -> None:
        d = self._drag
        if not d:
            item = self.item_at(event.position())
            tip = f"{item.title}\n{item.detail}".strip() if item is not None else ""
            if tip != self.toolTip():
                self.setToolTip(tip)  # a cell cuts long titles: the whole of it on hover
            end = item is not None and self._bar_end(item, event.position())
            self.setCursor(Qt.CursorShape.SizeHorCursor if end else Qt.CursorShape.ArrowCursor)
            return
        self.drag_to(event.position())

    def drag_to(self, pos: QPointF) -> None:
        d = self._drag
        index = self.index_at(pos)
        if index is None:
            return
        item, days = d["item"], index - d["index"]
        if d["mode"] != "move":
            days = clamp_days(item, d["mode"], days)
        if days != d["days"]:
            d["days"] = days
            d["ghost"] = d["ghost"] or bool(days)
            if not days:
                d["warnings"] = []
            elif d["mode"] == "move":
                start, end = self._moved(item, days)
                d["warnings"] = self.warn(item, start, end) if self.warn else []
            else:
                d["warnings"] = self.warn_days(item, *new_days(item, d["mode"], days)) if self.warn_days else []
        self.update()

    def _moved(self, item, days: int):
        return shift_local(item.start_utc, self.home, days, 0), shift_local(item.end_utc, self.home, days, 0)

    def mouseReleaseEvent(self, event) -> None:
        d, self._drag = self._drag, None
        if d and d["ghost"] and d["days"]:
            if d["mode"] == "move":
                self.moved.emit(d["item"], *self._moved(d["item"], d["days"]))
            else:
                emit_days(self, d["item"], d["mode"], d["days"])
        self.update()

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.item_at(event.position())
        index = self.index_at(event.position())
        if item is not None:
            self.item_activated.emit(item)
        elif index is not None:
            self.day_activated.emit(self.days[index])

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag:
            self._drag = None
            self.update()
            return
        self.key_nav.emit(event)

    def paint_ghost(self, painter: QPainter, pal: QPalette, line: float) -> None:
        """The days the dragged item would take, outlined, with its warnings beside them."""
        d = self._drag
        if not d or not d["ghost"] or not d["days"]:
            return
        item = d["item"]
        if d["mode"] == "move":
            day = utc_to_local(self._moved(item, d["days"])[0], self.home).date()
            first = last = day
            text = f"{clock(utc_to_local(item.start_utc, self.home))} {item.title}"
        else:
            first, last = new_days(item, d["mode"], d["days"])
            text = item.title
        shown = [i for i, day in enumerate(self.days) if first <= day <= last]
        if not shown:
            return
        tint = QColor(pal.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(45)
        anchor = None
        for week in sorted({i // 7 for i in shown}):
            cells = [i for i in shown if i // 7 == week]
            a, b = self.cell_rect(cells[0]), self.cell_rect(cells[-1])
            painter.fillRect(QRectF(a.left(), a.top(), b.right() - a.left(), a.height()), tint)
            r = QRectF(a.left() + 2, a.bottom() - line - 1, b.right() - a.left() - 4, line - 1)  # below the bars
            st.draw_item(painter, r, pal, item.kind, [text], ghost=True)
            anchor = anchor or r
        st.draw_warnings(painter, pal, anchor, d["warnings"], self.width(), anchor.bottom() + 4)
