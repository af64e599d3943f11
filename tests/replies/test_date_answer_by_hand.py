"""An answer by phone or letter for ONE date of a series: the service, the command line and the
Answers per date dialog (one undo step; Undo gives the database back exactly)."""

from __future__ import annotations

from datetime import date

import pytest

from .test_cli_replies import programme_file, run  # noqa: F401  (fixture)
from .test_import_undo import dump

pytestmark = pytest.mark.sqlite_only


def _day(found, iso):
    return next(d for d in found["dates"] if d["date"] == iso)


def test_an_answer_for_one_date_counts_for_that_date_only(programme, db_path):
    from qistdesk.services import journal
    from qistdesk.services.reply_dates import date_answers, set_date_answer

    db, sem, sam = programme.db, programme.series, programme.people["sam"]
    before = dump(db_path)
    changes = set_date_answer(db, sem, sam, date(2027, 3, 4), "declined", "phoned on 1 March")
    found = date_answers(db, sem)
    (p,) = _day(found, "2027-03-04")["people"]
    assert (p["answer"], p["by"], p["comment"]) == ("declined", "date", "phoned on 1 March")
    assert [d["counts"]["declined"] for d in found["dates"]].count(1) == 1  # the other dates: unchanged
    assert programme.part(sem, "sam")["invitation_status"] == "invited"     # the series answer stays
    journal.undo(db, changes)
    assert dump(db_path) == before


def test_bad_requests_are_refused_and_change_nothing(programme, db_path):
    from qistdesk.services.errors import NotFoundError, ValidationError
    from qistdesk.services.reply_dates import set_date_answer

    db, sam = programme.db, programme.people["sam"]
    before = dump(db_path)
    with pytest.raises(NotFoundError, match="no date on 2027-03-05"):
        set_date_answer(db, programme.series, sam, date(2027, 3, 5), "declined")
    with pytest.raises(ValidationError, match="not a series"):
        set_date_answer(db, programme.workshop, sam, date(2027, 6, 14), "declined")
    with pytest.raises(ValidationError, match="not an answer"):
        set_date_answer(db, programme.series, sam, date(2027, 3, 4), "maybe")
    with pytest.raises(ValidationError, match="not a participant"):
        set_date_answer(db, programme.series, programme.people["nina"], date(2027, 3, 4), "declined")
    assert dump(db_path) == before


def test_answer_for_one_date_on_the_command_line(programme_file):  # noqa: F811
    db, prog = programme_file
    out = run("replies", "answer", "--event", prog.series, "--person", prog.people["sam"], "accepted",
              "--date", "2027-03-18", "--note", "letter of 2 March", db=db).stdout
    assert "answer recorded for 2027-03-18: accepted (letter of 2 March)" in out
    one = run("replies", "status", "--event", prog.series, "--date", "2027-03-18", db=db).stdout
    assert "Sam O'Neil" in one and "accepted" in one and "letter of 2 March" in one
    bad = run("replies", "answer", "--event", prog.series, "--person", prog.people["sam"], "accepted",
              "--date", "2027-03-19", db=db, check=False)
    assert bad.returncode != 0 and "no date on 2027-03-19" in bad.stderr and len(bad.stderr.splitlines()) == 1


@pytest.mark.gui
def test_the_dialog_records_an_answer_for_the_chosen_date_as_one_undo_step(qtbot, db, db_path):
    from gui.gui_helpers import when_modal

    from qistdesk.gui.context import AppContext
    from qistdesk.gui.date_answers_dialog import DateAnswersDialog

    from .conftest import make_programme

    prog = make_programme(db)
    ctx = AppContext(db)
    dialog = DateAnswersDialog(ctx, prog.series)
    qtbot.addWidget(dialog)
    dialog.select_date("2027-03-18")
    assert not dialog.answer_button.isEnabled()  # nobody chosen yet
    dialog.people.selectRow(0)
    assert dialog.answer_button.isEnabled()
    before = dump(db_path)

    def answer(box):
        box.status.setCurrentIndex(box.status.findData("declined"))
        box.note.setText("phoned on 1 March")
        box.accept()

    when_modal(answer)
    dialog.answer_button.click()
    assert dialog.current_date()["date"] == "2027-03-18"
    assert [dialog.people.item(0, c).text() for c in range(4)] == \
        ["Sam O'Neil", "Declined", "Reply for this date", "phoned on 1 March"]
    assert ctx.undo_stack.undoText() == "Answer of Sam O'Neil for Thu, 18 Mar 2027 16:00"
    after = dump(db_path)
    ctx.undo_stack.undo()
    assert dump(db_path) == before
    assert dialog.people.item(0, 1).text() == "Not replied"
    ctx.undo_stack.redo()
    assert dump(db_path) == after
