"""A seminar has an audience: add people and the dates' speakers, answers, undo; invites then go out."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("pytestqt")

pytestmark = pytest.mark.gui


def _series(db):
    from qistdesk.services import directory, events
    from qistdesk.services.queries import series_dates

    ada = directory.create_person(db, given_name="Ada", family_name="Lovelace", email="ada@example.com")
    eid = events.create_event(db, kind="seminar", title="QIST Transatlantic Seminar", start=datetime(2027, 3, 4, 16),
                              end=datetime(2027, 3, 4, 17), timezone="Europe/Copenhagen",
                              series="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=3")
    events.update_series_date(db, series_dates(db, eid)[1]["id"], speaker_id=ada, topic="Topological qubits")
    return eid, ada


def test_the_dates_speakers_join_the_audience_and_can_be_invited(qtbot, db, tmp_path):
    from qistdesk.services.ics_invites import Office, plan_invites, write_invites
    from qistdesk.gui.audience_dialog import AudienceDialog
    from qistdesk.gui.context import AppContext

    eid, ada = _series(db)
    assert plan_invites(db, eid)[0].startswith("Nothing to write")
    ctx = AppContext(db)
    dialog = AudienceDialog(ctx, eid)
    qtbot.addWidget(dialog)
    assert "every date of the series" in dialog.intro.text()
    assert dialog.speakers_button.isEnabled()
    dialog.speakers_button.click()
    assert [(r["person_id"], r["role"]) for r in dialog.rows] == [(ada, "speaker")]
    assert not dialog.speakers_button.isEnabled()
    ctx.undo_stack.undo()
    assert dialog.rows == []
    ctx.undo_stack.redo()
    assert len(dialog.rows) == 1
    run = write_invites(db, eid, tmp_path, eml=True, office=Office("Science Office", "office@icdk.example.net"))
    assert len(run.files) == 1
    assert "0 accepted · 0 declined · 0 tentative · 1 not yet replied" in dialog.counts.text() or \
        (dialog.refresh() or "1 not yet replied" in dialog.counts.text())


def test_seminars_view_has_an_audience_button_conferences_do_not(qtbot, db):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.views.conferences import ConferencesView
    from qistdesk.gui.views.seminars import SeminarsView

    ctx = AppContext(db)
    seminars, conferences = SeminarsView(ctx), ConferencesView(ctx)
    qtbot.addWidget(seminars)
    qtbot.addWidget(conferences)
    assert hasattr(seminars, "audience_button") and not hasattr(conferences, "audience_button")
