"""Exchange programmes: the list, and a form to add or edit one (Exchange ▸ Programmes…).

An exchange always belongs to a programme (student, researcher or
professional; US→DK or DK→US), so a new office needs this before its first
exchange. The welcome letter of a programme's packets is edited here too.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from qistdesk.domain.enums import Direction, ProgramKind
from qistdesk.gui.enum_text import enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.widgets.forms import RecordForm, combo, enum_choices, text_edit
from qistdesk.gui.widgets.record_dialog import RecordDialog
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.gui.widgets.undo import push_done

DIRECTION_TEXT = {Direction.US_TO_DK.value: "US → DK", Direction.DK_TO_US.value: "DK → US"}
TEMPLATE_HELP = QT_TR_NOOP("Welcome letter printed in exchange packets, in the participant's language (else the other "
                           "one). Placeholders: {codes}. Leave both empty for the standard letter.")


def template_help() -> str:
    """The letter fields' help, naming every placeholder the letter knows (formats.pdf.letter)."""
    from qistdesk.formats.pdf.letter import PLACEHOLDERS

    return tr(TEMPLATE_HELP).format(codes=", ".join("{" + key + "}" for key in PLACEHOLDERS))


def program_form() -> RecordForm:
    from qistdesk.domain.validation import validate_program

    form = RecordForm(validator=lambda values: validate_program(SimpleNamespace(**values)))
    form.add("name", tr("Name"), QLineEdit(), required=True)
    form.add("kind", tr("Kind"), combo(enum_choices(ProgramKind)), required=True)
    form.add("direction", tr("Direction"), combo([(t, v) for v, t in DIRECTION_TEXT.items()]), required=True)
    form.add("funding", tr("Funding"), QLineEdit(), help=tr("Who funds it, e.g. the Danish Agency for Higher Education"))
    form.add("description", tr("Description"), text_edit(3))
    form.add("welcome_template", tr("Welcome letter in English"), text_edit(6), help=template_help())
    form.add("welcome_template_da", tr("Welcome letter in Danish"), text_edit(6), help=template_help())
    return form


class ProgramsDialog(QDialog):
    """The programmes, with New… and Edit…; every change can be undone from the main window."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._versions: dict[str, int] = {}
        self.setWindowTitle(tr("Exchange programmes"))
        self.setAccessibleName(tr("Exchange programmes"))
        self.table = RecordsTable([Column("name", tr("Name")), Column("kind", tr("Kind"), format=lambda r: enum_label_of(ProgramKind, r["kind"])),
                                   Column("direction", tr("Direction"),
                                          format=lambda r: DIRECTION_TEXT.get(r["direction"], r["direction"])),
                                   Column("funding", tr("Funding"))], self, kind="program", name=tr("programmes"),
                                  empty_message=tr("No exchange programmes yet — add one, then create exchanges in it."))
        self.table.activated.connect(self.edit)
        self.new_button = QPushButton(tr("&New programme…"), self)
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(tr("&Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit(next(iter(self.table.selected_ids()), None)))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.refresh()

    def _track(self, ident: str, version: int) -> int:
        """The version this window's last write left (what its undo of the create expects)."""
        self._versions[ident] = version
        return version

    def refresh(self) -> None:
        from qistdesk.services import queries

        self.table.set_rows(queries.list_programs(self.ctx.db))

    def new(self) -> str | None:
        from qistdesk.services import exchanges

        form = program_form()
        form.set_values({"kind": ProgramKind.STUDENT.value, "direction": Direction.DK_TO_US.value})
        dialog = RecordDialog(tr("New exchange programme"), form,
                              lambda values: exchanges.create_program(self.ctx.db, **values), self, ok_text=tr("Create"))
        self._last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        ident = dialog.result_value
        fields = form.values()
        self._versions[ident] = 1
        # Undo deletes it only as this window left it (a change made elsewhere is a conflict, not lost).
        push_done(self.ctx, tr("New programme {name}").format(name=fields['name']),
                  redo=lambda: self._track(ident, exchanges.create_program(self.ctx.db, **dict(fields, id=ident)) and 1),
                  undo=lambda: exchanges.delete_program(self.ctx.db, ident, self._versions.get(ident)),
                  what="programs", parent=self)
        self.refresh()
        return ident

    def edit(self, ident: str | None) -> None:
        from qistdesk.services import exchanges
        from qistdesk.services.editing import fields_of

        if not ident:
            return
        before = fields_of(self.ctx.db, "program", ident)
        editable = {k: v for k, v in before.items() if k not in ("id", "version")}
        form = program_form()
        form.set_values(editable)
        state = {"version": before["version"]}

        def save(values):
            if any(editable.get(k) != v for k, v in values.items()):  # OK with no change: no write, no undo step
                state["version"] = self._track(ident, exchanges.update_program(self.ctx.db, ident, state["version"],
                                                                               **values))
                state["changed"] = True
            return state["version"]

        def reload():
            fresh = fields_of(self.ctx.db, "program", ident)
            state["version"] = fresh["version"]
            return {k: v for k, v in fresh.items() if k not in ("id", "version")}

        dialog = RecordDialog(tr("Edit {name}").format(name=before['name']), form, save, self, reload=reload)
        self._last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or not state.get("changed"):
            return
        after = form.values()
        push_done(self.ctx, tr("Edit programme {name}").format(name=after['name']),
                  redo=lambda: self._track(ident, exchanges.update_program(self.ctx.db, ident, None, **after)),
                  undo=lambda: self._track(ident, exchanges.update_program(self.ctx.db, ident, None, **editable)),
                  what="programs", parent=self)
        self.refresh()




def install(window) -> None:
    """Exchange ▸ Programmes…"""
    action = QAction(tr("&Programmes…"), window)
    action.setStatusTip(tr("Add or edit exchange programmes and their welcome letters"))
    action.triggered.connect(lambda: ProgramsDialog(window.ctx, window).exec())
    window.menu("Exchange").addAction(action)
