"""A small bar chart drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and the dashboard needs only bars:
a few dozen lines of painting keep the dependency list short and follow the
palette (light, dark, high contrast) and the font size (200% scale) for free.
The values are also the accessible description, so a screen reader reads
the numbers a sighted user sees.
"""

from __future__ import annotations

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
        return QSize(h * 14, h * 9)

    def sizeHint(self) -> QSize:  # noqa: N802
        h = self.fontMetrics().height()
        return QSize(h * 22, h * 12)

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
        p.drawText(rect.adjusted(0, 0, 0, -(rect.height() - line)), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        top = rect.top() + line * 1.4
        if len(self.series) > 1:  # legend
            x = rect.left()
            for color, name in zip(self.colors(), self.series):
                p.fillRect(QRectF(x, top + line * 0.2, line * 0.7, line * 0.7), color)
                p.setPen(text)
                p.drawText(QRectF(x + line, top, fm.horizontalAdvance(name) + 4, line), name)
                x += line + fm.horizontalAdvance(name) + line
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
            short = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot))
            p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, line), Qt.AlignmentFlag.AlignCenter, short)

    def _paint_horizontal(self, p: QPainter, area: QRectF, text: QColor) -> None:
        fm, line = self.fontMetrics(), self.fontMetrics().height()
        peak = max(sum(v) for _, v in self.data) or 1
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self.data) + 8, area.width() * 0.4)
        num_w = max([fm.horizontalAdvance(t) for t in (self.texts or [])] + [fm.horizontalAdvance(number(peak))]) + 8
        row_h = min(area.height() / len(self.data), line * 1.6)
        colors = self.colors()
        for i, (label, values) in enumerate(self.data):
            y = area.top() + i * row_h
            p.setPen(text)
            p.drawText(QRectF(area.left(), y, label_w - 6, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            x = area.left() + label_w
            full = area.width() - label_w - num_w
            for j, v in enumerate(values):
                w = full * v / peak
                p.fillRect(QRectF(x, y + row_h * 0.15, w, row_h * 0.7), colors[j % len(colors)])
                x += w
            p.setPen(text)
            p.drawText(QRectF(x + 4, y, num_w, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.texts[i] if self.texts is not None else number(sum(values)))
