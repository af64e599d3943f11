"""When invites, drafts or packets stop for missing office details: say what is missing, open Preferences."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from qistdesk.gui.i18n import tr


def is_office_problem(exc: BaseException) -> bool:
    from qistdesk.services.preferences import OfficeDetailsMissing

    return isinstance(exc, OfficeDetailsMissing)


def explain(parent: QWidget | None, exc: BaseException) -> bool:
    """Show the missing office details with an "Open Preferences…" button; False when ``exc`` is not that."""
    if not is_office_problem(exc):
        return False
    box = QMessageBox(QMessageBox.Warning, tr("Office details missing"),
                      tr("Nothing was written: invites, drafts and packets go out in the office's name.") + "\n\n"
                      + "\n".join(f"• {p}" for p in exc.problems), QMessageBox.Cancel, parent)
    box.setObjectName("officeDetailsMissing")
    opener = box.addButton(tr("Open Preferences…"), QMessageBox.AcceptRole)
    box.setDefaultButton(opener)
    box.exec()
    if box.clickedButton() is opener:
        from qistdesk.gui.preferences_dialog import open_preferences

        window = parent.window() if parent is not None else None
        open_preferences(window)
    return True
