"""SeminarsView: create a series through its dialog, edit one date, cancel, undo, delete."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from gui_helpers import cancel_typed

from qistdesk.domain.recurrence import SeriesRule
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
def ctx(db, qtbot):
    from qistdesk.gui.context import AppContext

    return AppContext(db)


@pytest.fixture
def view(ctx, qtbot):
    from qistdesk.gui.views.seminars import SeminarsView

    widget = SeminarsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _series(db):
    ida = directory.create_person(db, given_name="Ida", family_name="Jensen")
    sid = events.create_event(db, kind="seminar", title="QN Seminar", timezone=CPH,
                              start=datetime(2027, 3, 4, 16), end=datetime(2027, 3, 4, 17),
                              series=SeriesRule.weekly(2, count=4))
    return sid, ida


def test_empty_state_says_what_to_do(view):
    assert view.table.stack.currentWidget() is view.table.empty
    assert "No seminars yet" in view.table.empty.label.text()


def test_create_a_fortnightly_series_through_the_dialog(view, ctx, qtbot):
    view.new_record()
    dialog = view._dialog
    assert not dialog.ok_button.isEnabled()  # no title yet
    assert not dialog.fields["title"].error.isVisibleTo(dialog)  # not red before one could type (issue 13)
    assert "title" in dialog.ok_button.toolTip()
    qtbot.keyClicks(dialog.title_edit, "Quantum Networks Seminar")
    dialog.start_edit.setDateTime(datetime(2027, 2, 4, 16, 0))
    dialog.repeat_combo.setCurrentText("Fortnightly")
    dialog.count_spin.setValue(5)
    assert dialog.ok_button.isEnabled()
    assert "5 dates" in dialog.preview.text()
    assert "10:00 Washington" in dialog.start_other.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    rows = queries.list_events(ctx.db, "seminar")
    assert len(rows) == 1 and rows[0]["title"] == "Quantum Networks Seminar"
    assert "INTERVAL=2" in rows[0]["series_rule"]
    dates = queries.series_dates(ctx.db, rows[0]["id"])
    assert len(dates) == 5
    # The new series is selected, its dates listed; the list shows both zones.
    assert view.dates.model.rowCount() == 5
    model = view.table.model  # home zone with the date, the other zone beside it, both in the tooltip
    assert model.text_at(0, 1).endswith("16:00") and model.text_at(0, 2) == "10:00"
    assert "16:00 Copenhagen / 10:00 Washington" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    ctx.undo_stack.undo()
    assert queries.list_events(ctx.db, "seminar") == []


def test_a_time_in_the_spring_gap_is_refused_at_the_field(view, qtbot):
    view.new_record()
    dialog = view._dialog
    qtbot.keyClicks(dialog.title_edit, "Gap")
    dialog.start_edit.setDateTime(datetime(2027, 3, 28, 2, 30))
    assert not dialog.ok_button.isEnabled()
    assert "does not exist" in dialog.fields["start"].error.text()
    cancel_typed(dialog)  # the user cancels and discards; a form is never left open


def test_warnings_are_amber_and_do_not_block(view, qtbot):
    view.new_record()
    dialog = view._dialog
    qtbot.keyClicks(dialog.title_edit, "Early talk")
    dialog.start_edit.setDateTime(datetime(2027, 5, 6, 9, 0))  # Ascension Day, 03:00 in Washington
    dialog.update_warnings()
    text = dialog.warnings.text()
    assert "public holiday in Denmark" in text and "Washington" in text
    assert dialog.validate() == {}
    assert dialog.ok_button.isEnabled()
    cancel_typed(dialog)


def test_edit_one_date_speaker_and_topic_then_undo(view, ctx, qtbot):
    sid, ida = _series(ctx.db)
    view.refresh()
    view.open_record(sid)
    assert view.dates.model.rowCount() == 4
    view.dates.view.selectRow(1)
    view.edit_date()
    dialog = view._dialog
    dialog.speaker.set_value(ida)
    qtbot.keyClicks(dialog.topic_edit, "Quantum repeaters")
    dialog.start_edit.setDateTime(datetime(2027, 3, 19, 15, 0))  # move it to Friday 15:00
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = queries.series_dates(ctx.db, sid)[1]
    assert row["topic"] == "Quantum repeaters" and row["speaker_id"] == ida
    assert row["start_utc"] != row["original_start_utc"]
    dates = view.dates.model  # the status says so; the time's tooltip too
    assert dates.text_at(1, 2) == "Moved"
    assert "(moved)" in dates.data(dates.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    ctx.undo_stack.undo()
    row = queries.series_dates(ctx.db, sid)[1]
    assert row["topic"] == "" and row["speaker_id"] is None and row["start_utc"] == row["original_start_utc"]


def test_cancel_and_restore_a_date(view, ctx):
    sid, _ = _series(ctx.db)
    view.refresh()
    view.open_record(sid)
    view.dates.view.selectRow(2)
    assert view.cancel_date_button.isEnabled() and not view.restore_date_button.isEnabled()
    view.cancel_date_button.click()
    assert queries.series_dates(ctx.db, sid)[2]["status"] == "cancelled"
    assert ctx.undo_stack.undoText().startswith("Cancel the date of ")
    view.dates.select_id(queries.series_dates(ctx.db, sid)[2]["id"])
    assert view.restore_date_button.isEnabled()
    view.restore_date_button.click()
    assert queries.series_dates(ctx.db, sid)[2]["status"] == "scheduled"
    assert ctx.undo_stack.undoText().startswith("Restore the date of ")


def test_delete_asks_first_and_undo_brings_dates_back(view, ctx, monkeypatch):
    from qistdesk.gui.views import event_list as seminars  # the delete (and its question) is shared

    sid, ida = _series(ctx.db)
    events.update_series_date(ctx.db, queries.series_dates(ctx.db, sid)[0]["id"], speaker_id=ida, topic="Opening")
    with ctx.db.read() as s:
        from qistdesk.domain import Event

        uid = s.get(Event, sid).ical_uid
    view.refresh()
    view.open_record(sid)
    monkeypatch.setattr(seminars, "ask", lambda *a, **k: False)
    view.delete_selected()
    assert len(queries.list_events(ctx.db, "seminar")) == 1
    asked = []
    monkeypatch.setattr(seminars, "ask", lambda parent, title, text, *a: asked.append(text) or True)
    view.delete_selected()
    assert "QN Seminar" in asked[0] and queries.list_events(ctx.db, "seminar") == []
    ctx.undo_stack.undo()
    (restored,) = queries.list_events(ctx.db, "seminar")
    dates = queries.series_dates(ctx.db, restored["id"])
    assert len(dates) == 4 and dates[0]["topic"] == "Opening" and dates[0]["speaker_id"] == ida
    with ctx.db.read() as s:  # the same event: same id, same calendar UID (invites sent before still match)
        from qistdesk.domain import Event

        assert restored["id"] == sid and s.get(Event, sid).ical_uid == uid
    ctx.undo_stack.redo()
    assert queries.list_events(ctx.db, "seminar") == []


def test_a_conflict_offers_reload(view, ctx, monkeypatch):
    from qistdesk.gui import event_common

    sid, _ = _series(ctx.db)
    view.refresh()
    view.open_record(sid)
    view.edit_event()
    dialog = view._dialog
    events.update_event(ctx.db, sid, title="Renamed elsewhere")  # another window saves first
    offered = []
    monkeypatch.setattr(event_common, "offer_reload", lambda parent, msg: offered.append(msg) or True)
    dialog.title_edit.setText("Mine")
    dialog.accept()
    assert offered and "changed elsewhere" in offered[0]
    assert queries.list_events(ctx.db, "seminar")[0]["title"] == "Renamed elsewhere"
    assert view.detail.title.text().startswith("Renamed elsewhere")


def test_list_model_passes_qtmodeltester(view, ctx, qtmodeltester):
    _series(ctx.db)
    view.refresh()
    qtmodeltester.check(view.table.model)
    view.table.view.selectRow(0)
    qtmodeltester.check(view.dates.model)


def test_another_rule_is_shown_in_words_kept_and_editable(view, qtbot):
    db = view.ctx.db
    sid = events.create_event(db, kind="seminar", title="Stand-up", timezone=CPH, start=datetime(2027, 3, 8, 9),
                              end=datetime(2027, 3, 8, 9, 15), series="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=15")
    view.edit_event(sid)
    dialog = view._dialog
    assert dialog.repeat_combo.currentText() == "Another rule"
    assert dialog.rule_edit.isVisibleTo(dialog) and not dialog.count_spin.isVisibleTo(dialog)
    assert dialog.preview.text() == "Every weekday (15 dates, the last on Fri, 26 Mar 2027)."
    qtbot.keyClicks(dialog.title_edit, " (team)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # saving the title keeps the rule
    [row] = queries.list_events(db, "seminar")
    assert row["series_rule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=15"
    view.edit_event(sid)
    dialog = view._dialog
    dialog.rule_edit.setText("FREQ=MONTHLY;BYDAY=2TU")
    assert dialog.preview.text().startswith("Every month on the second Tuesday (no end)")
    dialog.rule_edit.setText("FREQ=SECONDLY;COUNT=1000000000")
    assert not dialog.ok_button.isEnabled()
    assert "FREQ=SECONDLY" in dialog.fields["series_rule"].error.text()
    dialog.rule_edit.setText("FREQ=MONTHLY;BYDAY=2TU;COUNT=3")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [row] = queries.list_events(db, "seminar")
    assert row["series_rule"] == "FREQ=MONTHLY;BYDAY=2TU;COUNT=3"
    days = [d["start_utc"].day for d in queries.series_dates(db, sid)]
    assert days == [8, 9, 13]  # the first date (COUNT counts it), then the second Tuesdays of March, April
