"""In the app every import is one step on the undo stack, named after the file; Ctrl+Z gives the database back."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialog  # noqa: E402

from .test_import_undo import NEW_EVENT, dump  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]


@pytest.fixture
def window(qtbot, db):
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    w = MainWindow(settings())
    qtbot.addWidget(w)
    w.attach(AppContext(db, w))
    return w


def _undo_redo(ctx, db_path, before, after):
    ctx.undo_stack.undo()
    assert dump(db_path) == before
    ctx.undo_stack.redo()
    assert dump(db_path) == after
    ctx.undo_stack.undo()
    assert dump(db_path) == before


def test_calendar_import_is_one_undoable_step(window, db_path, tmp_path, monkeypatch):
    from qistdesk.gui import ics_actions

    path = tmp_path / "breakfast.ics"
    path.write_bytes(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + NEW_EVENT.replace("\n", "\r\n")
                      + "END:VCALENDAR\r\n").encode())
    monkeypatch.setattr(ics_actions.ImportPreviewDialog, "exec", lambda self: (self.save(), QDialog.Accepted)[1])
    before = dump(db_path)
    ics_actions.import_calendar(window, str(path))
    after = dump(db_path)
    assert after != before
    assert window.ctx.undo_stack.undoText() == "Import 1 event from breakfast.ics"
    _undo_redo(window.ctx, db_path, before, after)


def test_csv_import_is_one_undoable_step(qtbot, db, db_path, tmp_path):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.csv_import_dialog import CsvImportDialog
    from qistdesk.services import directory

    directory.create_person(db, given_name="Nina", family_name="Hansen", email="nina@example.dk")
    path = tmp_path / "list.csv"
    path.write_text("Name;E-mail;Phone\nNina Hansen;nina@example.dk;+45 3312 3456\n"
                    "Karen Blixen;karen@example.dk;\nPiet Hein;piet@example.dk;\n", encoding="utf-8-sig")
    ctx = AppContext(db)
    dialog = CsvImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    before = dump(db_path)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    after = dump(db_path)
    assert ctx.undo_stack.undoText() == "Import 3 people from list.csv"
    _undo_redo(ctx, db_path, before, after)


def test_json_document_import_is_one_undoable_step(window, db, db_path, tmp_path):
    from qistdesk.gui.document_actions import import_document_file
    from qistdesk.services import directory
    from qistdesk.services.documents import export_document

    directory.create_person(db, given_name="Nina", family_name="Hansen", email="nina@example.dk")
    doc = export_document(db)
    doc["people"][0]["job_title"] = "Attaché"
    doc["people"].append({"id": "11111111-2222-3333-4444-555555555555", "given_name": "Ny", "family_name": "Person"})
    path = tmp_path / "programme.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = dump(db_path)
    assert import_document_file(window, str(path), ask=False)
    after = dump(db_path)
    assert window.ctx.undo_stack.undoText() == "Import 2 records from programme.json"
    _undo_redo(window.ctx, db_path, before, after)


def test_undo_after_someone_changed_the_row_says_so_and_keeps_their_change(qtbot, db, db_path, tmp_path,
                                                                           monkeypatch):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.csv_import_dialog import CsvImportDialog
    from qistdesk.gui.widgets import undo as undo_module
    from qistdesk.services import directory
    from qistdesk.services.queries import list_people

    path = tmp_path / "one.csv"
    path.write_text("Name,E-mail\nKaren Blixen,karen@example.dk\n", encoding="utf-8")
    ctx = AppContext(db)
    dialog = CsvImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    karen = next(p for p in list_people(db) if p["email"] == "karen@example.dk")
    directory.update_person(db, karen["id"], job_title="Author")
    edited = dump(db_path)
    warnings = []
    monkeypatch.setattr(undo_module, "_warn", lambda parent, title, message: warnings.append(message))
    ctx.undo_stack.undo()
    assert dump(db_path) == edited
    assert warnings and "changed elsewhere" in warnings[0]


def test_enter_in_the_csv_path_field_shows_the_preview_and_imports_nothing(qtbot, db, tmp_path):
    from PySide6.QtCore import Qt

    from qistdesk.gui.context import AppContext
    from qistdesk.gui.csv_import_dialog import CsvImportDialog
    from qistdesk.services.queries import list_people

    path = tmp_path / "list.csv"
    path.write_text("Name,E-mail\nKaren Blixen,karen@example.dk\n", encoding="utf-8")
    dialog = CsvImportDialog(AppContext(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.preview.rowCount() == 1 and dialog.import_button.isEnabled()
    assert dialog.isVisible() and list_people(db) == []  # nothing saved until Import is pressed
