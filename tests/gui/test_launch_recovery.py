"""Start-up on a damaged database: the app offers the newest good backup and opens it."""

import os

from PySide6.QtWidgets import QMessageBox, QWidget

from qistdesk.services import backups, queries
from qistdesk.services.directory import create_person


def _damage(path):
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(size - 4096))


def test_damaged_database_is_restored_from_backup_when_user_agrees(qtbot, db, db_path, monkeypatch):
    from qistdesk.gui.launch import open_or_explain

    create_person(db, given_name="Nina")
    backups.create_backup(db)
    db.close()
    _damage(db_path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    parent = QWidget()
    qtbot.addWidget(parent)
    reopened = open_or_explain(str(db_path), parent, interactive=True)
    assert reopened is not None and asked and "damaged" in asked[0]
    assert [p["given_name"] for p in queries.list_people(reopened)] == ["Nina"]
    reopened.close()


def test_damaged_database_declined_opens_nothing(qtbot, db, db_path, monkeypatch):
    from qistdesk.gui.launch import open_or_explain

    create_person(db, given_name="Nina")
    backups.create_backup(db)
    db.close()
    _damage(db_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_or_explain(str(db_path), parent, interactive=True) is None
    assert any("-damaged-" in p.name for p in db_path.parent.iterdir())
