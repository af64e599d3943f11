"""Undoable edits: each is a pair of service calls on ``ctx.undo_stack``.

:func:`run_undoable` performs the change first (so an error a user can act on
is shown and nothing lands on the stack), then pushes a command whose first
``redo()`` does nothing. Undo and redo call services again; if one of them
fails (the record changed elsewhere meanwhile, say), the user is told and the
stack is left where it was rather than pretending it worked.

Usage::

    state = {}
    def do():   state["id"] = directory.create_person(ctx.db, **fields)
    def undo(): directory.delete_person(ctx.db, state["id"])
    run_undoable(ctx, "New person Ada Lovelace", do, undo, what="people", parent=self)
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget


class ServiceCommand(QUndoCommand):
    def __init__(self, ctx, text: str, do: Callable[[], object], undo: Callable[[], object], what: str,
                 parent_widget: QWidget | None = None):
        super().__init__(text)
        self.ctx, self._do, self._undo, self.what = ctx, do, undo, what
        self._parent_widget = parent_widget
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, call: Callable[[], object], verb: str) -> None:
        from qistdesk.services.errors import USER_ERRORS

        try:
            call()
        except USER_ERRORS as exc:
            self.setObsolete(True)  # the stack drops a command that cannot be replayed
            QMessageBox.warning(self._parent_widget, f"Could not {verb}",
                                f"Could not {verb} “{self.text()}”:\n{exc}")
            self.ctx.notify_changed(self.what)
            return
        self.ctx.notify_changed(self.what)
        self.ctx.show_status(f"{verb.capitalize()}: {self.text()}")


def run_undoable(ctx, text: str, do: Callable[[], object], undo: Callable[[], object], *, what: str = "*",
                 parent: QWidget | None = None, redo: Callable[[], object] | None = None) -> bool:
    """Do a change now and make it undoable; False (and a message) when it failed.

    ``redo`` (default: ``do``) is what Redo calls, when it differs from the
    first time (re-creating a record with its old id, say).
    """
    from qistdesk.services.errors import USER_ERRORS

    try:
        do()
    except USER_ERRORS as exc:
        QMessageBox.warning(parent, "Not done", f"{text}: {exc}")
        return False
    push_done(ctx, text, redo or do, undo, what=what, parent=parent)
    return True


def push_done(ctx, text: str, redo: Callable[[], object], undo: Callable[[], object], *, what: str = "*",
              parent: QWidget | None = None) -> None:
    """Record a change that was already made (e.g. by a dialog's save) as undoable."""
    ctx.undo_stack.push(ServiceCommand(ctx, text, redo, undo, what, parent))
    ctx.notify_changed(what)
    ctx.show_status(text)
