"""Colours and small drawing helpers shared by the calendar painters (screen and PDF).

Kinds get calm, distinct colours that work on light and dark palettes (text
is drawn in the palette's text colour over a tinted box with a strong left
edge, as Outlook does). Holidays are a warm tint, time outside working hours
a grey one, and the clock-change weeks amber.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintEngine, QPainter, QPalette, QPen, QTransform

from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.i18n import tr

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


_SOLID: dict[tuple, QColor] = {}


def solid(base: QColor, *layers: QColor) -> QColor:
    """The opaque colour of translucent ``layers`` laid over ``base``: large shaded areas (hours,
    weekends, holidays) are then plain fills, not blends, which the raster engine paints far faster."""
    key = (base.rgba(), *(c.rgba() for c in layers))
    found = _SOLID.get(key)
    if found is None:
        r, g, b = base.redF(), base.greenF(), base.blueF()
        for c in layers:
            a = c.alphaF()
            r, g, b = r + (c.redF() - r) * a, g + (c.greenF() - g) * a, b + (c.blueF() - b) * a
        found = _SOLID[key] = QColor.fromRgbF(r, g, b)
    return found


def fill(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """``fillRect`` on whole pixels: an opaque fill of a fractional rectangle takes Qt's slow path
    (about 25× slower: the month's 42 cells and the week's shaded hours are such fills)."""
    x, y = round(rect.left()), round(rect.top())
    painter.fillRect(QRect(x, y, max(round(rect.right()) - x, 1), max(round(rect.bottom()) - y, 1)), color)


_BLENDS: dict[tuple[int, int], QColor] = {}


def blended(under: QColor, over: QColor) -> QColor:
    """The opaque colour the raster engine makes of translucent ``over`` filled on opaque ``under``,
    found by filling one pixel (so to the bit what a fill of it would leave)."""
    key = (under.rgba(), over.rgba())
    found = _BLENDS.get(key)
    if found is None:
        pixel = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        pixel.fill(under)
        painter = QPainter(pixel)
        painter.fillRect(QRect(0, 0, 1, 1), over)
        painter.end()
        found = _BLENDS[key] = QColor.fromRgb(pixel.pixel(0, 0))
    return found


def fill_over(painter: QPainter, rect: QRectF, color: QColor, under: QColor) -> None:
    """:func:`fill` of translucent ``color`` on a rectangle known to hold plain ``under``, as an
    opaque fill of the colour that blend gives (same pixels): a translucent fill one pixel wide takes
    a span per row, about 50 µs for a month cell's edge, 1 µs opaque. A PDF keeps the blend."""
    opaque = under.alpha() == 255 and painter.paintEngine().type() == _RASTER
    fill(painter, rect, blended(under, color) if opaque else color)


_RASTER = QPaintEngine.Type.Raster


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


_FILLS: dict[tuple, QColor] = {}
_FONTS: dict[tuple, QFont] = {}
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _fill(kind: str, alpha: int) -> QColor:
    found = _FILLS.get((kind, alpha))
    if found is None:
        found = _FILLS[(kind, alpha)] = QColor(kind_color(kind))
        found.setAlpha(alpha)
    return found


def _title_font(base: QFont, cancelled: bool, struck: bool = True) -> QFont:
    """Bold, or for a cancelled item plain and (with ``struck``) struck out (see :func:`struck_text`)."""
    key = (base.key(), cancelled, struck)
    found = _FONTS.get(key)
    if found is None:
        if len(_FONTS) > 64:
            _FONTS.clear()
        found = _FONTS[key] = QFont(base)
        found.setBold(not cancelled)
        found.setStrikeOut(cancelled and struck)
    return found


_STRIKE: dict[str, tuple[float, float, QFontMetricsF] | None] = {}


def _whole_pixels(transform: QTransform) -> bool:
    """No scaling (a high-DPI screen scales), at most a shift by whole pixels."""
    return transform.type().value <= QTransform.TransformationType.TxTranslate.value and \
        transform.dx() == int(transform.dx()) and transform.dy() == int(transform.dy())


def _qt_struck(painter: QPainter, font: QFont, rect: QRectF, text: str) -> None:
    struck = QFont(font)
    struck.setStrikeOut(True)
    painter.setFont(struck)
    painter.drawText(rect, _LEFT, text)
    painter.setFont(font)


