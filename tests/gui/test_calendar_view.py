"""The Calendar view on the demo programme: navigate, drag, undo, print (one view per test)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from gui_helpers import when_modal
from qistdesk.gui.context import AppContext
from qistdesk.services import queries
from qistdesk.timezones import utc_to_local

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


def _series_id(db):
    return next(e["id"] for e in queries.list_events(db, "seminar") if e["title"] == "QIST Transatlantic Seminar")


def test_week_shows_series_date_sessions_holiday_and_two_gutters(view):
    assert view.mode == "week" and view.title.text() == "Week 19 · 10–16 May 2027"
    kinds = {i.kind for i in view.items}
    assert {"series-date", "session", "conference", "exchange", "milestone"} <= kinds
    seminar = next(i for i in view.items if i.kind == "series-date")
    assert utc_to_local(seminar.start_utc, CPH).strftime("%a %H:%M") == "Wed 15:00"  # the moved date
    assert "Bosonic codes" in seminar.detail
    assert view.grid.holidays[date(2027, 5, 16)] == [("DK", "Pentecost")]
    # overlapping sessions are side by side, never on top of each other
    monday = [p for p in view.grid.placed if p.day_index == 0 and p.item.kind == "session"]
    eleven = [p for p in monday if utc_to_local(p.item.start_utc, CPH).hour == 11]
    assert len(eleven) == 2 and {p.column for p in eleven} == {0, 1} and all(p.columns == 2 for p in eleven)


def test_keyboard_navigation(view, qtbot):
    view.grid.setFocus()
    QTest.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.title.text().startswith("Week 20")
    QTest.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.current == date(2027, 5, 20)
    QTest.keyClick(view.grid, Qt.Key.Key_T)
    assert view.current == date(2027, 5, 12)
    view.set_mode("month")
    QTest.keyClick(view.month, Qt.Key.Key_PageUp)
    assert view.title.text() == "April 2027"
    QTest.keyClick(view.month, Qt.Key.Key_Down)
    assert view.current == date(2027, 4, 8)
    view.set_mode("day")
    assert view.title.text() == "Thu, 8 Apr 2027"
    view.next_button.click()
    assert view.current == date(2027, 4, 9)
    view.set_mode("agenda")
    assert view.agenda.topLevelItemCount() > 0


def test_march_week_marks_clock_difference(view):
    view.go_to(date(2027, 3, 18))
    assert "5 h from Washington (usually 6 h)" in view.grid.dst_note
    view.go_to(date(2027, 4, 8))
    assert view.grid.dst_note == ""


def test_filters_by_kind_and_person(view, qtbot):
    view.filter_actions["exchanges"].setChecked(False)
    assert not any(i.kind in ("exchange", "milestone") for i in view.items)
    assert view.filter_button.text() == "Kinds (2 of 3)"  # a hidden kind is not forgotten
    view.person.setFocus()
    label = next(x for x in view.person._by_id.values() if x.startswith("Δημήτρης"))
    view.person.setText(label)
    assert view._person_id
    assert view.items and all(view._person_id in i.people for i in view.items)
    qtbot.waitUntil(lambda: view.person.cursorPosition() == 0)  # the name shows, not the organisation's end
    assert view.person.toolTip() == label
    view.filter_actions["exchanges"].setChecked(True)
    assert view.filter_button.text() == "Kinds"


def _drag(view, item, dy_hours: float):
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


def test_drag_series_date_this_date_then_undo(view, qtbot):
    db = view.ctx.db
    item = next(i for i in view.items if i.kind == "series-date")
    when_modal(lambda box: next(b for b in box.buttons() if b.text() == "This date").click())
    warnings = _drag(view, item, 4)  # 15:00 -> 19:00 Copenhagen: outside working hours there
    assert any("outside working hours" in w for w in warnings)
    moved = {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]
    assert utc_to_local(moved["start_utc"], CPH).strftime("%H:%M") == "19:00"
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    back = {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]
    assert utc_to_local(back["start_utc"], CPH).strftime("%H:%M") == "15:00"


def test_move_whole_series_keeps_speakers_and_undoes_in_one_step(view):
    from qistdesk.gui.views.calendar_actions import WHOLE_SERIES, move_with_undo

    db = view.ctx.db
    before = queries.series_dates(db, _series_id(db))
    item = next(i for i in view.items if i.kind == "series-date")
    assert move_with_undo(view, item, item.start_utc + timedelta(hours=1), item.end_utc + timedelta(hours=1),
                          scope=WHOLE_SERIES)
    after = queries.series_dates(db, _series_id(db))
    assert len(after) == len(before)
    assert [(a["speaker_id"], a["topic"], a["status"]) for a in after] == \
        [(b["speaker_id"], b["topic"], b["status"]) for b in before]
    assert all(a["start_utc"] - b["start_utc"] == timedelta(hours=1) for a, b in zip(after, before))
    view.ctx.undo_stack.undo()
    assert [r["start_utc"] for r in queries.series_dates(db, _series_id(db))] == [b["start_utc"] for b in before]


def test_drag_session_onto_a_busy_speaker_warns(view):
    session = next(i for i in view.items if i.kind == "session" and i.title == "Quantum networks")
    # Monday 11:00 Room B; drag 2.5 h later onto "Quantum error correction" (13:30, Room B, other speakers):
    # the timetable's own check says so while dragging
    warnings = _drag(view, session, 2.5)
    assert "room Room B is used twice at Mon 10 May 13:30: “Quantum networks” and “Quantum error correction”" \
        in warnings
    # only the session's own speakers count as booked twice, not every participant of the conference
    booked = [w for w in warnings if " is also booked for " in w]
    assert len(booked) <= len(session.people), booked
    moved = next(x for x in queries.sessions_of(view.ctx.db, session.event_id) if x["id"] == session.item_id)
    assert utc_to_local(moved["start_utc"], CPH).strftime("%H:%M") == "13:30"
    view.ctx.undo_stack.undo()


def test_drag_a_session_off_its_conference_days_warns_while_dragging(view):
    """Monday 11:00 dragged to Wednesday: outside the conference (10–11 May), as the timetable check says
    while dragging; the drop is refused with the editor's reason and nothing changes."""
    grid = view.grid
    session = next(i for i in view.items if i.kind == "session" and i.title == "Quantum networks")
    start = grid.rect_of(next(p for p in grid.placed if p.item.key == session.key)).center().toPoint()
    wednesday = QPoint(_mid(grid, date(2027, 5, 12)), start.y())
    refused = []
    when_modal(lambda box: (refused.append(box.text()), box.accept()))
    warnings = _press_move_release(grid, start, wednesday)
    assert any(w.startswith("session “Quantum networks” (Wed 12 May 11:00–12:30) lies outside the event (Mon 10 May")
               for w in warnings), warnings
    assert refused and "must lie within the event" in refused[0]
    moved = next(x for x in queries.sessions_of(view.ctx.db, session.event_id) if x["id"] == session.item_id)
    assert moved["start_utc"] == session.start_utc and view.ctx.undo_stack.count() == 0


