"""The one undo command: a change made of service calls, on the one ``ctx.undo_stack``.

One stack for the whole window, not one per view: a planner's changes form one
story ("I moved the seminar, then marked the visa done"), and Ctrl+Z should
walk back through that story whatever is on screen. Per-view stacks would make
Ctrl+Z in People skip a later change in Exchanges and then undo an older one, an
order no one can predict. The price of one stack is that a step may belong to a
view that is not shown; each command therefore remembers where it was made
(``place``: view key and record id, from ``ctx.place()``), and the main window
shows that place first and undoes on the next Ctrl+Z, so nothing changes
unseen. The step's text names the action ("Mark ‘Visa approved’ done") and
the Edit menu shows it.

The change is made first (so an error a user can act on is shown and nothing
lands on the stack); the command's first ``redo()`` then does nothing. Undo and
redo call services again; if one fails (the record changed elsewhere since),
the user is told and the step is dropped rather than pretending it worked.

Two ways to write the calls:

- ``do(state) -> state`` / ``undo(state) -> state`` (:func:`push`): a create returns
  the new id and its undo deletes that id; an update returns the new version;
- plain ``do()`` / ``undo()`` (:func:`run_undoable`, :func:`push_done`).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget
from qistdesk.gui.i18n import tr


def _warn(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


class ServiceCommand(QUndoCommand):
    """An undoable change: service calls that hand a state along, and where it was made."""

    def __init__(self, ctx, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any], *,
                 state: Any = None, what: str = "*", parent_widget: QWidget | None = None):
        super().__init__(text)
        self.ctx, self._do, self._undo, self.what = ctx, do, undo, what
        self.state = state
        self._parent_widget = parent_widget
        self._first = True
        self.error: Exception | None = None
        place = getattr(ctx, "place", None)
        #: (view key, record id or None) where the change was made, or None.
        self.place: tuple[str, str | None] | None = place() if callable(place) else None

    def redo(self) -> None:
        if self._first:
            self._first = False
            return  # done already, before the push
        self._run(self._do, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, call: Callable[[Any], Any], verb: str) -> None:
        from qistdesk.services.errors import USER_ERRORS

        try:
            self.state = call(self.state)
            self.error = None
        except USER_ERRORS as exc:  # e.g. changed elsewhere since: say so, never crash
            self.error = exc
            self.setObsolete(True)  # the stack drops a step that cannot be replayed
            _warn(self._parent_widget, tr("Could not undo") if verb == "undo" else tr("Could not redo"),
                  (tr("Could not undo “{what}”:") if verb == "undo" else tr("Could not redo “{what}”:")).format(
                      what=self.text()) + f"\n{exc}")
            self.ctx.notify_changed(self.what)
            return
        self.ctx.notify_changed(self.what)
        self.ctx.show_status((tr("Undone: {what}") if verb == "undo" else tr("Redone: {what}")).format(what=self.text()))


def _plain(call: Callable[[], object]) -> Callable[[Any], Any]:
    def run(state):
        call()
        return state
    return run


def push_state(ctx, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any], state: Any, *,
               what: str = "*", parent: QWidget | None = None) -> None:
    """Record a state-passing change that was already made (``state`` is what ``do`` returned)."""
    ctx.undo_stack.push(ServiceCommand(ctx, text, do, undo, state=state, what=what, parent_widget=parent))
    ctx.notify_changed(what)
    ctx.show_status(text)


def push_done(ctx, text: str, redo: Callable[[], object], undo: Callable[[], object], *, what: str = "*",
              parent: QWidget | None = None) -> None:
    """Record a change that was already made (e.g. by a dialog's save) as undoable."""
    push_state(ctx, text, _plain(redo), _plain(undo), None, what=what, parent=parent)


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
        _warn(parent, tr("Not done"), f"{text}: {exc}")
        return False
    push_done(ctx, text, redo or do, undo, what=what, parent=parent)
    return True
