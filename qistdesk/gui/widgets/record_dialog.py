"""A dialog that edits one record: form, OK/Cancel, errors at the fields.

OK stays disabled while the form is invalid. On OK the dialog calls
``save(values)``; a ``ValidationError`` keeps the dialog open with the
messages at their fields, a ``ConflictError`` (the record changed elsewhere
since the dialog opened) tells the user and offers to reload, and any other
error a user can act on shows as a line at the top. Nothing is saved half-way:
each ``save`` is one service call, one transaction.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMessageBox, QScrollArea, QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.discard_guard import DiscardGuard
from qistdesk.gui.widgets.forms import RecordForm

Saver = Callable[[dict[str, Any]], Any]


def conflict_choice(parent: QWidget, message: str) -> bool:
    """Tell the user a record changed elsewhere; True when they choose to reload it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Changed elsewhere"))
    box.setText(tr("This record was changed elsewhere since you opened it."))
    box.setInformativeText(tr("Your changes were not saved, so nothing was overwritten. Reload to see the "
                              "current version (your edits in this form are replaced), or keep editing."))
    box.setDetailedText(message)
    reload_button = box.addButton(tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button


class RecordDialog(DiscardGuard, QDialog):
    """Edit a record in a :class:`RecordForm`; ``result_value`` holds what ``save`` returned."""

    def __init__(self, title: str, form: RecordForm, save: Saver, parent: QWidget | None = None, *,
                 reload: Callable[[], dict] | None = None, ok_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = form
        self._save = save
        self._reload = reload
        self.result_value: Any = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Save") if ok_text is None else ok_text)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        form.changed.connect(self._update_ok)
        form.validate(show_untouched=False)
        self._update_ok()
        self.resize(max(form.sizeHint().width() + 60, 640), min(form.sizeHint().height() + 110, 720))
        self._opened_with: str | None = None

    def showEvent(self, event) -> None:  # noqa: N802 (what the caller loaded is not "typed")
        super().showEvent(event)
        if self._opened_with is None:
            self._opened_with = repr(self.form.values())

    def has_typed_changes(self) -> bool:
        return self._opened_with is not None and repr(self.form.values()) != self._opened_with

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.form.is_valid())
        missing = ", ".join(sorted(self.form.field_title(name) for name in self.form.errors))
        self.ok_button.setToolTip(tr("Fix first: {fields}").format(fields=missing) if missing else "")

    def _accept(self) -> None:
        from qistdesk.services.errors import USER_ERRORS, ConflictError, ValidationError

        if self.form.validate():
            self._update_ok()
            return
        try:
            self.result_value = self._save(self.form.values())
        except ValidationError as exc:
            self.form.set_errors(exc.errors)
            self._update_ok()
            return
        except ConflictError as exc:
            if conflict_choice(self, str(exc)) and self._reload is not None:
                self.form.set_values(self._reload())
                self._opened_with = repr(self.form.values())
                self.form.validate(show_untouched=False)
                self._update_ok()
            return
        except USER_ERRORS as exc:
            self.form.set_general_error(str(exc))
            return
        self.accept()
