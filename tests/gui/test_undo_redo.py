"""One undo stack: redo by both shortcuts, steps named in the Edit menu, a step made in another
view is shown before it is undone, and OK without a change adds no step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qistdesk.gui.app_settings import settings
from qistdesk.gui.context import AppContext
from qistdesk.gui.main_window import MainWindow
from qistdesk.gui.widgets.undo import run_undoable
from qistdesk.services import directory, queries


def _window(qtbot, db, monkeypatch):
    monkeypatch.setenv("QISTDESK_TODAY", "2027-04-20")
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.show()
    window.attach(AppContext(db, window))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    return window


def _new_org(window, name="Quantum Foundry"):
    db = window.ctx.db
    state = {}

    def do():
        state["id"] = directory.create_organization(db, **({"id": state["id"]} if "id" in state else {}),
                                                    name=name, sector="industry", country="DK")

    assert run_undoable(window.ctx, f"New organisation {name}", do,
                        lambda: directory.delete_organization(db, state["id"]), what="organizations")


def _orgs(db):
    return sorted(o["name"] for o in queries.list_organizations(db))


def test_redo_by_ctrl_shift_z_and_by_ctrl_y(qtbot, db, monkeypatch):
    window = _window(qtbot, db, monkeypatch)
    window.show_view("organizations")
    _new_org(window)
    keys = [k.toString() for k in window.actions_["redo"].shortcuts()]
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys and len(keys) == len(set(keys))  # none twice
    target = window.nav
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _orgs(db) == []
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _orgs(db) == ["Quantum Foundry"]
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _orgs(db) == []
    qtbot.keyClick(target, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _orgs(db) == ["Quantum Foundry"]


def test_undo_text_names_the_action(qtbot, demo_db, monkeypatch):
    window = _window(qtbot, demo_db, monkeypatch)
    view = window.show_view("exchanges")
    row = next(r for r in range(view.table.model.rowCount()) if view.table.model.row_at(r)["open_milestones"])
    view.table.view.selectRow(row)
    m = next(r for r in range(view.milestones.model.rowCount()) if not view.milestones.model.row_at(r)["done"])
    title = view.milestones.model.row_at(m)["title"]
    view.milestones.view.selectRow(m)
    view.toggle_done()
    assert window.actions_["undo"].text().replace("&", "") == f"Undo “Mark ‘{title}’ done”"
    window.undo()
    assert window.actions_["redo"].text().replace("&", "") == f"Redo “Mark ‘{title}’ done”"


def test_undoing_a_change_made_in_another_view_shows_it_first(qtbot, demo_db, monkeypatch):
    window = _window(qtbot, demo_db, monkeypatch)
    view = window.show_view("exchanges")
    row = next(r for r in range(view.table.model.rowCount()) if view.table.model.row_at(r)["open_milestones"])
    view.table.view.selectRow(row)
    exchange_id = view.table.model.id_at(row)
    m = next(r for r in range(view.milestones.model.rowCount()) if not view.milestones.model.row_at(r)["done"])
    view.milestones.view.selectRow(m)
    view.toggle_done()
    done_now = next(x for x in queries.list_exchanges(demo_db) if x["id"] == exchange_id)["open_milestones"]
    window.show_view("people")
    window.undo()  # first press: back to Exchanges, the exchange selected, nothing undone yet
    assert window.current_key() == "exchanges"
    assert view.table.selected_ids() == [exchange_id]
    assert next(x for x in queries.list_exchanges(demo_db) if x["id"] == exchange_id)["open_milestones"] == done_now
    assert "again" in window.statusBar().currentMessage()
    assert_message_readable(qtbot, window)
    window.undo()  # second press: undone, in plain sight
    assert next(x for x in queries.list_exchanges(demo_db)
                if x["id"] == exchange_id)["open_milestones"] == done_now + 1


def test_ok_without_a_change_adds_no_step(qtbot, demo_db, monkeypatch):
    window = _window(qtbot, demo_db, monkeypatch)
    view = window.show_view("seminars")
    view.table.view.selectRow(0)
    view.edit_event()
    dialog = view._dialog
    dialog.accept()
    assert window.ctx.undo_stack.count() == 0
    people = window.show_view("people")
    people.table.view.selectRow(0)
    from gui_helpers import when_modal
    from PySide6.QtWidgets import QDialogButtonBox

    when_modal(lambda d: d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click())
    people.edit_record()
    assert window.ctx.undo_stack.count() == 0


def assert_message_readable(qtbot, window) -> None:
    """The status bar's message is on screen, whole: the bar is shown and no permanent widget
    (the counts, the database name) covers the room the message is painted in."""
    bar = window.statusBar()
    message = bar.currentMessage()
    qtbot.wait(20)
    assert message and bar.isVisible() and bar.height() >= bar.fontMetrics().height()
    covering = [w.geometry().left() for w in (window.counts_label, window.db_label) if w.isVisible()]
    room = min(covering + [bar.width()]) - bar.contentsMargins().left()
    assert bar.fontMetrics().horizontalAdvance(message) <= room, (message, room)


def test_status_messages_are_readable_at_large_text(qtbot, demo_db, monkeypatch):
    window = _window(qtbot, demo_db, monkeypatch)
    window.resize(1024, 700)
    for _ in range(4):
        window.change_font_scale(1)  # 200% text: the counts alone fill the bar
    try:
        qtbot.wait(50)
        window.ctx.show_status("Invites written to /home/attache/qistdesk-invites (12 files)")
        assert_message_readable(qtbot, window)
        bar = window.statusBar()
        bar.clearMessage()
        assert window.counts_label.isVisible()  # the counts come back when the message goes
    finally:
        window.change_font_scale(0)
