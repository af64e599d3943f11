"""Esc, Cancel or closing a record dialog with typed-in changes asks before throwing them away.

Why: Esc is also how one closes a completer's pop-up or a calendar; a second
Esc too many used to drop a half-typed person without a word. The question is
asked only while the dialog runs as the user sees it (``exec`` or ``open``) and only
when what the form holds differs from what it opened with, so a dialog nobody
touched closes at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from qistdesk.gui.i18n import tr


def ask_discard(parent: QWidget) -> bool:
    """True when the user chooses to discard; Enter and Esc keep editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Discard changes?"))
    box.setText(tr("Discard what you typed?"))
    box.setInformativeText(tr("Nothing in this form has been saved yet."))
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class DiscardGuard:
    """Mix into a QDialog (before it) and define :meth:`has_typed_changes`."""

    _in_exec = False

    def has_typed_changes(self) -> bool:
        return False

    def exec(self) -> int:  # noqa: A003 (Qt's name)
        self._in_exec = True
        try:
            return super().exec()
        finally:
            self._in_exec = False

    def open(self) -> None:  # noqa: A003 (window-modal, returns at once; closing ends it)
        self._in_exec = True
        self.finished.connect(self._opened_ended)
        super().open()

    def _opened_ended(self) -> None:
        self._in_exec = False

    def reject(self) -> None:  # Esc, Cancel and the window's close all come here
        if self._in_exec and self.isVisible():
            try:
                typed = self.has_typed_changes()
            except Exception:  # noqa: BLE001 (a half-typed field must not keep the dialog from closing)
                typed = False
            if typed and not ask_discard(self):
                return
        super().reject()
