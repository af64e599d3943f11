"""The calendar dialogs: the import preview and the invites of an event with their ledger.

Plain widgets over the database (``ctx.db``) that call the calendar modules and services only,
tested one by one; :mod:`qistdesk.gui.ics_actions` opens them from menus, context actions and
dropped files.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr
from qistdesk.gui.locale_format import day, day_and_time
from qistdesk.gui.views import QT_TR_NOOP

ACTION_LABELS = {"new": QT_TR_NOOP("New"), "update": QT_TR_NOOP("Update"), "unchanged": QT_TR_NOOP("Unchanged"),
                 "cancel": QT_TR_NOOP("Cancellation"), "skip": QT_TR_NOOP("Skipped"), "older": QT_TR_NOOP("Older (not taken)")}


def table_widget(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


def _starts(item) -> str:
    if item.start_utc is None:
        return ""
    from qistdesk.timezones import utc_to_local

    local = utc_to_local(item.start_utc, item.timezone)
    if item.all_day:
        return tr("{date} (all day)").format(date=day(local))
    return day_and_time(local)


def _repeats(item) -> str:
    text = item.rule.describe() if item.rule is not None else ""
    notes = [tr("%n extra date(s)", None, len(item.rdates)) if item.rdates else "",
             tr("%n left out", None, len(item.exdates) + len(item.exdays)) if item.exdates or item.exdays else "",
             tr("%n changed", None, len(item.overrides)) if item.overrides else ""]
    return "; ".join(x for x in [text, *notes] if x)


class ImportPreviewDialog(QDialog):
    """Shows what importing a file would do; saves only on "Import"."""

    def __init__(self, db, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        from qistdesk.services.ics_import import ICSReadError, preview_import

        self.db, self.path, self.result_ = db, Path(path), None
        self.setWindowTitle(tr("Import calendar – {file}").format(file=self.path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = table_widget([tr("Action"), tr("Starts (local time)"), tr("Title"), tr("Zone"), tr("Repeats")])
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(110)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.summary, self.table, QLabel(tr("Warnings")), self.warnings, self.buttons):
            layout.addWidget(w)
        self.resize(1100, 560)
        self.preview = None
        try:
            self.preview = preview_import(db, self.path.read_bytes(), source=self.path.name)
        except (ICSReadError, OSError) as exc:
            self.summary.setText(tr("This file cannot be imported: {reason}. Nothing was saved.").format(reason=exc))
            self.import_button.setEnabled(False)
            return
        p = self.preview
        self.summary.setText(f"{p.source} ({p.method}): {p.summary()}")
        fill_table(self.table, [[tr(ACTION_LABELS[i.action]) if i.action in ACTION_LABELS else i.action, _starts(i), i.title,
                            i.zone_note or i.timezone, _repeats(i)] for i in p.items])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 360))  # long titles wrap
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        self.warnings.setPlainText("\n".join(p.all_warnings()) or tr("None"))
        self.import_button.setEnabled(any(i.action in ("new", "update", "cancel") for i in p.items))

    def save(self) -> None:
        from qistdesk.services.ics_import import apply_import
        from qistdesk.services.errors import USER_ERRORS

        try:
            self.result_ = apply_import(self.db, self.preview, record=True)  # one undoable step
        except USER_ERRORS as exc:
            QMessageBox.warning(self, tr("Import failed"), tr("Nothing was saved: {reason}").format(reason=exc))
            return
        self.accept()


class InvitesDialog(QDialog):
    """Write invites for one event to a folder, and show the ledger: what went to whom."""

    def __init__(self, db, event_id: str, parent: QWidget | None = None, clock=None):
        super().__init__(parent)
        self.db, self.event_id, self.clock, self.run = db, event_id, clock, None
        self.setWindowTitle(tr("Invites"))
        from qistdesk.gui.app_settings import settings

        self.folder = QLineEdit(settings().get("invites.folder") or str(Path.home() / "qistdesk-invites"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Folder")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.eml = QCheckBox(tr("Ready-to-send e-mail drafts (.eml) instead of .ics files"))
        self.optional = QCheckBox(tr("Attendees optional (speakers and chairs stay required)"))
        self.packets = QCheckBox(tr("Attach each participant's packet (PDF, up to 10 MB; an index.csv lists the batch)"))
        self.packets.setEnabled(False)
        self.eml.toggled.connect(self.packets.setEnabled)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(tr("What Write invites will write"))
        self.write_button = QPushButton(tr("Write invites"))
        self.write_button.clicked.connect(self.write)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.ledger = table_widget([tr("Written (UTC)"), tr("Method"), tr("Seq"), tr("To"), tr("E-mail"), tr("Change")])
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        for w in (self.eml, self.packets, self.optional, self.next_label, self.write_button, self.message, QLabel(tr("Ledger")),
                  self.ledger, close):
            layout.addWidget(w)
        self.resize(760, 480)
        self.refresh()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Folder for invites"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def refresh(self) -> None:
        from qistdesk.services.ics_invites import plan_invites
        from qistdesk.services.invites import ledger

        from qistdesk.messages import _

        plan = plan_invites(self.db, self.event_id)
        self.next_label.setText(tr("<b>Next:</b> ") + "<br>".join(html.escape(line) for line in plan))
        # The plan's lines are in the app's language: compare with the same message's own start.
        nothing = _("Nothing to write: {reason}.").split("{", 1)[0]
        self.write_button.setEnabled(not plan[0].startswith(nothing))

        fill_table(self.ledger, [[day_and_time(r["written_at"]), r["method"], str(r["sequence"]),
                             r["name"], r["recipient_email"], r["summary"]] for r in ledger(self.db, self.event_id)])

    def write(self) -> None:
        from qistdesk.services.ics_invites import write_invites
        from qistdesk.services.errors import USER_ERRORS

        options = {"eml": self.eml.isChecked(), "optional_attendees": self.optional.isChecked()}
        if self.clock is not None:
            options["clock"] = self.clock
        try:
            if self.packets.isEnabled() and self.packets.isChecked():  # issue 14: drafts with packets
                from qistdesk.services.invite_drafts import write_drafts_with_packets

                options.pop("eml")
                options.pop("optional_attendees")
                self.run, _index = write_drafts_with_packets(self.db, self.event_id, self.folder.text(), **options)
            else:
                self.run = write_invites(self.db, self.event_id, self.folder.text(), **options)
        except (*USER_ERRORS, OSError) as exc:
            from qistdesk.gui.office_gate import explain

            self.message.setText(tr("No invites written: {reason}").format(reason=exc))
            explain(self, exc)  # missing office details: offer Preferences
            return
        from qistdesk.gui.app_settings import settings

        prefs = settings()  # the next dialog opens on the same folder
        prefs.set("invites.folder", self.folder.text())
        prefs.save()
        text = tr("Wrote %n {method} file(s), SEQUENCE {sequence}.", None, len(self.run.files)).format(
            method=self.run.method, sequence=self.run.sequence)
        if self.run.summary:
            text += f" {self.run.summary}"
        if self.run.skipped:
            text += " " + tr("No e-mail address: {names}.").format(names=', '.join(self.run.skipped))
        self.message.setText(text)
        self.refresh()
