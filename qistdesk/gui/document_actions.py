"""File ▸ Import/Export JSON document…: the whole programme as one file, between offline laptops.

The same service calls as ``qistdesk import json`` / ``export json``. An import
adds and updates records (never deletes) in one transaction and is one step
on the undo stack: Undo puts every row back as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qistdesk.gui.i18n import tr


def import_document_file(window, path: str | None = None, ask: bool = True) -> bool:
    """Read a qistdesk JSON document into the database; one undoable step. False when nothing was imported."""
    from qistdesk.gui.import_undo import push_import
    from qistdesk.services.documents import read_into
    from qistdesk.services.errors import USER_ERRORS

    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, tr("Import JSON document"), "",
                                              tr("qistdesk documents (*.json);;All files (*)"))
        if not path:
            return False
    name = Path(path).name
    if ask and QMessageBox.question(
            window, tr("Import JSON document"),
            tr("Import {file}? Records it shares with this database (same id) are updated, new ones added; "
               "nothing is deleted, and Undo takes the whole import back.").format(file=name)) \
            != QMessageBox.StandardButton.Yes:
        return False
    try:
        summary = read_into(window.ctx.db, Path(path), record=True)
    except (*USER_ERRORS, OSError) as exc:
        QMessageBox.warning(window, tr("Nothing imported"), tr("{file}: {reason}").format(file=name, reason=exc))
        return False
    n = sum(summary.created.values()) + sum(summary.updated.values())
    text = tr("Import 1 record from {file}") if n == 1 else tr("Import {n} records from {file}")
    push_import(window.ctx, text.format(n=n, file=name), summary.changes, parent=window)
    window.ctx.notify_changed("*")
    window.ctx.show_status(tr("Imported {file}: {what}").format(file=name, what=summary.describe()))
    return True


def export_document_file(window) -> None:
    from qistdesk.services.documents import write_document

    path, _ = QFileDialog.getSaveFileName(window, tr("Export JSON document"), "qistdesk.json",
                                          tr("qistdesk documents (*.json)"))
    if not path:
        return
    try:
        counts = write_document(window.ctx.db, path)
    except OSError as exc:
        QMessageBox.warning(window, tr("Export failed"), str(exc))
        return
    window.ctx.show_status(tr("Wrote {file}: {n} records (sensitive fields left out)")
                           .format(file=Path(path).name, n=sum(counts.values())))


def install(window) -> None:
    menu = window.menu("File")
    for text, slot in ((tr("Import JSON document…"), lambda: import_document_file(window)),
                       (tr("Export JSON document…"), lambda: export_document_file(window))):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
