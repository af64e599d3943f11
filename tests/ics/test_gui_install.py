"""ics_actions.install() wires menus, context actions and drops into the real main window."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_install_adds_menu_and_context_actions(qtbot, db):
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(db, window))
    file_texts = [a.text() for a in window.menu("File").actions()]
    event_texts = [a.text() for a in window.menu("Event").actions()]
    assert "Import calendar file (.ics)…" in file_texts
    assert "Invites and ledger…" in event_texts
    assert window._context_factories.get("event") and window._context_factories.get("participant")
    assert window.acceptDrops()


def test_exchange_dates_are_exported_from_the_exchange_menu_and_row_menu(qtbot, demo_db, tmp_path, monkeypatch):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

    from qistdesk.gui import ics_actions
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow
    from qistdesk.services.queries import list_exchanges, list_programs

    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(demo_db, window))
    texts = [a.text() for a in window.menu("Exchange").actions()]
    assert "Export exchange dates as calendar (.ics)…" in texts
    exchange = list_exchanges(demo_db)[0]
    menu = QMenu()
    [factory] = [f for f in window._context_factories["exchange"]
                 if factory_text(f, menu, [exchange["id"]]) == "Dates as calendar (.ics)…"]

    one, every = tmp_path / "one.ics", tmp_path / "programme.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(one), "")))
    ics_actions.export_exchange_dates(window, exchange_id=exchange["id"])
    single = Calendar.from_ical(one.read_bytes())
    assert single.walk("VEVENT") and all(e["DTSTART"].params.get("VALUE") == "DATE" or
                                         not hasattr(e["DTSTART"].dt, "hour") for e in single.walk("VEVENT"))

    program = list_programs(demo_db)[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(every), "")))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (program["name"], True)))
    ics_actions.export_exchange_dates(window)
    assert len(Calendar.from_ical(every.read_bytes()).walk("VEVENT")) >= len(single.walk("VEVENT"))


def factory_text(factory, menu, ids) -> str:
    action = factory(menu, ids)
    return action.text() if action is not None else ""


def test_event_row_menu_exports_the_timetable_with_sessions(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMenu

    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow
    from qistdesk.services.queries import list_events, sessions_of

    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(demo_db, window))
    conference = max(list_events(demo_db, kind="conferences"), key=lambda e: e["participants"])
    menu = QMenu()
    for factory in window._context_factories["event"]:
        factory(menu, [conference["id"]])
    [action] = [a for a in menu.actions() if a.text().startswith("Export timetable")]
    target = tmp_path / "timetable.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    action.trigger()
    assert target.read_text(encoding="utf-8").count("CATEGORIES:Session") == len(sessions_of(demo_db, conference["id"]))
