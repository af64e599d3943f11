"""The GUI side of the team database: change watcher, location dialog, password dialog."""

import json

import pytest
from PySide6.QtCore import QObject, Signal

from qistdesk.services import directory
from qistdesk.store import credentials, open_database

pytestmark = [pytest.mark.gui, pytest.mark.all_backends]


class FakeContext(QObject):
    data_changed = Signal(str)

    def __init__(self, db):
        super().__init__()
        self.db, self.told, self.status = db, [], []

    def notify_changed(self, what="*"):
        self.told.append(what)

    def show_status(self, text):
        self.status.append(text)


def test_watcher_refreshes_lists_with_another_clients_changes(qtbot, db):
    from qistdesk.gui.change_watcher import ChangeWatcher

    ctx = FakeContext(db)
    watcher = ChangeWatcher(ctx, interval_ms=100)
    watcher.start()
    qtbot.waitUntil(lambda: watcher._token is not None, timeout=5000)
    assert ctx.told == []
    other = open_database(db.url.render_as_string(hide_password=False))
    directory.create_organization(other, name="Aarhus University", sector="academia", country="DK")
    with qtbot.waitSignal(watcher.changed, timeout=5000) as seen:
        pass
    assert seen.args[0] == {"organizations"} and ctx.told == ["organizations"]
    watcher.stop()
    qtbot.waitUntil(lambda: not watcher._busy, timeout=5000)
    other.close()


@pytest.mark.sqlite_only
def test_location_dialog_stores_the_url_without_the_password(qtbot, tmp_path):
    from qistdesk.gui.server_login import DatabaseLocationDialog, database_target
    from qistdesk.settings import Settings

    prefs = Settings(tmp_path / "settings.json")
    dialog = DatabaseLocationDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.url.setText("postgresql+psycopg://nina:s3cret@db.office.example:5433/qistdesk")
    dialog.save()
    saved = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert "s3cret" not in saved
    assert json.loads(saved)["database.server_url"] == "postgresql+psycopg://nina@db.office.example:5433/qistdesk"
    assert database_target(Settings(tmp_path / "settings.json")).endswith("@db.office.example:5433/qistdesk")
    from sqlalchemy.engine import make_url

    url = make_url(json.loads(saved)["database.server_url"])
    assert credentials.password_for(url) == "s3cret"  # in memory for this run only
    credentials.forget_password(url)


@pytest.mark.sqlite_only
def test_password_dialog_keeps_what_was_typed_hidden(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from qistdesk.gui.server_login import PasswordDialog

    dialog = PasswordDialog("db.office.example:5432/qistdesk", "nina", retry=True)
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.refused.isHidden()
