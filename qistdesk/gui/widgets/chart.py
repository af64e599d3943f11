"""A small bar chart drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and the dashboard needs only bars:
a few dozen lines of painting keep the dependency list short and follow the
palette (light, dark, high contrast) and the font size (200% scale) for free.
The values are also the accessible description, so a screen reader reads
the numbers a sighted user sees.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget
from qistdesk.gui.i18n import tr
from qistdesk.gui.locale_format import number


class BarChart(QWidget):
    """Bars with labels. ``series`` names the stacked parts of each bar (e.g. seminars,
    conference days); ``set_data([(label, [v1, v2…]), …])``. Vertical bars suit months,
    horizontal bars suit categories with longer names."""

    def __init__(self, title: str, series: list[str] | None = None, horizontal: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.series = series or [title]
        self.horizontal = horizontal
        self.data: list[tuple[str, list[int]]] = []
        self.texts: list[str] | None = None  # the number written beside each bar, when not its value
        self.drawn_labels: list[str] = []  # the labels as last painted (whole, or cut as a last resort)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: list[tuple[str, list[int] | int]], texts: list[str] | None = None) -> None:
        """``texts``: what to write beside each bar instead of its value (a report's "< 5")."""
        self.data = [(label, list(v) if isinstance(v, (list, tuple)) else [v]) for label, v in data]
        self.texts = list(texts) if texts is not None else None
        parts = []
        for i, (label, values) in enumerate(self.data):
            if self.texts is not None:
                parts.append(f"{label}: {self.texts[i]}")
            elif len(self.series) > 1:
                parts.append(f"{label}: " + ", ".join(f"{number(n)} {s}" for s, n in zip(self.series, values)))
            else:
                parts.append(f"{label}: {number(values[0])}")
        self.setAccessibleDescription("; ".join(parts) if parts else tr("No data yet"))
        self.setToolTip("\n".join(parts))
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        h = self.fontMetrics().height()
        rows = 2 + int(1.6 * len(self.data)) if self.horizontal else 9
        return QSize(h * 9, h * max(9, rows))  # narrow enough for three in a row at 200% text

    def sizeHint(self) -> QSize:  # noqa: N802
        h = self.fontMetrics().height()
        rows = 3 + int(2.4 * len(self.data)) if self.horizontal else 12
        return QSize(h * 22, h * max(12, rows))

    def colors(self) -> list[QColor]:
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Highlight)
        second = QColor(accent)
        second.setHsv((accent.hue() + 150) % 360, max(accent.saturation(), 120), accent.value())
        return [accent, second, pal.color(QPalette.ColorRole.Mid)]

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm = self.palette(), self.fontMetrics()
        text = pal.color(QPalette.ColorRole.WindowText)
        line = fm.height()
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        title_font = p.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(text)
        # the title wraps at large text sizes rather than running out of the chart
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        title_h = p.fontMetrics().boundingRect(rect.toRect(), wrap, self.title).height()
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), wrap, self.title)
        p.setFont(self.font())
        self.drawn_labels = []
        top = rect.top() + title_h + line * 0.4
        if len(self.series) > 1:  # legend: its entries flow onto a next line when the chart is narrow
            x = rect.left()
            for color, name in zip(self.colors(), self.series):
                need = line + fm.horizontalAdvance(name) + 4
                if x > rect.left() and x + need > rect.right():
                    x, top = rect.left(), top + line * 1.2
                p.fillRect(QRectF(x, top + line * 0.2, line * 0.7, line * 0.7), color)
                p.setPen(text)
                p.drawText(QRectF(x + line, top, fm.horizontalAdvance(name) + 4, line), name)
                x += need + line
            top += line * 1.3
        area = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
        if self.focusPolicy() != Qt.FocusPolicy.NoFocus and self.hasFocus():
            p.setPen(pal.color(QPalette.ColorRole.Highlight))
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if not self.data or not (any(sum(v) for _, v in self.data) or self.texts):
            p.setPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No data yet"))
            return
        if self.horizontal:
            self._paint_horizontal(p, area, text)
        else:
            self._paint_vertical(p, area, text)

    def _paint_vertical(self, p: QPainter, area: QRectF, text: QColor) -> None:
        fm, line = self.fontMetrics(), self.fontMetrics().height()
        peak = max(sum(v) for _, v in self.data) or 1
        n = len(self.data)
        plot = area.adjusted(0, line, 0, -line * 1.2)
        slot = plot.width() / n
        bar_w = max(slot * 0.65, 2)
        colors = self.colors()
        widest = max(fm.horizontalAdvance(label) for label, _ in self.data) + fm.averageCharWidth()
        step = max(1, math.ceil(widest / slot))
        room = min(plot.width(), max(slot * step, widest))
        for i, (label, values) in enumerate(self.data):
            x = plot.left() + i * slot + (slot - bar_w) / 2
            y = plot.bottom()
            for j, v in enumerate(values):
                h = plot.height() * v / peak
                p.fillRect(QRectF(x, y - h, bar_w, h), colors[j % len(colors)])
                y -= h
            p.setPen(text)
            total = sum(values)
            if total:
                p.drawText(QRectF(x - slot, y - line, bar_w + 2 * slot, line), Qt.AlignmentFlag.AlignCenter, number(total))
            if i % step == 0:  # every label when they fit, else every second (third…) one, whole
                left = max(plot.left(), plot.left() + (i + 0.5) * slot - room / 2)
                left = min(left, plot.right() - room)
                shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(room))  # last resort only
                self.drawn_labels.append(shown)
                p.drawText(QRectF(left, plot.bottom() + 2, room, line), Qt.AlignmentFlag.AlignCenter, shown)

    def _paint_horizontal(self, p: QPainter, area: QRectF, text: QColor) -> None:
        """Labels beside the bars while they fit in 45% of the width; else each label on its own
        line above its bar (at large text sizes, in a narrow chart); eliding only when even that
        has no room (the tooltip and the accessible description have every label whole)."""
        fm, line = self.fontMetrics(), self.fontMetrics().height()
        peak = max(sum(v) for _, v in self.data) or 1
        widest = max(fm.horizontalAdvance(label) for label, _ in self.data) + 8
        num_w = max([fm.horizontalAdvance(t) for t in (self.texts or [])] + [fm.horizontalAdvance(number(peak))]) + 8
        n = len(self.data)
        above = widest > area.width() * 0.45 and area.height() >= n * line * 2.3
        label_w = 0 if above else min(widest, area.width() * 0.45)
        row_h = min(area.height() / n, line * (2.6 if above else 1.6))
        colors = self.colors()
        for i, (label, values) in enumerate(self.data):
            y = area.top() + i * row_h
            bar_top, bar_h = (y + line, row_h - line) if above else (y, row_h)
            p.setPen(text)
            if above:
                shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(area.width()))
                p.drawText(QRectF(area.left(), y, area.width(), line),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            else:
                shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6))
                p.drawText(QRectF(area.left(), y, label_w - 6, row_h),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            self.drawn_labels.append(shown)
            x = area.left() + label_w
            full = area.width() - label_w - num_w
            for j, v in enumerate(values):
                w = full * v / peak
                p.fillRect(QRectF(x, bar_top + bar_h * 0.15, w, bar_h * 0.7), colors[j % len(colors)])
                x += w
            p.setPen(text)
            p.drawText(QRectF(x + 4, bar_top, num_w, bar_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.texts[i] if self.texts is not None else number(sum(values)))
