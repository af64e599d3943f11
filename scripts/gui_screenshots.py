"""Screenshots of the main window and each view with the demo programme.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/gui_screenshots.py [--lang da] [VIEW ...]
Writes docs/screenshots/<view>.png (with --lang da: docs/screenshots/da/<view>.png) from a
temporary database (demo loaded), so the pictures in the docs are what the running app shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
#: The row each list shows selected: the seminar series shows its dates, the conference its timetable.
PREFERRED_ROW = {"seminars": 0, "conferences": 0}


def main(keys: list[str]) -> int:
    lang = "en"
    if keys[:1] == ["--lang"]:
        lang, keys = keys[1], keys[2:]
    out = OUT / "da" if lang == "da" else OUT
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="qistdesk-shots-"))
    os.environ["QISTDESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["QISTDESK_DATA_DIR"] = str(tmp / "data")
    os.environ.setdefault("QISTDESK_TODAY", "2027-04-20")  # the demo's own "today": some milestones overdue
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from qistdesk.gui import theme
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow
    from qistdesk.services.demo import load_demo
    from qistdesk.store import open_database

    from qistdesk.gui import i18n

    i18n.install(app, lang)  # as the app does at start (English too: its catalogue holds the plurals)
    theme.apply()
    theme.install_bundled_fonts()  # as the app does after its first paint
    db = open_database(tmp / "demo.sqlite3")
    load_demo(db)
    window = MainWindow(settings())
    window.resize(1440, 860)
    window.show()
    window.attach(AppContext(db, window))
    window.install_icons()
    out.mkdir(parents=True, exist_ok=True)
    for key in keys or window.view_keys():
        view = window.show_view(key)
        table = getattr(view, "table", None)
        if table is not None and table.model.rowCount():
            table.view.selectRow(min(PREFERRED_ROW.get(key, 1), table.model.rowCount() - 1))
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{key}.png"))
        print(out / f"{key}.png")
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
