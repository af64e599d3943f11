"""The office server in the app: where the data lives, and the password dialog.

Self-contained so the launcher needs three lines (before opening the database)::

    from qistdesk.gui.server_login import database_target, install_password_dialog
    install_password_dialog(window)                      # asks when the server wants a password
    db_target = db_target or database_target(prefs)      # settings: this computer or office server

and ``"qistdesk.gui.server_login"`` in ``gui/extensions.py:EXTENSION_MODULES`` adds
File ▸ "Database location…" (see :func:`install`).

Passwords are never written to settings: the URL is stored without one
(``credentials.storable_url``), the password goes to the OS keyring only when the
user ticks "Remember" and the server accepted it, else it lives in memory.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout, QWidget)

from qistdesk.store import credentials
from qistdesk.gui.i18n import tr


def database_target(prefs) -> str | None:
    """The server URL when the settings say "office server", else None (the local file)."""
    if prefs.get("database.location") == "server" and prefs.get("database.server_url"):
        return str(prefs.get("database.server_url"))
    return None


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # noqa: BLE001 - a broken backend is no backend
        return False


class PasswordDialog(QDialog):
    """Asks for the server password; the form is kept on a refusal so the user can retype."""

    def __init__(self, where: str, user: str, retry: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Office server password"))
        self.setModal(True)
        intro = QLabel(tr("Password of <b>{user}</b> on the office server <b>{server}</b>:").format(
            user=_escape(user or tr("your account")), server=_escape(where)))
        intro.setWordWrap(True)
        self.refused = QLabel(tr("The server refused that password. Please try again."))
        self.refused.setStyleSheet("color: #b00020")
        self.refused.setVisible(retry)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        self.remember = QCheckBox(tr("Remember in the system keyring"))
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(tr("This computer has no system keyring; you will be asked at each start."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.refused, self.password, self.remember, buttons):
            layout.addWidget(widget)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def install_password_dialog(parent: QWidget | None = None) -> None:
    """From now on a server asking for a password gets this dialog (on the GUI thread)."""
    from sqlalchemy.engine import make_url

    def ask(where: str, user: str, retry: bool) -> str | None:
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return None  # e.g. the change watcher's worker: no dialogs off the GUI thread
        dialog = PasswordDialog(where, user, retry, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
            return None
        if dialog.remember.isChecked():
            host_port, _, database = where.partition("/")
            host, _, port = host_port.rpartition(":")
            credentials.save_when_accepted(make_url(f"postgresql://{user}@{host}:{port}/{database}"))
        return dialog.password.text()

    credentials.set_prompt(ask)


class DatabaseLocationDialog(QDialog):
    """This computer or the office server; takes effect at the next start."""

    def __init__(self, prefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(tr("Database location"))
        self.local = QRadioButton(tr("This computer (a file in your user folder)"))
        self.server = QRadioButton(tr("Office server (PostgreSQL, shared with colleagues)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.url = QLineEdit(str(prefs.get("database.server_url") or ""))
        self.url.setPlaceholderText("postgresql+psycopg://nina@db.office.example/qistdesk")
        self.url.setAccessibleName(tr("Server address"))
        (self.server if prefs.get("database.location") == "server" else self.local).setChecked(True)
        self.note = QLabel(tr("No password here: qistdesk asks for it at start and can keep it in the system "
                              "keyring. The change takes effect when qistdesk starts again. To move your data "
                              "to the server, run: qistdesk migrate-to URL"))
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.local)
        form.addRow(self.server)
        form.addRow(tr("Server address"), self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        text = self.url.text().strip()
        if self.server.isChecked():
            try:
                from sqlalchemy.engine import make_url

                url = make_url(text)
                if url.get_backend_name() != "postgresql" or not url.host or not url.database:
                    raise ValueError
            except Exception:  # noqa: BLE001 - shown beside the field
                self.error.setText(tr("Give an address like postgresql+psycopg://USER@HOST/DATABASE"))
                return
            if url.password:
                credentials.remember_typed(credentials.without_password(url), url.password)
            self.prefs.set("database.server_url", credentials.storable_url(text))
        self.prefs.set("database.location", "server" if self.server.isChecked() else "local")
        self.prefs.save()
        self.accept()


def install(window) -> None:
    """Extension hook: File ▸ Database location…"""
    from qistdesk.gui.app_settings import settings

    action = QAction(tr("Database location…"), window)
    action.triggered.connect(lambda: DatabaseLocationDialog(settings(), window).exec())
    window.menu("File").addAction(action)
