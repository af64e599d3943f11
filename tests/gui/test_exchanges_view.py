"""Exchanges view: stage bar, overdue in red, milestones done/undo, create with checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qistdesk.gui.context import AppContext
from qistdesk.gui.views.exchanges import ExchangesView
from qistdesk.services import queries
from gui_helpers import when_modal


def make(qtbot, db, monkeypatch):
    monkeypatch.setenv("QISTDESK_TODAY", "2027-04-20")  # the demo's own today
    ctx = AppContext(db)
    view = ExchangesView(ctx)
    qtbot.addWidget(view)
    view.show()
    return ctx, view


def test_models_pass_tester_and_overdue_rows_are_red(qtbot, qtmodeltester, demo_db, monkeypatch):
    _ctx, view = make(qtbot, demo_db, monkeypatch)
    qtmodeltester.check(view.table.model)
    model = view.table.model
    tones = [model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) for r in range(model.rowCount())]
    assert any(t is not None for t in tones)
    overdue = next(r for r in range(model.rowCount()) if "overdue" in model.text_at(r, 2))
    view.table.view.selectRow(overdue)
    assert view.milestones.model.rowCount() > 0
    qtmodeltester.check(view.milestones.model)
    assert any("overdue" in view.milestones.model.text_at(r, 3) for r in range(view.milestones.model.rowCount()))
    assert "Events during the stay" in view.detail.toPlainText()


def test_stage_bar_filters(qtbot, demo_db, monkeypatch):
    _ctx, view = make(qtbot, demo_db, monkeypatch)
    total = view.table.model.rowCount()
    view.set_stage("preparing")
    assert 0 < view.table.model.rowCount() < total
    assert all(view.table.model.row_at(r)["stage"] == "preparing" for r in range(view.table.model.rowCount()))
    view.set_stage(None)
    assert view.table.model.rowCount() == total


def test_mark_milestone_done_and_undo(qtbot, demo_db, monkeypatch):
    ctx, view = make(qtbot, demo_db, monkeypatch)
    row = next(r for r in range(view.table.model.rowCount()) if view.table.model.row_at(r)["open_milestones"])
    view.table.view.selectRow(row)
    exchange_id = view.table.model.id_at(row)
    before = next(x for x in queries.list_exchanges(demo_db) if x["id"] == exchange_id)["open_milestones"]
    view.milestones.view.selectRow(next(r for r in range(view.milestones.model.rowCount())
                                        if not view.milestones.model.row_at(r)["done"]))
    view.toggle_done()
    after = next(x for x in queries.list_exchanges(demo_db) if x["id"] == exchange_id)["open_milestones"]
    assert after == before - 1
    ctx.undo_stack.undo()
    assert next(x for x in queries.list_exchanges(demo_db) if x["id"] == exchange_id)["open_milestones"] == before


def test_new_exchange_with_checklist_and_delete_undo(qtbot, demo_db, monkeypatch):
    ctx, view = make(qtbot, demo_db, monkeypatch)
    people = queries.list_people(demo_db)
    count = len(queries.list_exchanges(demo_db))

    def fill(dialog):
        form = dialog.form
        form.editor("person_id").set_value(people[0]["id"])
        box = form.editor("program_id")
        box.setCurrentIndex(1)
        form.editor("end_date").setDate(form.editor("start_date").date().addDays(-1))
        assert "end_date" in form.errors and not dialog.ok_button.isEnabled()
        assert form.rows["end_date"].error
        form.editor("end_date").setDate(form.editor("start_date").date().addDays(120))
        assert dialog.ok_button.isEnabled(), form.errors
        dialog.ok_button.click()

    when_modal(fill)
    view.new_record()
    rows = queries.list_exchanges(demo_db)
    assert len(rows) == count + 1
    new = view.table.selected_ids()[0]
    assert view.milestones.model.rowCount() >= 5

    def confirm(box):
        assert "milestone" in box.informativeText()
        next(b for b in box.buttons() if b.text() == "Delete").click()

    when_modal(confirm)
    view.delete_selected()
    assert new not in {x["id"] for x in queries.list_exchanges(demo_db)}
    ctx.undo_stack.undo()
    restored = next(x for x in queries.list_exchanges(demo_db) if x["id"] == new)
    assert restored["open_milestones"] >= 5
