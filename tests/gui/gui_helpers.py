"""Helpers for GUI tests: drive modal dialogs, which block inside exec()."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(callback):
    """Run ``callback(dialog)`` on the next modal dialog once it is shown."""
    def run():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, run)
        else:
            callback(widget)
    QTimer.singleShot(0, run)
