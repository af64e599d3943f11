"""RecordPicker: value by label, unknown text is an error, duplicates made unique."""

from qistdesk.gui.widgets.pickers import RecordPicker, person_picker


def test_value_and_error(qtbot):
    picker = RecordPicker([("p1", "Ada Lovelace"), ("p2", "Niels Bohr"), ("p3", "Niels Bohr")], noun="person")
    qtbot.addWidget(picker)
    picker.set_value("p1")
    assert picker.text() == "Ada Lovelace" and picker.value() == "p1"
    picker.setText("ada lovelace")
    assert picker.value() == "p1"
    picker.setText("Nobody")
    assert picker.value() is None and "Nobody" in picker.error()
    picker.set_value("p3")
    assert picker.text() == "Niels Bohr [p3]" and picker.value() == "p3"
    picker.clear()
    assert picker.value() is None and picker.error() is None


def test_person_picker_reads_the_directory(qtbot, db):
    from qistdesk.services import directory

    org = directory.create_organization(db, name="Niels Bohr Institute", sector="academia", country="DK")
    pid = directory.create_person(db, given_name="Søren", family_name="Ærø", organization_id=org)
    picker = person_picker(db)
    qtbot.addWidget(picker)
    picker.set_value(pid)
    assert picker.text() == "Søren Ærø — Niels Bohr Institute"
