"""End to end through the GUI alone: a seminar series, a conference with sessions and
participants, and an exchange with milestones — typed into dialogs, OK clicked —
then the database is checked through the services.

People are set up through services first (the People view is tested on its
own); the exchange programme is created in its dialog (Exchange > Programmes).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.gui_helpers import cancel_typed
from qistdesk.services import directory, queries

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    from qistdesk.gui import event_common

    def fail(_parent, message):
        raise AssertionError(f"error box shown: {message}")

    monkeypatch.setattr(event_common, "show_error", fail)
    monkeypatch.setattr(event_common, "offer_reload", fail)


@pytest.fixture
def ctx(db):
    from qistdesk.gui.context import AppContext

    org = directory.create_organization(db, name="Niels Bohr Institute", sector="academia", country="DK")
    for given, family in (("Ida", "Jensen"), ("Sam", "Lee"), ("Ane", "Berg")):
        directory.create_person(db, given_name=given, family_name=family, organization_id=org, country="DK")
    return AppContext(db)


def _person(db, given):
    return next(p["id"] for p in queries.list_people(db) if p["given_name"] == given)


def test_seminar_series_conference_and_exchange_through_the_gui(ctx, qtbot):
    from qistdesk.gui.views.conferences import ConferencesView
    from qistdesk.gui.views.seminars import SeminarsView

    db = ctx.db
    # 1. A fortnightly seminar series, 6 dates, with a speaker and topic on the second date.
    seminars = SeminarsView(ctx)
    qtbot.addWidget(seminars)
    seminars.show()
    seminars.new_record()
    dialog = seminars._dialog
    qtbot.keyClicks(dialog.title_edit, "Quantum Networks Seminar")
    dialog.start_edit.setDateTime(datetime(2027, 2, 4, 16, 0))
    dialog.repeat_combo.setCurrentText("Fortnightly")
    dialog.count_spin.setValue(6)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    seminars.dates.view.selectRow(1)
    seminars.edit_date()
    date_dialog = seminars._dialog
    date_dialog.speaker.setText("Ida Jensen — Niels Bohr Institute")
    qtbot.keyClicks(date_dialog.topic_edit, "Quantum repeaters")
    qtbot.mouseClick(date_dialog.ok_button, Qt.MouseButton.LeftButton)

    # 2. A conference with two sessions and three participants (capacity 2: one waits).
    conferences = ConferencesView(ctx)
    qtbot.addWidget(conferences)
    conferences.show()
    conferences.new_record()
    dialog = conferences._dialog
    qtbot.keyClicks(dialog.title_edit, "Copenhagen Quantum Days")
    dialog.start_edit.setDateTime(datetime(2027, 5, 10, 9, 0))
    dialog.end_edit.setDateTime(datetime(2027, 5, 11, 17, 0))
    dialog.capacity_spin.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    for title, hour, speaker in (("Keynote", 9, "Sam Lee — Niels Bohr Institute"),
                                 ("Quantum sensing", 11, "Ane Berg — Niels Bohr Institute")):
        conferences.add_session()
        s = conferences._dialog
        qtbot.keyClicks(s.title_edit, title)
        s.start_edit.setDateTime(datetime(2027, 5, 10, hour, 30))
        qtbot.keyClicks(s.room_edit, "Auditorium")
        s.speakers.picker.setText(speaker)
        qtbot.mouseClick(s.speakers.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(s.ok_button, Qt.MouseButton.LeftButton)
    conferences.tabs.setCurrentIndex(1)
    conferences.add_participants()
    p = conferences._dialog
    p.table.view.setFocus()
    p.table.view.selectAll()
    p.status_combo.setCurrentIndex(p.status_combo.findData("invited"))
    qtbot.mouseClick(p.ok_button, Qt.MouseButton.LeftButton)

    # 3. The exchange programme, in Exchange > Programmes.
    from qistdesk.gui.programs_dialog import ProgramsDialog

    programs = ProgramsDialog(ctx)
    qtbot.addWidget(programs)

    def fill_program():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "form"):
            QTimer.singleShot(20, fill_program)
            return
        qtbot.keyClicks(dialog.form.editor("name"), "Quantum Fellows")
        kind = dialog.form.editor("kind")
        kind.setCurrentIndex(kind.findData("researcher"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_program)
    assert programs.new() is not None

    # 4. An exchange with its usual milestones, through the Exchanges view.
    try:
        from qistdesk.gui.views.exchanges import ExchangesView
    except ImportError:  # pragma: no cover - the view is another engineer's
        pytest.xfail("the Exchanges view is not in this checkout")
    view = ExchangesView(ctx)
    qtbot.addWidget(view)
    view.show()

    problems = []

    def fill_exchange():
        """Runs inside the dialog's own event loop (GUI-A's dialogs use exec())."""
        from qistdesk.gui.widgets.record_dialog import RecordDialog

        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, fill_exchange)
            return
        dialog = dialogs[0]
        try:
            form = dialog.form
            form.editor("person_id").setFocus()
            form.editor("person_id").setText("Ida Jensen — Niels Bohr Institute")
            program = form.editor("program_id")
            program.setCurrentIndex(program.findText("Quantum Fellows", Qt.MatchFlag.MatchStartsWith))
            form.editor("start_date").setDate(date(2027, 8, 15))
            form.editor("end_date").setDate(date(2028, 2, 15))
            if not dialog.ok_button.isEnabled():
                problems.append(f"OK disabled: {form.errors}")
                cancel_typed(dialog)
                return
            dialog.ok_button.click()
        except Exception as exc:  # never let an exception escape into Qt's event loop
            problems.append(repr(exc))
            cancel_typed(dialog)

    QTimer.singleShot(0, fill_exchange)
    view.new_record()
    assert not problems, problems

    # The database, through services.
    (series,) = queries.list_events(db, "seminar")
    dates = queries.series_dates(db, series["id"])
    assert "INTERVAL=2" in series["series_rule"] and len(dates) == 6
    assert dates[1]["topic"] == "Quantum repeaters" and dates[1]["speaker_id"] == _person(db, "Ida")
    (conf,) = queries.list_events(db, "conferences")
    assert conf["title"] == "Copenhagen Quantum Days" and conf["capacity"] == 2
    sessions = queries.sessions_of(db, conf["id"])
    assert [(x["title"], x["room"], x["speakers"]) for x in sessions] == [
        ("Keynote", "Auditorium", ["Sam Lee"]), ("Quantum sensing", "Auditorium", ["Ane Berg"])]
    statuses = sorted(r["invitation_status"] for r in queries.participants_of(db, conf["id"]))
    assert statuses == ["invited", "invited", "waitlisted"]
    (exchange,) = queries.list_exchanges(db)
    assert exchange["given_name"] == "Ida" and exchange["program"] == "Quantum Fellows"
    assert exchange["open_milestones"] >= 5  # visa, insurance, housing, arrival, orientation, reports
    # Everything done here can be undone, last first.
    assert ctx.undo_stack.count() >= 6
