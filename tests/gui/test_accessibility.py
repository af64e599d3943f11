"""Every view: controls have accessible names, take keyboard focus, and survive 200% text
with the high-contrast palette."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                               QLineEdit, QPlainTextEdit, QTextEdit, QToolButton, QWidget)

from qistdesk.gui import theme
from qistdesk.gui.app_settings import settings
from qistdesk.gui.context import AppContext
from qistdesk.gui.main_window import MainWindow
from qistdesk.gui.views import VIEWS

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def _name(widget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(settings())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.attach(AppContext(demo_db, win))
    yield win
    theme.apply(False, 1.0)


@pytest.mark.parametrize("key", [v[0] for v in VIEWS])
def test_controls_are_named_and_reachable_by_keyboard(window, qtbot, key):
    window.show_view(key)
    qtbot.wait(50)
    problems = []
    for widget in (w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE)):
        if not widget.isVisible() or isinstance(widget, QHeaderView):
            continue  # headers sort by click and by the View menu; they take no focus in any Qt app
        if not _name(widget):
            problems.append(f"{type(widget).__name__} in {type(widget.parent()).__name__} has no accessible name")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QToolButton):
            problems.append(f"{type(widget).__name__} '{_name(widget)}' cannot take keyboard focus")
    assert problems == []


@pytest.mark.parametrize("key", ["people", "seminars", "exchanges"])
def test_tab_moves_from_filter_into_the_list(window, qtbot, key):
    window.show_view(key)
    qtbot.wait(50)
    filters = [w for w in window.findChildren(QLineEdit) if w.isVisible() and w.placeholderText().startswith("Filter")]
    assert filters, "every list view has a filter box"
    box = filters[0]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert isinstance(window.focusWidget(), QAbstractItemView)


@pytest.mark.parametrize("key", [v[0] for v in VIEWS])
def test_views_render_at_200_percent_with_high_contrast(window, qtbot, key):
    theme.apply(True, 2.0)
    window.show_view(key)
    qtbot.wait(50)
    image: QImage = window.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 2, "the window is not blank"
    font = window.font()
    assert font.pointSizeF() >= 1.9 * theme._base_font.pointSizeF() or font.pixelSize() > 0
