"""Desktop-app benchmarks on the scale-100 dataset (issues 3, 19), in one process with the real
main window, every view attached to the database as in the app.

- Detail panes: a click on a row (organisation, venue, person, seminar, conference, exchange)
  until the pane is painted; target ≤ 50 ms (median of clicks on rows spread over the list,
  the slowest reported; the organisation with the most people is always among them).
- Switching views (each view already visited once) until painted; target ≤ 100 ms. The first
  visit of each view (it loads its list) is reported too.
- Typing into the filter box of every list, per keystroke until painted; target ≤ 30 ms.
- The People table sorting 100,000 rows by each column; target ≤ 100 ms.
- Resident memory with the People view on 100,000 people, against a bare window (each in its
  own process); target ≤ 300 MB.

Baseline for the in-process figures: a full repaint of the same main window, in the same run.

    .venv/bin/python benchmarks/bench_gui.py [REPEAT]
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

from common import Results, alternate, repeat_arg, scale_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="qistdesk-bench-")
os.environ.update(XDG_CONFIG_HOME=f"{_HOME}/cfg", XDG_DATA_HOME=f"{_HOME}/data")

LISTS = ["seminars", "conferences", "exchanges", "people", "organizations", "venues"]
TYPED = "an"  # two keystrokes: the first matches most rows (the costliest repaint), the second fewer

RSS_PROBE = """
import os, sys, json
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "bare":
    w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
else:
    from qistdesk.store import open_database
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.main_window import MainWindow
    from qistdesk.gui.context import AppContext
    w = MainWindow(settings()); w.resize(1200, 800); w.show(); app.processEvents()
    w.attach(AppContext(open_database(sys.argv[2]), w)); w.show_view("people")
    for _ in range(20):
        app.processEvents()
status = {l.split(":")[0]: int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("Vm")}
print(json.dumps({"rss": status["VmRSS"], "peak": status["VmHWM"]}))
"""


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _window(db_path):
    from PySide6.QtWidgets import QApplication

    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow
    from qistdesk.store import open_database

    app = QApplication.instance() or QApplication([])
    window = MainWindow(settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.attach(AppContext(open_database(db_path), window))
    for _ in range(10):
        app.processEvents()
    return app, window


def views(results: Results, db_path, repeat: int) -> None:
    app, window = _window(db_path)

    def settle():
        for _ in range(3):
            app.processEvents()

    first = {key: _timed(lambda: (window.show_view(key), app.processEvents())) for key in window.view_keys()}
    started = time.perf_counter()
    while any(getattr(getattr(v, name, None), "busy", False) for v in window.views.values()
              for name in ("_background", "_list_checks")) and time.perf_counter() - started < 300:
        app.processEvents()  # the lists' warnings arrive from worker threads: measure after them
        time.sleep(0.02)
    checks = time.perf_counter() - started
    for _ in range(30):  # idle work after the loads (sort preparation)
        app.processEvents()
    repaint = [_timed(window.repaint) for _ in range(repeat * 4)]
    base = ("a full repaint of the window", repaint)
    results.add("gui.repaint", "full repaint of the main window (baseline)", repaint)

    # Switching between views already visited.
    switch = {key: [] for key in window.view_keys()}
    for _ in range(repeat):
        for key in window.view_keys():
            window.show_view("dashboard" if key != "dashboard" else "people")
            settle()
            switch[key].append(_timed(lambda: (window.show_view(key), app.processEvents())))
    for key, runs in switch.items():
        results.add(f"gui.switch.{key}", f"switch to {key} (visited before)", runs, base, max_value=0.1,
                    target="≤ 100 ms", note=f"first visit {first[key] * 1000:.0f} ms")
    results.add("gui.switch.first_visit_max", "first visit of a view, slowest (loads its list)",
                [max(first.values())], base, note=max(first, key=first.get))
    results.add("gui.background_checks", "lists' warnings from worker threads, done after the first visits",
                [checks], note="input is served meanwhile")

    # Detail panes: clicks on rows spread over each list.
    rng = random.Random(19)
    for key in LISTS:
        view = window.show_view(key)
        settle()
        table = view.table
        rows = table.model.rowCount()
        picks = sorted(rng.sample(range(rows), min(rows, repeat * 3)))
        if key == "organizations":  # the organisation with the most people
            counts = [table.model.all_rows()[i].get("people", 0) for i in range(rows)] \
                if hasattr(table.model, "all_rows") else []
            if counts:
                picks.append(max(range(len(counts)), key=counts.__getitem__))
        clicks = []
        for row in picks:
            table.view.clearSelection()
            settle()
            clicks.append(_timed(lambda: (table.view.selectRow(row), app.processEvents())))
        results.add(f"gui.detail.{key}", f"click a row → detail pane painted: {key}", clicks, base,
                    max_value=0.05, target="≤ 50 ms", note=f"slowest {max(clicks) * 1000:.0f} ms")

    # Typing in every filter box.
    for key in LISTS:
        view = window.show_view(key)
        settle()
        edit = view.table.filter_edit
        keys = []
        for _ in range(repeat):
            edit.clear()
            settle()
            for i in range(1, len(TYPED) + 1):
                keys.append(_timed(lambda: (edit.setText(TYPED[:i]), app.processEvents())))
        edit.clear()
        settle()
        results.add(f"gui.filter.{key}", f"filter box, per keystroke: {key}", keys, base, max_value=0.03,
                    target="≤ 30 ms", note=f"slowest {max(keys) * 1000:.0f} ms")
    people_sort(results, window.show_view("people"), app, repeat)
    window.close()


def people_sort(results: Results, view, app, repeat: int) -> None:
    from PySide6.QtCore import Qt

    model = view.table.model
    rows = model.all_rows()
    sorts = [_timed(lambda: (model.sort(column, order), app.processEvents()))
             for column in range(model.columnCount())
             for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) for _ in range(repeat)]
    baseline = [_timed(lambda: sorted(rows, key=lambda r: (r["family_name"] or "").casefold())) for _ in range(repeat)]
    results.add("gui.sort.people", "People table: sort 100,000 rows (any column)", sorts,
                ("plain sorted() of the rows", baseline), max_value=0.1, target="≤ 100 ms",
                note=f"slowest {max(sorts) * 1000:.0f} ms")


def memory(results: Results, db_path, repeat: int) -> None:
    def probe(*args):
        out = subprocess.run([sys.executable, "-c", RSS_PROBE, *args], capture_output=True, text=True, check=True,
                             env=os.environ)
        return json.loads(out.stdout.strip().splitlines()[-1])

    runs = alternate({"bare": lambda: probe("bare"), "app": lambda: probe("app", str(db_path))}, max(1, repeat // 2))
    bare = [r["rss"] for r in runs["bare"]]
    results.add("mem.bare", "resident memory, bare PySide6 window", bare, unit="MB")
    results.add("mem.people", "resident memory, People view on 100,000 people", [r["rss"] for r in runs["app"]],
                ("bare window", bare), unit="MB", max_value=300, target="≤ 300 MB",
                note=f"peak {max(r['peak'] for r in runs['app']):.0f} MB")


def main() -> None:
    repeat = repeat_arg()
    db = scale_database(100)
    results = Results("gui", repeat, "Desktop app, scale-100")
    views(results, db, repeat)
    memory(results, db, repeat)
    results.save()


if __name__ == "__main__":
    main()
