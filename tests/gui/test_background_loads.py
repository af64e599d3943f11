"""Slow parts of views arrive from a worker thread (issue 19): the list or the text first,
warnings and charts when computed; only the newest request's answer is used."""

from __future__ import annotations

import threading
import time
from datetime import datetime

from PySide6.QtWidgets import QWidget

from qistdesk.gui.background import Background
from qistdesk.gui.context import AppContext
from qistdesk.services import events

CPH = "Europe/Copenhagen"


def test_results_come_back_on_the_gui_thread_and_only_the_newest(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    background = Background(owner)
    got, threads = [], []

    def slow():
        threads.append(threading.current_thread())
        time.sleep(0.2)
        return "old"

    background.run(slow, lambda r: got.append((r, threading.current_thread())))
    background.run(lambda: "new", lambda r: got.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(got) and not background.busy, timeout=5000)
    qtbot.wait(300)  # the overtaken answer arrives too, and is dropped
    assert got == [("new", threading.main_thread())]
    assert threads[0] is not threading.main_thread()
    background.run(lambda: 1, got.append, wait=True)
    assert got[-1] == 1


def test_seminars_inside_a_window_list_at_once_and_warn_when_checked(qtbot, db):
    from qistdesk.gui.views.seminars import SeminarsView

    events.create_event(db, kind="seminar", title="Christmas talk", timezone=CPH,
                        start=datetime(2027, 12, 24, 14), end=datetime(2027, 12, 24, 15))
    window = QWidget()
    qtbot.addWidget(window)
    view = SeminarsView(AppContext(db), window)
    assert view.table.model.rowCount() == 1  # listed before the checks ran
    qtbot.waitUntil(lambda: not view._list_checks.busy, timeout=10000)
    row = view.table.model.all_rows()[0]
    assert row["title"] == "Christmas talk" and row["warnings"]  # a Danish holiday


def test_dashboard_in_a_window_completes_from_the_worker(qtbot, demo_db):
    from qistdesk.gui.views.dashboard import DashboardView

    window = QWidget()
    qtbot.addWidget(window)
    view = DashboardView(AppContext(demo_db), window)
    assert view.counts.text()  # text sections at once
    qtbot.waitUntil(lambda: not view._background.busy, timeout=20000)
    assert view.by_sector.data and view.by_country.data
