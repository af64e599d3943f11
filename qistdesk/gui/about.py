"""About and keyboard-shortcut dialogs.

The About box names the Qt licence: qistdesk uses Qt for Python (PySide6)
under the GNU LGPL v3, which asks that users are told and can find the source.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout


def about_text() -> str:
    import PySide6

    from qistdesk import __version__

    return (f"<h3>qistdesk {__version__}</h3>"
            "<p>Plans seminars, conferences and exchanges of a US–Denmark quantum science "
            "cooperation programme.</p>"
            f"<p>Built with Qt {qVersion()} and Qt for Python (PySide6 {PySide6.__version__}), "
            "used under the <a href='https://www.gnu.org/licenses/lgpl-3.0.html'>GNU Lesser General Public "
            "License v3 (LGPLv3)</a>. The Qt source code is available from "
            "<a href='https://download.qt.io/'>download.qt.io</a>; Help ▸ About Qt has details.</p>"
            "<p>Icons: Material Design Icons via QtAwesome (Apache 2.0 / MIT).</p>")


def show_about(parent) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("About qistdesk")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.exec()


def show_shortcuts(parent, rows: list[tuple[str, str]]) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts")
    table = QTableWidget(len(rows), 2, dialog)
    table.setHorizontalHeaderLabels(["Action", "Keys"])
    table.setAccessibleName("Keyboard shortcuts")
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, (what, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(what))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(520, 560)
    dialog.exec()
