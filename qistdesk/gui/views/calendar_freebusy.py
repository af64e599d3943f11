"""Free/busy grid of the scheduling assistant: one row per person (and the room), time across.

The time axis runs over the chosen days, 06:00 to 22:00 home time each, with
both zones' hours labelled on top (home above, other below), each zone's
working hours tinted, busy blocks filled, and the proposed slot outlined.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from qistdesk.gui.views import calendar_style as st
from qistdesk.gui.event_common import place_name
from qistdesk.timezones import UTC, utc_to_local, zone
from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr

FIRST_HOUR, LAST_HOUR = 6, 22


class FreeBusyGrid(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(tr("Free and busy times"))
        self.rows: dict[str, list] = {}
        self.days: list[date] = []
        self.home, self.other, self.work = "Europe/Copenhagen", "America/New_York", (8, 18)
        self.slot: tuple[datetime, datetime] | None = None
        self.holidays = {}
        self.setMinimumHeight(self.fontMetrics().height() * 6)

    def set_data(self, rows, days, home, other, work, slot=None, holidays=None) -> None:
        self.rows, self.days, self.home, self.other, self.work = rows, days, home, other, work
        self.slot, self.holidays = slot, holidays or {}
        self.setMinimumHeight(int((len(rows) + 3) * (self.fontMetrics().height() + 6)))
        self.update()

    def _name_width(self) -> float:
        fm = self.fontMetrics()
        return min(max([fm.horizontalAdvance(n) for n in self.rows] + [fm.horizontalAdvance(place_name(self.other))]) + 12,
                   self.width() * 0.3)

    def x_of(self, instant: datetime) -> float | None:
        local = utc_to_local(instant, self.home)
        if local.date() not in self.days:
            return None
        hours = LAST_HOUR - FIRST_HOUR
        day_w = (self.width() - self._name_width()) / max(len(self.days), 1)
        offset = min(max(local.hour + local.minute / 60 - FIRST_HOUR, 0), hours)
        return self._name_width() + self.days.index(local.date()) * day_w + offset / hours * day_w

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self.days:
            p.end()
            return
        fm = p.fontMetrics()
        row_h = fm.height() + 6
        left = self._name_width()
        day_w = (self.width() - left) / len(self.days)
        hours = LAST_HOUR - FIRST_HOUR
        hour_w = day_w / hours
        head = row_h * 3
        text = pal.color(QPalette.ColorRole.Text)
        p.setPen(text)
        p.drawText(QRectF(4, row_h, left - 8, row_h), Qt.AlignmentFlag.AlignLeft, place_name(self.home))
        p.drawText(QRectF(4, row_h * 2, left - 8, row_h), Qt.AlignmentFlag.AlignLeft, place_name(self.other))
        step = 1 if hour_w > fm.horizontalAdvance("00") + 6 else (2 if hour_w * 2 > fm.horizontalAdvance("00") + 6
                                                                   else 4)
        for i, d in enumerate(self.days):
            x0 = left + i * day_w
            if d in self.holidays:
                p.fillRect(QRectF(x0, 0, day_w, self.height()), st.HOLIDAY)
            label = locale_format.day_month(d) + ("  " + "; ".join(n for _c, n in self.holidays[d]) if d in self.holidays else "")
            p.setPen(text)
            p.drawText(QRectF(x0 + 3, 0, day_w - 6, row_h), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(day_w - 6)))
            base = datetime.combine(d, time()).replace(tzinfo=zone(self.home))
            for h in range(FIRST_HOUR, LAST_HOUR):
                x = x0 + (h - FIRST_HOUR) * hour_w
                other = utc_to_local(base + timedelta(hours=h), self.other)
                for row, hour in ((1, h), (2, other.hour)):
                    if not (d.weekday() < 5 and self.work[0] <= hour < self.work[1]):
                        p.fillRect(QRectF(x, row * row_h, hour_w, row_h), st.OFF_HOURS)
                    if (h - FIRST_HOUR) % step == 0:
                        p.setPen(text)
                        p.drawText(QRectF(x + 1, row * row_h, hour_w * step, row_h), Qt.AlignmentFlag.AlignLeft,
                                   f"{hour:02d}")
                p.setPen(st.grid_pen(pal))
                p.drawLine(int(x), head, int(x), self.height())
            p.setPen(st.grid_pen(pal, True))
            p.drawLine(int(x0), 0, int(x0), self.height())
        busy = QColor(st.kind_color("seminar"))
        busy.setAlpha(150)
        for n, (name, blocks) in enumerate(self.rows.items()):
            y = head + n * row_h
            p.setPen(text)
            p.drawText(QRectF(4, y, left - 8, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, int(left - 8)))
            p.setPen(st.grid_pen(pal))
            p.drawLine(0, int(y), self.width(), int(y))
            for start, end, _title in blocks:
                for a, b in _per_day(start, end, self.home):
                    xa, xb = self.x_of(a), self.x_of(b - timedelta(seconds=1))
                    if xa is not None and xb is not None and xb > xa:
                        p.fillRect(QRectF(xa, y + 3, max(xb - xa, 2), row_h - 6), busy)
        if self.slot:
            xa, xb = self.x_of(self.slot[0]), self.x_of(self.slot[1] - timedelta(seconds=1))
            if xa is not None and xb is not None:
                p.setPen(QPen(st.TODAY, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(xa, head, max(xb - xa, 3), max(len(self.rows), 1) * row_h))
        p.end()


def _per_day(start: datetime, end: datetime, zone_name: str):
    """An interval cut at local midnights (a block over two days is drawn on both)."""
    tz = zone(zone_name)
    cursor = start
    while cursor < end:
        local = utc_to_local(cursor, zone_name)
        midnight = datetime.combine(local.date() + timedelta(days=1), time()).replace(tzinfo=tz).astimezone(UTC)
        yield cursor, min(end, midnight)
        cursor = midnight
