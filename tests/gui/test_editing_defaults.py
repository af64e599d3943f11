"""Defaults that follow what is there: a series' last date follows its start (and the summary always
matches), a new session starts after the last one; error lines never move the fields below."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from qistdesk.gui.conference_dialogs import SessionDialog, next_slot
from qistdesk.gui.context import AppContext
from qistdesk.gui.event_dialogs import EventDialog


def _type_into(qtbot, line, text):
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(8, line.height() // 2))
    qtbot.wait(10)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def test_series_until_follows_the_start_and_the_summary_matches(qtbot, db):
    dialog = EventDialog(AppContext(db), ["seminar"], [])
    qtbot.addWidget(dialog)
    dialog.setModal(False)  # driven by the test for longer than the modal watchdog's patience
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.repeat_combo.setCurrentText("Fortnightly")
    dialog.until_radio.setChecked(True)
    _type_into(qtbot, dialog.title_edit, "QIST Seminar")
    _type_into(qtbot, dialog.start_edit.date_edit.line, "2027-02-04")
    assert dialog.start_edit.value() == datetime(2027, 2, 4, 16, 0)
    assert dialog.until_edit.value() > date(2027, 2, 4)  # followed the start: never before it
    assert dialog.validate() == {}
    _type_into(qtbot, dialog.until_edit.line, "27.5.2027")  # the user sets it: it stays
    _type_into(qtbot, dialog.start_edit.date_edit.line, "18.2")
    assert dialog.until_edit.value() == date(2027, 5, 27)
    dialog.revalidate()
    assert "the last on Thu, 27 May 2027" in dialog.preview.text() and dialog.preview.text().startswith("8 dates")
    _type_into(qtbot, dialog.until_edit.line, "1.2.2027")  # before the start: error, and no stale summary
    dialog.revalidate()
    assert "before the first" in dialog.fields["series_rule"].error.text()
    assert "27 May" not in dialog.preview.text()


def test_new_session_starts_after_the_last_one(qtbot, db):
    event = {"id": "x", "zone": "Europe/Copenhagen", "start": "2027-05-10T09:00:00+02:00",
             "end": "2027-05-11T17:00:00+02:00"}
    timetable = [{"start_utc": datetime.fromisoformat("2027-05-10T07:00:00+00:00"),
                  "end_utc": datetime.fromisoformat("2027-05-10T08:30:00+00:00")}]  # 09:00–10:30
    dialog = SessionDialog(AppContext(db), event, [], timetable=timetable)
    qtbot.addWidget(dialog)
    assert dialog.start_edit.value() == datetime(2027, 5, 10, 10, 30)
    assert dialog.end_edit.value() == datetime(2027, 5, 10, 12, 0)  # as long as the one before


def test_next_slot_moves_to_the_next_day_when_the_day_is_full():
    start, end = datetime(2027, 5, 10, 9), datetime(2027, 5, 11, 17)
    assert next_slot(start, end, []) == (start, datetime(2027, 5, 10, 9, 45))
    late = [(datetime(2027, 5, 10, 15, 30), datetime(2027, 5, 10, 16, 30))]
    assert next_slot(start, end, late) == (datetime(2027, 5, 11, 9), datetime(2027, 5, 11, 10))


def test_an_error_line_does_not_move_the_fields_below(qtbot, db):
    dialog = EventDialog(AppContext(db), ["seminar"], [])
    qtbot.addWidget(dialog)
    dialog.setModal(False)
    dialog.show()
    qtbot.waitExposed(dialog)
    below = dialog.fields["capacity"]
    y = below.mapTo(dialog, QPoint(0, 0)).y()
    dialog.url_edit.setText("ftp://example.org")
    dialog.revalidate()
    qtbot.wait(10)
    assert dialog.fields["online_url"].error.isVisible()
    assert below.mapTo(dialog, QPoint(0, 0)).y() == y
    dialog.url_edit.setText("https://example.org")
    dialog.revalidate()
    qtbot.wait(10)
    assert not dialog.fields["online_url"].error.isVisible()
    assert below.mapTo(dialog, QPoint(0, 0)).y() == y


def test_a_new_form_does_not_open_in_red(qtbot, db):
    dialog = EventDialog(AppContext(db), ["seminar"], [])
    qtbot.addWidget(dialog)
    assert not dialog.fields["title"].error.text()  # nothing typed yet: not an error to shout about
    assert not dialog.ok_button.isEnabled() and "title" in dialog.ok_button.toolTip()
    dialog.title_edit.setText("x")
    dialog.title_edit.setText("")
    dialog.accept()  # OK (or Enter) says what is missing
    assert dialog.fields["title"].error.text() == "A title is required"


def test_an_amber_warning_appearing_does_not_move_the_repeats(qtbot, db):
    """Seen on Xvfb: choosing Fortnightly across the clock-change weeks showed the warning, and
    the Repeats box moved up under the mouse on its way to "until"."""
    dialog = EventDialog(AppContext(db), ["seminar"], [])
    qtbot.addWidget(dialog)
    dialog.setModal(False)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type_into(qtbot, dialog.title_edit, "Quantum Sensing Seminar")
    _type_into(qtbot, dialog.start_edit.date_edit.line, "4.3.2027")
    dialog.update_warnings()
    qtbot.wait(10)
    assert not dialog.warnings.text()
    before = {name: w.mapTo(dialog, QPoint(0, 0)).y() for name, w in
              (("repeats", dialog.series_field), ("until", dialog.until_radio), ("description", dialog.description_edit))}
    dialog.repeat_combo.setCurrentText("Fortnightly")  # now across 18 March: amber
    qtbot.waitUntil(lambda: "clocks change" in dialog.warnings.text() and dialog.warnings.isVisible())
    qtbot.wait(50)
    after = {name: w.mapTo(dialog, QPoint(0, 0)).y() for name, w in
             (("repeats", dialog.series_field), ("until", dialog.until_radio), ("description", dialog.description_edit))}
    assert after == before


def test_the_country_field_completes_inline_and_gives_the_next_click_away(qtbot):
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from qistdesk.gui.views.people import country_edit

    box = QWidget()
    qtbot.addWidget(box)
    country, city = country_edit(), QLineEdit()
    layout = QVBoxLayout(box)
    layout.addWidget(country)
    layout.addWidget(city)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    country.setFocus()
    qtbot.waitUntil(country.hasFocus)
    qtbot.keyClicks(country, "d")
    assert country.text() == "DK" and country.selectedText() == "K"  # offered, not forced
    qtbot.keyClicks(country, "e")
    assert country.text() == "DE"
    assert QApplication.activePopupWidget() is None  # no list to swallow the next click
    qtbot.mouseClick(city, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(city, "Aalborg")
    assert city.text() == "Aalborg" and country.text() == "DE"
