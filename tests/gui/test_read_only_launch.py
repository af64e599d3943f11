"""Start-up on a database that can be read but not written (issue 20): the app says why,
offers read-only use, and a save says it cannot write, keeping what was typed out of the message."""

import os
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from qistdesk.services.directory import create_person

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def test_read_only_file_opens_read_only_and_says_so(qtbot, db, db_path, monkeypatch):
    from qistdesk.gui.launch import explain_read_only, open_or_explain

    create_person(db, given_name="Nina")
    db.close()
    os.chmod(db_path, 0o400)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.windowTitle(), box.text(), box.informativeText(),
         [b.text() for b in box.buttons()])) or 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    opened = open_or_explain(str(db_path), parent, interactive=True)
    try:
        assert opened is not None and opened.read_only == "file-read-only"
        explain_read_only(parent, opened)
        title, text, detail, buttons = shown[0]
        assert title == "Opened read-only" and "Nothing in it was changed or moved" in text
        assert "is read-only" in detail and "export" in detail and buttons == ["Continue read-only"]
    finally:
        opened.close()
