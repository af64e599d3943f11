"""People view: create, edit (with a conflict), delete with undo, person's page."""

from __future__ import annotations

from gui_helpers import when_modal
from PySide6.QtWidgets import QMessageBox

from qistdesk.gui.context import AppContext
from qistdesk.gui.views.people import PeopleView
from qistdesk.services import directory, queries


def make(qtbot, db):
    ctx = AppContext(db)
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.show()
    return ctx, view


def test_model_and_empty_state(qtbot, qtmodeltester, db):
    _ctx, view = make(qtbot, db)
    assert view.table.stack.currentWidget() is view.table.empty
    directory.create_person(db, given_name="Ada")
    view.refresh()
    qtmodeltester.check(view.table.model)


def test_new_person_through_the_dialog_then_undo_redo(qtbot, db):
    ctx, view = make(qtbot, db)

    def fill(dialog):
        assert not dialog.ok_button.isEnabled()
        dialog.form.editor("given_name").setText("Søren")
        dialog.form.editor("family_name").setText("Kierkegaard")
        dialog.form.editor("email").setText("not-an-email")
        assert "email" in dialog.form.errors and not dialog.ok_button.isEnabled()
        assert dialog.form.rows["email"].error
        dialog.form.editor("email").setText("soren@example.dk")
        dialog.ok_button.click()

    when_modal(fill)
    view.new_record()
    people = queries.list_people(db)
    assert [p["given_name"] for p in people] == ["Søren"]
    assert view.table.selected_ids() == [people[0]["id"]]
    ctx.undo_stack.undo()
    assert queries.list_people(db) == []
    ctx.undo_stack.redo()
    assert [p["id"] for p in queries.list_people(db)] == [people[0]["id"]]


def test_edit_changed_elsewhere_is_not_overwritten(qtbot, db, monkeypatch):
    ctx, view = make(qtbot, db)
    pid = directory.create_person(db, given_name="Niels", family_name="Bohr")
    view.refresh()
    asked = []
    monkeypatch.setattr("qistdesk.gui.widgets.record_dialog.conflict_choice",
                        lambda parent, msg: asked.append(msg) or True)

    def edit(dialog):
        directory.update_person(db, pid, None, job_title="Changed elsewhere")  # another window
        dialog.form.editor("family_name").setText("Bohr-Jensen")
        dialog.ok_button.click()           # conflict → reload
        assert asked and dialog.form.values()["job_title"] == "Changed elsewhere"
        dialog.form.editor("family_name").setText("Bohr-Jensen")
        dialog.ok_button.click()           # now saves on top of the reloaded version

    when_modal(edit)
    view.edit_record(pid)
    person = queries.list_people(db)[0]
    assert (person["family_name"], person["job_title"]) == ("Bohr-Jensen", "Changed elsewhere")
    ctx.undo_stack.undo()
    assert queries.list_people(db)[0]["family_name"] == "Bohr"


def test_delete_asks_and_undo_restores_participations(qtbot, demo_db):
    ctx, view = make(qtbot, demo_db)
    from qistdesk.services.editing import person_links

    busy = next(p for p in queries.list_people(demo_db)
                if person_links(demo_db, p["id"])["participations"]
                and not [x for x in queries.list_exchanges(demo_db)
                         if (x["given_name"], x["family_name"]) == (p["given_name"], p["family_name"])])
    n_links = len(person_links(demo_db, busy["id"])["participations"])
    view.open_record(busy["id"])
    assert busy["given_name"] in view.detail.toPlainText() and "Events (" in view.detail.toPlainText()

    def confirm(box):
        assert isinstance(box, QMessageBox) and "participant list" in box.informativeText()
        next(b for b in box.buttons() if b.text() == "Delete").click()

    when_modal(confirm)
    view.delete_selected()
    assert busy["id"] not in {p["id"] for p in queries.list_people(demo_db)}
    ctx.undo_stack.undo()
    assert len(person_links(demo_db, busy["id"])["participations"]) == n_links
