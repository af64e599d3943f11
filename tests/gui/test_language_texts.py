"""Texts of the app in each language outside one dialog's walk: date and time fields show and read
what a Dane (or an English reader) types, English plurals read as English, and the programme
letter's help names exactly the letter's placeholders (issue 18)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.gui


def test_date_and_time_fields_show_danish_and_read_what_a_dane_types(qtbot, danish):
    from datetime import datetime, time

    from PySide6.QtCore import Qt

    from qistdesk.gui.widgets.datetime_edit import DateEdit, DateTimeEdit, TimeEdit

    edit = DateEdit(date(2027, 2, 4))
    qtbot.addWidget(edit)
    assert edit.line.text() == "tors. 4. feb. 2027"
    for typed, expected in (("11.3", date(2027, 3, 11)), ("11.3.2027", date(2027, 3, 11)),
                            ("11.03.2027", date(2027, 3, 11)), ("5. maj 2027", date(2027, 5, 5)),
                            ("tors. 11. mar. 2027", date(2027, 3, 11)), ("i morgen", None)):
        edit.line.selectAll()
        qtbot.keyClicks(edit.line, typed)
        qtbot.keyClick(edit.line, Qt.Key.Key_Return)
        if expected is not None:
            assert edit.value() == expected and edit.error() is None, typed
    edit.set_value(date(2027, 3, 11))
    assert edit.line.text() == "tors. 11. mar. 2027"
    edit.line.setCursorPosition(edit.line.text().index("mar") + 1)  # the month, under the cursor
    qtbot.keyClick(edit.line, Qt.Key.Key_Up)
    assert edit.value() == date(2027, 4, 11) and edit.line.text() == "søn. 11. apr. 2027"
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, "31.2")
    assert edit.error() == "“31.2” kan ikke læses som en dato (prøv 11.3, 11.3.2027 eller 11 mar)"

    clock = TimeEdit(time(16, 30))
    qtbot.addWidget(clock)
    assert clock.text() == "16.30"
    clock.selectAll()
    qtbot.keyClicks(clock, "9.15")
    assert clock.value() == time(9, 15) and clock.error() is None

    both = DateTimeEdit("Start", datetime(2027, 3, 11, 16, 0))
    qtbot.addWidget(both)
    assert both.date_edit.line.accessibleName() == "Start, dato"
    assert both.date_edit.button.accessibleName() == "Start, dato: åbn kalender"


def test_date_fields_show_english_in_english(qtbot, qapp):
    from datetime import time

    from qistdesk.gui import i18n
    from qistdesk.gui.widgets.datetime_edit import DateEdit, TimeEdit

    i18n.install(qapp, "en")
    edit = DateEdit(date(2027, 3, 11))
    qtbot.addWidget(edit)
    assert edit.line.text() == "Thu 11 Mar 2027"
    clock = TimeEdit(time(16, 30))
    qtbot.addWidget(clock)
    assert clock.text() == "16:30"


def test_programme_letter_help_names_exactly_the_letters_placeholders(qtbot, qapp):
    import re

    from qistdesk.formats.pdf.letter import PLACEHOLDERS, render_welcome
    from qistdesk.gui.programs_dialog import program_form

    form = program_form()
    qtbot.addWidget(form)
    named = re.findall(r"\{(\w+)\}", form.editor("welcome_template_da").toolTip())
    assert named == list(PLACEHOLDERS) and "first_name" not in named
    letter = " ".join("{" + key + "}" for key in named)  # a letter typed from the help
    _text, problems = render_welcome(letter, {key: "x" for key in PLACEHOLDERS})
    assert problems == []


def test_english_plurals_read_as_english(qtbot, qapp, demo_db, tmp_path):
    """In English the plural messages take their English forms (qistdesk_en.ts), never "(s)"."""
    from qistdesk.gui import i18n
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.conference_dialogs import AddParticipantsDialog
    from qistdesk.gui.csv_import_dialog import CsvImportDialog
    from qistdesk.services import queries

    i18n.install(qapp, "en")
    dialog = AddParticipantsDialog(AppContext(demo_db), queries.list_people(demo_db), set(), 40, 39)
    qtbot.addWidget(dialog)
    dialog.table.view.selectAll()
    dialog.revalidate()
    assert "selected. Only 1 place left of 40:" in dialog.note.text() and "(s)" not in dialog.note.text()
    path = tmp_path / "one.csv"
    path.write_text("Name;E-mail\nSøren Holm;s@example.dk\n", encoding="utf-8")
    csv = CsvImportDialog(AppContext(demo_db), path)
    qtbot.addWidget(csv)
    assert csv.info.text().startswith("1 row · ") and "(s)" not in csv.info.text()