def test_print_week_and_month_to_pdf(view, tmp_path):
    from pypdf import PdfReader

    path = view.print_pdf(str(tmp_path / "week.pdf"))
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Week 19" in text and "Copenhagen Quantum Days" in text and "QIST Transatl" in text and "DK: Pentecost" in text and "Washington" in text
    view.set_mode("month")
    text = " ".join(PdfReader(view.print_pdf(str(tmp_path / "month.pdf"))).pages[0].extract_text().split())
    assert "May 2027" in text and "Pentecost" in text


def test_drag_conference_bar_moves_its_sessions_in_one_undo_step(view):
    db = view.ctx.db
    grid = view.grid
    bar = next(b for b in grid.bars if b.item.kind == "conference")
    before = queries.sessions_of(db, bar.item.event_id)
    rect = grid.bar_rect(bar)
    start = QPoint(int(rect.left() + 20), int(rect.center().y()))
    end = start + QPoint(int(grid.column_width() * 2), 0)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(grid, end)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    after = queries.sessions_of(db, bar.item.event_id)
    assert all(a["start_utc"] - b["start_utc"] == timedelta(days=2) for a, b in zip(after, before))
    moved = next(i for i in view.items if i.kind == "conference")
    assert moved.first_day == date(2027, 5, 12)
    view.ctx.undo_stack.undo()
    assert [s["start_utc"] for s in queries.sessions_of(db, bar.item.event_id)] == [b["start_utc"] for b in before]


