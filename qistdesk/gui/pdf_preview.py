"""Widgets for PDF packets: a page preview before saving, and a bulk run with progress and Cancel.

Why pypdfium2 and not QtPdf: QtPdf ships in PySide6-Addons (a large extra
download), not in PySide6-Essentials which the app depends on; pypdfium2 is a
small wheel that renders pages to images, which is all a preview needs.
Bulk runs happen on a QThread that drives the process pool, so the window
keeps painting; Cancel sets a flag the pool polls ten times a second.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QThread, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)
from qistdesk.gui.i18n import tr

AMBER = "background:#fff4ce; color:#5c4400; border:1px solid #e0b300; border-radius:4px; padding:6px;"
MAX_PREVIEW_PAGES = 40


def page_images(pdf: bytes, width_px: int = 620, max_pages: int = MAX_PREVIEW_PAGES) -> tuple[list[QImage], int]:
    """(images of the first pages, total page count), rendered by pdfium."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            scale = width_px / page.get_width()
            pil = page.render(scale=scale).to_pil().convert("RGBA")
            data = pil.tobytes()
            images.append(QImage(data, pil.width, pil.height, pil.width * 4, QImage.Format_RGBA8888).copy())
            page.close()
        return images, len(doc)
    finally:
        doc.close()


def warnings_label(warnings: list[str]) -> QLabel:
    """Amber, never blocking: what will not print as typed."""
    label = QLabel(tr("⚠ Check before printing:") + "\n" + "\n".join(f"• {w}" for w in warnings))
    label.setWordWrap(True)
    label.setStyleSheet(AMBER)
    label.setTextFormat(Qt.PlainText)  # user text in warnings is never rich text
    label.setAccessibleName(tr("Printing warnings"))
    label.setVisible(bool(warnings))
    return label


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)



