"""The QIST area, a room's seats: editable in the forms, stored, shown again."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _conference(db):
    from qistdesk.services import queries, records

    ident = next(e["id"] for e in queries.list_events(db) if e["kind"] == "conference")
    return records.event_record(db, ident)


def test_event_dialog_edits_the_area(qtbot, demo_db):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.event_dialogs import EventDialog
    from qistdesk.services import events, queries, records

    record = _conference(demo_db)
    assert record["qist_area"] == "computing"                       # the demo programme fills it
    dialog = EventDialog(AppContext(demo_db), ["conference", "workshop"], queries.list_venues(demo_db), record)
    qtbot.addWidget(dialog)
    assert dialog.area_combo.currentData() == "computing"
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("networks"))
    events.update_event(demo_db, record["id"], qist_area=dialog.values()["qist_area"])
    assert records.event_record(demo_db, record["id"])["qist_area"] == "networks"


def test_session_dialog_edits_seats_and_area(qtbot, demo_db):
    from qistdesk.gui.conference_dialogs import SessionDialog
    from qistdesk.gui.context import AppContext
    from qistdesk.services import events, queries

    record = _conference(demo_db)
    row = queries.sessions_of(demo_db, record["id"])[0]
    assert row["room_capacity"] == 180                                # Auditorium in the demo
    dialog = SessionDialog(AppContext(demo_db), record, queries.list_people(demo_db), row)
    qtbot.addWidget(dialog)
    assert dialog.seats_spin.value() == 180 and dialog.area_combo.currentData() == ""
    dialog.seats_spin.setValue(0)                                     # back to the venue's capacity
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("sensing"))
    events.update_session(demo_db, row["id"], **dialog.values())
    again = queries.sessions_of(demo_db, record["id"])[0]
    assert again["room_capacity"] is None and again["qist_area"] == "sensing"


def test_exchange_form_has_the_area_and_refuses_nothing_else(qtbot, demo_db):
    from qistdesk.gui.views.exchange_parts import exchange_form

    form = exchange_form(demo_db)
    qtbot.addWidget(form)
    form.set_values({"qist_area": "sensing"})
    assert form.values()["qist_area"] == "sensing"
    form.set_values({"qist_area": ""})
    assert form.values()["qist_area"] == ""


def test_an_unknown_area_is_refused(demo_db):
    from qistdesk.services import events
    from qistdesk.services.errors import ValidationError

    with pytest.raises(ValidationError, match="qist_area"):
        events.update_event(demo_db, _conference(demo_db)["id"], qist_area="alchemy")
