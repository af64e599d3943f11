"""The Backups window and the CSV import dialog as standalone widgets (one per test, temp db)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(db, qtbot):
    from qistdesk.gui.context import AppContext

    return AppContext(db)


def test_backups_dialog_lists_makes_and_restores(ctx, db, qtbot):
    from qistdesk.gui.safety_actions import BackupsDialog
    from qistdesk.services.directory import create_person
    from qistdesk.services.queries import list_people

    create_person(db, given_name="Nina")
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.back_up_now()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "verified"
    create_person(db, given_name="Later")
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.confirm = lambda text: True
    with qtbot.waitSignal(ctx.data_changed):
        assert dialog.restore_selected()
    assert [p["given_name"] for p in list_people(db)] == ["Nina"]
    assert {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())} == {"manual", "pre-restore"}
    assert "kept as" in dialog.message.text()


def test_backups_dialog_declined_restore_changes_nothing(ctx, db, qtbot):
    from qistdesk.gui.safety_actions import BackupsDialog
    from qistdesk.services.directory import create_person
    from qistdesk.services.queries import list_people

    create_person(db, given_name="Nina")
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    create_person(db, given_name="Later")
    dialog.table.selectRow(0)
    dialog.confirm = lambda text: False
    assert not dialog.restore_selected()
    assert len(list_people(db)) == 2


def test_csv_dialog_maps_previews_and_imports(ctx, db, qtbot, tmp_path):
    from qistdesk.gui.csv_import_dialog import CsvImportDialog
    from qistdesk.services.queries import list_people

    path = tmp_path / "dk.csv"
    path.write_text("Fornavn;Efternavn;Mail;Organisation\nSøren;Ågård;s@example.dk;Ukendt\n"
                    "Nina;Hansen;n@example.dk;\nNina;H;N@example.dk;\n", encoding="cp1252")
    dialog = CsvImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    assert "windows-1252" in dialog.info.text() and "semicolon" in dialog.info.text()
    assert dialog.mapping()["Fornavn"] == "given_name" and dialog.mapping()["Mail"] == "email"
    assert dialog.import_button.isEnabled()  # an unknown organisation is created "to review"
    assert "“to review”: Ukendt" in dialog.info.text()
    dialog.set_target("Organisation", "")
    assert dialog.import_button.isEnabled()
    assert [dialog.preview.item(r, 1).text() for r in range(3)] == ["new", "new", "merged (line 3)"]
    with qtbot.waitSignal(ctx.data_changed):
        dialog.do_import()
    assert sorted(p["given_name"] for p in list_people(db)) == ["Nina", "Søren"]


def test_csv_dialog_shows_an_unreadable_file(ctx, qtbot, tmp_path):
    from qistdesk.gui.csv_import_dialog import CsvImportDialog

    path = tmp_path / "bad.csv"
    path.write_text('Name;E-mail\n"Nina;n@example.dk\n')
    dialog = CsvImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    assert "line 2" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()


def test_install_into_the_main_window(qtbot, db):
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(db, window))
    texts = [a.text() for a in window.menu("File").actions()]
    assert {"Backups…", "Import people from CSV…", "Export people to CSV…"} <= set(texts)
    assert window._context_factories.get("person")


def test_enter_in_the_file_field_previews_and_does_not_import(ctx, db, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from qistdesk.gui.csv_import_dialog import CsvImportDialog
    from qistdesk.services.queries import list_people

    path = tmp_path / "guests.csv"
    path.write_text("Name;E-mail\nSøren Holm;s@example.dk\n", encoding="utf-8")
    dialog = CsvImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.preview.rowCount() == 1 and dialog.import_button.isEnabled()
    assert dialog.isVisible() and list_people(db) == []  # the user still reads the preview
