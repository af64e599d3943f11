"""The Calendar's item menu (right-click, Menu key): Open and Move to another day…, in agenda, week and month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calendar_fixtures import CPH, context_menu, stay_of, traveller, view  # noqa: F401 - the fixtures are used by name
from gui_helpers import when_modal
from qistdesk.services import queries
from qistdesk.timezones import utc_to_local


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
    menu = context_menu(agenda, agenda.visualItemRect(row).center())
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
    menu = context_menu(month, rect.center().toPoint())

    def fill(dialog):
        dialog.day.line.selectAll()
        QTest.keyClicks(dialog.day.line, "2027-05-18")
        QTest.keyClick(dialog.day.line, Qt.Key.Key_Return)

    when_modal(fill)
    move = next(a for a in menu.actions() if a.text() == "&Move to another day…")
    menu.close()
    move.trigger()
    assert stay_of(view.ctx.db, traveller)[:2] == (date(2027, 5, 18), date(2027, 5, 20))
    view.ctx.undo_stack.undo()
    assert stay_of(view.ctx.db, traveller)[:2] == (date(2027, 5, 11), date(2027, 5, 13))


def test_enter_on_an_agenda_row_opens_it(view, qtbot):
    view.set_mode("agenda")
    agenda = view.agenda
    row = agenda.topLevelItem(0).child(0)
    agenda.setFocus()
    agenda.setCurrentItem(row)
    with qtbot.waitSignal(agenda.item_activated, timeout=2000) as opened:
        QTest.keyClick(agenda, Qt.Key.Key_Return)
    assert opened.args[0].key == row.data(0, Qt.ItemDataRole.UserRole)
