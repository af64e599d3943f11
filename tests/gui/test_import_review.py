"""Organisations made "to review" by an import are found by typing "to review" in the filter."""

from qistdesk.gui.context import AppContext
from qistdesk.gui.views.organizations import OrganizationsView
from qistdesk.services import directory


def test_filter_finds_organisations_to_review(qtbot, db):
    directory.create_organization(db, name="Aarhus Universitet", sector="to-review", country="")
    directory.create_organization(db, name="Known Lab", sector="academia", country="US")
    view = OrganizationsView(AppContext(db))
    qtbot.addWidget(view)
    view.refresh()
    view.table.set_filter_text("to review")
    assert view.table.model.rowCount() == 1
    assert view.table.model.text_at(0, 0) == "Aarhus Universitet"
    assert "To review" in [view.table.model.text_at(0, c) for c in range(view.table.model.columnCount())]
