"""Bar-chart labels stay readable at large text sizes (issue 13: they read "F… … …" after Ctrl++).

Labels of horizontal bars go beside the bars while they fit, else on their own line above
each bar; month labels under vertical bars thin out (every second, third… month) rather than
each being cut. Only when even that has no room is a label cut (the tooltip has them all).
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from gui_helpers import demo_window
from qistdesk.gui.widgets.chart import BarChart

MONTHS = ["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
SECTORS = [("Academia", 22), ("Government", 17), ("Industry", 14), ("Non-profit", 8), ("To review", 2)]


def _big(chart: BarChart, points: float = 20) -> BarChart:
    font = QFont(chart.font())
    font.setPointSizeF(points)
    chart.setFont(font)
    return chart


def test_horizontal_labels_move_above_the_bars_when_the_chart_is_narrow(qtbot):
    chart = _big(BarChart("Participants by sector", horizontal=True))
    qtbot.addWidget(chart)
    chart.set_data(SECTORS)
    chart.resize(900, 500)
    chart.grab()
    assert chart.drawn_labels == [label for label, _ in SECTORS]  # beside the bars, whole
    chart.resize(260, 520)  # a third of a 1280 px window at 200% text
    chart.grab()
    assert chart.drawn_labels == [label for label, _ in SECTORS]  # above the bars, still whole
    assert "Government" in chart.toolTip() and "17" in chart.accessibleDescription()


def test_month_labels_thin_out_instead_of_being_cut(qtbot):
    chart = _big(BarChart("Activity by month", ["seminar dates", "conference days"]))
    qtbot.addWidget(chart)
    chart.set_data([(m, [i % 3, i % 2]) for i, m in enumerate(MONTHS)])
    chart.resize(1000, 400)
    chart.grab()
    assert chart.drawn_labels == MONTHS
    chart.resize(300, 400)
    chart.grab()
    shown = chart.drawn_labels
    assert not any("…" in label for label in shown)
    assert 3 <= len(shown) < len(MONTHS) and set(shown) <= set(MONTHS)
    assert shown[0] == "Dec" and MONTHS.index(shown[1]) - MONTHS.index(shown[0]) >= 2  # every n-th month


def test_dashboard_charts_at_200_percent_text(qtbot, demo_db, monkeypatch):
    window = demo_window(qtbot, demo_db, monkeypatch)
    dashboard = window.show_view("dashboard")
    qtbot.waitUntil(lambda: bool(dashboard.activity.data and dashboard.by_sector.data), timeout=10_000)
    for _ in range(4):
        window.change_font_scale(1)
    try:
        qtbot.wait(50)
        for chart in (dashboard.activity, dashboard.by_sector, dashboard.by_country):
            chart.grab()
            assert chart.drawn_labels and not any("…" in label for label in chart.drawn_labels), chart.title
        scroll = dashboard.findChild(type(dashboard.layout().itemAt(0).widget()))
        assert scroll.horizontalScrollBar().maximum() == 0  # the page does not run off sideways
    finally:
        window.change_font_scale(0)


def test_reports_fit_their_window_at_large_text(qtbot, demo_db, monkeypatch):
    """Seen on Xvfb at 175 %: the period bar made the Reports view wider than the window, and its
    right side (Save…, the charts' ends) was cut off."""
    from datetime import date

    from PySide6.QtWidgets import QScrollArea

    window = demo_window(qtbot, demo_db, monkeypatch, (1024, 700))
    reports = window.show_view("reports")
    reports.set_period(date(2027, 1, 1), date(2027, 12, 31))
    for _ in range(3):
        window.change_font_scale(1)
    try:
        qtbot.wait(100)
        stack = reports.parentWidget()
        assert reports.width() <= stack.width()
        assert reports.save_button.isVisible() and reports.save_button.geometry().right() <= reports.width()
        scroll = reports.findChild(QScrollArea)
        assert scroll.widget().width() <= scroll.viewport().width()
    finally:
        window.change_font_scale(0)
    window.resize(1280, 800)
    qtbot.wait(50)
    assert reports._bar.indexOf(reports.save_button) >= 0  # one row again where it fits
