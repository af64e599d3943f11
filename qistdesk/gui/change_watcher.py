"""Refresh lists with other people's changes: poll ``services.changes`` every few seconds.

Why a poll on a worker thread: the office server may be slow or away (a connect
attempt waits up to 10 s), and the window must never freeze for it. One poll is
in flight at a time; its answer comes back to the GUI thread through a queued
signal, and each changed list is told with ``ctx.notify_changed(name)`` exactly
as if this window had made the change. A server that stops answering is said
once in the status bar, and again when it is back.

Wiring (launcher, after ``window.attach(ctx)``)::

    from qistdesk.gui.change_watcher import ChangeWatcher
    ChangeWatcher(ctx, parent=window).start()
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from qistdesk.services import changes
from qistdesk.gui.i18n import tr

DEFAULT_INTERVAL_MS = 3000


class ChangeWatcher(QObject):
    #: (set of changed view names, new token) or (None, error text), from the worker thread
    _answered = Signal(object, object)
    #: emitted on the GUI thread with the view names that changed elsewhere (for tests and the status bar)
    changed = Signal(object)

    def __init__(self, ctx, parent: QObject | None = None, interval_ms: int = DEFAULT_INTERVAL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self._token: changes.Token | None = None
        self._busy = False
        self._offline = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._answered.connect(self._on_answer)

    def start(self) -> None:
        """Take the current state as the baseline (on the worker), then poll."""
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        token = self._token
        threading.Thread(target=self._work, args=(token,), name="qistdesk-change-poll", daemon=True).start()

    def _work(self, token) -> None:
        try:
            changed, new_token = changes.changed_since(self.ctx.db, token)
            answer = (changed if token is not None else set(), new_token)
        except Exception as exc:  # noqa: BLE001 - shown in the status bar, tried again next tick
            answer = (None, " ".join(str(exc).split()))
        try:
            self._answered.emit(*answer)
        except RuntimeError:  # the window closed while we asked
            pass

    def _on_answer(self, changed, token_or_error) -> None:
        self._busy = False
        if changed is None:
            if not self._offline:
                self._offline = True
                self.ctx.show_status(tr("Cannot check for changes by others: {error}").format(error=token_or_error))
            return
        if self._offline:
            self._offline = False
            self.ctx.show_status(tr("Connected again; lists are up to date"))
        self._token = token_or_error
        for what in sorted(changed):
            self.ctx.notify_changed(what)
        if changed:
            self.changed.emit(changed)
