"""Costly reads on a worker thread, their results on the GUI thread (issue 19).

A view shows what it can at once and hands the slow part (double-booking warnings of a
whole list, the dashboard's charts) to :class:`Background`: the function runs on a
daemon thread (SQLite and SQLAlchemy release the GIL while they read, and the GUI
thread gets its turn at least every few milliseconds), and its result comes back
through a queued signal. Only the newest request's answer is delivered, so a refresh
that overtakes an older one wins. Stand-alone views (tests, screenshots) pass
``wait=True`` and get everything at once.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Background(QObject):
    _done = Signal(int, object, object)  # generation, result, exception

    def __init__(self, parent: QObject | None = None, name: str = "qistdesk-background"):
        super().__init__(parent)
        self._name = name
        self._generation = 0
        self._handlers: dict[int, Callable[[Any], None]] = {}
        self._done.connect(self._arrived)

    @property
    def busy(self) -> bool:
        return bool(self._handlers)

    def run(self, work: Callable[[], Any], then: Callable[[Any], None], wait: bool = False) -> None:
        """Call ``work()`` on a worker thread, then ``then(result)`` on the GUI thread (at once if ``wait``)."""
        self._generation += 1
        self._handlers = {}
        if wait:
            then(work())
            return
        generation = self._generation
        self._handlers[generation] = then

        def thread() -> None:
            try:
                result, error = work(), None
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                result, error = None, exc
            try:
                self._done.emit(generation, result, error)
            except RuntimeError:  # the owner was deleted meanwhile
                pass

        threading.Thread(target=thread, name=self._name, daemon=True).start()

    def _arrived(self, generation: int, result, error) -> None:
        then = self._handlers.pop(generation, None)
        if then is None:  # overtaken by a newer request
            return
        if error is not None:
            log.error("%s failed: %s", self._name, error, exc_info=error)
            return
        then(result)
