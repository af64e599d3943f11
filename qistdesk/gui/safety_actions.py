"""Data safety in the app: the Backups window, CSV import and export, erase person,
and the recovery offer shown when the database file is damaged at start-up.

Every action is one service call (see qistdesk.services.backups / privacy and
qistdesk.formats.csv_io); nothing here touches files or SQL itself.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.services.errors import USER_ERRORS

#: The Backups list's words for a copy's kind and checksum (services.backups.describe's values).
BACKUP_WORDS = {"daily": QT_TR_NOOP("daily"), "manual": QT_TR_NOOP("manual"),
                "pre-migration": QT_TR_NOOP("pre-migration"), "pre-restore": QT_TR_NOOP("pre-restore"),
                "verified": QT_TR_NOOP("verified"), "no checksum": QT_TR_NOOP("no checksum"),
                "DAMAGED (hash differs)": QT_TR_NOOP("DAMAGED (hash differs)"),
                "not checked": QT_TR_NOOP("not checked")}


def _word(value: str) -> str:
    return tr(BACKUP_WORDS[value]) if value in BACKUP_WORDS else value


def _when(moment) -> str:
    """When a copy was made, in local time, as the app's language writes a date and time."""
    local = moment.astimezone().replace(tzinfo=None)
    return QLocale().toString(QDateTime(local), QLocale.FormatType.ShortFormat)


def _errors():
    from qistdesk.services.backups import BackupError

    return (*USER_ERRORS, BackupError, OSError)


class BackupsDialog(QDialog):
    """Lists the copies beside the database, newest first, with restore."""

    COLUMNS = [("created", QT_TR_NOOP("Created")), ("kind", QT_TR_NOOP("Kind")), ("size", QT_TR_NOOP("Size")),
               ("status", QT_TR_NOOP("Checksum")), ("file", QT_TR_NOOP("File"))]

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Backups"))
        self.resize(760, 420)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(t) for _, t in self.COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Backups"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = buttons.addButton(tr("Back up now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = buttons.addButton(tr("Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.infos = []
        self.refresh()

    def refresh(self) -> None:
        from qistdesk.services.backups import backups_folder, describe, list_backups

        try:
            self.infos = list_backups(self.ctx.db)
            self.folder.setText(tr("Copies of {database} in {folder}. Automatic: daily (kept 7 days, 4 weeks, 12 months) "
                                   "and before upgrades.").format(database=self.ctx.db.display_name,
                                                                 folder=backups_folder(self.ctx.db)))
        except _errors() as exc:
            self.infos = []
            self.folder.setText(str(exc))
            self.backup_button.setEnabled(False)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            values = describe(info)
            values.update(kind=_word(values["kind"]), status=_word(values["status"]), created=_when(info.created),
                          size=QLocale().formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat))
            for col, (key, _) in enumerate(self.COLUMNS):
                self.table.setItem(row, col, QTableWidgetItem(values[key]))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self):
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.infos[rows.pop()] if len(rows) == 1 else None

    def back_up_now(self) -> None:
        from qistdesk.services.backups import create_backup

        try:
            path = create_backup(self.ctx.db)
        except _errors() as exc:
            self.message.setText(tr("No backup was made: {reason}").format(reason=exc))
            return
        self.message.setText(tr("Backup written: {file}").format(file=path.name))
        self.refresh()

    def confirm(self, text: str) -> bool:
        """Ask before replacing data (tests replace this method)."""
        answer = QMessageBox.question(self, tr("Restore backup"), text)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        from qistdesk.services.backups import describe, restore_backup

        info = self.selected()
        if info is None:
            return False
        row = describe(info)
        if not self.confirm(tr("Replace the current data with the {kind} copy of {created}?\n\nThe current data is "
                               "kept as a pre-restore copy, so this can be undone.").format(kind=_word(row['kind']),
                                                                                          created=_when(info.created))):
            return False
        try:
            result = restore_backup(self.ctx.db, info.path)
        except _errors() as exc:
            self.message.setText(tr("Nothing was restored: {reason}").format(reason=exc))
            return False
        self.message.setText(tr("Restored {file}. The previous data is kept as {kept}.").format(
            file=info.path.name, kept=result.kept_at.name) if result.kept_at
            else tr("Restored {file}.").format(file=info.path.name))
        self.ctx.notify_changed("*")
        self.ctx.show_status(tr("Restored backup {file}").format(file=info.path.name))
        self.refresh()
        return True


