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


def demo_window(qtbot, db, monkeypatch, size=(1280, 800)):
    """The main window on ``db`` at ``size``, shown, on the pinned demo day."""
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    monkeypatch.setenv("QISTDESK_TODAY", "2027-04-20")
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.attach(AppContext(db, window))
    return window
