"""What the event, series-date and session dialogs share: labelled fields with a reason under
each, live validation that disables OK, amber warnings that never block, and "+" for a person
who is not in the directory yet. Nothing is saved until OK.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from qistdesk.gui.event_common import WarningsLabel, preferences
from qistdesk.gui.event_forms import Field
from qistdesk.gui.widgets.discard_guard import DiscardGuard
from qistdesk.gui.widgets.pickers import RecordPicker, people_items
from qistdesk.gui.i18n import tr


def offer_person(picker: RecordPicker, ctx, parent: QWidget) -> None:
    """A speaker or chair not in the directory yet: "+" makes them without leaving the dialog."""
    from qistdesk.gui.quick_create import offer_new
    from qistdesk.services import queries

    offer_new(picker, ctx, "person", lambda: people_items(queries.list_people(ctx.db)), parent)


class EventDialogBase(DiscardGuard, QDialog):
    """OK/Cancel, a form, a warnings line and debounced re-validation."""

    def __init__(self, ctx, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = preferences(ctx)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.warnings = WarningsLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)  # amber warnings appearing below never move the fields above
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_warnings)
        self._timer.timeout.connect(self._fit_height)
        self.fields: dict[str, Field] = {}

    def add(self, label: str, key: str, control: QWidget, extra: QWidget | None = None) -> Field:
        control.setAccessibleName(control.accessibleName() or label.replace("&", "").rstrip(":"))
        field = Field(control, self, extra)
        self.form.addRow(label, field)
        self.fields[key] = field
        return field

    def _fit_height(self) -> None:
        """Warnings appeared: the dialog grows downwards to its full height (within the screen),
        rather than squeezing the rows above and moving them under the mouse."""
        area = self.screen().availableGeometry() if self.screen() else None
        want = min(self.sizeHint().height(), area.bottom() - self.geometry().top() if area else 10_000)
        if want > self.height():
            self.resize(self.width(), want)

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show service errors at their fields (unknown fields at the first one)."""
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        stray = [f"{k}: {v}" for k, v in errors.items() if k not in self.fields]
        if stray and self.fields:
            first = next(iter(self.fields.values()))
            first.set_error("; ".join(stray))
        self.ok_button.setEnabled(False)

    def revalidate(self) -> None:
        errors = self.validate()
        quiet = getattr(self, "_quiet", {})  # what was missing when the form opened: said once OK is tried
        for key, field in self.fields.items():
            message = errors.get(key)
            field.set_error(None if message and quiet.get(key) == message else message)
        self.ok_button.setEnabled(not errors)
        self.ok_button.setToolTip(tr("Still needed: {problems}").format(problems="; ".join(errors.values()))
                                  if errors else "")
        self._timer.start()

    def validate(self) -> dict[str, str]:
        return {}

    def update_warnings(self) -> None:
        pass

    def link_times(self) -> None:
        """Moving the start moves the end with it, as calendars do."""
        self._last_start = self.start_edit.value()
        self.start_edit.changed.connect(self._keep_length)

    def _keep_length(self) -> None:
        """Moving the start moves the end with it, as calendars do."""
        new = self.start_edit.value()
        shift = new - self._last_start
        self._last_start = new
        if shift:
            self.end_edit.blockSignals(True)
            self.end_edit.set_value(self.end_edit.value() + shift)
            self.end_edit.blockSignals(False)
            until = getattr(self, "until_edit", None)
            if until is not None and self._until_follows:  # a new series' last date follows its start
                until.blockSignals(True)
                until.set_value(until.value() + timedelta(days=(new.date() - (new - shift).date()).days))
                until.blockSignals(False)
            self.revalidate()

    def remember_values(self) -> None:
        """What the form held when it opened; OK with nothing changed then adds no undo step.

        A new form does not open in red ("A title is required" before one could type it): what
        is missing then is said when the user presses OK (OK stays disabled meanwhile)."""
        self._opened_with = self.values()
        self._quiet = dict(self.validate())
        self.revalidate()

    def unchanged(self) -> bool:
        return getattr(self, "_opened_with", None) == self.values()

    def has_typed_changes(self) -> bool:  # only forms that remember what they opened with can tell
        return hasattr(self, "_opened_with") and not self.unchanged()

    def accept(self) -> None:
        if self.validate():
            self._quiet = {}
            self.revalidate()
            return
        super().accept()
