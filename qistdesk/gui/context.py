"""What every window and view of the app shares: the database, settings, undo.

Views never open sessions or write SQL: they call ``qistdesk.services`` with
``ctx.db``. After a change they call :meth:`AppContext.notify_changed` so every
open view refreshes what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from qistdesk.store import Database


class AppContext(QObject):
    #: Emitted after data changed; the argument names what changed
    #: ("people", "events", "exchanges", "organizations", "venues", "programs", or "*").
    data_changed = Signal(str)
    #: A short message for the status bar ("Invites written to …").
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        #: Where the user is, ``() -> (view key, record id)``; the main window sets it, and each
        #: undo step remembers it so that undoing a change made elsewhere shows that place first.
        self.place = None

    def notify_changed(self, what: str = "*") -> None:
        self.data_changed.emit(what)

    def show_status(self, text: str) -> None:
        self.status_message.emit(text)
