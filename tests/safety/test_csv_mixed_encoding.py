"""A UTF-8 CSV with one line in Windows-1252 (issue 20 item 5): that line is read as Windows-1252
and named in a warning; the rest stays UTF-8 (no 'SÃ¸ren')."""

from __future__ import annotations

from qistdesk.formats.csv_io import read_bytes

MIXED = ("Fornavn;Efternavn;E-mail\n".encode() + "Søren;Ørsted;s@example.dk\n".encode("utf-8")
         + "Jørgen;Hansen;j@example.dk\n".encode("cp1252") + "Åse;Møller;a@example.dk\n".encode("utf-8"))


def test_one_latin1_line_is_named_and_the_rest_stays_utf8():
    table = read_bytes(MIXED)
    names = [(r.values["Fornavn"], r.values["Efternavn"]) for r in table.rows]
    assert names == [("Søren", "Ørsted"), ("Jørgen", "Hansen"), ("Åse", "Møller")]
    assert table.encoding == "utf-8" and len(table.warnings) == 1
    assert "line 3 is not UTF-8 and was read as Windows-1252" in table.warnings[0]
    assert "Jørgen" not in table.warnings[0]  # named by line, never by value


def test_a_windows_1252_file_is_read_whole_without_a_warning():
    table = read_bytes("Fornavn;E-mail\nSøren;s@example.dk\nÅse;a@example.dk\n".encode("cp1252"))
    assert table.encoding == "windows-1252" and not table.warnings
    assert [r.values["Fornavn"] for r in table.rows] == ["Søren", "Åse"]


def test_with_a_bom_too():
    table = read_bytes(b"\xef\xbb\xbf" + MIXED)
    assert [r.values["Fornavn"] for r in table.rows] == ["Søren", "Jørgen", "Åse"] and table.warnings


def test_cli_warns_and_imports_right(tmp_path, capsys):
    from qistdesk.cli.main import main

    source = tmp_path / "mixed.csv"
    source.write_bytes(MIXED)
    db = tmp_path / "db.sqlite3"
    rc = main(["--db", str(db), "import", "csv", str(source)])
    out, err = capsys.readouterr()
    assert rc == 0 and "3 new" in out
    assert err.count("\n") == 1 and "warning" in err and "line 3" in err
    main(["--db", str(db), "list", "people"])
    out, _ = capsys.readouterr()
    assert "Søren" in out and "Jørgen" in out and "Ã" not in out


def test_gui_import_dialog_shows_the_warning(qtbot, db, tmp_path):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.csv_import_dialog import CsvImportDialog

    source = tmp_path / "mixed.csv"
    source.write_bytes(MIXED)
    dialog = CsvImportDialog(AppContext(db))
    qtbot.addWidget(dialog)
    dialog.load(source)
    assert "line 3 is not UTF-8" in dialog.info.text()
