"""run_undoable: a change done once, undone and redone through services."""

from qistdesk.gui.context import AppContext
from qistdesk.gui.widgets.undo import run_undoable
from qistdesk.services import directory, queries


def test_create_undo_redo(qtbot, db):
    ctx = AppContext(db)
    state = {}
    fields = {"name": "Quantum Foundry & Co", "sector": "industry", "country": "DK"}

    def do():
        state["id"] = directory.create_organization(db, **({"id": state["id"]} if "id" in state else {}), **fields)

    assert run_undoable(ctx, "New organisation", do, lambda: directory.delete_organization(db, state["id"]))
    assert len(queries.list_organizations(db)) == 1
    ctx.undo_stack.undo()
    assert queries.list_organizations(db) == []
    ctx.undo_stack.redo()
    assert [o["id"] for o in queries.list_organizations(db)] == [state["id"]]


def test_failed_change_is_not_pushed(qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    ctx = AppContext(db)
    ok = run_undoable(ctx, "New organisation", lambda: directory.create_organization(db, name=""), lambda: None)
    assert not ok and ctx.undo_stack.count() == 0
