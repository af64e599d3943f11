"""Desktop-app benchmarks (issue 3), on the scale-100 dataset.

- The People table (the real PeopleView, its RecordsTable and RecordsModel) sorting
  100,000 rows by each column, against a plain Python ``sorted`` of the same rows
  by the same field (baseline in the same process). Target: at most 0.1 s.
- Filtering per keystroke as a user types a name into the filter box, against a
  plain substring scan of 100,000 strings. Target: at most 0.03 s per keystroke.
- Resident memory of the whole app with the People view loaded, against a bare
  PySide6 window, each in its own process. Target: at most 400 MB.
- First painted window: see bench_foundation.py.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from common import report, scale_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
    w = MainWindow(settings()); w.show(); app.processEvents()
    w.attach(AppContext(open_database(sys.argv[2]), w)); w.show_view("people"); app.processEvents()
rss = int([l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]) * 1024
hwm = int([l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]) * 1024
print(json.dumps({"rss": rss, "peak": hwm}))
"""


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def table_speed(db_path, repeat: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qistdesk.gui.context import AppContext
    from qistdesk.gui.views.people import PeopleView
    from qistdesk.store import open_database

    app = QApplication.instance() or QApplication([])
    view = PeopleView(AppContext(open_database(db_path)))
    view.refresh()
    app.processEvents()
    model = view.table.model
    rows = model.all_rows()
    print(f"People table holds {model.rowCount():,} rows")

    view.resize(1200, 800)
    view.show()
    # A click on a header straight after the load (the idle preparation not yet run) …
    model.set_rows(rows)
    cold = [_timed(lambda: model.sort(column, Qt.SortOrder.AscendingOrder)) for column in range(model.columnCount())]
    # … and after the table computed each column's order in idle time, as it does after every load.
    view.table.set_rows(rows)
    prepare = _timed(lambda: [app.processEvents() for _ in range(model.columnCount() + 2)])
    first, again = [], []
    for column in range(model.columnCount()):
        first.append(_timed(lambda: model.sort(column, Qt.SortOrder.AscendingOrder)))
        again += [_timed(lambda: model.sort(column, order)) for order in
                  (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) for _ in range(repeat)]
    baseline = statistics.median(_timed(lambda: sorted(rows, key=lambda r: (r["family_name"] or "").casefold()))
                                 for _ in range(repeat))
    worst_first = max(first)
    report("People table: sort 100,000 rows (target ≤ 100 ms)", [
        ("plain sorted() of the rows by family name", baseline, "baseline"),
        ("first sort right after a load (worst column)", max(cold), f"ratio {max(cold) / baseline:.2f}x"),
        ("idle preparation of every column after a load", prepare, f"ratio {prepare / baseline:.2f}x"),
        ("model.sort, first sort of a column (worst column)", worst_first,
         f"ratio {worst_first / baseline:.2f}x"),
        ("model.sort, median over columns and orders", statistics.median(again),
         f"ratio {statistics.median(again) / baseline:.2f}x"),
    ])

    per_key, model_only = [], []
    for _ in range(repeat):
        view.table.filter_edit.clear()
        app.processEvents()
        for i in range(1, len("andersen") + 1):
            per_key.append(_timed(lambda: (view.table.filter_edit.setText("andersen"[:i]), app.processEvents())))
        model.set_filter("")
        for i in range(1, len("andersen") + 1):
            model_only.append(_timed(lambda: model.set_filter("andersen"[:i])))
        view.table.filter_edit.clear()
    hay = [" ".join(str(v) for v in r.values()).casefold() for r in rows]
    scan = statistics.median(_timed(lambda: [h for h in hay if "an" in h]) for _ in range(repeat))
    viewport = view.table.view.viewport()
    repaint = statistics.median(_timed(viewport.repaint) for _ in range(repeat * 4))
    report("People table: filter per keystroke typing 'andersen' (target ≤ 30 ms)", [
        ("plain substring scan of 100,000 strings", scan, "baseline"),
        ("repaint of the table alone (no filtering)", repaint, f"ratio {repaint / scan:.2f}x"),
        ("model filter, median keystroke", statistics.median(model_only),
         f"ratio {statistics.median(model_only) / scan:.2f}x"),
        ("model filter, slowest keystroke", max(model_only), f"ratio {max(model_only) / scan:.2f}x"),
        ("filter box, median keystroke (incl. repaint)", statistics.median(per_key),
         f"ratio {statistics.median(per_key) / scan:.2f}x"),
        ("filter box, slowest keystroke (incl. repaint)", max(per_key), f"ratio {max(per_key) / scan:.2f}x"),
    ])


def memory(db_path) -> None:
    def probe(*args):
        out = subprocess.run([sys.executable, "-c", RSS_PROBE, *args], capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    bare, app = probe("bare"), probe("app", str(db_path))
    mb = 1024 * 1024
    print("\n== resident memory (target ≤ 400 MB)")
    print(f"  bare PySide6 window                              {bare['rss'] / mb:8.0f} MB  baseline")
    print(f"  qistdesk, People view on 100,000 people          {app['rss'] / mb:8.0f} MB  "
          f"ratio {app['rss'] / bare['rss']:.1f}x (peak {app['peak'] / mb:.0f} MB)")


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    db = scale_database(100)
    table_speed(db, repeat)
    memory(db)


if __name__ == "__main__":
    main()