def test_go_to_a_typed_date(view, qtbot):
    view.goto.line.setFocus()
    view.goto.line.selectAll()
    QTest.keyClicks(view.goto.line, "2027-03-18")
    QTest.keyClick(view.goto.line, Qt.Key.Key_Return)
    assert view.current == date(2027, 3, 18) and view.title.text().startswith("Week 11")


def _press_move_release(widget, start: QPoint, end: QPoint, steps: int = 4):
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


def _mid(grid, day: date) -> int:
    """The x of the middle of a day's column (a quiet weekend's column is narrower)."""
    i = grid.days.index(day)
    return int(grid.col_x(i) + grid.col_w(i) / 2)


def _stay(db, ident):
    from qistdesk.domain import Exchange

    with db.read() as s:
        x = s.get(Exchange, ident)
        return x.start_date, x.end_date, [(m.title, m.due_date) for m in x.milestones]


def test_drag_and_resize_an_exchange_stay_in_the_week(view, traveller):
    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "exchange")
    rect, day = grid.bar_rect(bar), int(grid.column_width())
    body = QPoint(int(rect.left() + 20), int(rect.center().y()))
    _press_move_release(grid, body, body + QPoint(day, 0))  # move a day later
    assert _stay(db, traveller)[:2] == (date(2027, 5, 12), date(2027, 5, 14))
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    assert _stay(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))
    bar = next(b for b in grid.bars if b.item.kind == "exchange")
    edge = QPoint(int(grid.bar_rect(bar).right() - 2), int(grid.bar_rect(bar).center().y()))
    _press_move_release(grid, edge, QPoint(_mid(grid, date(2027, 5, 15)), edge.y()))  # the last day: Saturday
    assert _stay(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 15))
    view.ctx.undo_stack.undo()
    assert _stay(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))


def test_drag_a_milestone_onto_a_saturday_warns_and_undoes(view, traveller):
    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "milestone")
    rect = grid.bar_rect(bar)
    start = QPoint(int(rect.left() + 10), int(rect.center().y()))
    warnings = _press_move_release(grid, start, QPoint(_mid(grid, date(2027, 5, 15)), start.y()))  # Wed -> Sat
    assert any("weekend" in w for w in warnings) and any("after the stay ends" in w for w in warnings)
    assert _stay(db, traveller)[2] == [("Send report", date(2027, 5, 15))]
    view.ctx.undo_stack.undo()
    assert _stay(db, traveller)[2] == [("Send report", date(2027, 5, 12))]


def test_resize_a_conference_bar_changes_its_last_day(view):
    from qistdesk.domain import Event

    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "conference")
    with db.read() as s:
        before = s.get(Event, bar.item.event_id).end_utc
    rect = grid.bar_rect(bar)
    edge = QPoint(int(rect.right() - 2), int(rect.center().y()))
    _press_move_release(grid, edge, QPoint(_mid(grid, date(2027, 5, 12)), edge.y()))  # onto Wednesday
    moved = next(i for i in view.items if i.kind == "conference")
    assert (moved.first_day, moved.last_day) == (date(2027, 5, 10), date(2027, 5, 12))
    with db.read() as s:
        after = s.get(Event, bar.item.event_id).end_utc
    assert after - before == timedelta(days=1)
    view.ctx.undo_stack.undo()
    with db.read() as s:
        assert s.get(Event, bar.item.event_id).end_utc == before


