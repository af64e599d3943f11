"""The Calendar view's test fixtures and real-input helpers, shared by tests/gui/test_calendar_*.py."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from qistdesk.gui.context import AppContext
from qistdesk.services import queries

CPH = "Europe/Copenhagen"


@pytest.fixture
def view(qtbot, demo_db, monkeypatch):
    monkeypatch.setenv("QISTDESK_TODAY", "2027-05-12")
    from qistdesk.gui.views.calendar_view import CalendarView

    ctx = AppContext(demo_db)
    w = CalendarView(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: bool(w.grid.holidays), timeout=15000)  # named a moment after the first paint
    return w


def series_id(db):
    return next(e["id"] for e in queries.list_events(db, "seminar") if e["title"] == "QIST Transatlantic Seminar")


def drag_by_hours(view, item, dy_hours: float):
    grid = view.grid
    placed = next(p for p in grid.placed if p.item.key == item.key)
    rect = grid.rect_of(placed)
    start = rect.center().toPoint()
    end = start + QPoint(0, int(dy_hours * grid.hour_height()))
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        QTest.mouseMove(grid, start + (end - start) * step / 4)
    warnings = list(grid._drag["warnings"]) if grid._drag else []
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    return warnings


def press_move_release(widget, start: QPoint, end: QPoint, steps: int = 4):
    """A real drag: press, a few mouse moves, release; returns the warnings shown just before release."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * step / steps)
    warnings = list(widget._drag["warnings"]) if widget._drag else []
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)
    return warnings


@pytest.fixture
def traveller(view):
    """A three-day stay (Tue 11 – Thu 13 May 2027) with a report due on Wednesday, shown alone."""
    from qistdesk.services import directory, exchanges

    db = view.ctx.db
    person = directory.create_person(db, given_name="Ida", family_name="Rejse")
    program = exchanges.create_program(db, name="Short visits", kind="student", direction="DK-US")
    stay = exchanges.create_exchange(db, person_id=person, program_id=program, start_date=date(2027, 5, 11),
                                     end_date=date(2027, 5, 13), stage="accepted",
                                     milestones=[{"title": "Send report", "kind": "report",
                                                  "due_date": date(2027, 5, 12)}])
    view._person_id = person
    view.ctx.notify_changed("exchanges")  # as the app's editors do: the view reads again
    return stay


def mid_x(grid, day: date) -> int:
    """The x of the middle of a day's column (a quiet weekend's column is narrower)."""
    i = grid.days.index(day)
    return int(grid.col_x(i) + grid.col_w(i) / 2)


def stay_of(db, ident):
    from qistdesk.domain import Exchange

    with db.read() as s:
        x = s.get(Exchange, ident)
        return x.start_date, x.end_date, [(m.title, m.due_date) for m in x.milestones]


def event_times(db, ident):
    from qistdesk.domain import Event

    with db.read() as s:
        event = s.get(Event, ident)
        return event.start_utc, event.end_utc


def painted(widget):
    """The widget painted into an image by its own ``paint`` (an error in it raises here, where a
    paintEvent would only print it)."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(widget.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        widget.paint(painter)
    finally:
        painter.end()
    return image


def context_menu(widget, pos: QPoint):
    """The item menu as the Menu key (or Shift+F10) opens it: a keyboard context-menu event at ``pos``."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    target = widget.viewport() if hasattr(widget, "viewport") else widget
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, target.mapToGlobal(pos)))
    return QApplication.activePopupWidget()


def month_stay_bar(view):
    """The view switched to its month, and the first exchange stay's bar there: (the month widget,
    the bar's rectangle, a day's width)."""
    view.set_mode("month")
    month = view.month
    month.repaint()
    rect = next(r for r, i in month._hits if i.kind == "exchange")
    return month, rect, month.cell_rect(0).width()
