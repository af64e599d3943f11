"""Calendar actions in the app: import with a preview, export, invites and their ledger.

The dialogs themselves are :mod:`qistdesk.gui.ics_dialogs`. :func:`install` wires the actions
into the main window: File and Event menus, context actions on events and participants, and
dropping ``.ics`` files onto the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from qistdesk.gui.i18n import tr
from qistdesk.gui.ics_dialogs import ImportPreviewDialog, InvitesDialog

__all__ = ["ImportPreviewDialog", "InvitesDialog", "IcsDropFilter", "install", "import_calendar", "file_stem",
           "export_events_file", "export_exchange_dates", "open_invites"]

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

