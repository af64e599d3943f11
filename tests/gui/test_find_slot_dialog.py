"""The scheduling assistant dialog on the demo programme."""

from __future__ import annotations

from datetime import date, datetime

from qistdesk.gui.context import AppContext
from qistdesk.timezones import utc_to_local


def test_assistant_proposes_slots_and_draws_free_busy(qtbot, demo_db):
    from qistdesk.gui.find_slot_dialog import FindSlotDialog

    dialog = FindSlotDialog(AppContext(demo_db), start=date(2027, 5, 6))
    qtbot.addWidget(dialog)
    dialog.show()
    for name, required in (("Mads", True), ("Michael Thompson", True), ("Patrick", False)):
        dialog.picker.setText(next(x for x in dialog.picker._by_id.values() if x.startswith(name)))
        dialog.add_person(required)
    assert dialog.person_list.count() == 3
    dialog.venue.setCurrentIndex(dialog.venue.findText("Kvantehuset Meeting Rooms"))
    dialog.last.set_value(date(2027, 5, 11))
    dialog.find_button.click()
    assert dialog.results.count() >= 1
    best = dialog.slots[0]
    # 6 May is Ascension Day in Denmark: the best proposal is Friday 7 May 14:00 Copenhagen = 08:00 Washington
    assert utc_to_local(best.start, "Europe/Copenhagen").strftime("%a %d %b %H:%M") == "Fri 07 May 14:00"
    assert "Kvantehuset Meeting Rooms free" in dialog.results.item(0).text()
    assert set(dialog.grid.rows) == {"Mads Kjærgård", "Michael Thompson", "Patrick O'Brien",
                                     "Kvantehuset Meeting Rooms"}
    assert dialog.grid.slot == (best.start, best.end)


def test_assistant_says_what_is_missing(qtbot, demo_db):
    from qistdesk.gui.find_slot_dialog import FindSlotDialog

    dialog = FindSlotDialog(AppContext(demo_db), start=date(2027, 5, 6))
    qtbot.addWidget(dialog)
    dialog.find_button.click()
    assert "required person" in dialog.message.text() and dialog.results.count() == 0


