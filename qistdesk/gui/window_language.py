"""Switching the app's language without closing the database.

Qt's widgets take their words when they are built, so a new language needs new widgets: the
main window is built again in the new language, attached to the same open database, placed
where the old one was, and the old one closes. The database, its undo history's records and
the settings stay as they were; only the window's own state (the view shown) is carried over.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def switch_language(window):
    """Load the language chosen in the settings and rebuild ``window`` in it; returns the new window."""
    from qistdesk.gui import i18n
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    app = QApplication.instance()
    i18n.install(app, window.settings.get("ui.language"))
    window.save_state()
    fresh = MainWindow(window.settings)
    fresh.setGeometry(window.geometry())
    if window.ctx is not None:
        fresh.attach(AppContext(window.ctx.db, fresh))
        watcher = getattr(window, "change_watcher", None)
        if watcher is not None:
            from qistdesk.gui.change_watcher import ChangeWatcher

            watcher.stop()
            fresh.change_watcher = ChangeWatcher(fresh.ctx, parent=fresh)
            fresh.change_watcher.start()
        fresh.install_icons()
    fresh.show()
    window.hide()
    window.deleteLater()
    return fresh
