"""Foundation benchmarks (issue 2).

1. Start-up to the first painted window, against a bare PySide6 window in the same run.
2. ``qistdesk list people --json`` on 100,000 people.
3. ``qistdesk demo --scale 100`` itself.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import median_of, report, run_process, scale_database

BARE_WINDOW = """
import time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first_paint_s={time.perf_counter() - started:.3f}", flush=True)
            QTimer.singleShot(0, app.quit)

w = Window(); w.resize(1200, 800); w.show()
app.exec()
"""

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def _timed(args: list[str], env: dict) -> tuple[float, dict[str, float]]:
    """Whole-process wall time plus the ``name_s=value`` timings the process printed."""
    start = time.perf_counter()
    result = subprocess.run(args, env={**os.environ, **env}, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed: {result.stderr[-2000:]}")
    printed = dict(part.split("=", 1) for part in result.stdout.split() if part.endswith(tuple("0123456789"))
                   and "_s=" in part)
    return elapsed, {key: float(value) for key, value in printed.items()}


def startup(db: Path, repeat: int) -> None:
    bare_runs = [_timed([sys.executable, "-c", BARE_WINDOW], OFFSCREEN) for _ in range(repeat)]
    app_runs = [_timed([sys.executable, "-m", "qistdesk", "--db", str(db)],
                       {**OFFSCREEN, "QISTDESK_QUIT_AFTER_PAINT": "1"}) for _ in range(repeat)]
    bare_paint = statistics.median(t["first_paint_s"] for _, t in bare_runs)
    app_paint = statistics.median(t["first_paint_s"] for _, t in app_runs)
    app_ready = statistics.median(t["ready_s"] for _, t in app_runs)
    bare_whole = statistics.median(w for w, _ in bare_runs)
    app_whole = statistics.median(w for w, _ in app_runs)
    report("start-up, scale-100 database (median of %d; in-process times from the start of main)" % repeat, [
        ("bare PySide6 window: first paint", bare_paint, "baseline"),
        ("qistdesk main window: first paint", app_paint, f"ratio {app_paint / bare_paint:.2f}x (target ≤ 2x)"),
        ("qistdesk: dashboard painted with data", app_ready, f"ratio {app_ready / bare_paint:.1f}x"),
        ("bare PySide6 window: whole process", bare_whole, "baseline"),
        ("qistdesk: whole process to data painted", app_whole, f"ratio {app_whole / bare_whole:.1f}x"),
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
