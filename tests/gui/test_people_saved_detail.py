"""After saving a person the detail pane shows the saved person, still selected (it was reported to go
empty, "Select a person…", until the row was clicked again): the Edit button, a double-click in the
window, and a filtered list of the demo."""

from __future__ import annotations

from gui_helpers import when_modal

from qistdesk.gui.context import AppContext
from qistdesk.gui.views.people import PeopleView
from qistdesk.services import directory
from qistdesk.services.editing import fields_of


def _window(qtbot, db):
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.main_window import MainWindow

    w = MainWindow(settings())
    qtbot.addWidget(w)
    w.attach(AppContext(db, w))
    w.show()
    return w, w.show_view("people")


def _edit(name: str, text: str):
    def edit(dialog):
        dialog.form.editor(name).setText(text)
        dialog.ok_button.click()

    when_modal(edit)


def test_the_edit_button_leaves_the_saved_person_shown(qtbot, db):
    directory.create_person(db, given_name="Ada", family_name="Lovelace")
    ida = directory.create_person(db, given_name="Ida", family_name="Sørensen", email="ida@example.dk")
    view = PeopleView(AppContext(db))
    qtbot.addWidget(view)
    view.show()
    view.table.select_id(ida)
    assert "Sørensen" in view.detail.toPlainText()
    _edit("job_title", "Head of quantum sensing")
    view.edit_button.click()
    qtbot.waitUntil(lambda: "Head of quantum sensing" in view.detail.toPlainText(), timeout=2000)
    assert view.table.selected_ids() == [ida]
    assert "Select a person" not in view.detail.toPlainText()


def test_a_double_click_edit_in_the_window_shows_the_saved_person(qtbot, db):
    directory.create_person(db, given_name="Ada", family_name="Lovelace")
    ida = directory.create_person(db, given_name="Ida", family_name="Sørensen", email="ida@example.dk")
    _w, view = _window(qtbot, db)
    view.table.select_id(ida)
    _edit("other_emails", "ida@home.example.dk")
    view.table.view.doubleClicked.emit(view.table.model.index(view.table.model.row_of_id(ida), 0))
    assert fields_of(db, "person", ida)["other_emails"] == "ida@home.example.dk"
    qtbot.wait(100)  # the window's own reactions to the change (counts) run too
    assert view.table.selected_ids() == [ida]
    assert "Also: ida@home.example.dk" in view.detail.toPlainText()


def test_in_a_filtered_list_the_saved_person_stays_shown(qtbot, demo_db):
    from qistdesk.services.queries import list_people

    ida = next(p["id"] for p in list_people(demo_db) if p["given_name"] == "Ida")
    _w, view = _window(qtbot, demo_db)
    view.table.set_filter_text("Ida")
    view.table.select_id(ida)
    _edit("job_title", "Head of quantum sensing")
    view.edit_record()
    qtbot.wait(100)
    assert view.table.selected_ids() == [ida]
    assert "Head of quantum sensing" in view.detail.toPlainText()