def test_month_drag_moves_a_seminar_to_another_day_keeping_its_time(view, qtbot):
    db = view.ctx.db
    view.set_mode("month")
    month = view.month
    month.repaint()
    hit = next((r, i) for r, i in month._hits if i.kind == "series-date" and not i.cancelled)
    rect, item = hit
    when = utc_to_local(item.start_utc, CPH)
    start = rect.center().toPoint()
    target = month.cell_rect(month.days.index(when.date()) + 1)  # the next day
    when_modal(lambda box: next(b for b in box.buttons() if b.text() == "This date").click())
    _press_move_release(month, start, QPoint(int(target.center().x()), start.y()))
    moved = {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]
    local = utc_to_local(moved["start_utc"], CPH)
    assert (local.date(), local.strftime("%H:%M")) == (when.date() + timedelta(days=1), when.strftime("%H:%M"))
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    back = {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]
    assert back["start_utc"] == item.start_utc


def test_month_drag_moves_an_exchange_stay(view, traveller):
    db = view.ctx.db
    view.set_mode("month")
    month = view.month
    month.repaint()
    rect = next(r for r, i in month._hits if i.kind == "exchange")
    start = QPoint(int(rect.left() + 10), int(rect.center().y()))
    cell = month.cell_rect(0)
    _press_move_release(month, start, start + QPoint(int(cell.width() * 2), 0))
    assert _stay(db, traveller)[:2] == (date(2027, 5, 13), date(2027, 5, 15))
    view.ctx.undo_stack.undo()
    assert _stay(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))


def test_a_language_change_reads_the_periods_again_in_the_new_language(view, qapp):
    """Periods read (and read ahead) in English are not shown in a Danish window."""
    from qistdesk.gui import i18n

    view.step(1)
    view.step(-1)  # this week and the next are now kept in English
    assert any(i.title.startswith("Exchange: ") for i in view.items if i.kind == "exchange")
    try:
        i18n.install(qapp, "da")
        view.refresh()
        stays = [i.title for i in view.items if i.kind == "exchange"]
        assert stays and all(t.startswith("Udveksling: ") for t in stays)
        view.step(1)  # kept (or read ahead) in English before the change
        assert not [i.title for i in view.items if i.title.startswith("Exchange: ")]
    finally:
        i18n.install(qapp, "en")
    view.refresh()
    assert all(i.title.startswith("Exchange: ") for i in view.items if i.kind == "exchange")


def test_drag_a_date_of_an_open_ended_series_past_its_stored_dates(view):
    """Five years on, a weekly seminar with no end has no stored row for its Tuesday: dragging it
    stores that date (moved), as the series-date dialog would, and Undo puts it back at 15:00."""
    from qistdesk.services import events

    db = view.ctx.db
    weekly = events.create_event(db, kind="seminar", title="Open Tuesday seminar", timezone=CPH,
                                 start=datetime(2027, 5, 4, 15), end=datetime(2027, 5, 4, 16), series="FREQ=WEEKLY")
    view.go_to(date(2032, 5, 12))
    item = next(i for i in view.items if i.event_id == weekly)
    assert item.key.startswith("occ:") and item.movable
    assert utc_to_local(item.start_utc, CPH).strftime("%a %H:%M") == "Tue 15:00"
    before = len(queries.series_dates(db, weekly))
    when_modal(lambda box: next(b for b in box.buttons() if b.text() == "This date").click())
    _drag(view, item, 2)  # 15:00 -> 17:00
    rows = queries.series_dates(db, weekly)
    assert len(rows) == before + 1
    (moved,) = [r for r in rows if r["original_start_utc"] == item.start_utc]
    assert utc_to_local(moved["start_utc"], CPH).strftime("%Y-%m-%d %H:%M") == "2032-05-11 17:00"
    shown = next(i for i in view.items if i.event_id == weekly)
    assert shown.key == f"date:{moved['id']}" and utc_to_local(shown.start_utc, CPH).hour == 17
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    (back,) = [r for r in queries.series_dates(db, weekly) if r["original_start_utc"] == item.start_utc]
    assert utc_to_local(back["start_utc"], CPH).strftime("%H:%M") == "15:00"
    assert [i.start_utc for i in view.items if i.event_id == weekly] == [item.start_utc]  # one date, not two


