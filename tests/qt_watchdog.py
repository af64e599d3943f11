"""Qt tests never hang on a modal dialog.

A message box or dialog that a test did not expect would wait for a click
forever, and the suite would stop until CI's time limit. A watchdog timer
rejects any modal widget that stays open longer than a few seconds and
records it; the test then goes on (and usually fails on its assertions,
showing in its output what was left open). Tests that answer a modal on
purpose (``when_modal`` in gui_helpers) do so well within that time.
"""

from __future__ import annotations

import time

import pytest

PATIENCE_S = 5.0


@pytest.fixture(autouse=True)
def _modal_watchdog(request):
    """Active only in tests that use Qt (they ask for qtbot or qapp); core tests stay Qt-free."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield []
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    request.getfixturevalue("qapp")
    seen: dict[int, float] = {}
    rejected: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        first = seen.setdefault(id(modal), time.monotonic())
        if time.monotonic() - first > PATIENCE_S:
            text = modal.text() if isinstance(modal, QMessageBox) else ""
            rejected.append(f"{type(modal).__name__} '{modal.windowTitle()}' {text}")
            print(f"[modal watchdog] closed a modal nobody answered: {rejected[-1]}")
            modal.reject()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(check)
    timer.start()
    yield rejected
    timer.stop()
