"""The CSV import wizard: pick a file, check the column mapping, preview, import.

Why a preview: attachés get lists from partners in every spreadsheet dialect. The
dialog shows how the file was read (encoding, delimiter), which column fills which
field (editable), and what each row will do (new, update, merged duplicate) with
every problem at its line and column, before anything is written. Import is one
service call, so it is all rows or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView,
                               QLabel, QLineEdit, QListWidget, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from qistdesk.formats.csv_io import TARGETS, CsvError, guess_mapping, read_file
from qistdesk.services.people_csv import import_people, preview_import
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.services.errors import USER_ERRORS

#: The fields a column can fill (formats.csv_io.TARGETS' labels), listed so the translation
#: tool finds them; the pick list shows ``tr(label)``.
_TARGET_WORDS = (
    QT_TR_NOOP("(ignore)"), QT_TR_NOOP("Full name (split into given and family name)"), QT_TR_NOOP("Given name"),
    QT_TR_NOOP("Family name"), QT_TR_NOOP("E-mail"), QT_TR_NOOP("Phone"), QT_TR_NOOP("Organisation (name)"),
    QT_TR_NOOP("Sector of a new organisation"), QT_TR_NOOP("Job title"), QT_TR_NOOP("Country"),
    QT_TR_NOOP("Career stage"), QT_TR_NOOP("Consent to be listed"), QT_TR_NOOP("Consent to photos"),
    QT_TR_NOOP("Keep data until"), QT_TR_NOOP("Notes"), QT_TR_NOOP("Dietary needs (sensitive)"),
    QT_TR_NOOP("Accessibility needs (sensitive)"), QT_TR_NOOP("Passport number (sensitive)"),
    QT_TR_NOOP("Date of birth (sensitive)"), QT_TR_NOOP("Role at the event"), QT_TR_NOOP("Invitation status"),
)
#: What the preview says a row will do.
ACTIONS = {"new": QT_TR_NOOP("new"), "update": QT_TR_NOOP("update"), "existing": QT_TR_NOOP("existing"),
           "merged": QT_TR_NOOP("merged")}
DELIMITERS = {",": QT_TR_NOOP("comma-separated"), ";": QT_TR_NOOP("semicolon-separated"),
              "\t": QT_TR_NOOP("tab-separated")}


def describe_plan(plan) -> str:
    """What an import will do (or did), in the app's language: "3 new, 1 updated, …"."""
    parts = [tr("%n new", None, plan.count("new")), tr("%n updated", None, plan.count("update")),
             tr("%n already in the directory", None, plan.count("existing")),
             tr("%n duplicate row(s) merged", None, plan.count("merged"))]
    if plan.new_organizations:
        review = [o["name"] for o in plan.new_organizations.values() if o["sector"] == "to-review"]
        parts.append(tr("%n new organisation(s)", None, len(plan.new_organizations))
                     + (" " + tr("(%n with sector “to review”: {names})", None, len(review)).format(names=", ".join(review))
                        if review else ""))
    if plan.event_title:
        added = sum(1 for r in plan.rows if r.participation.get("add"))
        parts.append(tr("%n added to “{event}”", None, added).format(event=plan.event_title))
    return ", ".join(parts)


