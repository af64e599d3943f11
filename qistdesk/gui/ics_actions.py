"""Calendar actions in the app: import with a preview, export, invites and their ledger.

The dialogs take the database (``ctx.db``) and call the calendar modules and
services only; they are plain widgets, tested one by one. :func:`install`
wires them into the main window: File and Event menus, context actions on
events and participants, and dropping ``.ics`` files onto the window.
"""

from __future__ import annotations

import html

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.locale_format import day, day_and_time

ACTION_LABELS = {"new": QT_TR_NOOP("New"), "update": QT_TR_NOOP("Update"), "unchanged": QT_TR_NOOP("Unchanged"),
                 "cancel": QT_TR_NOOP("Cancellation"), "skip": QT_TR_NOOP("Skipped"), "older": QT_TR_NOOP("Older (not taken)")}


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
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
        self.table = _table([tr("Action"), tr("Starts (local time)"), tr("Title"), tr("Zone"), tr("Repeats")])
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
        _fill(self.table, [[tr(ACTION_LABELS[i.action]) if i.action in ACTION_LABELS else i.action, _starts(i), i.title,
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
        self.ledger = _table([tr("Written (UTC)"), tr("Method"), tr("Seq"), tr("To"), tr("E-mail"), tr("Change")])
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

        _fill(self.ledger, [[day_and_time(r["written_at"]), r["method"], str(r["sequence"]),
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


# --- actions ----------------------------------------------------------------------------------

def import_calendar(window, path: str | None = None) -> None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, tr("Import calendar"), "",
                                          tr("Calendar files (*.ics *.ical);;All (*)"))
        if not path:
            return
    from qistdesk.gui.reply_actions import import_reply_files, is_reply_path

    if is_reply_path(path):  # a REPLY or COUNTER answers an invite: the replies way (issue 14), never an update
        import_reply_files(window, [path])
        return
    dialog = ImportPreviewDialog(window.ctx.db, path, window)
    if dialog.exec() == QDialog.Accepted and dialog.result_ is not None:
        r = dialog.result_
        from qistdesk.gui.i18n import tr
        from qistdesk.gui.import_undo import push_import

        n = r.created + r.updated + r.cancelled
        text = tr("Import 1 event from {file}") if n == 1 else tr("Import {n} events from {file}")
        push_import(window.ctx, text.format(n=n, file=Path(path).name), r.changes, what="events", parent=window)
        window.ctx.notify_changed("events")
        window.ctx.show_status(tr("Imported {file}: {new} new, {updated} updated, {cancelled} cancelled").format(
            file=Path(path).name, new=r.created, updated=r.updated, cancelled=r.cancelled))


def file_stem(text: str, fallback: str = "calendar") -> str:
    """"Copenhagen-Quantum-Days-2027": a default file name from a title or a name (letters such
    as æ ø å kept; characters Windows refuses, and spaces, become dashes)."""
    import re

    stem = re.sub(r"[\\/:*?\"<>|\s–—,;'’]+", "-", text).strip("-. ")[:80].strip("-")
    return stem or fallback


def _suggested(window, name: str) -> str:
    folder = (window.settings.get("invites.folder") if hasattr(window, "settings") else "") or ""
    return str(Path(folder) / name) if folder and Path(folder).is_dir() else name


def export_events_file(window, event_id: str | None = None, sessions: bool = False) -> None:
    from qistdesk.services.ics_export import export_event, export_events, write_file
    from qistdesk.services.errors import USER_ERRORS
    from qistdesk.settings import load

    if event_id:
        from qistdesk.services.records import event_record

        name = file_stem((tr("{title} timetable") if sessions else "{title}").format(
            title=event_record(window.ctx.db, event_id)["title"]))
    else:
        name = file_stem(load().get("office.name") or "", "programme")
    path, _ = QFileDialog.getSaveFileName(window, tr("Export calendar"), _suggested(window, name + ".ics"),
                                          tr("Calendar files (*.ics)"))
    if not path:
        return
    try:
        if event_id:
            text = export_event(window.ctx.db, event_id, sessions=sessions)
        else:
            text = export_events(window.ctx.db, name=load().get("office.name"))[0]
        write_file(text, path)
    except (*USER_ERRORS, OSError) as exc:
        QMessageBox.warning(window, tr("Export failed"), str(exc))
        return
    window.ctx.show_status(tr("Calendar written to {path}").format(path=path))


def export_exchange_dates(window, exchange_id: str | None = None, program_id: str | None = None) -> None:
    """Arrival, departure and milestones as all-day items: one exchange, or every exchange of a programme."""
    from qistdesk.services.ics_export import export_exchanges, write_file
    from qistdesk.services.errors import USER_ERRORS

    if not exchange_id and not program_id:
        program_id = _choose_program(window)
        if not program_id:
            return
    if exchange_id:
        from qistdesk.services.records import exchange_record

        who = exchange_record(window.ctx.db, exchange_id)["participant"] or {}
        name = file_stem(tr("{name} exchange dates").format(name=who.get('name', '')), "exchange-dates")
    else:
        from qistdesk.services.queries import list_programs

        program = next((p for p in list_programs(window.ctx.db) if p["id"] == program_id), {})
        name = file_stem(tr("{name} exchange dates").format(name=program.get('name', '')), "exchange-dates")
    path, _ = QFileDialog.getSaveFileName(window, tr("Export exchange dates"), _suggested(window, name + ".ics"),
                                          tr("Calendar files (*.ics)"))
    if not path:
        return
    try:
        text = export_exchanges(window.ctx.db, exchange_id=exchange_id, program_id=program_id)
        write_file(text, path)
    except (*USER_ERRORS, OSError) as exc:
        QMessageBox.warning(window, tr("Export failed"), str(exc))
        return
    window.ctx.show_status(tr("%n all-day item(s) written to {path}", None, text.count('BEGIN:VEVENT')).format(path=path))


def _choose_program(window) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    from qistdesk.services.queries import list_programs

    programs = list_programs(window.ctx.db)
    if not programs:
        QMessageBox.information(window, tr("Export exchange dates"), tr("There are no exchange programmes yet."))
        return None
    names = [p["name"] for p in programs]
    name, ok = QInputDialog.getItem(window, tr("Export exchange dates"), tr("Every exchange of the programme:"), names, 0,
                                    False)
    return programs[names.index(name)]["id"] if ok and name in names else None


def _event_of_participation(db, participation_id: str) -> str:
    from qistdesk.services.queries import event_of_participation

    return event_of_participation(db, participation_id)


def open_invites(window, event_id: str | None) -> None:
    if not event_id:
        QMessageBox.information(window, tr("Invites"), tr("Select an event first."))
        return
    InvitesDialog(window.ctx.db, event_id, window).exec()
    window.ctx.notify_changed("events")


class IcsDropFilter(QObject):
    """Accept ``.ics`` files dropped anywhere on the window and open the import preview."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    @staticmethod
    def _paths(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.toLocalFile().lower().endswith((".ics", ".ical"))]

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.DragEnter, QEvent.DragMove) and self._paths(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Drop and self._paths(event):
            event.acceptProposedAction()
            self.handle(self._paths(event), event)
            return True
        return False

    def handle(self, paths: list[str], event) -> None:
        for path in paths:
            import_calendar(self.window, path)


def install(window) -> None:
    file_menu, event_menu = window.menu("File"), window.menu("Event")
    act = QAction(tr("Import calendar file (.ics)…"), window)
    act.triggered.connect(lambda: import_calendar(window))
    file_menu.addAction(act)
    act = QAction(tr("Export all events as calendar (.ics)…"), window)
    act.triggered.connect(lambda: export_events_file(window))
    file_menu.addAction(act)

    def selected_event() -> str | None:
        ids = window.selected_ids("event")
        return ids[0] if ids else None

    act = QAction(tr("Export event as calendar (.ics)…"), window)
    act.triggered.connect(lambda: export_events_file(window, selected_event()) if selected_event()
                          else QMessageBox.information(window, tr("Export"), tr("Select an event first.")))
    event_menu.addAction(act)
    act = QAction(tr("Invites and ledger…"), window)
    act.triggered.connect(lambda: open_invites(window, selected_event()))
    event_menu.addAction(act)

    def event_actions(menu, ids):
        a = QAction(tr("Export as calendar (.ics)…"), menu)
        a.setEnabled(len(ids) == 1)
        a.triggered.connect(lambda: export_events_file(window, ids[0]))
        menu.addAction(a)
        t = QAction(tr("Export timetable, one item per session (.ics)…"), menu)
        t.setEnabled(len(ids) == 1)
        t.triggered.connect(lambda: export_events_file(window, ids[0], sessions=True))
        menu.addAction(t)
        b = QAction(tr("Invites and ledger…"), menu)
        b.setEnabled(len(ids) == 1)
        b.triggered.connect(lambda: open_invites(window, ids[0]))
        return b

    def participant_actions(menu, ids):
        a = QAction(tr("Invites for this event…"), menu)
        a.setEnabled(bool(ids))
        a.triggered.connect(lambda: open_invites(window, _event_of_participation(window.ctx.db, ids[0])))
        return a

    def exchange_actions(menu, ids):
        a = QAction(tr("Dates as calendar (.ics)…"), menu)
        a.setEnabled(len(ids) == 1)
        a.triggered.connect(lambda: export_exchange_dates(window, exchange_id=ids[0]))
        return a

    exchange_menu = window.menu("Exchange")
    act = QAction(tr("Export exchange dates as calendar (.ics)…"), window)
    act.triggered.connect(lambda: export_exchange_dates(window, exchange_id=(window.selected_ids("exchange") or [None])[0]))
    exchange_menu.addAction(act)
    act = QAction(tr("Export a programme's exchange dates (.ics)…"), window)
    act.triggered.connect(lambda: export_exchange_dates(window))
    exchange_menu.addAction(act)

    window.add_context_action("event", event_actions)
    window.add_context_action("participant", participant_actions)
    window.add_context_action("exchange", exchange_actions)
    window.setAcceptDrops(True)
    window._ics_drop_filter = IcsDropFilter(window)
    window.installEventFilter(window._ics_drop_filter)

