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
    assert "qistdesk.gui.ics_actions" not in getattr(window, "extension_errors", {})
    file_texts = [a.text() for a in window.menu("File").actions()]
    event_texts = [a.text() for a in window.menu("Event").actions()]
    assert "Import calendar file (.ics)…" in file_texts
    assert "Invites and ledger…" in event_texts
    assert window._context_factories.get("event") and window._context_factories.get("participant")
    assert window.acceptDrops()
