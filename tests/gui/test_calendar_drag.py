"""The Calendar view: drag to move or resize (week, day, month), the warnings while dragging, one Undo step."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from calendar_fixtures import (CPH, drag_by_hours, event_times, mid_x, month_stay_bar, painted,  # noqa: F401
                               press_move_release, series_id, stay_of, traveller, view)  # the fixtures are used by name
from gui_helpers import when_modal
from qistdesk.services import queries
from qistdesk.timezones import utc_to_local


def test_drag_series_date_this_date_then_undo(view, qtbot):
    db = view.ctx.db
    item = next(i for i in view.items if i.kind == "series-date")
    when_modal(lambda box: next(b for b in box.buttons() if b.text() == "This date").click())
    warnings = drag_by_hours(view, item, 4)  # 15:00 -> 19:00 Copenhagen: outside working hours there
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
    before = queries.series_dates(db, series_id(db))
    item = next(i for i in view.items if i.kind == "series-date")
    assert move_with_undo(view, item, item.start_utc + timedelta(hours=1), item.end_utc + timedelta(hours=1),
                          scope=WHOLE_SERIES)
    after = queries.series_dates(db, series_id(db))
    assert len(after) == len(before)
    assert [(a["speaker_id"], a["topic"], a["status"]) for a in after] == \
        [(b["speaker_id"], b["topic"], b["status"]) for b in before]
    assert all(a["start_utc"] - b["start_utc"] == timedelta(hours=1) for a, b in zip(after, before))
    view.ctx.undo_stack.undo()
    assert [r["start_utc"] for r in queries.series_dates(db, series_id(db))] == [b["start_utc"] for b in before]


def test_drag_session_onto_a_busy_speaker_warns(view):
    session = next(i for i in view.items if i.kind == "session" and i.title == "Quantum networks")
    # Monday 11:00 Room B; drag 2.5 h later onto "Quantum error correction" (13:30, Room B, other speakers):
    # the timetable's own check says so while dragging
    warnings = drag_by_hours(view, session, 2.5)
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
    wednesday = QPoint(mid_x(grid, date(2027, 5, 12)), start.y())
    refused = []
    when_modal(lambda box: (refused.append(box.text()), box.accept()))
    warnings = press_move_release(grid, start, wednesday)
    assert any(w.startswith("session “Quantum networks” (Wed 12 May 11:00–12:30) lies outside the event (Mon 10 May")
               for w in warnings), warnings
    assert refused and "must lie within the event" in refused[0]
    moved = next(x for x in queries.sessions_of(view.ctx.db, session.event_id) if x["id"] == session.item_id)
    assert moved["start_utc"] == session.start_utc and view.ctx.undo_stack.count() == 0


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


def test_drag_and_resize_an_exchange_stay_in_the_week(view, traveller):
    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "exchange")
    rect, day = grid.bar_rect(bar), int(grid.column_width())
    body = QPoint(int(rect.left() + 20), int(rect.center().y()))
    press_move_release(grid, body, body + QPoint(day, 0))  # move a day later
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 12), date(2027, 5, 14))
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))
    bar = next(b for b in grid.bars if b.item.kind == "exchange")
    edge = QPoint(int(grid.bar_rect(bar).right() - 2), int(grid.bar_rect(bar).center().y()))
    press_move_release(grid, edge, QPoint(mid_x(grid, date(2027, 5, 15)), edge.y()))  # the last day: Saturday
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 15))
    view.ctx.undo_stack.undo()
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))


def test_drag_a_milestone_onto_a_saturday_warns_and_undoes(view, traveller):
    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "milestone")
    rect = grid.bar_rect(bar)
    start = QPoint(int(rect.left() + 10), int(rect.center().y()))
    warnings = press_move_release(grid, start, QPoint(mid_x(grid, date(2027, 5, 15)), start.y()))  # Wed -> Sat
    assert any("weekend" in w for w in warnings) and any("after the stay ends" in w for w in warnings)
    assert stay_of(db, traveller)[2] == [("Send report", date(2027, 5, 15))]
    view.ctx.undo_stack.undo()
    assert stay_of(db, traveller)[2] == [("Send report", date(2027, 5, 12))]


def test_resize_a_conference_bar_changes_its_last_day(view):
    from qistdesk.domain import Event

    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "conference")
    with db.read() as s:
        before = s.get(Event, bar.item.event_id).end_utc
    rect = grid.bar_rect(bar)
    edge = QPoint(int(rect.right() - 2), int(rect.center().y()))
    press_move_release(grid, edge, QPoint(mid_x(grid, date(2027, 5, 12)), edge.y()))  # onto Wednesday
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
    press_move_release(month, start, QPoint(int(target.center().x()), start.y()))
    moved = {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]
    local = utc_to_local(moved["start_utc"], CPH)
    assert (local.date(), local.strftime("%H:%M")) == (when.date() + timedelta(days=1), when.strftime("%H:%M"))
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    back = {r["id"]: r for r in queries.series_dates(db, item.event_id)}[item.item_id]
    assert back["start_utc"] == item.start_utc


def test_month_drag_moves_an_exchange_stay(view, traveller):
    db = view.ctx.db
    month, rect, day_width = month_stay_bar(view)
    start = QPoint(int(rect.left() + 10), int(rect.center().y()))
    press_move_release(month, start, start + QPoint(int(day_width * 2), 0))
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 13), date(2027, 5, 15))
    view.ctx.undo_stack.undo()
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))


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
    drag_by_hours(view, item, 2)  # 15:00 -> 17:00
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


def test_drag_the_left_end_of_a_conference_bar_changes_its_first_day(view):
    """Week view: the left end of Copenhagen Quantum Days (Mon 10 – Tue 11 May) dragged onto Tuesday:
    the sessions of Monday are warned about while dragging; the event then starts on Tuesday at its
    old time of day and still ends when it did; one Undo step puts Monday back."""
    db, grid = view.ctx.db, view.grid
    bar = next(b for b in grid.bars if b.item.kind == "conference")
    start, end = event_times(db, bar.item.event_id)
    rect = grid.bar_rect(bar)
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    QTest.mouseMove(grid, edge)
    assert grid.cursor().shape() == Qt.CursorShape.SizeHorCursor  # the end shows it can be dragged
    target = QPoint(mid_x(grid, date(2027, 5, 11)), edge.y())
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=edge)
    QTest.mouseMove(grid, target)
    ghost = painted(grid)  # the ghost over Tuesday, drawn by the same painter as the window's
    assert ghost.pixel(mid_x(grid, date(2027, 5, 11)), edge.y()) != ghost.pixel(mid_x(grid, date(2027, 5, 13)), edge.y())
    warnings = list(grid._drag["warnings"])
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert any("a session starts before the new first day (Mon 10 May 2027)" == w for w in warnings)
    moved = next(i for i in view.items if i.kind == "conference")
    assert (moved.first_day, moved.last_day) == (date(2027, 5, 11), date(2027, 5, 11))
    new_start, new_end = event_times(db, bar.item.event_id)
    assert (new_start - start, new_end) == (timedelta(days=1), end)
    assert view.ctx.undo_stack.count() == 1 and "now starts on" in view.ctx.undo_stack.undoText()
    view.ctx.undo_stack.undo()
    assert event_times(db, bar.item.event_id) == (start, end)


def test_the_left_end_never_passes_the_right_end(view):
    """Dragged far past its last day, the left end stops on it: the bar keeps one day."""
    grid = view.grid
    bar = next(b for b in grid.bars if b.item.kind == "conference")
    rect = grid.bar_rect(bar)
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    press_move_release(grid, edge, QPoint(mid_x(grid, date(2027, 5, 14)), edge.y()))
    moved = next(i for i in view.items if i.kind == "conference")
    assert (moved.first_day, moved.last_day) == (date(2027, 5, 11), date(2027, 5, 11))


def test_month_drag_the_left_end_of_a_conference_bar_one_day_earlier(view):
    db = view.ctx.db
    view.set_mode("month")
    month = view.month
    month.repaint()
    rect, item = next((r, i) for r, i in month._hits if i.kind == "conference")
    start, end = event_times(db, item.event_id)
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    QTest.mouseMove(month, edge)
    assert month.cursor().shape() == Qt.CursorShape.SizeHorCursor
    sunday = month.cell_rect(month.days.index(date(2027, 5, 9)))
    warnings = press_move_release(month, edge, sunday.center().toPoint())  # the row above: weeks start on Monday
    assert not any("session" in w for w in warnings)
    assert event_times(db, item.event_id) == (start - timedelta(days=1), end)
    moved = next(i for i in view.items if i.kind == "conference")
    assert (moved.first_day, moved.last_day) == (date(2027, 5, 9), date(2027, 5, 11))
    assert view.ctx.undo_stack.count() == 1
    view.ctx.undo_stack.undo()
    assert event_times(db, item.event_id) == (start, end)


def test_month_drag_the_left_end_of_an_exchange_stay(view, traveller):
    db = view.ctx.db
    month, rect, day_width = month_stay_bar(view)
    edge = QPoint(int(rect.left() + 2), int(rect.center().y()))
    press_move_release(month, edge, edge + QPoint(int(day_width), 0))
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 12), date(2027, 5, 13))
    view.ctx.undo_stack.undo()
    assert stay_of(db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))
