"""Replies in the app: File ▸ Import replies…, dropping reply mails, review, answers by hand, reminders.

Every import of replies is one step on the undo stack (Undo puts the answers
back). Dropped ``.eml`` and ``.msg`` files, and ``.ics`` files whose METHOD is
REPLY or COUNTER, come here; other calendar files go to the calendar import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from qistdesk.domain.enums import InvitationStatus
from qistdesk.gui.enum_text import enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.ics_actions import IcsDropFilter
from qistdesk.gui.views import QT_TR_NOOP

REPLY_FILTER = QT_TR_NOOP("Replies (*.eml *.msg *.ics);;All files (*)")


def is_reply_path(path: str | Path) -> bool:
    """A mail or Outlook message, or a calendar whose METHOD is REPLY or COUNTER."""
    from qistdesk.formats.ics.itip_reply import is_reply_calendar

    p = Path(path)
    if p.suffix.lower() in (".eml", ".msg"):
        return True
    if p.suffix.lower() in (".ics", ".ical"):
        try:
            with open(p, "rb") as f:
                return is_reply_calendar(f.read(65536))
        except OSError:
            return False
    return False


def import_reply_files(window, paths: list[str] | None = None) -> None:
    from qistdesk.gui.reply_dialogs import ReplyImportDialog

    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(window, tr("Import replies"), "", tr(REPLY_FILTER))
        if not paths:
            return
    dialog = ReplyImportDialog(window.ctx.db, paths, window)
    window._reply_dialog = dialog
    if dialog.exec() != QDialog.Accepted or dialog.result_ is None:
        return
    names = Path(paths[0]).name if len(paths) == 1 else tr("%n file(s)", None, len(paths))
    push_import(window.ctx, names, dialog.result_, window)
    if dialog.result_.count("review"):
        open_review(window)


def push_import(ctx, names: str, result, parent=None) -> None:
    """An import that was saved becomes one step on the undo stack (Undo: every row back)."""
    from qistdesk.gui import import_undo

    import_undo.push_import(ctx, tr("Import replies ({files})").format(files=names), result.changes, what="events",
                            parent=parent)
    ctx.show_status(tr("Replies from {files}: {summary}").format(files=names, summary=result.summary()))


def open_review(window) -> None:
    from qistdesk.gui.reply_dialogs import ReviewDialog

    dialog = ReviewDialog(window.ctx, window)
    window._review_dialog = dialog
    dialog.exec()


def record_answer(window, participation_ids: list[str]) -> None:
    answer_dialog(window.ctx, window, participation_ids)


def answer_dialog(ctx, parent, participation_ids: list[str]) -> None:
    """An answer by phone or letter for the participations, with a note; one undoable step."""
    from qistdesk.gui.reply_dialogs import AnswerDialog
    from qistdesk.gui.widgets.undo import run_undoable
    from qistdesk.services.journal import undo as undo_changes
    from qistdesk.services.replies import set_answer

    if not participation_ids:
        return
    dialog = AnswerDialog(_names(ctx.db, participation_ids), parent)
    if dialog.exec() != QDialog.Accepted:
        return
    status, note = dialog.values()
    db, undos = ctx.db, []

    def do():
        undos[:] = [set_answer(db, pid, status, note) for pid in participation_ids]

    def undo():
        for u in reversed(undos):
            undo_changes(db, u)

    run_undoable(ctx, tr("Answer “{answer}” for %n participant(s)", None, len(participation_ids)).format(
        answer=enum_label_of(InvitationStatus, status)), do, undo,
                 what="events", parent=parent)


def remind(window, event_id: str | None) -> None:
    from qistdesk.services.reply_reminders import write_reminders
    from qistdesk.services.errors import USER_ERRORS
    from qistdesk.services.replies import answer_counts

    if not event_id:
        QMessageBox.information(window, tr("Remind"), tr("Select an event first."))
        return
    waiting = answer_counts(window.ctx.db, event_id)["invited"]
    if not waiting:
        QMessageBox.information(window, tr("Remind"), tr("Everyone invited has replied: nobody to remind."))
        return
    folder = QFileDialog.getExistingDirectory(window, tr("Folder for %n reminder draft(s) (.eml)", None, waiting))
    if not folder:
        return
    try:
        run = write_reminders(window.ctx.db, event_id, folder)
    except (*USER_ERRORS, OSError) as exc:
        from qistdesk.gui.office_gate import explain

        if not explain(window, exc):
            QMessageBox.warning(window, tr("No reminders written"), str(exc))
        return
    window.ctx.notify_changed("events")
    window.ctx.show_status(tr("%n reminder draft(s) written to {folder}", None, len(run.files)).format(folder=folder))


def _answers_per_date(window, event_id: str | None) -> None:
    from qistdesk.gui.date_answers_dialog import open_for

    if not event_id:
        QMessageBox.information(window, tr("Answers per date"), tr("Select an event first."))
        return
    open_for(window.ctx, window, event_id)


def _names(db, participation_ids: list[str]) -> str:
    from qistdesk.services.queries import participation_names

    return participation_names(db, participation_ids)


def _event_of(db, participation_id: str) -> str:
    from qistdesk.services.queries import event_of_participation

    return event_of_participation(db, participation_id)


class ReplyDropFilter(IcsDropFilter):
    """Reply files dropped on the window (or an event's participants list) are imported as replies."""

    @staticmethod
    def _paths(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and is_reply_path(u.toLocalFile())]

    def handle(self, paths: list[str], event) -> None:
        import_reply_files(self.window, paths)
        others = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()
                  and u.toLocalFile() not in paths and u.toLocalFile().lower().endswith((".ics", ".ical"))]
        super().handle(others, event)  # calendars dropped with the replies: the calendar import


def install(window) -> None:
    file_menu, event_menu = window.menu("File"), window.menu("Event")
    act = QAction(tr("Import replies (.eml, .msg, .ics)…"), window)
    act.triggered.connect(lambda: import_reply_files(window))
    file_menu.addAction(act)
    act = QAction(tr("Replies to review…"), window)
    act.triggered.connect(lambda: open_review(window))
    event_menu.addAction(act)

    def selected_event() -> str | None:
        ids = window.selected_ids("event")
        return ids[0] if ids else None

    act = QAction(tr("Remind those who have not replied…"), window)
    act.triggered.connect(lambda: remind(window, selected_event()))
    event_menu.addAction(act)
    act = QAction(tr("Answers per date…"), window)
    act.triggered.connect(lambda: _answers_per_date(window, selected_event()))
    event_menu.addAction(act)

    def participant_actions(menu, ids):
        a = QAction(tr("Record an answer (phone, letter)…"), menu)
        a.setEnabled(bool(ids))
        a.triggered.connect(lambda: record_answer(window, ids))
        menu.addAction(a)
        b = QAction(tr("Remind those who have not replied…"), menu)
        b.setEnabled(bool(ids))
        b.triggered.connect(lambda: remind(window, _event_of(window.ctx.db, ids[0])))
        return b

    window.add_context_action("participant", participant_actions)
    window.setAcceptDrops(True)
    window._reply_drop_filter = ReplyDropFilter(window)
    window.installEventFilter(window._reply_drop_filter)  # installed last, so asked first
