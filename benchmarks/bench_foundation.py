"""Foundation benchmarks (issue 2).

1. Start-up to the first painted window, against a bare PySide6 window in the same run.
2. ``qistdesk list people --json`` on 100,000 people.
3. ``qistdesk demo --scale 100`` itself.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import median_of, report, run_process, scale_database

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def startup(db: Path, repeat: int) -> None:
    bare = median_of(lambda: run_process([sys.executable, "-c", BARE_WINDOW], OFFSCREEN), repeat)
    app = median_of(lambda: run_process([sys.executable, "-m", "qistdesk", "--db", str(db)],
                                        {**OFFSCREEN, "QISTDESK_QUIT_AFTER_PAINT": "1"}), repeat)
    ratio = app / bare
    report("start-up to first painted window (whole process, median of %d)" % repeat, [
        ("bare PySide6 window", bare, "baseline"),
        ("qistdesk main window, scale-100 database", app, f"ratio {ratio:.2f}x (target ≤ 2x)"),
    ])


def list_people(db: Path, repeat: int) -> None:
    version = median_of(lambda: run_process([sys.executable, "-m", "qistdesk", "--version"]), repeat)
    listing = median_of(lambda: run_process([sys.executable, "-m", "qistdesk", "--db", str(db), "list", "people",
                                             "--json"]), repeat)
    report("qistdesk list people --json on ~100,000 people (median of %d)" % repeat, [
        ("qistdesk --version (process baseline)", version, "baseline"),
        ("qistdesk list people --json", listing, f"ratio {listing / version:.1f}x"),
    ])


def demo_scale(repeat: int) -> None:
    def once():
        with tempfile.TemporaryDirectory() as tmp:
            run_process([sys.executable, "-m", "qistdesk", "--db", str(Path(tmp) / "s.sqlite3"), "demo",
                         "--scale", "100"])

    empty = median_of(lambda: _empty_db(), repeat)
    scale = median_of(once, repeat)
    report("qistdesk demo --scale 100 (median of %d)" % repeat, [
        ("create an empty database (baseline)", empty, "baseline"),
        ("demo --scale 100", scale, f"ratio {scale / empty:.1f}x"),
    ])


def _empty_db():
    with tempfile.TemporaryDirectory() as tmp:
        run_process([sys.executable, "-m", "qistdesk", "--db", str(Path(tmp) / "e.sqlite3"), "list", "venues"])


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    db = scale_database(100)
    demo_scale(max(3, repeat // 2))
    list_people(db, repeat)
    startup(db, repeat)


if __name__ == "__main__":
    main()
