"""Exchange programmes are created and edited in the app, with undo."""

from PySide6.QtCore import Qt

from gui_helpers import when_modal
from qistdesk.gui.context import AppContext
from qistdesk.gui.programs_dialog import ProgramsDialog
from qistdesk.services import queries


def test_create_edit_and_undo_a_programme(qtbot, qtmodeltester, db):
    ctx = AppContext(db)
    dialog = ProgramsDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.table.model)

    def fill(form_dialog):
        qtbot.keyClicks(form_dialog.form.editor("name"), "Quantum Fellows & <Friends>")
        form_dialog.form.editor("direction").setCurrentIndex(1)
        qtbot.mouseClick(form_dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    ident = dialog.new()
    programs = queries.list_programs(db)
    assert [p["name"] for p in programs] == ["Quantum Fellows & <Friends>"] and programs[0]["id"] == ident
    assert dialog.table.model.rowCount() == 1

    def rename(form_dialog):
        editor = form_dialog.form.editor("name")
        editor.clear()
        qtbot.keyClicks(editor, "Quantum Fellows")
        qtbot.mouseClick(form_dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(rename)
    dialog.edit(ident)
    assert queries.list_programs(db)[0]["name"] == "Quantum Fellows"
    ctx.undo_stack.undo()
    assert queries.list_programs(db)[0]["name"] == "Quantum Fellows & <Friends>"
    ctx.undo_stack.undo()
    assert queries.list_programs(db) == []
    ctx.undo_stack.redo()
    assert [p["id"] for p in queries.list_programs(db)] == [ident]


def test_a_programme_needs_a_name(qtbot, db):
    dialog = ProgramsDialog(AppContext(db))
    qtbot.addWidget(dialog)
    seen = {}

    def check(form_dialog):
        seen["ok_enabled"] = form_dialog.ok_button.isEnabled()
        form_dialog.reject()

    when_modal(check)
    assert dialog.new() is None
    assert seen["ok_enabled"] is False and queries.list_programs(db) == []
