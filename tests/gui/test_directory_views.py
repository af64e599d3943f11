"""Organisations and Venues views: models, detail pages, delete with undo."""

from __future__ import annotations

from qistdesk.gui.context import AppContext
from qistdesk.gui.views.organizations import OrganizationsView
from qistdesk.gui.views.venues import VenuesView
from qistdesk.services import directory, queries
from gui_helpers import when_modal


def confirm_delete(box):
    next(b for b in box.buttons() if b.text() == "Delete").click()


def test_organization_delete_undo_gives_people_back(qtbot, qtmodeltester, db):
    ctx = AppContext(db)
    org = directory.create_organization(db, name="Nørgaard & Sons", sector="industry", country="DK")
    directory.create_person(db, given_name="Åse", organization_id=org)
    view = OrganizationsView(ctx)
    qtbot.addWidget(view)
    qtmodeltester.check(view.table.model)
    view.open_record(org)
    assert "Nørgaard & Sons" in view.detail.toPlainText() and "Åse" in view.detail.toPlainText()
    when_modal(confirm_delete)
    view.delete_selected()
    assert queries.list_people(db)[0]["organization"] is None
    ctx.undo_stack.undo()
    assert queries.list_people(db)[0]["organization"] == "Nørgaard & Sons"


def test_venue_form_validates_and_saves(qtbot, qtmodeltester, demo_db):
    ctx = AppContext(demo_db)
    view = VenuesView(ctx)
    qtbot.addWidget(view)
    qtmodeltester.check(view.table.model)
    ident = view.table.model.id_at(0)

    def edit(dialog):
        dialog.form.editor("name").clear()
        assert dialog.form.rows["name"].error and not dialog.ok_button.isEnabled()
        dialog.form.editor("name").setText("Hall A")
        dialog.form.editor("capacity").setValue(42)
        dialog.ok_button.click()

    when_modal(edit)
    view.edit_record(ident)
    venue = next(v for v in queries.list_venues(demo_db) if v["id"] == ident)
    assert (venue["name"], venue["capacity"]) == ("Hall A", 42)
    ctx.undo_stack.undo()
    assert next(v for v in queries.list_venues(demo_db) if v["id"] == ident)["name"] != "Hall A"
