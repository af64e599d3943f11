"""RecordForm and RecordDialog: errors at the field, OK disabled until valid, conflicts offer reload."""

from __future__ import annotations

from unittest import mock

from PySide6.QtWidgets import QLineEdit

from qistdesk.gui.widgets.forms import RecordForm, combo
from qistdesk.gui.widgets.record_dialog import RecordDialog
from qistdesk.services.errors import ConflictError, ValidationError


def validator(values):
    return {} if values["name"] else {"name": "is required"}


def make_form(qtbot):
    form = RecordForm(validator=validator)
    form.add("name", "Name", QLineEdit(), required=True)
    form.add("sector", "Sector", combo([("Academia", "academia"), ("Industry", "industry")]))
    qtbot.addWidget(form)
    return form


def test_values_round_trip_and_inline_error(qtbot):
    form = make_form(qtbot)
    form.set_values({"name": "NBI", "sector": "industry"})
    assert form.values() == {"name": "NBI", "sector": "industry"}
    form.editor("name").clear()
    assert form.rows["name"].error == "is required"
    form.set_errors({"sector": "bad", "other": "unknown field"})
    assert form.rows["sector"].error == "bad"
    assert "other: unknown field" in form.general_error.text()


def test_dialog_ok_disabled_until_valid_and_service_errors_shown(qtbot):
    saved = []

    def save(values):
        if values["name"] == "dup":
            raise ValidationError({"name": "already exists"})
        saved.append(values)
        return "id1"

    dialog = RecordDialog("New organisation", make_form(qtbot), save)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.form.editor("name"), "dup")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.form.rows["name"].error == "already exists" and not saved
    dialog.form.editor("name").setText("Quantum Foundry")
    dialog.ok_button.click()
    assert dialog.result_value == "id1" and saved[0]["name"] == "Quantum Foundry"


def test_conflict_offers_reload(qtbot):
    def save(values):
        raise ConflictError("organisation", "x", 1, 2)

    dialog = RecordDialog("Edit", make_form(qtbot), save, reload=lambda: {"name": "Fresh name"})
    qtbot.addWidget(dialog)
    dialog.form.editor("name").setText("Mine")
    with mock.patch("qistdesk.gui.widgets.record_dialog.conflict_choice", return_value=True) as ask:
        dialog.ok_button.click()
    assert ask.called
    assert dialog.form.values()["name"] == "Fresh name"
    assert dialog.result() == 0  # still open, nothing saved


def test_wheel_over_an_unfocused_field_scrolls_the_form_not_the_value(qtbot):
    """Scrolling Preferences under Xvfb turned 'Working day ends' from 18:00 into 11:00: a field the
    pointer passes over keeps its value; the wheel scrolls the form; a focused field still takes it."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox

    from qistdesk.gui.widgets.forms import RecordForm

    form = RecordForm()
    spins = []
    for i in range(30):
        spin = QSpinBox()
        spin.setRange(0, 24)
        spin.setValue(18)
        spins.append(form.add(f"f{i}", f"Field {i}", spin))
    area = QScrollArea()
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.resize(400, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    target = spins[1]

    def wheel(widget):
        pos = QPointF(widget.rect().center())
        event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)

    wheel(target)
    assert target.value() == 18
    assert area.verticalScrollBar().value() > 0
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    wheel(target)
    assert target.value() != 18


def _tops(form):
    return {name: (row.editor.mapTo(form, row.editor.rect().topLeft()).y(), row.editor.height())
            for name, row in form.rows.items()}


def test_an_error_line_never_moves_the_rows_below(qtbot, db):
    """The red frame's style is shorter than the native frame: the editor keeps its height, the
    error line its reserved room, so no row below moves when a reason appears or goes."""
    from PySide6.QtCore import Qt

    from qistdesk.gui.views.exchange_parts import exchange_form
    from qistdesk.gui.views.people import person_form

    for form, field, bad in ((person_form(db), "email", "not an address"),
                             (exchange_form(db, new=True), "person_id", "Nobody Known")):
        qtbot.addWidget(form)
        form.resize(640, form.sizeHint().height())  # tight, as in the dialog's scroll area
        form.show()
        qtbot.waitExposed(form)
        before = _tops(form)
        editor = form.rows[field].editor
        qtbot.keyClicks(editor, bad)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: form.rows[field].error is not None)
        qtbot.wait(50)  # the layout settles
        assert _tops(form) == before, field
        editor.clear()
        form.set_errors({})
        qtbot.wait(50)
        assert _tops(form) == before, field
