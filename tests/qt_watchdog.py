"""Qt tests never hang on a modal dialog, and a test that leaves one open fails.

A message box or dialog that a test did not expect would wait for a click
forever, and the suite would stop until CI's time limit. A watchdog timer
rejects any modal widget that stays open longer than a few seconds, so the
test goes on; when the test ends, the watchdog fails it, naming every modal it
had to close and any modal still open. Tests that answer a modal on purpose
(``when_modal`` in gui_helpers) do so well within that time.
"""

from __future__ import annotations

import os
import sys
import time

import pytest

PATIENCE_S = float(os.environ.get("QISTDESK_TEST_MODAL_PATIENCE_S", "5"))
LEFT_OPEN = "qistdesk_modals_left_open"


def describe(modal) -> str:
    from PySide6.QtWidgets import QMessageBox

    text = modal.text() if isinstance(modal, QMessageBox) else ""
    return f"{type(modal).__name__} '{modal.windowTitle()}' {text}".rstrip()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Right after the test body (before qtbot closes its widgets): note and close any modal still open."""
    try:
        return (yield)
    finally:
        widgets = sys.modules.get("PySide6.QtWidgets")
        if widgets is not None and widgets.QApplication.instance() is not None:
            left = []
            for _ in range(10):  # a modal may open another one as it closes
                modal = widgets.QApplication.activeModalWidget()
                if modal is None:
                    break
                left.append(describe(modal))
                modal.reject()
                widgets.QApplication.processEvents()
            setattr(item, LEFT_OPEN, left)


@pytest.fixture(autouse=True)
def _modal_watchdog(request):
    """Active only in tests that use Qt (they ask for qtbot or qapp); core tests stay Qt-free."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield []
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

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
            rejected.append(describe(modal))
            print(f"[modal watchdog] closed a modal nobody answered: {rejected[-1]}")
            modal.reject()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(check)
    timer.start()
    yield rejected
    timer.stop()
    left_open = getattr(request.node, LEFT_OPEN, [])
    problems = [f"closed after {PATIENCE_S:g} s: {r}" for r in rejected] + [f"still open: {m}" for m in left_open]
    if problems:
        pytest.fail("a modal dialog nobody answered: " + "; ".join(problems), pytrace=False)
