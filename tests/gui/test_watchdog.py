"""The modal watchdog fails a test that leaves a modal dialog open (tests/qt_watchdog.py).

Run in a child pytest so the failure it provokes is the child's, not ours.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

CONFTEST = '''
import sys
sys.path.insert(0, {tests!r})
from qt_watchdog import _modal_watchdog, pytest_runtest_call  # noqa: F401
'''

CHILD = '''
from PySide6.QtWidgets import QMessageBox

KEPT = []  # as a window keeps its dialogs (a local would be deleted when the test returns)


def test_leaves_a_message_box_open(qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete?", "Delete the event?")
    qtbot.addWidget(box)
    box.setModal(True)
    box.show()  # shown, never answered
    KEPT.append(box)


def test_blocks_on_a_message_box(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Really?", "Nobody answers this")
    qtbot.addWidget(box)
    box.exec()  # the watchdog closes it after its patience, then fails the test


def test_answers_its_message_box(qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete?", "Delete the event?")
    qtbot.addWidget(box)
    box.open()
    box.accept()
'''


def test_a_modal_left_open_fails_the_test(tmp_path):
    (tmp_path / "test_child.py").write_text(CHILD, encoding="utf-8")
    (tmp_path / "conftest.py").write_text(CONFTEST.format(tests=str(TESTS)), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
                           str(tmp_path)], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                               "QISTDESK_TEST_MODAL_PATIENCE_S": "0.5"})
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "3 passed, 2 errors" in out, out
    assert "a modal dialog nobody answered: still open: QMessageBox 'Delete?' Delete the event?" in out, out
    assert "a modal dialog nobody answered: closed after 0.5 s: QMessageBox 'Really?' Nobody answers this" in out, out