def _event_times(db, ident):
    from qistdesk.domain import Event

    with db.read() as s:
        event = s.get(Event, ident)
        return event.start_utc, event.end_utc


def _painted(widget):
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


def test_drag_the_left_end_of_a_conference_bar_changes_its_first_day(view):
    """Week view: the left end of Copenhagen Quantum Days (Mon 10 – Tue 11 May) dragged onto Tuesday:
    the sessions of Monday are warned about while dragging; the event then starts on Tuesday at its
    old time of day and still ends when it did; one Undo step puts Monday back."""
    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "conference")
    start, end = _event_times(db, bar.item.event_id)
    rect = grid.bar_rect(bar)
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    QTest.mouseMove(grid, edge)
    assert grid.cursor().shape() == Qt.CursorShape.SizeHorCursor  # the end shows it can be dragged
    target = QPoint(_mid(grid, date(2027, 5, 11)), edge.y())
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=edge)
    QTest.mouseMove(grid, target)
    ghost = _painted(grid)  # the ghost over Tuesday, drawn by the same painter as the window's
    assert ghost.pixel(_mid(grid, date(2027, 5, 11)), edge.y()) != ghost.pixel(_mid(grid, date(2027, 5, 13)), edge.y())
    warnings = list(grid._drag["warnings"])
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert any("a session starts before the new first day (Mon 10 May 2027)" == w for w in warnings)
    moved = next(i for i in view.items if i.kind == "conference")
    assert (moved.first_day, moved.last_day) == (date(2027, 5, 11), date(2027, 5, 11))
    new_start, new_end = _event_times(db, bar.item.event_id)
    assert (new_start - start, new_end) == (timedelta(days=1), end)
    assert view.ctx.undo_stack.count() == 1 and "now starts on" in view.ctx.undo_stack.undoText()
    view.ctx.undo_stack.undo()
    assert _event_times(db, bar.item.event_id) == (start, end)


def test_the_left_end_never_passes_the_right_end(view):
    """Dragged far past its last day, the left end stops on it: the bar keeps one day."""
    grid = view.grid
    bar = next(b for b in grid.bars if b.item.kind == "conference")
    rect = grid.bar_rect(bar)
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    _press_move_release(grid, edge, QPoint(_mid(grid, date(2027, 5, 14)), edge.y()))
    moved = next(i for i in view.items if i.kind == "conference")
    assert (moved.first_day, moved.last_day) == (date(2027, 5, 11), date(2027, 5, 11))


def test_month_drag_the_left_end_of_a_conference_bar_one_day_earlier(view):
    db = view.ctx.db
    view.set_mode("month")
    month = view.month
    month.repaint()
    rect, item = next((r, i) for r, i in month._hits if i.kind == "conference")
    start, end = _event_times(db, item.event_id)
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    QTest.mouseMove(month, edge)
    assert month.cursor().shape() == Qt.CursorShape.SizeHorCursor
    sunday = month.cell_rect(month.days.index(date(2027, 5, 9)))
    warnings = _press_move_release(month, edge, sunday.center().toPoint())  # the row above: weeks start on Monday
    assert not any("session" in w for w in warnings)
    assert _event_times(db, item.event_id) == (start - timedelta(days=1), end)
    moved = next(i for i in view.items if i.kind == "conference")
    assert (moved.first_day, moved.last_day) == (date(2027, 5, 9), date(2027, 5, 11))
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    assert _event_times(db, item.event_id) == (start, end)


