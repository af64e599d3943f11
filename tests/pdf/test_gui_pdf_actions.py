"""install(window) wires packet actions into the menus and row menus of the extension contract."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _fake_window(db):
    """Just the extension contract of qistdesk.gui.extensions, on a real QMainWindow and AppContext."""
    from PySide6.QtWidgets import QMainWindow, QMenu

    from qistdesk.gui.context import AppContext

    class FakeWindow(QMainWindow):
        def __init__(self):
            super().__init__()
            self.ctx = AppContext(db)
            self.menus, self.context = {}, {}

        def menu(self, name):
            return self.menus.setdefault(name, QMenu(name, self))

        def add_context_action(self, kind, factory):
            self.context.setdefault(kind, []).append(factory)

        def selected_ids(self, kind):
            return []

    return FakeWindow()


def test_install_adds_menu_and_row_actions(qtbot, db):
    from qistdesk.gui import pdf_actions

    window = _fake_window(db)
    qtbot.addWidget(window)
    pdf_actions.install(window)
    texts = {m: [a.text() for a in menu.actions()] for m, menu in window.menus.items()}
    assert "Exchange packet (PDF)…" in texts["Exchange"]
    assert "Participant packets (PDF)…" in texts["Event"] and "Name badges (PDF)…" in texts["Event"]
    assert set(window.context) == {"exchange", "event", "participant", "person"}
    action = window.context["exchange"][0](window.menu("Exchange"), [])
    assert not action.isEnabled()


def test_previews_build_from_the_database(qtbot, programme):
    from qistdesk.gui import pdf_actions

    for dialog in (pdf_actions.exchange_preview(programme.db, programme.exchange),
                   pdf_actions.event_preview(programme.db, programme.event, programme.cjk_person),
                   pdf_actions.badges_preview(programme.db, programme.event),
                   pdf_actions.bulk_dialog(programme.db, programme.event)):
        qtbot.addWidget(dialog)
        assert dialog.windowTitle()
