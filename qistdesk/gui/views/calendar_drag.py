"""Mouse and keys of the day/week grid: select, open, drag to move or resize, drag a bar by days.

A drag keeps its state in ``self._drag``: the item, the mode ("move", "resize";
for an all-day bar "days", or "resize-first"/"resize-days" for its left or right end), where it started and where it would
land now, with the warnings of that time (from the view's ``warn``). Each
mouse move only redraws the ghost over the cached picture of the week.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, Qt

from qistdesk.timezones import UTC, utc_to_local, zone

SNAP = 15  # minutes


class GridMouse:
    """Mixed into :class:`~qistdesk.gui.views.calendar_timegrid.TimeGrid`."""

    # --- mouse and keys ---------------------------------------------------------------------------

    def item_at(self, pos: QPointF):
        for bar in self.bars:
            if bar.row < self.all_day_rows() and self.bar_rect(bar).contains(pos):
                return bar.item, None
        if pos.y() < self.body_top():
            return None, None
        for p in reversed(self.placed):
            if self.rect_of(p).contains(pos):
                return p.item, p
        return None, None

    def mousePressEvent(self, event) -> None:
        self.setFocus()
        pos = event.position()
        item, placed = self.item_at(pos)
        self.selected = item
        if item is not None:
            self.item_selected.emit(item)
        if item is not None and placed is None and item.kind in DAY_KINDS and not item.cancelled \
                and event.button() == Qt.MouseButton.LeftButton:
            bar = next(b for b in self.bars if b.item.key == item.key)
            self._drag = {"item": item, "mode": bar_mode(bar, self.bar_rect(bar), pos.x()), "pos": pos, "days": 0,
                          "ghost": False, "warnings": []}
        if item is not None and placed is not None and item.movable and event.button() == Qt.MouseButton.LeftButton:
            rect = self.rect_of(placed)
            mode = "resize" if pos.y() > rect.bottom() - 6 and not placed.clipped_bottom else "move"
            self._drag = {"item": item, "mode": mode, "pos": pos, "start": item.start_utc, "end": item.end_utc,
                          "ghost": False, "warnings": []}
        self.invalidate()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if not self._drag:
            item, placed = self.item_at(pos)
            edge = placed is not None and pos.y() > self.rect_of(placed).bottom() - 6
            bar = next((b for b in self.bars if b.item is item), None) if item is not None and placed is None else None
            ends = bar is not None and item.kind in DAY_KINDS and not item.cancelled \
                and bar_mode(bar, self.bar_rect(bar), pos.x()) != "days"
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else
                           Qt.CursorShape.SizeHorCursor if ends else Qt.CursorShape.ArrowCursor)
            tip = "\n".join(self._lines(item)) if placed is not None else (
                f"{item.title}\n{item.detail}".strip() if item is not None else "")
            if tip != self.toolTip():
                self.setToolTip(tip)  # narrow boxes cut their text: the whole of it on hover
            return
        self.drag_to(pos)

    def drag_to(self, pos: QPointF) -> None:
        d = self._drag
        item = d["item"]
        if d["mode"] in DAY_MODES:
            days = clamp_days(item, d["mode"], self.day_at(pos.x()) - self.day_at(d["pos"].x()))
            if days != d["days"]:
                d["days"] = days
                first, last = new_days(item, d["mode"], days)
                d["warnings"] = self.warn_days(item, first, last) if self.warn_days and days else []
            if not d["ghost"] and d["days"]:
                d["ghost"] = True
                self.invalidate()
            self.update()
            return
        minutes = round((self.minutes_at(pos.y()) - self.minutes_at(d["pos"].y())) / SNAP) * SNAP
        days = self.day_at(pos.x()) - self.day_at(d["pos"].x()) if d["mode"] == "move" else 0
        if not d["ghost"] and abs(pos.y() - d["pos"].y()) < 4 and abs(pos.x() - d["pos"].x()) < 4:
            return
        if not d["ghost"]:
            d["ghost"] = True
            self.invalidate()  # the item being dragged is drawn dimmed where it was
        start, end = item.start_utc, item.end_utc
        if d["mode"] == "move":
            start, end = shift_local(start, self.home, days, minutes), shift_local(end, self.home, days, minutes)
        else:
            end = max(shift_local(end, self.home, 0, minutes), start + timedelta(minutes=SNAP))
        if (start, end) != (d["start"], d["end"]) or not d["warnings"]:
            d["start"], d["end"] = start, end
            d["warnings"] = self.warn(item, start, end) if self.warn else []
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        d, self._drag = self._drag, None
        if d and d["mode"] in DAY_MODES:
            if d["days"]:
                emit_days(self, d["item"], d["mode"], d["days"])
        elif d and d["ghost"] and (d["start"], d["end"]) != (d["item"].start_utc, d["item"].end_utc):
            self.moved.emit(d["item"], d["start"], d["end"])
        self.invalidate()

    def mouseDoubleClickEvent(self, event) -> None:
        item, _ = self.item_at(event.position())
        if item is not None:
            self.item_activated.emit(item)
        elif event.position().y() < self.header_height() and self.days:
            i = self.day_at(event.position().x())
            if 0 <= i < len(self.days):
                self.day_activated.emit(self.days[i])

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag:
            self._drag = None
            self.invalidate()
            return
        self.key_nav.emit(event)


DAY_KINDS = ("conference", "workshop", "exchange", "milestone")  # all-day bars that can be dragged
DAY_MODES = ("days", "resize-days", "resize-first")  # a bar moved, its last day moved, its first day moved
EDGE = 6  # pixels at either end of a bar that grab its first or last day


def bar_mode(bar, rect, x: float) -> str:
    """What pressing a bar at ``x`` drags: its first day (left end), its last day (right end) or the
    whole bar. A milestone is one day and only moves; an end cut off by the shown days is not grabbed."""
    if bar.item.kind == "milestone":
        return "days"
    if x > rect.right() - EDGE and not bar.open_right:
        return "resize-days"
    if x < rect.left() + EDGE and not bar.open_left:
        return "resize-first"
    return "days"


def clamp_days(item, mode: str, days: int) -> int:
    """Days dragged, kept so that an end never passes the other (a bar is at least one day)."""
    span = (item.last_day - item.first_day).days
    if mode == "resize-days":
        return max(days, -span)
    if mode == "resize-first":
        return min(days, span)
    return days


def new_days(item, mode: str, days: int):
    """First and last day of an all-day item moved (``days``), with its last day moved (``resize-days``)
    or with its first day moved (``resize-first``)."""
    if mode == "resize-days":
        return item.first_day, item.last_day + timedelta(days=days)
    if mode == "resize-first":
        return item.first_day + timedelta(days=days), item.last_day
    return item.first_day + timedelta(days=days), item.last_day + timedelta(days=days)


def emit_days(widget, item, mode: str, days: int) -> None:
    """A conference moved by days asks about its sessions (``moved_days``); anything else moved or
    resized by days goes to ``moved_all_day`` with its new first and last day."""
    if mode == "days" and item.kind in ("conference", "workshop"):
        widget.moved_days.emit(item, days)
    else:
        widget.moved_all_day.emit(item, *new_days(item, mode, days))


def shift_local(instant: datetime, zone_name: str, days: int, minutes: int) -> datetime:
    """Move an instant by whole days and minutes of wall-clock time in a zone (DST-safe)."""
    local = utc_to_local(instant, zone_name).replace(tzinfo=None) + timedelta(days=days, minutes=minutes)
    return local.replace(tzinfo=zone(zone_name)).astimezone(UTC)
