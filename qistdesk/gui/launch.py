"""Start the desktop app: window first, database second.

A bare PySide6 window paints in about 0.1 s; SQLAlchemy (and Alembic when a
migration is due) cost several times that. So the window is shown before the
database is opened, and everything heavy is imported after the first paint.

``QISTDESK_QUIT_AFTER_PAINT=1`` makes the app print its timings
(``first_paint_s=… ready_s=…``, seconds since :func:`run_app` began, and
``first_paint_at=… ready_at=…``, wall-clock ``time.time()`` stamps a benchmark
compares with the moment it spawned the process) once the window painted with
data, and exit 0: the end-to-end test and the start-up
benchmark use it. It never shows the "load the demo?" question.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback

QUIT_AFTER_PAINT = "QISTDESK_QUIT_AFTER_PAINT"

#: What the first screen needs after its paint (SQLAlchemy ~0.3 s, the models, the queries):
#: imported on a worker thread while the window is shown, so the data follows the paint sooner.
#: Only modules that create no Qt objects when imported.
PRELOAD = ("qistdesk.store.opening", "qistdesk.store.filecheck", "qistdesk.store.credentials", "qistdesk.domain",
           "qistdesk.services.queries", "qistdesk.services.dashboard", "qistdesk.services.scheduling")


def name_application(app) -> None:
    """Names the desktop shell shows; the desktop file name is the app id Wayland reports
    (packaging/linux/qistdesk.desktop must carry the same name)."""
    from qistdesk import __version__

    app.setApplicationName("qistdesk")
    app.setApplicationDisplayName("qistdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("qistdesk")


def run_app(db_target: str | None) -> int:
    started = time.perf_counter()
    quit_after_paint = os.environ.get(QUIT_AFTER_PAINT, "") not in ("", "0")
    logging.basicConfig(level=logging.WARNING, format="qistdesk: %(levelname)s %(name)s: %(message)s")

    from qistdesk.gui.app_settings import settings

    prefs = settings()
    _start_file_check(db_target, prefs)  # SQLite checks the file on a thread while Qt loads

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    name_application(app)

    from qistdesk.gui import theme
    from qistdesk.gui.main_window import MainWindow

    from qistdesk.gui import i18n

    i18n.install(app, prefs.get("ui.language"))
    theme.apply(bool(prefs.get("ui.high_contrast")), float(prefs.get("ui.font_scale") or 1.0))
    window = MainWindow(prefs)
    state: dict = {"db": None, "rc": 0}

    def after_first_paint() -> None:
        state["first_paint"], state["first_paint_at"] = time.perf_counter() - started, time.time()
        preload.join()  # one thread imports a package at a time (SQLAlchemy's own imports are circular)
        state["imported_at"] = time.time()
        from qistdesk.gui.server_login import database_target, install_password_dialog

        install_password_dialog(window)  # a server password comes from the keyring or this dialog
        target = db_target or database_target(prefs)  # "office server" in the settings
        db = open_or_explain(target, window, interactive=not quit_after_paint)
        state["opened_at"] = time.time()
        if db is None:
            state["rc"] = 1
            app.exit(1)
            return
        state["db"] = db
        from PySide6.QtCore import QTimer

        from qistdesk.gui.context import AppContext

        ctx = AppContext(db, window)
        window.attach(ctx, staged=True)
        for notice in getattr(db, "notices", []):  # network drive, a backup that failed …
            ctx.show_status(i18n.tr("Warning: {notice}").format(notice=notice))
        _tell_lock_waits(ctx)
        if getattr(db, "read_only", None):
            window.db_label.setText(i18n.tr("{database} (read-only)").format(database=window.db_label.text()))
            if not quit_after_paint:
                QTimer.singleShot(0, lambda: explain_read_only(window, db))
        if not quit_after_paint:
            from qistdesk.gui.change_watcher import ChangeWatcher

            # Others' changes (another window, another attaché on the server) refresh the lists.
            window.change_watcher = ChangeWatcher(ctx, parent=window)
            window.change_watcher.start()
        QTimer.singleShot(0, window.install_icons)  # data first, decoration after
        QTimer.singleShot(0, _set_app_icon)
        QTimer.singleShot(0, theme.install_bundled_fonts)
        if quit_after_paint:
            _report_and_quit(app, window, started, state)
            return
        offer_demo_if_empty(window, ctx)

    window.first_painted.connect(after_first_paint)
    window.show()
    preload = _preload(PRELOAD)  # while Qt paints the window and the event loop waits
    rc = app.exec()
    if state["db"] is not None:
        state["db"].close()
    return rc or state["rc"]


def explain_read_only(parent, db) -> None:
    """Say why the database opened read-only, and what still works (full disk, read-only folder …)."""
    from PySide6.QtWidgets import QMessageBox

    from qistdesk.gui.i18n import tr

    notice = next((n for n in db.notices if "read-only" in n), tr("the database is open read-only"))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Opened read-only"))
    box.setText(tr("qistdesk opened the database read-only. Nothing in it was changed or moved."))
    box.setInformativeText(notice[0].upper() + notice[1:] + ".")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Continue read-only"))
    box.exec()


def _tell_lock_waits(ctx) -> None:
    """A save waiting for another writer's lock says so in the status bar after a few seconds."""
    from PySide6.QtWidgets import QApplication

    from qistdesk.store import database

    def tell(message: str) -> None:
        ctx.show_status(message[0].upper() + message[1:])
        QApplication.processEvents()

    database.lock_wait_listeners[:] = [tell]


