"""The one date/time editor: typed like a spreadsheet cell, arrows, a calendar; no keystroke lost."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt

from qistdesk.gui.widgets.datetime_edit import DateEdit, DateTimeEdit, TimeEdit, parse_date, parse_time

REF = date(2027, 2, 4)


@pytest.mark.parametrize("typed, expected", [
    ("11", date(2027, 2, 11)), ("11.3", date(2027, 3, 11)), ("11.3.", date(2027, 3, 11)),
    ("11.3.28", date(2028, 3, 11)), ("2027-03-11", date(2027, 3, 11)), ("11 Mar", date(2027, 3, 11)),
    ("Thu 11 Mar 2027", date(2027, 3, 11)), ("March 11, 2028", date(2028, 3, 11)), ("+7", date(2027, 2, 11)),
    ("1103", date(2027, 3, 11)), ("11-3-2027", date(2027, 3, 11)),
])
def test_dates_read_as_a_spreadsheet_reads_them(typed, expected):
    assert parse_date(typed, REF) == expected


@pytest.mark.parametrize("typed", ["", "31.2", "banana", "11 Foo", "2027-13-01", "12345"])
def test_unreadable_dates_are_none(typed):
    assert parse_date(typed, REF) is None


@pytest.mark.parametrize("typed, expected", [
    ("16", time(16)), ("9", time(9)), ("16:30", time(16, 30)), ("16.30", time(16, 30)), ("1630", time(16, 30)),
    ("930", time(9, 30)), ("4pm", time(16)), ("4:30 pm", time(16, 30)), ("12am", time(0)),
])
def test_times_read_as_a_spreadsheet_reads_them(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["25", "16:75", "abc", "13pm"])
def test_unreadable_times_are_none(typed):
    assert parse_time(typed) is None


def _click_and_type(qtbot, line, text):
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(12, line.height() // 2))
    qtbot.wait(20)  # focus-in selects everything after the click, so typing replaces
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def test_clicking_the_day_and_typing_11_sets_the_day(qtbot):
    edit = DateTimeEdit("Start", datetime(2027, 3, 4, 9, 0))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    seen = []
    edit.changed.connect(lambda: seen.append(edit.value()))
    _click_and_type(qtbot, edit.date_edit.line, "11")
    assert edit.value() == datetime(2027, 3, 11, 9, 0)
    assert edit.date_edit.line.text() == "Thu 11 Mar 2027"  # tidied on leaving the field
    _click_and_type(qtbot, edit.time_edit, "1630")
    assert edit.value() == datetime(2027, 3, 11, 16, 30)
    assert edit.time_edit.text() == "16:30"
    assert seen and seen[-1] == datetime(2027, 3, 11, 16, 30)


@pytest.mark.parametrize("typed, expected", [("11.3", date(2027, 3, 11)), ("2027-03-11", date(2027, 3, 11))])
def test_typing_a_full_date(qtbot, typed, expected):
    edit = DateEdit(date(2027, 2, 4))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    _click_and_type(qtbot, edit.line, typed)
    assert edit.value() == expected and edit.error() is None


def test_value_is_live_while_typing_and_nothing_typed_is_lost(qtbot):
    edit = TimeEdit(time(9, 0))
    qtbot.addWidget(edit)
    edit.selectAll()
    qtbot.keyClicks(edit, "16")
    assert edit.text() == "16" and edit.value() == time(16, 0)  # no Enter needed for OK to see it
    qtbot.keyClicks(edit, ":3")
    assert edit.text() == "16:3"   # the keystrokes stay, even when the text is not a time yet
    assert edit.error() and edit.value() == time(9, 0)
    qtbot.keyClicks(edit, "0")
    assert edit.value() == time(16, 30) and edit.error() is None


def test_unreadable_text_stays_and_says_why(qtbot):
    edit = DateEdit(date(2027, 2, 4))
    qtbot.addWidget(edit)
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, "31.2")
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert edit.line.text() == "31.2"
    assert "31.2" in edit.error()
    assert edit.value() == date(2027, 2, 4)


def test_arrow_keys_change_the_part_under_the_cursor(qtbot):
    edit = DateEdit(date(2027, 1, 31))
    qtbot.addWidget(edit)
    assert edit.line.text() == "Sun 31 Jan 2027"
    edit.line.setCursorPosition(5)  # in the day
    qtbot.keyClick(edit.line, Qt.Key.Key_Up)
    assert edit.value() == date(2027, 2, 1)
    edit.line.setCursorPosition(8)  # in the month
    qtbot.keyClick(edit.line, Qt.Key.Key_Down)
    assert edit.value() == date(2027, 1, 1)
    edit.line.setCursorPosition(len(edit.line.text()))  # in the year
    qtbot.keyClick(edit.line, Qt.Key.Key_Up)
    assert edit.value() == date(2028, 1, 1)
    t = TimeEdit(time(16, 0))
    qtbot.addWidget(t)
    t.setCursorPosition(1)
    qtbot.keyClick(t, Qt.Key.Key_Up)
    assert t.value() == time(17, 0)
    t.setCursorPosition(4)
    qtbot.keyClick(t, Qt.Key.Key_Up)
    qtbot.keyClick(t, Qt.Key.Key_Up)
    assert t.value() == time(17, 10)


def test_calendar_pop_up_picks_a_date(qtbot):
    edit = DateEdit(date(2027, 2, 4))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.line.setFocus()
    qtbot.keyClick(edit.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == date(2027, 2, 4)
    from PySide6.QtCore import QDate
    popup.calendar.clicked.emit(QDate(2027, 3, 11))
    assert edit.value() == date(2027, 3, 11) and not popup.isVisible()
