"""The Calendar view on the demo programme: show, navigate, filter, print, in both languages (one view per test)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calendar_fixtures import CPH, painted, view  # noqa: F401 - the fixtures are used by name
from qistdesk.timezones import utc_to_local


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


def test_print_week_and_month_to_pdf(view, tmp_path):
    from pypdf import PdfReader

    path = view.print_pdf(str(tmp_path / "week.pdf"))
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Week 19" in text and "Copenhagen Quantum Days" in text and "QIST Transatl" in text and "DK: Pentecost" in text and "Washington" in text
    view.set_mode("month")
    text = " ".join(PdfReader(view.print_pdf(str(tmp_path / "month.pdf"))).pages[0].extract_text().split())
    assert "May 2027" in text and "Pentecost" in text


def test_go_to_a_typed_date(view, qtbot):
    view.goto.line.setFocus()
    view.goto.line.selectAll()
    QTest.keyClicks(view.goto.line, "2027-03-18")
    QTest.keyClick(view.goto.line, Qt.Key.Key_Return)
    assert view.current == date(2027, 3, 18) and view.title.text().startswith("Week 11")


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


def test_the_week_tints_the_day_the_arrow_keys_chose(view):
    grid = view.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Right)  # Wed 12 -> Thu 13 May
    assert view.current == date(2027, 5, 13)
    image = painted(grid)
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
