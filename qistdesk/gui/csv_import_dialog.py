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
from qistdesk.services.errors import USER_ERRORS


class CsvImportDialog(QDialog):
    def __init__(self, ctx, path: str | Path | None = None, event_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.table = None
        self.plan = None
        self.setWindowTitle("Import people from CSV" + (" onto the event" if event_id else ""))
        self.resize(900, 640)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("CSV file")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

        self.info = QLabel("Choose a CSV file (UTF-8 or Windows-1252, comma or semicolon).")
        self.info.setWordWrap(True)
        self.duplicates = QComboBox()
        self.duplicates.addItem("fill their empty fields", "merge")
        self.duplicates.addItem("leave them unchanged", "skip")
        self.duplicates.currentIndexChanged.connect(self.refresh_preview)
        options = QFormLayout()
        options.addRow("Someone with the same e-mail exists:", self.duplicates)

        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels(["Column in the file", "Fills the field"])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setAccessibleName("Column mapping")
        self.preview = QTableWidget(0, 5)
        self.preview.setHorizontalHeaderLabels(["Line", "Action", "Name", "E-mail", "Notes"])
        self.preview.horizontalHeader().setStretchLastSection(True)
        for column in range(4):
            self.preview.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName("Preview")
        self.problems = QListWidget()
        self.problems.setAccessibleName("Problems")
        self.problems.setMaximumHeight(120)
        self.problems_label = QLabel("<b>Problems</b> — nothing is imported until every one is fixed "
                                     "(in the file, or by choosing other fields above)")
        self.problems_label.setBuddy(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addLayout(options)
        layout.addWidget(QLabel("Columns"))
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel("Preview"))
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
        path, _ = QFileDialog.getOpenFileName(self, "Import people from CSV", "", "CSV files (*.csv *.txt);;All files (*)")
        if path:
            self.path_edit.setText(path)
            self.load(path)

    def load(self, path) -> None:
        self.table = None
        try:
            self.table = read_file(path)
        except (CsvError, OSError, *USER_ERRORS) as exc:
            self._show_problems([str(exc)])
            self.info.setText("The file could not be read.")
            self.mapping_table.setRowCount(0)
            self.preview.setRowCount(0)
            return
        t = self.table
        encoding = {"utf-8-sig": "UTF-8 (with BOM)", "utf-8": "UTF-8"}.get(t.encoding, t.encoding)
        warning = "".join(f"\nWarning: {w}" for w in t.warnings)  # e.g. one line not UTF-8
        self.info.setText(f"{len(t.rows)} rows · {encoding} · {t.delimiter_name}-separated{warning}")
        guessed = guess_mapping(t.headers)
        self.mapping_table.setRowCount(len(t.headers))
        for i, header in enumerate(t.headers):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(i, 0, item)
            box = QComboBox()
            for key, label in TARGETS.items():
                box.addItem(label, key)
            box.setCurrentIndex(max(0, box.findData(guessed.get(header, ""))))
            box.currentIndexChanged.connect(self.refresh_preview)
            self.mapping_table.setCellWidget(i, 1, box)
        self.refresh_preview()

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
            action = r.action + (f" (line {r.merged_into})" if r.merged_into else "")
            for col, value in enumerate((str(r.line), action, r.name, r.email, "; ".join(r.notes))):
                self.preview.setItem(i, col, QTableWidgetItem(value))
        self._show_problems([str(p) for p in self.plan.problems])
        self.import_button.setEnabled(not self.plan.problems and bool(rows))
        if not self.plan.problems:
            self.info.setText(self.info.text().split(" → ")[0] + " → " + self.plan.describe())

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
        self.ctx.show_status("Imported: " + plan.describe())
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
