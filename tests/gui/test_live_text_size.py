"""Ctrl++ / Ctrl+0 apply at once: row heights, headings, the navigation, list columns."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qistdesk.gui.app_settings import settings
from qistdesk.gui.context import AppContext
from qistdesk.gui.main_window import MainWindow


def test_text_size_applies_at_once_everywhere(qtbot, demo_db, monkeypatch):
    monkeypatch.setenv("QISTDESK_TODAY", "2027-04-20")
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.attach(AppContext(demo_db, window))
    seminars = window.show_view("seminars")
    seminars.table.view.selectRow(0)
    qtbot.wait(50)
    table = seminars.table.view
    row_before = table.verticalHeader().defaultSectionSize()
    for key in ("people", "organizations", "exchanges"):  # at 1280 px: no sideways scrolling
        view = window.show_view(key)
        qtbot.wait(20)
        assert view.table.view.horizontalScrollBar().maximum() == 0, key
    body = QApplication.font().pointSizeF()
    title_before = seminars.detail.title.font().pointSizeF() if hasattr(seminars, "detail") else None
    for _ in range(3):
        window.change_font_scale(1)
    qtbot.wait(50)
    try:
        assert QApplication.font().pointSizeF() > body
        assert table.verticalHeader().defaultSectionSize() > row_before  # rows grew with the text
        assert table.rowHeight(0) >= table.fontMetrics().height()
        title = next(w for w in seminars.findChildren(type(seminars.table.no_match))
                     if w.property("qistdesk_font_factor") is not None)
        assert title.font().pointSizeF() > QApplication.font().pointSizeF()  # a heading stays bigger
        if title_before:
            assert title.font().pointSizeF() > title_before
        nav = window.nav
        widest = max(nav.fontMetrics().horizontalAdvance(nav.item(r).text()) for r in range(nav.count()))
        assert nav.width() >= widest + nav.iconSize().width()  # "Conferences & workshops" not cut
    finally:
        window.change_font_scale(0)
    qtbot.wait(50)
    assert QApplication.font().pointSizeF() == body
    assert table.verticalHeader().defaultSectionSize() == row_before  # Ctrl+0 resets the window too
