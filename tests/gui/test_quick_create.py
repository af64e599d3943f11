"""A new organisation, person or venue straight from the field that needs it, without leaving the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from gui_helpers import when_modal
from qistdesk.gui.context import AppContext
from qistdesk.services import directory, queries


def _fill_and_create(values: dict):
    def run(dialog):
        for key, value in values.items():
            editor = dialog.form.editor(key)
            if hasattr(editor, "setCurrentIndex") and not hasattr(editor, "setText"):
                editor.setCurrentIndex(editor.findData(value))
            else:
                editor.setText(value)
        dialog.ok_button.click()
    return run


def _session_dialog(qtbot, ctx):
    from qistdesk.gui.conference_dialogs import SessionDialog

    event = {"id": "x", "zone": "Europe/Copenhagen", "start": "2027-05-10T09:00:00+02:00",
             "end": "2027-05-11T17:00:00+02:00"}
    dialog = SessionDialog(ctx, event, [])
    qtbot.addWidget(dialog)
    return dialog


def test_new_host_organisation_from_the_exchange_form(qtbot, db):
    from qistdesk.gui.views.exchange_parts import exchange_form

    ctx = AppContext(db)
    form = exchange_form(db, new=True, ctx=ctx)
    qtbot.addWidget(form)
    host = form.editor("host_organization_id")
    host.setText("Niels Bohr Institute")  # typed, not in the directory
    assert "no organisation called" in host.error() and "Ctrl+Shift+N" in host.error()
    when_modal(_fill_and_create({"sector": "academia", "country": "DK"}))
    host.new_action.trigger()
    (org,) = queries.list_organizations(db)
    assert org["name"] == "Niels Bohr Institute" and host.value() == org["id"] and host.error() is None
    assert ctx.undo_stack.undoText() == "New organisation Niels Bohr Institute"


def test_new_person_and_new_venue_from_the_event_dialogs(qtbot, db):
    from qistdesk.gui.event_dialogs import EventDialog

    ctx = AppContext(db)
    dialog = _session_dialog(qtbot, ctx)
    dialog.chair.setText("Ida Sørensen")
    when_modal(_fill_and_create({}))  # the name typed is already in the form
    dialog.chair.new_action.trigger()
    (person,) = queries.list_people(db)
    assert (person["given_name"], person["family_name"]) == ("Ida", "Sørensen")
    assert dialog.chair.value() == person["id"]

    seminar = EventDialog(ctx, ["seminar"], queries.list_venues(db))
    qtbot.addWidget(seminar)
    when_modal(_fill_and_create({"name": "Kvantehuset", "city": "København"}))
    seminar.new_venue_button.click()
    assert seminar.venue_combo.currentText() == "Kvantehuset, København"
    assert seminar.venue_combo.currentData() == queries.list_venues(db)[0]["id"]
    assert QApplication.activeModalWidget() is None


def test_a_new_person_with_a_new_organisation_without_leaving_the_dialog(qtbot, db):
    """The person's form opened from "+" has its own "+" for the organisation (nested)."""
    ctx = AppContext(db)
    dialog = _session_dialog(qtbot, ctx)
    dialog.chair.setText("Lene Vestergaard")
    seen = {}

    def person_dialog(person):
        org = person.form.editor("organization_id")
        org.setText("Kvantefabrikken Nord")  # not in the directory either
        when_modal(_fill_and_create({"sector": "industry", "country": "DK"}))
        org.new_action.trigger()  # the organisation's own dialog, over the person's
        seen["org"], seen["error"] = org.value(), org.error()
        assert person.form.editor("country").text() == "DK"  # the organisation's country, filled in
        person.ok_button.click()

    when_modal(person_dialog)
    dialog.chair.new_action.trigger()
    (org,) = queries.list_organizations(db)
    (person,) = queries.list_people(db)
    assert org["name"] == "Kvantefabrikken Nord" and seen == {"org": org["id"], "error": None}
    assert queries.list_people(db, organization_id=org["id"]) == [person] and dialog.chair.value() == person["id"]
    assert ctx.undo_stack.undoText() == "New person Lene Vestergaard"
    ctx.undo_stack.undo()
    assert ctx.undo_stack.undoText() == "New organisation Kvantefabrikken Nord"  # two steps, each named


def test_the_people_views_own_form_offers_a_new_organisation(qtbot, db):
    from qistdesk.gui.views.people import PeopleView

    view = PeopleView(AppContext(db))
    qtbot.addWidget(view)
    assert view.build_form().editor("organization_id").new_action.text() == "New organisation…"


def test_a_speaker_made_with_plus_is_kept_without_pressing_add(qtbot, db):
    """Seen on Xvfb: "+" made the speaker and put them in the field; OK then left them out."""
    ctx = AppContext(db)
    dialog = _session_dialog(qtbot, ctx)
    dialog.speakers.picker.setText("Lene Vestergaard")
    when_modal(_fill_and_create({}))
    dialog.speakers.picker.new_action.trigger()
    (person,) = queries.list_people(db)
    assert dialog.speakers.list.count() == 0  # not added with Add…
    assert dialog.values()["speaker_ids"] == [person["id"]]  # …but what the field shows is what is saved
    dialog.speakers.add_button.click()
    assert dialog.speakers.list.count() == 1 and dialog.values()["speaker_ids"] == [person["id"]]


def test_a_name_not_in_the_directory_says_so_rather_than_is_required(qtbot, db):
    """Seen on Xvfb: typing a new student's name into Participant showed "is required"."""
    from qistdesk.gui.views.exchange_parts import exchange_form

    form = exchange_form(db, new=True, ctx=AppContext(db))
    qtbot.addWidget(form)
    form.editor("person_id").setText("Mette Holm")
    form.validate()
    message = form.rows["person_id"].error
    assert "Mette Holm" in message and "+" in message and "required" not in message


def test_a_new_organisation_has_no_sector_until_one_is_chosen(qtbot):
    from qistdesk.gui.views.organizations import organization_form

    form = organization_form()
    qtbot.addWidget(form)
    form.set_values({"name": "Aalborg Quantum Lab", "country": "DK"})
    assert form.values()["sector"] == "" and "sector" in form.validate()  # asked for, not guessed
    form.set_values({"sector": "academia"})
    assert form.validate() == {}


def test_a_speaker_picked_with_enter_joins_the_list_and_the_field_empties(qtbot, db):
    from PySide6.QtCore import Qt

    from qistdesk.gui.event_forms import PeopleList

    ida = directory.create_person(db, given_name="Ida", family_name="Sørensen")
    directory.create_person(db, given_name="Jens", family_name="Bøgh")
    speakers = PeopleList(queries.list_people(db), "speakers")
    qtbot.addWidget(speakers)
    speakers.show()
    speakers.activateWindow()
    qtbot.waitActive(speakers)
    picker = speakers.picker
    picker.setFocus()
    qtbot.keyClicks(picker, "Sør")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: speakers.list.count() == 1)
    assert picker.text() == "" and speakers.ids() == [ida]  # ready for the next name
