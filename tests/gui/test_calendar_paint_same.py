"""The calendar's faster drawing leaves the same pixels as Qt's own way (issue 16): a struck-out
title drawn plain with its line filled, and a translucent grid line filled opaque."""

from __future__ import annotations

import random

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from qistdesk.gui.views import calendar_style as st

WORDS = ["Quantum", "sensing", "conference", "Error", "correction", "workshop", "Ærø", "Øresund", "Åbenrå", "1941"]


def _image(draw) -> QImage:
    image = QImage(420, 70, QImage.Format.Format_RGB32)
    image.fill(QColor(236, 229, 246))
    painter = QPainter(image)
    draw(painter)
    painter.end()
    return image


def test_a_struck_out_title_is_drawn_to_the_pixel_as_qt_strikes_it(qapp):
    font = QFont(qapp.font())
    struck = QFont(font)
    struck.setStrikeOut(True)
    pen = QColor(0, 0, 0, 130)  # a cancelled item's text
    metrics = QFontMetrics(font)
    rng = random.Random(16)
    for _ in range(300):
        width = rng.randint(16, 300)
        text = metrics.elidedText(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))),
                                  Qt.TextElideMode.ElideRight, width)
        rect = QRectF(2 + rng.random() * 30, 2 + rng.random() * 30, width, rng.choice([14, 16, 17.5, rng.uniform(8, 20)]))

        def qt(painter):
            painter.setPen(pen)
            painter.setFont(struck)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

        def ours(painter):
            painter.setPen(pen)
            st.struck_text(painter, font, rect, text, pen)

        assert _image(qt) == _image(ours), (text, rect)


def test_a_grid_line_filled_opaque_leaves_the_pixels_of_the_translucent_fill(qapp):
    rng = random.Random(7)
    for _ in range(200):
        under = QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256))
        line = QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
        rect = QRectF(3.5, 2.25, 1, 40.5)

        def translucent(painter):
            painter.fillRect(QRect(0, 0, 420, 70), under)
            st.fill(painter, rect, line)

        def opaque(painter):
            painter.fillRect(QRect(0, 0, 420, 70), under)
            st.fill_over(painter, rect, line, under)

        assert _image(translucent) == _image(opaque)
