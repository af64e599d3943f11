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


def answer_discard(discard: bool = True, seen: list | None = None):
    """Answer the next "Discard what you typed?" question: Discard, or Keep editing (its text in ``seen``)."""
    from PySide6.QtWidgets import QMessageBox

    from qistdesk.gui.i18n import tr

    def run():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        if seen is not None:
            seen.append(box.text())
        wanted = tr("Discard") if discard else tr("Keep editing")
        next(b for b in box.buttons() if b.text() == wanted).click()
    QTimer.singleShot(0, run)


def cancel_typed(dialog, discard: bool = True) -> None:
    """Cancel a dialog the test typed into, answering its "Discard what you typed?" question."""
    answer_discard(discard)
    dialog.reject()


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
