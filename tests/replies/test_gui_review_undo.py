"""In the review list every decision is one step on the undo stack, named after the decision; Undo gives
the database back exactly (full sorted dump) and Redo makes the decision again."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

pytest.importorskip("pytestqt")

from .conftest import FILES, make_programme  # noqa: E402
from .test_gui_import_undo import _undo_redo as _undo_redo_to  # noqa: E402
from .test_import_undo import dump  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]


def _dialog(qtbot, db, *files):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.reply_dialogs import ReviewDialog
    from qistdesk.services.replies import import_paths

    prog = make_programme(db)
    import_paths(db, [FILES / f for f in files])
    ctx = AppContext(db)
    dialog = ReviewDialog(ctx, office=SimpleNamespace(name="QIST office", email="office@qist.example.dk"))
    qtbot.addWidget(dialog)
    return prog, ctx, dialog


def _undo_redo(ctx, db_path, before, text):
    after = dump(db_path)
    assert after != before
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == text
    _undo_redo_to(ctx, db_path, before, after)


def test_accepting_a_counter_is_undone_in_one_step(qtbot, db, db_path):
    prog, ctx, dialog = _dialog(qtbot, db, "outlook-counter.ics")
    before = dump(db_path)
    dialog.accept_button.click()
    assert dialog.table.rowCount() == 0
    _undo_redo(ctx, db_path, before, "Accept the proposal of Nina Ørsted")


def test_declining_a_counter_is_undone_in_one_step(qtbot, db, db_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    prog, ctx, dialog = _dialog(qtbot, db, "outlook-counter.ics")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "out"))
    before = dump(db_path)
    dialog.decline_button.click()
    assert list((tmp_path / "out").glob("*.eml"))
    _undo_redo(ctx, db_path, before, "Decline the proposal of Nina Ørsted")


def test_adding_a_delegate_is_undone_in_one_step(qtbot, db, db_path):
    prog, ctx, dialog = _dialog(qtbot, db, "thunderbird-delegated.eml")
    before = dump(db_path)
    dialog.delegate_button.click()
    _undo_redo(ctx, db_path, before, "Add delegate Mikkel Holm")


def test_this_is_from_is_undone_in_one_step(qtbot, db, db_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    prog, ctx, dialog = _dialog(qtbot, db, "google-unknown-sender.ics")
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, labels, *a: (
        next(x for x in labels if x.startswith("Jonas")), True))
    before = dump(db_path)
    dialog.assign_button.click()
    assert prog.part(prog.workshop, "jonas")["invitation_status"] == "accepted"
    _undo_redo(ctx, db_path, before,
               "Reply from someone.else@example.com is from Jonas Berg <jonas.berg@dtu.example.dk>")
    assert prog.part(prog.workshop, "jonas")["invitation_status"] != "accepted"


def test_dismissing_is_undone_in_one_step(qtbot, db, db_path):
    prog, ctx, dialog = _dialog(qtbot, db, "thunderbird-delegated.eml")
    before = dump(db_path)
    dialog.dismiss_button.click()
    _undo_redo(ctx, db_path, before, "Dismiss the reply of Jonas Berg")
