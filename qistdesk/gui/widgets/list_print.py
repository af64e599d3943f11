"""Print… and Export… (PDF, CSV) of what a list shows: its filter, its sort, its columns in their order.

Every list of the app is a :class:`RecordsTable`, so this is written once: it
reads the rows the view shows (filtered and sorted by the model) and the
columns the header shows (moved or hidden ones as they are on screen), adds a
title and the date, and hands plain text to the PDF and CSV writers. The
paper is A4 or Letter as Preferences say (``packets.paper``; "auto" follows
the office's country). Print… shows the pages first, with Print… and Save PDF….
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr


def shown_table(table) -> tuple[list[str], list[list[str]]]:
    """(headers, rows) exactly as the table shows them: visible columns in visual order, visible rows in order."""
    header = table.view.horizontalHeader()
    model = table.model
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    headers = [model.columns[c].title for c in columns]
    rows = [[model.text_at(r, c) for c in columns] for r in range(model.rowCount())]
    return headers, rows


def description(table) -> str:
    """"Printed 1 Dec 2026 14:05 · filter “aarhus” · sorted by Name ↑ · 12 of 63"."""
    now = datetime.now()
    parts = [tr("Printed {when}").format(when=f"{locale_format.date_words(now)} {locale_format.clock(now)}")]
    text = table.filter_edit.text().strip()
    if text:
        parts.append(tr("filter “{text}”").format(text=text))
    header = table.view.horizontalHeader()
    column = header.sortIndicatorSection()
    if 0 <= column < len(table.model.columns):
        arrow = "↑" if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else "↓"
        parts.append(tr("sorted by {column} {arrow}").format(column=table.model.columns[column].title, arrow=arrow))
    shown, total = table.model.rowCount(), table.model.total_count()
    parts.append(tr("{shown} of %n row(s)", None, total).format(shown=locale_format.number(shown)).replace(
        str(total), locale_format.number(total)) if shown != total
        else tr("%n row(s)", None, total).replace(str(total), locale_format.number(total)))
    return " · ".join(parts)


def paper() -> str:
    from qistdesk.formats.pdf.paper import paper_for
    from qistdesk.settings import load

    settings = load()
    try:
        return paper_for(settings.get("office.country"), settings.get("packets.paper"))
    except ValueError:
        return paper_for(settings.get("office.country"))


def list_pdf_bytes(table, title: str) -> bytes:
    from qistdesk.formats.pdf.report_summaries import list_pdf
    from qistdesk.services.packets import office_info

    headers, rows = shown_table(table)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return list_pdf(title, description(table), headers, rows, office_info(), paper())
    finally:
        QGuiApplication.restoreOverrideCursor()


def write_list(table, title: str, path: Path) -> Path:
    """Write the list to ``path``: CSV when it ends in .csv, else PDF (".pdf" added when missing)."""
    if path.suffix.lower() == ".csv":
        from qistdesk.formats.csv_io.report import write_table_csv

        headers, rows = shown_table(table)
        write_table_csv(path, headers, rows)
        return path
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    from qistdesk.gui.pdf_preview import write_atomically

    write_atomically(path, list_pdf_bytes(table, title))
    return path


def export_list(table, title: str, parent: QWidget | None = None) -> Path | None:
    """Export…: a native save dialog offering PDF and CSV."""
    name = f"{title} {datetime.now():%Y-%m-%d}"
    path, chosen = QFileDialog.getSaveFileName(parent or table, tr("Export {title}").format(title=title), name,
                                               tr("PDF files (*.pdf);;CSV files (*.csv)"))
    if not path:
        return None
    target = Path(path)
    if not target.suffix and "csv" in chosen.lower():
        target = target.with_suffix(".csv")
    try:
        written = write_list(table, title, target)
    except OSError as exc:
        QMessageBox.warning(parent or table, tr("Not exported"), tr("Could not write {file}: {error}").format(
            file=target, error=exc))
        return None
    _status(table, tr("{title}: %n row(s) written to {file}", None, table.model.rowCount()).format(title=title, file=written))
    return written


def print_list(table, title: str, parent: QWidget | None = None):
    """Print…: the pages as they will print, with Print… and Save PDF…."""
    from qistdesk.gui.pdf_preview import PdfPreviewDialog

    pdf = list_pdf_bytes(table, title)
    dialog = PdfPreviewDialog(pdf, [], f"{title} {datetime.now():%Y-%m-%d}", parent or table)
    add_print_button(dialog, pdf)
    dialog.open()
    return dialog


def add_print_button(dialog, pdf: bytes, on_printed=None) -> None:
    """A Print… button on a PDF preview: the system's print dialog, pages drawn at the printer's resolution;
    ``on_printed()`` runs once the pages went to the printer."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    box = dialog.findChild(QDialogButtonBox)
    button = QPushButton(tr("&Print…"), dialog)
    box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    button.clicked.connect(lambda: send_to_printer(pdf, dialog) and on_printed and on_printed())


def send_to_printer(pdf: bytes, parent: QWidget) -> bool:
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    doc = pdfium.PdfDocument(pdf)
    painter = QPainter(printer)
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        for i in range(len(doc)):
            if i:
                printer.newPage()
            page = doc[i]
            scale = min(area.width() / page.get_width(), area.height() / page.get_height())
            pil = page.render(scale=min(scale, 300 / 72)).to_pil().convert("RGBA")
            image = QImage(pil.tobytes(), pil.width, pil.height, pil.width * 4, QImage.Format.Format_RGBA8888)
            target = image.scaled(int(page.get_width() * scale), int(page.get_height() * scale),
                                  Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(0, 0, target)
            page.close()
    finally:
        painter.end()
        doc.close()
    return True


def _status(widget: QWidget, text: str) -> None:
    window = widget.window()
    ctx = getattr(window, "ctx", None)
    if ctx is not None and hasattr(ctx, "show_status"):
        ctx.show_status(text)