def test_month_drag_the_left_end_of_an_exchange_stay(view, traveller):
    db = view.ctx.db
    view.set_mode("month")
    month = view.month
    month.repaint()
    rect = next(r for r, i in month._hits if i.kind == "exchange")
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    cell = month.cell_rect(0)
    _press_move_release(month, edge, edge + QPoint(int(cell.width()), 0))
    assert _stay(db, traveller)[:2] == (date(2027, 5, 12), date(2027, 5, 13))
    view.ctx.undo_stack.undo()
    assert _stay(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))


def _context_menu(widget, pos: QPoint):
    """The item menu as the Menu key (or Shift+F10) opens it: a keyboard context-menu event at ``pos``."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    target = widget.viewport() if hasattr(widget, "viewport") else widget
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, target.mapToGlobal(pos)))
    return QApplication.activePopupWidget()


def test_agenda_moves_a_series_date_to_another_day_from_its_menu(view, qtbot):
    """The agenda has no time axis to drag along: its item menu moves a date to a typed day, showing
    the drag's warnings for that day first; the date keeps its time, and one Undo puts it back."""
    db = view.ctx.db
    view.set_mode("agenda")
    agenda = view.agenda
    rows = [agenda.topLevelItem(i).child(j) for i in range(agenda.topLevelItemCount())
            for j in range(agenda.topLevelItem(i).childCount())]
    row = next(r for r in rows if r.data(0, Qt.ItemDataRole.UserRole).startswith("date:"))
    item = next(i for i in view.items if i.key == row.data(0, Qt.ItemDataRole.UserRole))
    when = utc_to_local(item.start_utc, CPH)
    agenda.setFocus()
    agenda.setCurrentItem(row)
    menu = _context_menu(agenda, agenda.visualItemRect(row).center())
    assert [a.text() for a in menu.actions()] == ["&Open", "&Move to another day…"]  # O and M choose them
    seen = []

    def fill(dialog):
        dialog.day.line.selectAll()
        QTest.keyClicks(dialog.day.line, "2027-05-17")  # Whit Monday
        seen.append(dialog.warnings.text())
        when_modal(lambda box: next(b for b in box.buttons() if b.text() == "This date").click())
        QTest.keyClick(dialog.day.line, Qt.Key.Key_Return)

    when_modal(fill)
    move = menu.actions()[1]
    menu.close()
    move.trigger()
    assert "public holiday in Denmark" in seen[0]
    moved = {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]
    local = utc_to_local(moved["start_utc"], CPH)
    assert (local.date(), local.time()) == (date(2027, 5, 17), when.time())
    assert agenda.selected_item().key == item.key  # still chosen, under its new day: Enter opens it
    assert agenda.currentItem().parent().text(0) == "Monday, 17 May 2027"
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    assert {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]["start_utc"] == item.start_utc


def test_month_menu_moves_an_exchange_stay_by_keyboard(view, traveller):
    """In the month, the item menu opened on a selected stay moves it without the mouse."""
    view.set_mode("month")
    month = view.month
    month.repaint()
    rect, stay = next((r, i) for r, i in month._hits if i.kind == "exchange")
    month.selected = stay
    menu = _context_menu(month, rect.center().toPoint())

    def fill(dialog):
        dialog.day.line.selectAll()
        QTest.keyClicks(dialog.day.line, "2027-05-18")
        QTest.keyClick(dialog.day.line, Qt.Key.Key_Return)

    when_modal(fill)
    move = next(a for a in menu.actions() if a.text() == "&Move to another day…")
    menu.close()
    move.trigger()
    assert _stay(view.ctx.db, traveller)[:2] == (date(2027, 5, 18), date(2027, 5, 20))
    view.ctx.undo_stack.undo()
    assert _stay(view.ctx.db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))


def test_enter_on_an_agenda_row_opens_it(view, qtbot):
    view.set_mode("agenda")
    agenda = view.agenda
    row = agenda.topLevelItem(0).child(0)
    agenda.setFocus()
    agenda.setCurrentItem(row)
    with qtbot.waitSignal(agenda.item_activated, timeout=2000) as opened:
        QTest.keyClick(agenda, Qt.Key.Key_Return)
    assert opened.args[0].key == row.data(0, Qt.ItemDataRole.UserRole)


