"""The Reports view: charts for a chosen period, "< 5" on screen as in print, Save as PDF."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, demo_db):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.views.reports import ReportsView

    widget = ReportsView(AppContext(demo_db))
    qtbot.addWidget(widget)
    widget.set_period(date(2000, 1, 1), date(2099, 12, 31))  # the whole demo, wherever its dates lie
    return widget


def test_charts_show_the_reports_numbers_and_hide_small_ones(view):
    charts = {c.title: c for c in view.chart_widgets()}
    kinds = charts["Events by kind"]
    assert kinds.data == [("Seminar dates", [9]), ("Conferences", [1]), ("Workshops", [1])]
    direction = charts["By direction"]
    assert set(direction.texts) <= {"< 5", "0"} or all(t.isdigit() for t in direction.texts)
    # The demo has fewer than 5 exchanges in some breakdowns; in rich text "< 5" must be escaped to show.
    assert "&lt; 5" in view.summary.text() and "<b>< 5" not in view.summary.text()
    for chart in charts.values():  # a hidden count never leaks through the bar or its description
        for (label, values), text in zip(chart.data, chart.texts):
            if text == "< 5":
                assert values == [0] and "< 5" in chart.accessibleDescription()


def test_change_range_and_save_as_pdf(view, tmp_path):
    from pypdf import PdfReader

    view.set_period(date(1990, 1, 1), date(1990, 12, 31))          # nothing then
    assert "Seminar dates</td><td align='right'><b>0</b>" in view.summary.text()
    assert "No events, participants or exchanges in this period" in view.heading.text()
    view.set_period(date(2000, 1, 1), date(2099, 12, 31))
    path = view.save_pdf(tmp_path / "report")
    assert path.name == "report.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Report to the joint committee" in text and "Seminar dates 9" in " ".join(text.split())
    assert len(view.save_csv(tmp_path / "csv")) == len(view.report.tables())


def test_a_period_that_ends_before_it_starts_is_explained(view):
    view.set_period(date(2027, 5, 1), date(2027, 1, 1))
    assert view.report is None and "before it starts" in view.heading.text()


def test_a_new_demo_opens_on_a_real_last_year(qtbot, tmp_path):
    """The view opens on "Last calendar year"; the demo the app builds for today has activity then."""
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.views.reports import ReportsView
    from qistdesk.services.demo import load_demo
    from qistdesk.store import open_database

    db = open_database(tmp_path / "today.sqlite3")
    try:
        load_demo(db, today=date.today(), past=True)
        widget = ReportsView(AppContext(db))
        qtbot.addWidget(widget)
        assert widget.preset.currentData() == "Last calendar year"
        assert widget.start_edit.value() == date(date.today().year - 1, 1, 1)
        assert "No events, participants or exchanges" not in widget.heading.text()
        kinds = {c.title: c for c in widget.chart_widgets()}["Events by kind"]
        assert dict(kinds.data)["Workshops"] == [1] and dict(kinds.data)["Seminar dates"][0] >= 5
    finally:
        db.close()