def _start_file_check(db_target: str | None, prefs) -> None:
    """Start SQLite's quick_check of the local database file now; opening it takes the verdict
    (qistdesk.store.early), which spares the ~0.2 s check after the first paint."""
    if db_target is None and prefs.get("database.location") == "server" and prefs.get("database.server_url"):
        return  # the office server (as server_login.database_target reads the settings)
    from qistdesk.store import early

    path = early.local_file(db_target)
    if path is not None:
        early.start_check(path)


def _preload(names):
    """A started thread importing ``names``; join it before importing any of them on the GUI thread."""
    import threading

    def work() -> None:
        import importlib

        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the real import on the GUI thread reports it
                return
        try:
            from sqlalchemy.orm import configure_mappers

            configure_mappers()  # else the first query does it (~30 ms) on the GUI thread
        except Exception:  # noqa: BLE001 - the first query on the GUI thread reports it
            return

    thread = threading.Thread(target=work, name="qistdesk-preload", daemon=True)
    thread.start()
    return thread


def _report_and_quit(app, window, started: float, state: dict) -> None:
    """QISTDESK_QUIT_AFTER_PAINT: print when the data was painted (``ready``) and when the view
    finished its background part (``complete``: the dashboard's marks and charts), then quit."""
    window.repaint()  # the view's data, as the user sees it
    ready, ready_at = time.perf_counter() - started, time.time()
    view = window.current_view()

    def finish() -> None:
        window.repaint()
        print(f"first_paint_s={state['first_paint']:.3f} ready_s={ready:.3f} "
              f"complete_s={time.perf_counter() - started:.3f} first_paint_at={state['first_paint_at']:.4f} "
              f"imported_at={state['imported_at']:.4f} opened_at={state['opened_at']:.4f} "
              f"ready_at={ready_at:.4f} complete_at={time.time():.4f}", flush=True)
        window.close()
        app.exit(0)

    if hasattr(view, "completed") and getattr(getattr(view, "_background", None), "busy", False):
        view.completed.connect(finish)  # staged: the worker's part arrives through the event loop
    else:
        finish()


def _set_app_icon() -> None:
    """The window and taskbar icon (X11, Windows); after the first paint, it costs a few file reads."""
    from PySide6.QtWidgets import QApplication

    from qistdesk.gui.about_dialog import app_icon

    QApplication.setWindowIcon(app_icon())


def open_or_explain(db_target: str | None, parent, interactive: bool = True):
    """Open (create, migrate) the database; on failure explain it and return None."""
    try:
        from qistdesk.store import open_database, resolve_url

        where = str(resolve_url(db_target).render_as_string(hide_password=True))
    except Exception:  # noqa: BLE001
        where = db_target or "the default database"
    from qistdesk.store.filecheck import DamagedDatabaseError

    try:
        return open_database(db_target)
    except DamagedDatabaseError as damaged:
        # The damaged file is already moved aside (never deleted); offer the newest good backup.
        print(f"qistdesk: cannot open the database {where}: {damaged}", file=sys.stderr, flush=True)
        if not interactive:
            return None
        from qistdesk.gui.safety_actions import offer_recovery

        restored = offer_recovery(parent, damaged)
        return open_or_explain(restored, parent, interactive) if restored else None
    except Exception as exc:  # noqa: BLE001 - anything here is shown to the user, not as a traceback
        detail = traceback.format_exc()
        print(f"qistdesk: cannot open the database {where}: {exc}", file=sys.stderr, flush=True)
        if interactive:
            from PySide6.QtWidgets import QMessageBox

            from qistdesk.gui.i18n import tr

            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(tr("Cannot open the database"))
            box.setText(tr("qistdesk could not open its database."))
            box.setInformativeText(f"{where}\n\n{exc}\n\n" + tr(
                "Nothing was changed. Check that the file or server is reachable and not used by an older or "
                "newer qistdesk, or start with --db PATH to use another file."))
            box.setDetailedText(detail)
            box.exec()
        return None


def offer_demo_if_empty(window, ctx) -> None:
    """An empty database is a first start: offer the demo programme to look around."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from qistdesk.gui.i18n import tr
    from qistdesk.services import queries

    if getattr(ctx.db, "read_only", None) or not queries.is_empty(ctx.db):
        return
    answer = QMessageBox.question(
        window, tr("Load the demo programme?"),
        tr("This database is empty.\n\nLoad the demo programme — fictional people, organisations, a seminar "
           "series, a conference, a workshop and exchanges — to look around? You can start from an empty "
           "database with --db NEW-FILE at any time."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        ctx.show_status(tr("Empty database: use New (Ctrl+N) to add your first record"))
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from qistdesk.services.demo import demo_day, load_demo

        load_demo(ctx.db, today=demo_day(), past=True)  # a living programme around today, and last year
    except Exception as exc:  # noqa: BLE001
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("Demo not loaded"), tr("The demo programme could not be loaded:\n{reason}").format(reason=exc))
        return
    QApplication.restoreOverrideCursor()
    ctx.notify_changed("*")
    ctx.show_status(tr("Demo programme loaded"))
    window.refresh_current()