def test_the_week_tints_the_day_the_arrow_keys_chose(view):
    grid = view.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Right)  # Wed 12 -> Thu 13 May
    assert view.current == date(2027, 5, 13)
    image = _painted(grid)
    y = int(grid.header_height() - 5)

    def corner(day):  # the header's right corner of a day's column: no text there
        i = grid.days.index(day)
        return image.pixel(int(grid.col_x(i) + grid.col_w(i) - 4), y)

    assert corner(date(2027, 5, 13)) != corner(date(2027, 5, 14)) == corner(date(2027, 5, 11))


def test_the_print_button_asks_where_and_writes_the_pdf(view, tmp_path, monkeypatch):
    """A real click on Print…: the file dialog's answer is where the PDF goes (clicked(bool) once
    reached print_pdf as its path, and the button did nothing)."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "week.pdf"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append(a[2]) or str(target), "")))
    QTest.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert asked == ["calendar-week-2027-05-12.pdf"]
    assert "Week 19" in " ".join(PdfReader(str(target)).pages[0].extract_text().split())


def test_in_danish_both_time_gutters_write_the_danish_clock(view, qapp, tmp_path):
    """The second zone's gutter wrote "02:00" beside the home gutter's "08.00" in a Danish window."""
    import re

    from pypdf import PdfReader

    from qistdesk.gui import i18n

    try:
        i18n.install(qapp, "da")
        view.refresh()
        text = " ".join(PdfReader(view.print_pdf(str(tmp_path / "uge.pdf"))).pages[0].extract_text().split())
    finally:
        i18n.install(qapp, "en")
    assert "Uge 19" in text and "Washington" in text
    assert re.search(r"\b0[2-4]\.00\b", text)  # Washington's small hours, Danish style
    assert not re.search(r"\b\d\d:\d\d\b", text), re.findall(r"\b\d\d:\d\d\b", text)[:5]


def test_in_danish_the_calendar_names_us_holidays_in_danish_too(view, qapp):
    from qistdesk.gui import i18n

    try:
        i18n.install(qapp, "da")
        view.go_to(date(2027, 12, 22))
        names = dict(view.grid.holidays)[date(2027, 12, 25)]
    finally:
        i18n.install(qapp, "en")
    assert ("DK", "Juledag") in names and ("US", "Juledag") in names, names


def test_a_crowded_day_is_wider_and_an_empty_working_day_gives_way(view):
    """Monday's sessions side by side get more room than a day with one column; a working day with
    nothing timed gets less (at 1024 pixels the sessions read "Qu…" otherwise)."""
    grid = view.grid
    monday = grid.days.index(date(2027, 5, 10))
    assert grid._day_columns[monday] >= 2
    single = [i for i in range(5) if i in grid._timed_days and grid._day_columns.get(i, 1) == 1]
    empty = [i for i in range(5) if i not in grid._timed_days and grid.days[i] not in grid.holidays]
    assert single or empty
    assert all(grid.col_w(monday) > grid.col_w(i) for i in single + empty)
    assert all(grid.col_w(i) < grid.col_w(j) for i in empty for j in single)
    assert abs(grid.col_x(7) - (grid.width() - grid.scroll.sizeHint().width())) < 1  # the week still fills


def test_a_short_month_row_keeps_a_line_for_the_stays():
    """Three lines in a week row (1024×700), two stays over the whole week, two items on one day:
    one line for a stay, one for the day's items, one for "+N more" — not two lines of items and
    "+2 more" in all seven cells."""
    from qistdesk.gui.views.calendar_month import _allocate

    assert _allocate(3, 0, 2, 2) == (0, 1, 1)
    assert _allocate(3, 1, 2, 2) == (1, 0, 1)  # a conference's bar first
    assert _allocate(6, 0, 2, 2) == (0, 2, 2)  # room for all
