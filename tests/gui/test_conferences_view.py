"""ConferencesView: timetable sessions, participants with roles, capacity and a waiting list."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from gui_helpers import cancel_typed

from qistdesk.services import directory, events, queries

CPH = "Europe/Copenhagen"


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """A message box would block a headless test: fail with its text instead."""
    from qistdesk.gui import event_common

    def fail(_parent, message):
        raise AssertionError(f"error box shown: {message}")

    monkeypatch.setattr(event_common, "show_error", fail)
    monkeypatch.setattr(event_common, "offer_reload", fail)


@pytest.fixture
def ctx(db):
    from qistdesk.gui.context import AppContext

    return AppContext(db)


@pytest.fixture
def conference(ctx):
    db = ctx.db
    org = directory.create_organization(db, name="DTU", sector="academia", country="DK")
    people = [directory.create_person(db, given_name=g, family_name=f, organization_id=org, country="DK")
              for g, f in (("Ida", "Jensen"), ("Sam", "Lee"), ("Ane", "Berg"), ("Bo", "Holm"))]
    conf = events.create_event(db, kind="conference", title="QIST Days", timezone=CPH, capacity=2,
                               start=datetime(2027, 5, 10, 9), end=datetime(2027, 5, 11, 17))
    return conf, people


@pytest.fixture
def view(ctx, qtbot):
    from qistdesk.gui.views.conferences import ConferencesView

    widget = ConferencesView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def test_empty_state(view):
    assert "No conferences or workshops yet" in view.table.empty.label.text()


def test_add_a_session_with_speakers_and_chair(view, ctx, conference, qtbot):
    conf, people = conference
    view.refresh()
    view.open_record(conf)
    assert view.sessions.stack.currentWidget() is view.sessions.empty
    view.add_session()
    dialog = view._dialog
    qtbot.keyClicks(dialog.title_edit, "Keynote")
    dialog.start_edit.setDateTime(datetime(2027, 5, 10, 9, 30))
    dialog.end_edit.setDateTime(datetime(2027, 5, 10, 10, 30))
    qtbot.keyClicks(dialog.room_edit, "Auditorium")
    dialog.speakers.add_id(people[0])
    dialog.chair.set_value(people[1])
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (session,) = queries.sessions_of(ctx.db, conf)
    assert session["room"] == "Auditorium" and session["speaker_ids"] == [people[0]]
    assert session["chair_id"] == people[1]
    assert view.sessions.model.rowCount() == 1
    model = view.sessions.model  # the event's zone, the other zone beside it, both in the tooltip
    assert (model.text_at(0, 1), model.text_at(0, 2)) == ("09:30–10:30", "03:30–04:30")
    assert "/ 03:30–04:30" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)


def test_session_outside_the_conference_is_refused(view, conference, qtbot):
    conf, _ = conference
    view.refresh()
    view.open_record(conf)
    view.add_session()
    dialog = view._dialog
    qtbot.keyClicks(dialog.title_edit, "Too late")
    dialog.start_edit.setDateTime(datetime(2027, 5, 12, 9, 0))
    assert not dialog.ok_button.isEnabled()
    assert "within the conference" in dialog.fields["start"].error.text()
    cancel_typed(dialog)  # the user cancels and discards; a form is never left open


def test_speaker_booked_twice_is_flagged(view, ctx, conference, qtbot):
    conf, people = conference
    events.add_session(ctx.db, conf, title="A", start=datetime(2027, 5, 10, 11), end=datetime(2027, 5, 10, 12),
                       speaker_ids=[people[0]])
    view.refresh()
    view.open_record(conf)
    view.add_session()
    dialog = view._dialog
    qtbot.keyClicks(dialog.title_edit, "B")
    dialog.start_edit.setDateTime(datetime(2027, 5, 10, 11, 30))
    dialog.speakers.add_id(people[0])
    dialog.update_warnings()
    assert "Ida Jensen is also booked" in dialog.warnings.text()
    assert dialog.ok_button.isEnabled()
    cancel_typed(dialog)


def test_participants_capacity_waiting_list_and_undo(view, ctx, conference, qtbot):
    conf, people = conference
    view.refresh()
    view.open_record(conf)
    view.tabs.setCurrentIndex(1)
    view.add_participants()
    dialog = view._dialog
    assert dialog.table.model.rowCount() == 4
    dialog.table.view.selectAll()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("invited"))
    assert "2 will join the waiting list" in dialog.note.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    rows = queries.participants_of(ctx.db, conf)
    assert sorted(r["invitation_status"] for r in rows) == ["invited", "invited", "waitlisted", "waitlisted"]
    assert "2 of 2 places taken" in view.capacity_label.text()
    assert "2 on the waiting list" in view.capacity_label.text()
    # Someone declines; the first on the waiting list is offered the place.
    seated = next(r for r in rows if r["invitation_status"] == "invited")
    view.participants.select_id(seated["id"])
    view.set_participation("invitation_status", "declined")
    waiting = min((r for r in rows if r["invitation_status"] == "waitlisted"), key=lambda r: r["waitlist_position"])
    view.participants.select_id(waiting["id"])
    assert view.promote_button.isEnabled()
    view.promote_button.click()
    statuses = {r["id"]: r["invitation_status"] for r in queries.participants_of(ctx.db, conf)}
    assert statuses[seated["id"]] == "declined" and statuses[waiting["id"]] == "invited"
    view.participants.select_id(waiting["id"])
    view.set_participation("role", "speaker")
    assert {r["id"]: r["role"] for r in queries.participants_of(ctx.db, conf)}[waiting["id"]] == "speaker"
    ctx.undo_stack.undo()  # role
    ctx.undo_stack.undo()  # promotion
    assert {r["id"]: r["invitation_status"] for r in queries.participants_of(ctx.db, conf)}[waiting["id"]] == \
        "waitlisted"


def test_remove_participants_asks_and_undoes(view, ctx, conference, monkeypatch):
    from qistdesk.gui.views import conference_participants

    conf, people = conference
    events.add_participant(ctx.db, conf, people[0], role="chair", invitation_status="accepted")
    view.refresh()
    view.open_record(conf)
    view.participants.view.selectRow(0)
    monkeypatch.setattr(conference_participants, "ask", lambda *a, **k: True)
    view.remove_participants()
    assert queries.participants_of(ctx.db, conf) == []
    ctx.undo_stack.undo()
    (back,) = queries.participants_of(ctx.db, conf)
    assert back["role"] == "chair" and back["invitation_status"] == "accepted"


def test_models_pass_qtmodeltester(view, ctx, conference, qtmodeltester):
    conf, people = conference
    events.add_session(ctx.db, conf, title="A", start=datetime(2027, 5, 10, 11), end=datetime(2027, 5, 10, 12))
    events.add_participant(ctx.db, conf, people[0])
    view.refresh()
    view.open_record(conf)
    for model in (view.table.model, view.sessions.model, view.participants.model):
        qtmodeltester.check(model)


def test_the_check_column_shows_at_1280_by_800(qtbot, demo_db, monkeypatch):
    """Issue 16 names the event's Check column for the timetable's warnings: in the window at
    1280×800 it stays beside the title and start (before Length), not only the row's colour."""
    from gui_helpers import demo_window

    window = demo_window(qtbot, demo_db, monkeypatch)
    view = window.show_view("conferences")
    view.table.view.selectRow(0)
    qtbot.wait(50)
    keys = [c.key for c in view.table.model.columns]
    assert not view.table.view.isColumnHidden(keys.index("warnings"))