def offer_recovery(parent, error) -> str | None:
    """After :class:`DamagedDatabaseError` at start-up: offer the newest good backup.

    Returns the path to open next (the restored database) or None when the user declines.
    For the launcher: ``except DamagedDatabaseError as e: path = offer_recovery(None, e)``.
    """
    from qistdesk.services.backups import restore_backup

    if error.offer is None:
        QMessageBox.critical(parent, tr("Database damaged"), str(error))
        return None
    answer = QMessageBox.question(parent, tr("Database damaged"), f"{error}\n\n" + tr("Restore that backup now?"))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    restore_backup(error.path, error.offer.path)
    return str(error.path)


def _export_people(window) -> None:
    from qistdesk.services.people_csv import export_people

    path, _ = QFileDialog.getSaveFileName(window, tr("Export people to CSV"), tr("people.csv"),
                                          tr("CSV files (*.csv)"))
    if not path:
        return
    try:
        count = export_people(window.ctx.db, path)
    except _errors() as exc:
        QMessageBox.warning(window, tr("Export"), str(exc))
        return
    window.ctx.show_status(tr("Wrote %n person(s) to {path} (without sensitive fields)", None, count).format(path=path))


def _erase(window, ids) -> None:
    from qistdesk.services.privacy import erase_person

    if QMessageBox.question(window, tr("Erase person"), tr("Erase %n person(s)? Names, contact and sensitive data are "
                                                         "removed for good; event numbers stay right.", None, len(ids))
                            ) != QMessageBox.StandardButton.Yes:
        return
    erased = []
    try:
        for ident in ids:
            erased.append(erase_person(window.ctx.db, ident).person_id)
    except _errors() as exc:
        QMessageBox.warning(window, tr("Erase person"), str(exc))
    window.ctx.notify_changed("people")
    if erased:
        _offer_backup_purge(window, erased)


def _offer_backup_purge(window, person_ids) -> None:
    """Backups made earlier still hold the erased people: name the copies, offer to rewrite them."""
    from qistdesk.services.privacy import copies_holding, purge_from_backups

    db = window.ctx.db
    holding = sorted({name for pid in person_ids for name in copies_holding(db, pid)})
    if not holding:
        window.ctx.show_status(tr("Erased; no backup copy holds them"))
        return
    shown = "\n".join(holding[:12]) + ("\n" + tr("… and %n more", None, len(holding) - 12) if len(holding) > 12 else "")
    answer = QMessageBox.question(
        window, tr("Erase from backups too?"),
        tr("%n backup copy(ies) made earlier still hold the erased data:\n\n{copies}\n\nRewrite them without it "
           "(their checksums are renewed)?", None, len(holding)).format(copies=shown))
    if answer != QMessageBox.StandardButton.Yes:
        window.ctx.show_status(tr("Erased; %n backup copy(ies) still hold them (see File › Backups)", None, len(holding)))
        return
    kept: dict[str, str] = {}
    try:
        for pid in person_ids:
            kept.update(purge_from_backups(db, pid).kept)
    except _errors() as exc:
        QMessageBox.warning(window, tr("Erase from backups"), str(exc))
        return
    if kept:
        QMessageBox.warning(window, tr("Erase from backups"), tr("These copies could not be rewritten and still hold "
                                                                 "the data:") + "\n\n" + "\n".join(f"{n}: {why}" for n, why in kept.items()))
    else:
        window.ctx.show_status(tr("Erased from %n backup copy(ies) too", None, len(holding)))


def install(window) -> None:
    from qistdesk.gui.csv_import_dialog import CsvImportDialog

    file_menu = window.menu("File")
    actions = [(tr("Backups…"), lambda: BackupsDialog(window.ctx, window).exec()),
               (tr("Import people from CSV…"), lambda: CsvImportDialog(window.ctx, parent=window).exec()),
               (tr("Export people to CSV…"), lambda: _export_people(window))]
    for text, slot in actions:
        action = QAction(text, window)
        action.triggered.connect(slot)
        file_menu.addAction(action)

    def import_onto_event(menu, ids):
        action = QAction(tr("Import participants from CSV…"), menu)
        action.setEnabled(len(ids) == 1)
        action.triggered.connect(lambda: CsvImportDialog(window.ctx, event_id=ids[0], parent=window).exec())
        return action

    def erase_action(menu, ids):
        action = QAction(tr("Erase person (keep statistics)…"), menu)
        action.triggered.connect(lambda: _erase(window, ids))
        return action

    window.add_context_action("event", import_onto_event)
    window.add_context_action("person", erase_action)
    for notice in getattr(window.ctx.db, "notices", []):
        window.ctx.show_status(notice)