def fit_to_screen(window: QWidget, margin: int = 40) -> None:
    """No taller or wider than the screen it opens on (a 900 px preview on a 700 px screen hid its buttons)."""
    from PySide6.QtGui import QGuiApplication

    screen = (window.parentWidget().screen() if window.parentWidget() else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    window.resize(min(window.width(), room.width() - margin), min(window.height(), room.height() - margin))

class PdfPreviewDialog(QDialog):
    """The pages of a rendered packet, its warnings, and Save… (nothing is written before that)."""

    def __init__(self, pdf: bytes, warnings: list[str], suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf, self.suggested_name, self.saved_to = pdf, suggested_name, None
        self.setWindowTitle(tr("Preview – {name}").format(name=suggested_name))
        self.resize(760, 900)
        fit_to_screen(self)
        images, total = page_images(pdf)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setAlignment(Qt.AlignHCenter)
        self.page_labels = []
        for i, image in enumerate(images):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(tr("Page {page} of {pages}").format(page=i + 1, pages=total))
            label.setStyleSheet("border:1px solid #b8c2cc; background:white;")
            column.addWidget(label)
            self.page_labels.append(label)
        if total > len(images):
            column.addWidget(QLabel(tr("… and %n more page(s) (all of them are saved).", None, total - len(images))))
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        self.summary = QLabel(tr("%n page(s)", None, total))
        self.warnings = warnings_label(warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.save_button = buttons.addButton(tr("Save PDF…"), QDialogButtonBox.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.choose_and_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.warnings, self.summary, scroll, buttons):
            layout.addWidget(w)

    def choose_and_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save packet"), self.suggested_name, tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        try:
            write_atomically(path, self.pdf)
        except OSError as exc:
            QMessageBox.warning(self, tr("Packet not saved"), tr("Could not write {path}: {reason}").format(path=path, reason=exc))
            return
        self.saved_to = path
        self.accept()


class BulkWorker(QThread):
    """Runs :func:`render_event_packets` off the GUI thread; results arrive by signal."""

    progressed = Signal(int, int)
    finished_with = Signal(object)
    failed = Signal(str)

    def __init__(self, event, cards, office, target: Path, merged: bool, paper: str, workers: int | None = None):
        super().__init__()
        self.args = (event, cards, office, target, merged, paper, workers)
        self.cancel_flag = threading.Event()

    def run(self) -> None:
        from qistdesk.formats.pdf.bulk import render_event_packets

        event, cards, office, target, merged, paper, workers = self.args
        try:
            result = render_event_packets(
                event, cards, office, out_dir=None if merged else target, merged=target if merged else None,
                paper=paper, workers=workers, progress=self.progressed.emit, cancelled=self.cancel_flag.is_set)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the window stays alive
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished_with.emit(result)


class BulkPacketsDialog(QDialog):
    """Packets for every participant of an event: folder or one merged file, progress, Cancel."""

    def __init__(self, event, cards, office, default_paper: str = "auto", parent: QWidget | None = None,
                 workers: int | None = None):
        super().__init__(parent)
        self.event_info, self.cards, self.office, self.workers = event, cards, office, workers  # not self.event: QObject.event()
        self.worker: BulkWorker | None = None
        self.result_ = None
        self.setWindowTitle(tr("Participant packets – {event}").format(event=event.title))
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setAccessibleName(tr("Folder for the packets"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.merged = QCheckBox(tr("One merged PDF instead of one file per participant"))
        self.paper = QComboBox()
        for value, label in (("auto", tr("auto")), ("A4", "A4"), ("Letter", tr("Letter"))):
            self.paper.addItem(label, value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper)))
        self.paper.setToolTip(tr("auto: A4 for recipients in Europe, US Letter in North America"))
        form = QFormLayout()
        form.addRow(tr("Folder"), row)
        form.addRow(tr("Paper"), self.paper)
        form.addRow("", self.merged)
        from qistdesk.formats.pdf import preflight

        self.warnings = warnings_label(preflight(event, cards))
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, len(cards)))
        self.progress.setValue(0)
        self.progress.setFormat(tr("%v of %m packets"))
        self.status = QLabel(tr("%n participant(s) (declined invitations left out).", None, len(cards)))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(tr("Write packets"), QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for w in (self.warnings, self.progress, self.status, self.buttons):
            layout.addWidget(w)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the packets"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def target(self) -> Path:
        from qistdesk.formats.pdf.bulk import file_name

        folder = Path(self.folder.text()).expanduser()
        if self.merged.isChecked():
            return folder / (file_name(0, self.event_info.title)[4:-4] + tr(" – packets") + ".pdf")
        return folder / file_name(0, self.event_info.title)[4:-4]

    def start(self) -> None:
        if self.worker is not None or not self.cards:
            return
        self.start_button.setEnabled(False)
        self.status.setText(tr("Writing packets… the window stays usable; Cancel stops after the current few."))
        self.worker = BulkWorker(self.event_info, self.cards, self.office, self.target(), self.merged.isChecked(),
                                 self.paper.currentData(), self.workers)
        self.worker.progressed.connect(self._progress)
        self.worker.finished_with.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        self.result_ = result
        self.worker.wait()
        self.worker = None
        self.cancel_button.setText(tr("Close"))
        if result.cancelled:
            self.status.setText(tr("Cancelled: %n packet(s) were written.", None, result.packets) if self.merged.isChecked()
                                else tr("Cancelled: %n packet(s) were written to {folder}.", None, result.packets).format(
                                    folder=self.target()))
        else:
            self.status.setText(tr("%n packet(s), {pages} pages written to {target} in {seconds} s.", None, result.packets).format(
                pages=result.pages, target=result.files[0] if self.merged.isChecked() else self.target(),
                seconds=QLocale().toString(result.seconds, "f", 1)))

    def _failed(self, message: str) -> None:
        self.worker.wait()
        self.worker = None
        self.start_button.setEnabled(True)
        self.status.setText(tr("Packets could not be written: {reason}").format(reason=message))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_flag.set()
            self.status.setText(tr("Cancelling…"))
            return
        self.reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.worker is not None:
            self.worker.cancel_flag.set()
            self.worker.wait()
        super().closeEvent(event)
