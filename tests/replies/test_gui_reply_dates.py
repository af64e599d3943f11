"""Answers per date in the app: the dates with their counts, the people for the chosen date."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from .conftest import FILES, make_programme  # noqa: E402

pytestmark = pytest.mark.gui


def test_the_dialog_shows_counts_per_date_and_who_comes(qtbot, db):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.date_answers_dialog import DateAnswersDialog
    from qistdesk.services.replies import import_paths

    prog = make_programme(db)
    import_paths(db, [FILES / "thunderbird-one-date.ics"])
    dialog = DateAnswersDialog(AppContext(db), prog.series)
    qtbot.addWidget(dialog)
    assert dialog.dates.rowCount() == 6
    cells = {dialog.dates.item(r, 0).text(): [dialog.dates.item(r, c).text() for c in range(2, 7)]
             for r in range(6)}
    assert cells["Thu, 1 Apr 2027 16:00"] == ["0", "1", "0", "0", "0"]
    assert cells["Thu, 4 Mar 2027 16:00"] == ["0", "0", "0", "0", "1"]
    dialog.select_date("2027-04-01")
    row = [dialog.people.item(0, c).text() for c in range(4)]
    assert row == ["Sam O'Neil", "Declined", "Reply for this date", "Teaching that afternoon."]
    assert "Thu, 1 Apr 2027" in dialog.people_title.text()
    dialog.select_date("2027-03-04")
    assert [dialog.people.item(0, c).text() for c in range(3)] == ["Sam O'Neil", "Not replied", ""]


def test_the_seminar_dates_answers_button_opens_the_chosen_date(qtbot, db):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.views.seminars import SeminarsView
    from qistdesk.services.queries import series_dates
    from qistdesk.services.replies import import_paths

    prog = make_programme(db)
    import_paths(db, [FILES / "thunderbird-one-date.ics"])
    view = SeminarsView(AppContext(db))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.open_record(prog.series)
    april = next(d for d in series_dates(db, prog.series) if d["start_utc"].month == 4 and d["start_utc"].day == 1)
    view.dates.select_ids([april["id"]])
    assert view.answers_button.isVisible()
    view.answers_button.click()
    dialog = view._date_answers_dialog
    assert dialog.current_date()["date"] == "2027-04-01"
    assert dialog.people.item(0, 1).text() == "Declined"
    dialog.close()
