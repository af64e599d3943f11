"""How the day and week grid is drawn: shaded hours and holidays, the two gutters, the boxes,
the all-day band and header, and the ghost of a drag.

Mixed into :class:`~qistdesk.gui.views.calendar_timegrid.TimeGrid`, whose geometry
(``body_top``, ``column_edges``, ``y_of`` …) and data (``days``, ``placed``, ``bars``) it
reads. The picture is drawn once into a pixmap per data, scroll, size or selection change; a
drag frame draws the pixmap and the ghost only.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen, QPixmap

from qistdesk.gui import locale_format
from qistdesk.gui.event_common import hm, place_name
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import calendar_style as st
from qistdesk.gui.views.calendar_drag import DAY_MODES, new_days
from qistdesk.timezones import UTC, utc_to_local, zone


class TimeGridPaint:
    """The painting half of the time grid."""

    def paintEvent(self, _event) -> None:
        """The calendar is drawn once into a picture; a drag frame draws the picture and the ghost only."""
        ratio = self.devicePixelRatioF()
        if self._pixmap is None or self._pixmap.size() != self.size() * ratio:
            self._pixmap = QPixmap(self.size() * ratio)
            self._pixmap.setDevicePixelRatio(ratio)
            inner = QPainter(self._pixmap)
            inner.setFont(self.font())
            self.paint(inner, ghost=False)
            inner.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        if self._drag and self._drag.get("ghost"):
            self._paint_ghost(painter, self.palette())
        painter.end()

    def paint(self, painter: QPainter, ghost: bool = True) -> None:
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self.days:
            return
        self._paint_body(painter, pal)
        self._paint_items(painter, pal)
        self._paint_header(painter, pal)
        if ghost and self._drag and self._drag.get("ghost"):
            self._paint_ghost(painter, pal)

    def _offset_hours(self, d: date) -> float:
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=zone(self.home))
        return (utc_to_local(noon, self.other).utcoffset() - noon.utcoffset()).total_seconds() / 3600

    def _paint_body(self, painter: QPainter, pal: QPalette) -> None:
        top, hh = self.body_top(), self.hour_height()
        painter.save()
        painter.setClipRect(QRectF(0, top, self.width(), self.height() - top))
        start_h, end_h = self.work
        mid = self.days[len(self.days) // 2]
        shift = self._offset_hours(mid)  # other = home + shift
        base = pal.color(QPalette.ColorRole.Base)
        for i, d in enumerate(self.days):
            x, cw = self.col_x(i), self.col_w(i)
            day = [st.HOLIDAY] if d in self.holidays else []
            if day:
                st.fill(painter, QRectF(x, top, cw, self.height()), st.solid(base, *day))
            weekend = d.weekday() >= 5
            day_shift = self._offset_hours(d)
            for h in range(24):
                home_in = not weekend and start_h <= h < end_h
                other_h = (h + day_shift) % 24
                other_in = not weekend and start_h <= other_h < end_h
                shade = None if home_in and other_in else (st.ONE_SIDE if home_in or other_in else st.OFF_HOURS)
                if shade is not None:
                    st.fill(painter, QRectF(x, self.y_of(h * 60), cw, hh), st.solid(base, *day, shade))
        # gutters: each zone's hours outside its working day tinted in its own gutter
        g = self.gutter()
        for h in range(24):
            y = self.y_of(h * 60)
            for col, hour in ((0, h), (1, (h + shift) % 24)):
                if not start_h <= hour < end_h:
                    st.fill(painter, QRectF(col * g, y, g, hh), st.solid(base, st.OFF_HOURS))
        lines = st.grid_pen(pal).color()  # 1-pixel fills: a translucent pen's lines are the slow path
        for h in range(25):
            y = self.y_of(h * 60)
            st.fill(painter, QRectF(self.grid_left() - 6, y, self.width() - self.grid_left() + 6, 1), lines)
        for x in self.column_edges():
            st.fill(painter, QRectF(x, top, 1, self.height() - top), lines)
        st.fill(painter, QRectF(g, top, 1, self.height() - top), lines)
        text = pal.color(QPalette.ColorRole.Text)
        fm = painter.fontMetrics()
        for h in range(24):
            y = self.y_of(h * 60)
            other_h = (h + shift) % 24
            painter.setPen(text)
            painter.drawText(QRectF(0, y + 1, g - 6, fm.height()), Qt.AlignmentFlag.AlignRight, locale_format.clock(time(h)))
            painter.setPen(text if shift == int(shift) else st.AMBER)
            minutes = int(round((other_h % 1) * 60))
            painter.drawText(QRectF(g, y + 1, g - 6, fm.height()), Qt.AlignmentFlag.AlignRight,
                             locale_format.clock(time(int(other_h), minutes)))  # "10.00" in Danish, as the home gutter
        if self.today in self.days:
            now = datetime.now(UTC)
            i = self.days.index(self.today)
            local = utc_to_local(now, self.home)
            y = self.y_of(local.hour * 60 + local.minute)
            painter.setPen(QPen(st.TODAY, 2))
            painter.drawLine(QPointF(self.col_x(i), y), QPointF(self.col_x(i + 1), y))
        painter.restore()

    def _lines(self, item) -> list[str]:
        found = self._lines_cache.get(item.key)
        if found is None:
            found = self._lines_cache[item.key] = self._make_lines(item)
        return found

    def _make_lines(self, item) -> list[str]:
        a, b = utc_to_local(item.start_utc, self.home), utc_to_local(item.end_utc, self.home)
        o = utc_to_local(item.start_utc, self.other)
        when = f"{hm(a)}–{hm(b)} · {hm(o)} {place_name(self.other)}"
        return [item.title, when] + ([item.detail] if item.detail else [])

    def _paint_items(self, painter: QPainter, pal: QPalette) -> None:
        top = self.body_top()
        painter.save()
        painter.setClipRect(QRectF(self.grid_left(), top, self.width() - self.grid_left(), self.height() - top))
        dragged = self._drag["item"].key if self._drag and self._drag.get("ghost") else None
        visible_top, visible_bottom = self.minutes_at(top), self.minutes_at(self.height())
        narrow = painter.fontMetrics().averageCharWidth() * 2 + 9  # no room for text: no text made
        edges, scale, y0 = self.column_edges(), self.hour_height() / 60, top - self.scroll.value()
        chosen = self.selected.key if self.selected is not None else None
        for p in self.placed:  # rect_of, inline: a week at scale draws hundreds of boxes
            if p.bottom_min < visible_top or p.top_min > visible_bottom:
                continue  # scrolled out of sight
            left, width = edges[p.day_index] + 1, (edges[p.day_index + 1] - edges[p.day_index] - 6) / p.columns
            y, bottom = y0 + p.top_min * scale, y0 + p.bottom_min * scale
            rect = QRectF(left + p.column * width, y + 1, width - 1, max(bottom - y - 2, 6))
            item = p.item
            st.draw_item(painter, rect, pal, item.kind, self._lines(item) if width - 1 >= narrow else [],
                         cancelled=item.status == "cancelled" or item.key == dragged, selected=item.key == chosen)
        painter.restore()

    def _paint_header(self, painter: QPainter, pal: QPalette) -> None:
        fm = painter.fontMetrics()
        g = self.gutter()
        band_bottom = self.body_top()
        st.fill(painter, QRectF(0, 0, self.width(), band_bottom), pal.color(QPalette.ColorRole.Window))
        text = pal.color(QPalette.ColorRole.Text)
        y = 4.0
        if self.dst_note:
            st.fill(painter, QRectF(0, 0, self.width(), fm.height() + 4), st.AMBER_FILL)
            painter.setPen(text)
            painter.drawText(QRectF(6, 2, self.width() - 12, fm.height()), Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText("⚠ " + self.dst_note, Qt.TextElideMode.ElideRight, self.width() - 12))
            y += fm.height() + 2
        bold = painter.font()
        bold.setBold(True)
        bfm = QFontMetricsF(bold)
        current = self.current if len(self.days) > 1 else None
        for i, d in enumerate(self.days):
            x, cw = self.col_x(i), self.col_w(i)
            is_today = d == self.today
            if d == current:  # the day the arrow keys moved to (Enter opens its first item): tinted
                tint = QColor(pal.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(40)
                st.fill(painter, QRectF(x, y - 2, cw, self.header_height() - y - 1),
                        st.solid(pal.color(QPalette.ColorRole.Window), tint))
            painter.setFont(bold)
            painter.setPen(st.TODAY if is_today else text)
            label = next((t for t in (locale_format.day_month(d), locale_format.weekday_day(d))
                          if bfm.horizontalAdvance(t) <= cw - 8), str(d.day))
            painter.drawText(QRectF(x + 4, y, cw - 8, fm.height()), Qt.AlignmentFlag.AlignLeft, label)
            painter.setFont(self.font())
            names = "; ".join(f"{c}: {n}" for c, n in self.holidays.get(d, []))
            if names:
                painter.setPen(st.HOLIDAY_TEXT)
                painter.drawText(QRectF(x + 4, y + fm.height(), cw - 8, fm.height()), Qt.AlignmentFlag.AlignLeft,
                                 fm.elidedText(names, Qt.TextElideMode.ElideRight, int(cw - 8)))
            if is_today:
                st.fill(painter, QRectF(x, self.header_height() - 3, cw, 3), st.TODAY)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(4, y, 2 * g - 8, fm.height()), Qt.AlignmentFlag.AlignLeft, locale_format.week_label(self.days[0]))
        painter.setFont(self.font())
        for col, zone_name in ((0, self.home), (1, self.other)):
            painter.drawText(QRectF(col * g + 2, y + fm.height(), g - 8, fm.height()), Qt.AlignmentFlag.AlignRight,
                             fm.elidedText(place_name(zone_name), Qt.TextElideMode.ElideRight, int(g - 8)))
        painter.setPen(st.grid_pen(pal, True))
        painter.drawLine(QPointF(0, self.header_height()), QPointF(self.width(), self.header_height()))
        painter.drawLine(QPointF(0, band_bottom - 1), QPointF(self.width(), band_bottom - 1))
        painter.setPen(text)
        painter.drawText(QRectF(4, self.header_height() + 3, 2 * g - 8, fm.height()), Qt.AlignmentFlag.AlignLeft,
                         tr("All day"))
        shown = [b for b in self.bars if b.row < self.all_day_rows()]
        dragged = self._drag["item"].key if self._drag and self._drag.get("ghost") else None
        for bar in shown:  # a bar being dragged is dimmed and without text: its ghost carries the title
            st.draw_item(painter, self.bar_rect(bar), pal, bar.item.kind,
                         [] if bar.item.key == dragged else
                         [("◂ " if bar.open_left else "") + bar.item.title + (f" — {bar.item.detail}"
                                                                              if bar.item.detail else "")],
                         cancelled=bar.item.cancelled or bar.item.key == dragged,
                         selected=self.selected is not None and bar.item.key == self.selected.key)
        hidden = len(self.bars) - len(shown)
        if hidden:
            painter.setPen(text)
            painter.drawText(QRectF(4, band_bottom - fm.height() - 4, 2 * g - 8, fm.height()),
                             Qt.AlignmentFlag.AlignLeft, tr("+{count} more").format(count=hidden))

    def _paint_ghost(self, painter: QPainter, pal: QPalette) -> None:
        d = self._drag
        if d["mode"] in DAY_MODES:
            bar = next((b for b in self.bars if b.item.key == d["item"].key), None)
            first, last = new_days(d["item"], d["mode"], d["days"])
            a, b = max((first - self.days[0]).days, 0), min((last - self.days[0]).days, len(self.days) - 1)
            if bar is not None and a <= b:  # the ghost over the shown days the bar would take
                from dataclasses import replace

                rect = self.bar_rect(replace(bar, first=a, last=b))
                painter.fillRect(rect, pal.color(QPalette.ColorRole.Base))  # over the row's other bars: legible
                span = locale_format.day_month_short(first) + (
                    f"–{locale_format.day_month_short(last)}" if last != first else "")
                st.draw_item(painter, rect, pal, bar.item.kind, [f"{bar.item.title}: {span}"], ghost=True)
                st.draw_warnings(painter, pal, rect, d.get("warnings") or [], self.width(), rect.bottom() + 4)
            return
        item, start, end = d["item"], d["start"], d["end"]
        from qistdesk.gui.views.calendar_layout import Placed, minutes_of

        local = utc_to_local(start, self.home).date()
        if local not in self.days:
            return
        idx = self.days.index(local)
        p = Placed(item, idx, minutes_of(start, local, self.home), minutes_of(end, local, self.home), 0, 1)
        rect = self.rect_of(p)
        a, b = utc_to_local(start, self.home), utc_to_local(end, self.home)
        o = utc_to_local(start, self.other)
        st.draw_item(painter, rect, pal, item.kind, [f"{locale_format.weekday_short(a)} {hm(a)}–{hm(b)} · {hm(o)} {place_name(self.other)}",
                                                      item.title], ghost=True)
        st.draw_warnings(painter, pal, rect, d.get("warnings") or [], self.width(), max(rect.top(), self.body_top()))
