"""Replies in the app: the import dialog, one undoable step, the review list, the menu routes."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialog  # noqa: E402

from .conftest import FILES, make_programme  # noqa: E402

pytestmark = pytest.mark.gui


def _status(prog, who):
    return prog.part(prog.workshop, who)["invitation_status"]


def test_import_dialog_previews_then_saves(qtbot, db):
    from qistdesk.gui.reply_dialogs import ReplyImportDialog

    prog = make_programme(db)
    dialog = ReplyImportDialog(db, [str(FILES / "outlook-declined.eml"), str(FILES / "outlook-counter.ics")])
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Updated" and dialog.table.item(1, 0).text() == "Waits for you"
    assert "Nothing is saved" in dialog.summary.text()
    assert _status(prog, "nina") == "invited"
    dialog.import_button.click()
    assert _status(prog, "nina") == "declined"


def test_an_import_is_one_undoable_step(qtbot, db):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.reply_actions import push_import
    from qistdesk.services.replies import import_paths, read_files

    prog = make_programme(db)
    ctx = AppContext(db)
    replies, _errors = read_files([FILES])
    from qistdesk.services.replies import import_replies

    push_import(ctx, "files", import_replies(db, replies, record=True))
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Import replies (files)"
    assert (_status(prog, "nina"), _status(prog, "sam")) == ("declined", "accepted")
    ctx.undo_stack.undo()
    assert (_status(prog, "nina"), _status(prog, "sam")) == ("invited", "invited")
    ctx.undo_stack.redo()
    assert (_status(prog, "nina"), _status(prog, "sam")) == ("declined", "accepted")
    assert import_paths(db, [FILES / "google-accepted.eml"]).outcomes[0].result == "unchanged"


def test_review_dialog_accepts_a_counter(qtbot, db):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.reply_dialogs import ReviewDialog
    from qistdesk.services import records
    from qistdesk.services.replies import import_paths

    prog = make_programme(db)
    import_paths(db, [FILES / "outlook-counter.ics", FILES / "thunderbird-delegated.eml"])
    dialog = ReviewDialog(AppContext(db))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.table.selectRow(1 if dialog.rows[0]["kind"] != "counter" else 0)
    assert dialog.accept_button.isEnabled() and not dialog.delegate_button.isEnabled()
    dialog.accept_button.click()
    assert records.event_record(db, prog.workshop)["start"].startswith("2027-06-14T10:00")
    assert dialog.table.rowCount() == 1 and dialog.delegate_button.isEnabled()
    dialog.delegate_button.click()
    assert dialog.table.rowCount() == 0 and "No replies wait" in dialog.intro.text()


def test_import_calendar_menu_sends_a_reply_the_replies_way(qtbot, db, monkeypatch):
    from qistdesk.gui import reply_dialogs
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.ics_actions import import_calendar
    from qistdesk.gui.main_window import MainWindow
    from qistdesk.services.queries import list_events

    prog = make_programme(db)
    titles = sorted(e["title"] for e in list_events(db))

    def accept(self):
        self.save()
        return QDialog.Accepted

    monkeypatch.setattr(reply_dialogs.ReplyImportDialog, "exec", accept)
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(db, window))
    import_calendar(window, str(FILES / "outlook-declined.ics"))
    assert _status(prog, "nina") == "declined"
    assert sorted(e["title"] for e in list_events(db)) == titles  # no "Declined: …" event, no update
    assert window.ctx.undo_stack.count() == 1
    window.ctx.undo_stack.undo()
    assert _status(prog, "nina") == "invited"


def test_dropping_reply_mails_on_the_window_imports_them(qtbot, db, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from qistdesk.gui import reply_dialogs
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    prog = make_programme(db)
    monkeypatch.setattr(reply_dialogs.ReplyImportDialog, "exec", lambda self: (self.save(), QDialog.Accepted)[1])
    monkeypatch.setattr(reply_dialogs.ReviewDialog, "exec", lambda self: QDialog.Rejected)
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(db, window))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FILES / n)) for n in ("outlook-declined.eml", "apple-tentative.eml")])
    drop = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    assert window._reply_drop_filter.eventFilter(window, drop)
    assert (_status(prog, "nina"), _status(prog, "lea")) == ("declined", "tentative")
    assert window.ctx.undo_stack.count() == 1