def struck_text(painter: QPainter, font: QFont, rect: QRectF, text: str, color: QColor) -> None:
    """``text`` in ``font`` struck out, as ``drawText(rect, _LEFT, text)`` in ``font`` with
    ``setStrikeOut(True)`` draws it, to the pixel: Qt strokes its strike-out line with a translucent
    pen (~80 µs, the text itself ~10), so on the raster engine, with a plain transform and a line
    1 pixel thick, the text is drawn plain and the line filled where Qt's stroke puts it: at the
    baseline (the text's top in Qt's 1/64-pixel steps, truncated, plus the ascent) less a third of the
    ascent, over the pixel row whose centre that line's one-pixel width covers, and from the
    whole pixel of the text's left to that of its right. Anywhere else (or where the text is taller
    than ``rect``) Qt draws it."""
    key = font.key()
    if key not in _STRIKE:
        fm = QFontMetricsF(font)
        _STRIKE[key] = (fm.ascent(), fm.ascent() + fm.descent(), fm) if fm.lineWidth() == 1 else None
    metrics = _STRIKE[key]
    if metrics is None or rect.height() < metrics[1] or painter.paintEngine().type() != _RASTER or \
            not _whole_pixels(painter.deviceTransform()):
        return _qt_struck(painter, font, rect, text)
    ascent, height, fm = metrics
    advance = fm.horizontalAdvance(text)
    if advance > rect.width():  # elidedText may leave a few 1/64 pixels more than asked: Qt's own way
        return _qt_struck(painter, font, rect, text)
    painter.setFont(font)
    painter.drawText(rect, _LEFT, text)
    top = int((rect.top() + (rect.height() - height) / 2) * 64) / 64  # QFixed::fromReal truncates
    line = top + ascent - ascent / 3
    left = int(rect.left() * 64) / 64
    x1, x2 = math.floor(left), math.floor(left + advance)
    if x2 > x1:
        painter.fillRect(QRect(x1, math.ceil(line - 1), x2 - x1, 1), color)  # the row whose centre is in [line-½, line+½)


_NO_PEN, _NO_BRUSH, _TEXT = Qt.PenStyle.NoPen, Qt.BrushStyle.NoBrush, QPalette.ColorRole.Text  # looked up once


def draw_item(painter: QPainter, rect: QRectF, palette: QPalette, kind: str, lines: list[str], *,
              cancelled: bool = False, selected: bool = False, ghost: bool = False) -> None:
    """A tinted box with a coloured left edge and up to as many text lines as fit (no text in a box
    narrower than two characters: side by side at scale, a box only shows where the item is)."""
    color = kind_color(kind)
    painter.setPen(_NO_PEN)
    painter.setBrush(_fill(kind, 60 if ghost else (28 if cancelled else 48)))
    painter.drawRoundedRect(rect, 3, 3)
    left, top, height, width = rect.left(), rect.top(), rect.height(), int(rect.width()) - 9
    painter.setBrush(color)
    painter.drawRect(QRectF(left, top, 3, height))
    painter.setBrush(_NO_BRUSH)
    if selected or ghost:
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine if ghost else Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    if not lines:
        return
    fm = painter.fontMetrics()
    char = fm.averageCharWidth()
    if width < char * 2:
        return
    if width < char * 8:
        lines = lines[:1]  # "11:…" and "Ro…" tell nothing: a narrow box shows its title only
    text_color = palette.color(_TEXT)
    if cancelled:
        text_color = QColor(text_color)
        text_color.setAlpha(130)
    painter.setPen(text_color)
    base = painter.font()
    line_h = fm.height()
    x, y, bottom = left + 6, top + 1, top + height
    for n, line in enumerate(lines):
        if y + line_h > bottom + 1 and n > 0:
            break
        if n == 0:
            painter.setFont(_title_font(base, cancelled, struck=False))  # the same metrics, struck or not
            text = elided(painter.fontMetrics(), line, width)
        else:
            text = elided(fm, line, width)
        if n == 0 and cancelled:
            struck_text(painter, painter.font(), QRectF(x, y, width, min(line_h, bottom - y)), text, text_color)
        else:
            painter.drawText(QRectF(x, y, width, min(line_h, bottom - y)), _LEFT, text)
        if n == 0:
            painter.setFont(base)
        y += line_h


SHOWN_WARNINGS = 6


def draw_warnings(painter: QPainter, palette: QPalette, anchor: QRectF, warnings: list[str], width: float,
                  top: float) -> None:
    """The editors' warnings for where a dragged item would land, in an amber box beside it."""
    if not warnings:
        return
    fm = painter.fontMetrics()
    texts = ["⚠ " + w for w in warnings[:SHOWN_WARNINGS]]
    if len(warnings) > SHOWN_WARNINGS:  # a conference's worth of names would cover the week
        texts.append(tr("… and %n more", None, len(warnings) - SHOWN_WARNINGS))
    box_w = min(max(fm.horizontalAdvance(w) for w in texts) + 16, width * 0.6)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap  # a long warning wraps, never cut
    heights = [fm.boundingRect(QRect(0, 0, int(box_w - 12), 10 * fm.height()), wrap, w).height() + 2 for w in texts]
    height = sum(heights) + 8
    x = anchor.right() + 6 if anchor.right() + 6 + box_w < width else anchor.left() - box_w - 6
    box = QRectF(max(x, 0), top, box_w, height)
    painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
    painter.fillRect(box, AMBER_FILL)
    painter.setPen(QPen(AMBER, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    y = box.top() + 4
    for w, h in zip(texts, heights):
        painter.drawText(QRectF(box.left() + 8, y, box_w - 12, h), wrap, w)
        y += h