class CsvImportDialog(QDialog):
    def __init__(self, ctx, path: str | Path | None = None, event_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.table = None
        self.plan = None
        self.setWindowTitle(tr("Import people from CSV onto the event") if event_id else tr("Import people from CSV"))
        self.resize(900, 640)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(tr("CSV file"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

        self.info = QLabel(tr("Choose a CSV file (UTF-8 or Windows-1252, comma or semicolon)."))
        self.info.setWordWrap(True)
        self.duplicates = QComboBox()
        self.duplicates.addItem(tr("fill their empty fields"), "merge")
        self.duplicates.addItem(tr("leave them unchanged"), "skip")
        self.duplicates.currentIndexChanged.connect(self.refresh_preview)
        options = QFormLayout()
        options.addRow(tr("Someone with the same e-mail exists:"), self.duplicates)

        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([tr("Column in the file"), tr("Fills the field")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setAccessibleName(tr("Column mapping"))
        self.preview = QTableWidget(0, 5)
        self.preview.setHorizontalHeaderLabels([tr("Line"), tr("Action"), tr("Name"), tr("E-mail"), tr("Notes")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        for column in range(4):
            self.preview.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(tr("Preview"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(tr("Problems"))
        self.problems.setMaximumHeight(120)
        self.problems_label = QLabel(tr("<b>Problems</b> — nothing is imported until every one is fixed "
                                        "(in the file, or by choosing other fields above)"))
        self.problems_label.setBuddy(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addLayout(options)
        layout.addWidget(QLabel(tr("Columns")))
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(tr("Preview")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        if path:
            self.path_edit.setText(str(path))
            self.load(path)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Enter in the path field loads the file and shows the preview (editingFinished); it must not
        # also press the default button, Import, which saved rows nobody had seen.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.path_edit:
            event.accept()
            return
        super().keyPressEvent(event)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import people from CSV"), "",
                                              tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.load(path)

    def load(self, path) -> None:
        self.table = None
        try:
            self.table = read_file(path)
        except (CsvError, OSError, *USER_ERRORS) as exc:
            self._show_problems([str(exc)])
            self.info.setText(tr("The file could not be read."))
            self.mapping_table.setRowCount(0)
            self.preview.setRowCount(0)
            return
        t = self.table
        encoding = {"utf-8-sig": tr("UTF-8 (with BOM)"), "utf-8": "UTF-8"}.get(t.encoding, t.encoding)
        warning = "".join("\n" + tr("Warning: {problem}").format(problem=w) for w in t.warnings)  # e.g. not UTF-8
        separated = tr(DELIMITERS[t.delimiter]) if t.delimiter in DELIMITERS else f"{t.delimiter_name}-separated"
        rows = tr("%n row(s)", None, len(t.rows))
        self.info.setText(f"{rows} · {encoding} · {separated}{warning}")
        guessed = guess_mapping(t.headers)
        self.mapping_table.setRowCount(len(t.headers))
        for i, header in enumerate(t.headers):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(i, 0, item)
            box = QComboBox()
            for key, label in TARGETS.items():
                box.addItem(tr(label), key)
            box.setCurrentIndex(max(0, box.findData(guessed.get(header, ""))))
            box.currentIndexChanged.connect(self.refresh_preview)
            self.mapping_table.setCellWidget(i, 1, box)
        self.refresh_preview()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter in the file field loads the preview (editingFinished) and stops there: it used to
        reach the dialog's default button too, so typing a path and Enter imported before the
        preview could be read (seen under Xvfb)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.path_edit:
            event.accept()
            return
        super().keyPressEvent(event)

    def mapping(self) -> dict[str, str]:
        if self.table is None:
            return {}
        return {self.table.headers[i]: self.mapping_table.cellWidget(i, 1).currentData()
                for i in range(self.mapping_table.rowCount())}

    def set_target(self, header: str, target: str) -> None:
        row = self.table.headers.index(header)
        box = self.mapping_table.cellWidget(row, 1)
        box.setCurrentIndex(box.findData(target))

    def refresh_preview(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        if self.table is None:
            return
        try:
            self.plan = preview_import(self.ctx.db, self.table, self.mapping(), self.event_id,
                                       self.duplicates.currentData())
        except USER_ERRORS as exc:
            self.preview.setRowCount(0)
            self._show_problems([str(p) for p in getattr(exc, "problems", [])] or [str(exc)])
            return
        rows = self.plan.rows
        self.preview.setRowCount(len(rows))
        for i, r in enumerate(rows):
            action = tr(ACTIONS[r.action]) if r.action in ACTIONS else r.action
            if r.merged_into:
                action += " " + tr("(line {line})").format(line=r.merged_into)
            for col, value in enumerate((str(r.line), action, r.name, r.email, "; ".join(r.notes))):
                self.preview.setItem(i, col, QTableWidgetItem(value))
        self._show_problems([str(p) for p in self.plan.problems])
        self.import_button.setEnabled(not self.plan.problems and bool(rows))
        if not self.plan.problems:
            self.info.setText(self.info.text().split(" → ")[0] + " → " + describe_plan(self.plan))

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        self.problems_label.setVisible(bool(problems))

    def do_import(self) -> None:
        try:
            plan = import_people(self.ctx.db, self.table, self.mapping(), self.event_id,
                                 self.duplicates.currentData(), record=True)
        except USER_ERRORS as exc:  # e.g. someone added the same person meanwhile
            self._show_problems([str(p) for p in getattr(exc, "problems", [])] or [str(exc)])
            self.refresh_preview()
            return
        self._push_undo(plan)
        self.ctx.notify_changed("people")
        if self.event_id:
            self.ctx.notify_changed("events")
        self.ctx.show_status(tr("Imported: {what}").format(what=describe_plan(plan)))
        self.accept()

    def _push_undo(self, plan) -> None:
        """The import is one step on the undo stack, named after the file ("Import 12 people from list.csv")."""
        from qistdesk.gui.i18n import tr
        from qistdesk.gui.import_undo import push_import

        n, file = sum(1 for r in plan.rows if r.action != "merged"), Path(self.path_edit.text()).name
        if self.event_id:  # two sentences, not "%n": English has no plural forms loaded
            text = tr("Import 1 participant from {file}") if n == 1 else tr("Import {n} participants from {file}")
        else:
            text = tr("Import 1 person from {file}") if n == 1 else tr("Import {n} people from {file}")
        text = text.format(n=n, file=file)
        push_import(self.ctx, text, plan.changes, what="events" if self.event_id else "people", parent=self)
