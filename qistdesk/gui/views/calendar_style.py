"""Colours and small drawing helpers shared by the calendar painters (screen and PDF).

Kinds get calm, distinct colours that work on light and dark palettes (text
is drawn in the palette's text colour over a tinted box with a strong left
edge, as Outlook does). Holidays are a warm tint, time outside working hours
a grey one, and the clock-change weeks amber.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen

from qistdesk.gui.views import QT_TR_NOOP

KIND_COLORS = {
    "seminar": "#2f6fdb", "series-date": "#2f6fdb", "conference": "#8a4fd0", "workshop": "#b0489a",
    "session": "#8a4fd0", "exchange": "#2c9a6b", "milestone": "#c77c11",
}
#: Marked for translation; shown through tr().
KIND_LABELS = {"seminar": QT_TR_NOOP("Seminar"), "series-date": QT_TR_NOOP("Seminar (series)"),
               "conference": QT_TR_NOOP("Conference"), "workshop": QT_TR_NOOP("Workshop"),
               "session": QT_TR_NOOP("Session"), "exchange": QT_TR_NOOP("Exchange stay"),
               "milestone": QT_TR_NOOP("Milestone")}
HOLIDAY = QColor(232, 120, 60, 38)
HOLIDAY_TEXT = QColor("#b4501e")
OFF_HOURS = QColor(128, 128, 128, 46)
ONE_SIDE = QColor(128, 128, 128, 20)
AMBER = QColor("#b7791f")
AMBER_FILL = QColor(255, 196, 61, 60)
TODAY = QColor("#d13438")


_COLORS: dict[str, QColor] = {}


def kind_color(kind: str) -> QColor:
    found = _COLORS.get(kind)
    if found is None:
        found = _COLORS[kind] = QColor(KIND_COLORS.get(kind, "#607080"))
    return found


def grid_pen(palette: QPalette, strong: bool = False) -> QPen:
    color = QColor(palette.color(QPalette.ColorRole.Mid))
    color.setAlpha(150 if strong else 70)
    return QPen(color, 1)


_ELIDED: dict[tuple, str] = {}


def elided(fm, text: str, width: int) -> str:
    """``fm.elidedText`` remembered: the same titles are elided at the same widths on every repaint."""
    key = (text, width, fm.height(), fm.averageCharWidth())
    found = _ELIDED.get(key)
    if found is None:
        if len(_ELIDED) > 20000:
            _ELIDED.clear()
        found = _ELIDED[key] = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return found


def draw_item(painter: QPainter, rect: QRectF, palette: QPalette, kind: str, lines: list[str], *,
              cancelled: bool = False, selected: bool = False, ghost: bool = False) -> None:
    """A tinted box with a coloured left edge and up to as many text lines as fit."""
    color = kind_color(kind)
    fill = QColor(color)
    fill.setAlpha(60 if ghost else (28 if cancelled else 48))
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(color)
    painter.drawRect(QRectF(rect.left(), rect.top(), 3, rect.height()))
    if selected or ghost:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine if ghost else Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    text_color = QColor(palette.color(QPalette.ColorRole.Text))
    if cancelled:
        text_color.setAlpha(130)
    painter.setPen(text_color)
    base = painter.font()
    first = QFont(base)
    first.setBold(not cancelled)
    first.setStrikeOut(cancelled)
    fm = painter.fontMetrics()
    line_h = fm.height()
    inner = rect.adjusted(6, 1, -3, -1)
    width = int(inner.width())
    y = inner.top()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    for n, line in enumerate(lines):
        if y + line_h > inner.bottom() + 2 and n > 0:
            break
        if n < 2:
            painter.setFont(first if n == 0 else base)
        text = elided(painter.fontMetrics(), line, width)
        painter.drawText(QRectF(inner.left(), y, inner.width(), line_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        y += line_h
    painter.restore()
