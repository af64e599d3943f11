"""Start-up as the user feels it: every figure from the moment the process is spawned (issue 19).

- ``qistdesk --version`` and ``--help`` (whole process) against ``python -c "import qistdesk"``;
  target ≤ 1.5×.
- The first painted main window on the scale-100 database against a bare PySide6 window, both
  from spawn; target ≤ 2×. The dashboard painted with its data within 0.5 s more.
  On the offscreen platform, and on a real X server when ``DISPLAY`` is set (e.g. Xvfb).

Every subject alternates with its baseline in the same run; medians of ``REPEAT`` runs.

    .venv/bin/python benchmarks/bench_startup.py [REPEAT]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from common import Results, alternate, repeat_arg, scale_database, spawn

BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first_paint_at={time.time():.4f}", flush=True)
            QTimer.singleShot(0, app.quit)

w = Window(); w.resize(1200, 800); w.show()
app.exec()
"""


def qistdesk_command() -> list[str]:
    """What a user runs: the installed ``qistdesk`` script (``python -m qistdesk`` adds runpy)."""
    script = Path(sys.executable).parent / "qistdesk"
    return [sys.executable, str(script)] if script.exists() else [sys.executable, "-m", "qistdesk"]


def cli(results: Results, repeat: int) -> None:
    py, qd = sys.executable, qistdesk_command()
    runs = alternate({
        "import": lambda: spawn([py, "-c", "import qistdesk"])["whole"],
        "version": lambda: spawn([*qd, "--version"])["whole"],
        "help": lambda: spawn([*qd, "--help"])["whole"],
    }, repeat)
    base = ('python -c "import qistdesk"', runs["import"])
    results.add("cli.import", 'python -c "import qistdesk" (baseline)', runs["import"])
    results.add("cli.version", "`qistdesk --version`, whole process", runs["version"], base, max_ratio=1.5,
                target="≤ 1.5×")
    results.add("cli.help", "`qistdesk --help`, whole process", runs["help"], base, max_ratio=1.5, target="≤ 1.5×")


def gui(results: Results, repeat: int, db, platform: str) -> None:
    py = sys.executable
    with tempfile.TemporaryDirectory() as home:  # own settings: the default first view (the dashboard)
        env = {"QT_QPA_PLATFORM": platform, "XDG_CONFIG_HOME": f"{home}/cfg", "XDG_DATA_HOME": f"{home}/data"}
        app_env = {**env, "QISTDESK_QUIT_AFTER_PAINT": "1"}
        runs = alternate({
            "bare": lambda: spawn([py, "-c", BARE_WINDOW], env),
            "app": lambda: spawn([*qistdesk_command(), "--db", str(db)], app_env),
        }, repeat)
    bare = [r["first_paint"] for r in runs["bare"]]
    paint = [r["first_paint"] for r in runs["app"]]
    data = [r["ready"] - r["first_paint"] for r in runs["app"]]
    base = ("bare PySide6 window", bare)
    results.add(f"gui.{platform}.bare", f"bare PySide6 window, spawn to first paint ({platform})", bare)
    results.add(f"gui.{platform}.first_paint", f"main window, spawn to first paint ({platform}, scale-100)", paint,
                base, max_ratio=2.0, target="≤ 2×")
    results.add(f"gui.{platform}.data", f"dashboard data painted, after the first paint ({platform})", data,
                base, max_value=0.5, target="≤ 0.5 s more")
    results.add(f"gui.{platform}.ready", f"main window with dashboard data, from spawn ({platform})",
                [r["ready"] for r in runs["app"]], base)
    results.add(f"gui.{platform}.complete", f"dashboard complete (warning marks, charts), from spawn ({platform})",
                [r["complete"] for r in runs["app"]], base, note="computed on a worker thread; input not blocked")


def main() -> None:
    repeat = repeat_arg()
    db = scale_database(100)
    results = Results("startup", repeat, "Start-up, from process spawn")
    cli(results, repeat)
    gui(results, repeat, db, "offscreen")
    if os.environ.get("DISPLAY"):
        gui(results, repeat, db, "xcb")
    results.save()


if __name__ == "__main__":
    main()