def test_new_event_takes_its_time_from_the_assistant(qtbot, demo_db):
    from qistdesk.gui.event_dialogs import EventDialog
    from qistdesk.services import queries

    ctx = AppContext(demo_db)
    dialog = EventDialog(ctx, ["seminar"], queries.list_venues(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_edit.set_value(datetime(2027, 5, 6, 16))
    dialog.end_edit.set_value(datetime(2027, 5, 6, 17))
    dialog.find_slot_button.click()
    from qistdesk.gui.find_slot_dialog import FindSlotDialog

    assistant = dialog.findChild(FindSlotDialog)
    assert assistant is not None and assistant.duration.value() == 60
    assistant.picker.setText(next(x for x in assistant.picker._by_id.values() if x.startswith("Mads")))
    assistant.add_person(True)
    assistant.last.set_value(date(2027, 5, 7))
    assistant.find_button.click()
    assistant.use_button.click()
    # 6 May is Ascension Day: the slot is Friday 7 May 14:00–15:00 Copenhagen
    assert dialog.start_edit.value().strftime("%Y-%m-%d %H:%M") == "2027-05-07 14:00"
    assert dialog.end_edit.value().strftime("%H:%M") == "15:00"
    dialog.reject()


def test_editing_a_conference_to_a_new_start_offers_to_move_its_sessions(qtbot, db):
    from PySide6.QtWidgets import QMessageBox

    from gui_helpers import when_modal
    from qistdesk.gui.event_dialogs import EventDialog
    from qistdesk.gui.views.conferences import ConferencesView
    from qistdesk.services import events, queries, records

    conf = events.create_event(db, kind="conference", title="QIST Days", timezone="Europe/Copenhagen",
                               start=datetime(2027, 5, 10, 9), end=datetime(2027, 5, 11, 17))
    events.add_session(db, conf, title="Opening", start=datetime(2027, 5, 10, 9), end=datetime(2027, 5, 10, 10))
    ctx = AppContext(db)
    view = ConferencesView(ctx)
    qtbot.addWidget(view)
    dialog = EventDialog(ctx, ["conference"], queries.list_venues(db), records.event_record(db, conf), view)
    qtbot.addWidget(dialog)
    dialog.start_edit.set_value(datetime(2027, 5, 17, 9))
    dialog.end_edit.set_value(datetime(2027, 5, 18, 17))
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    view._save_event(dialog)
    (session,) = queries.sessions_of(db, conf)
    assert session["start_utc"].day == 17 and ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    (session,) = queries.sessions_of(db, conf)
    assert session["start_utc"].day == 10
    assert records.event_record(db, conf)["start"].startswith("2027-05-10")


def test_assistant_checks_a_room_of_the_venue(qtbot, demo_db):
    """Typing a room: the conference takes its venue, Auditorium Ørsted, all day, but Room A only in its
    sessions; the free/busy grid shows the room's own bookings."""
    from PySide6.QtTest import QTest

    from qistdesk.gui.find_slot_dialog import FindSlotDialog

    dialog = FindSlotDialog(AppContext(demo_db), start=date(2027, 5, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.setText(next(x for x in dialog.picker._by_id.values() if x.startswith("Clara Bech")))
    dialog.add_person(True)
    dialog.venue.setCurrentIndex(dialog.venue.findText("Auditorium Ørsted, Øresund University"))
    dialog.last.set_value(date(2027, 5, 10))
    QTest.keyClicks(dialog.room, "Room A")
    dialog.find_button.click()
    best = dialog.slots[0]
    assert best.score == 0 and "Room A at Auditorium Ørsted, Øresund University free" in best.reasons
    assert "Room A at Auditorium Ørsted, Øresund University" in dialog.grid.rows


def test_enter_in_the_people_field_adds_the_person_and_on_an_empty_field_finds(qtbot, demo_db):
    """A name picked, then Enter — the person is added as required (Enter used to press Find, the
    default button, which said "Add at least one required person first")."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from qistdesk.gui.find_slot_dialog import FindSlotDialog

    dialog = FindSlotDialog(AppContext(demo_db), start=date(2027, 5, 6))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.picker.setFocus()
    for name in ("Mads", "Michael Thompson"):
        dialog.picker.setText(next(x for x in dialog.picker._by_id.values() if x.startswith(name)))  # as picked
        QTest.keyClick(dialog.picker, Qt.Key.Key_Return)
        assert dialog.picker.text() == "" and dialog.results.count() == 0
    assert [dialog.person_list.item(i).text().split(" —")[0] for i in range(2)][0].startswith("Mads")
    assert dialog.person_list.count() == 2 and all(required for _i, _l, required in dialog.people)
    QTest.keyClick(dialog.picker, Qt.Key.Key_Return)  # empty field: Enter finds
    assert dialog.results.count() >= 1


def test_from_the_calendar_a_slot_becomes_a_new_seminar(qtbot, demo_db, monkeypatch):
    """Calendar ▸ Find a slot…, two people, Find, pick the second proposal, "New seminar at this slot…":
    the Seminars view opens a new seminar whose start and end are that slot (it only showed the day)."""
    from PySide6.QtWidgets import QApplication

    from gui_helpers import demo_window
    from qistdesk.gui.find_slot_dialog import FindSlotDialog

    window = demo_window(qtbot, demo_db, monkeypatch)
    calendar = window.show_view("calendar")
    calendar.find_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FindSlotDialog) and w.isVisible())
    assert dialog.new_button.isVisible() and not dialog.use_button.isVisible()
    for name in ("Mads", "Michael Thompson"):
        dialog.picker.setText(next(x for x in dialog.picker._by_id.values() if x.startswith(name)))
        dialog.add_person(True)
    dialog.find_button.click()
    dialog.results.setCurrentRow(1)
    slot = dialog.slots[1]
    dialog.new_button.click()
    seminars = window.views["seminars"]
    new = seminars._dialog
    assert new.isVisible() and not dialog.isVisible()
    zone = new.zone_name()
    assert new.start_edit.value() == utc_to_local(slot.start, zone).replace(tzinfo=None)
    assert new.end_edit.value() == utc_to_local(slot.end, zone).replace(tzinfo=None)
    new.done(0)  # closed unsaved without the "Discard what you typed?" question
