"""Esc, Cancel or closing a record dialog with typed-in changes asks "Discard what you typed?"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_helpers import answer_discard, when_modal
from qistdesk.gui.context import AppContext
from qistdesk.services import queries

pytestmark = pytest.mark.gui


def test_esc_on_a_typed_person_asks_and_keep_editing_keeps_it(qtbot, db):
    from qistdesk.gui.quick_create import create_record

    seen, after_keep = [], {}

    def type_then_escape(dialog):
        qtbot.keyClicks(dialog.form.editor("given_name"), "Mette")
        qtbot.keyClicks(dialog.form.editor("family_name"), "Holm")
        answer_discard(False, seen)
        qtbot.keyClick(dialog.form.editor("family_name"), Qt.Key.Key_Escape)  # Keep editing
        after_keep.update(visible=dialog.isVisible(), name=dialog.form.values()["family_name"])
        answer_discard(True, seen)
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()  # Cancel: Discard

    when_modal(type_then_escape)
    assert create_record(AppContext(db), "person") is None
    assert seen == ["Discard what you typed?"] * 2
    assert after_keep == {"visible": True, "name": "Holm"}
    assert queries.list_people(db) == []


def test_an_untouched_dialog_closes_without_a_question(qtbot, db):
    from qistdesk.gui.quick_create import create_record

    closed = {}

    def escape(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        closed["modal_after"] = QApplication.activeModalWidget()

    when_modal(escape)
    assert create_record(AppContext(db), "person", typed="Mette Holm") is None  # a prefilled name is not typing
    assert closed == {"modal_after": None}


def test_closing_an_event_dialog_with_a_typed_title_asks(qtbot, db):
    from qistdesk.gui.event_dialogs import EventDialog

    dialog = EventDialog(AppContext(db), ["seminar"], [])
    qtbot.addWidget(dialog)
    seen = []

    def type_then_close(d):
        qtbot.keyClicks(d.title_edit, "Quantum tea")
        answer_discard(True, seen)
        d.close()  # the window's close button

    when_modal(type_then_close)
    assert not dialog.exec()
    assert seen == ["Discard what you typed?"]
