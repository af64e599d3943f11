"""Reports: the cooperation report for a chosen period, on screen, and Save as PDF / CSV.

What the screen shows is the report's own data (:func:`services.reports.cooperation_report`):
the summary table and one chart per table, each bar with its number beside it
and hidden counts written "< 5", exactly as the PDF prints them. Save as PDF
writes the same report; nothing here counts anything itself.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from qistdesk.gui.widgets.chart import BarChart
from qistdesk.gui.widgets.datetime_edit import DateEdit
from qistdesk.gui.i18n import current_language, tr
from qistdesk.gui.views import QT_TR_NOOP

PRESETS = [QT_TR_NOOP("Last calendar year"), QT_TR_NOOP("This year so far"), QT_TR_NOOP("Last 12 months"),
           QT_TR_NOOP("Chosen dates")]


def preset_range(name: str, today: date) -> tuple[date, date] | None:
    if name == "Last calendar year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if name == "This year so far":
        return date(today.year, 1, 1), today
    if name == "Last 12 months":
        try:
            start = today.replace(year=today.year - 1)
        except ValueError:
            start = today.replace(year=today.year - 1, day=28)
        return start, today
    return None


class ReportsView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report = None
        today = date.today()
        start, end = preset_range(PRESETS[0], today)
        self.preset = QComboBox(self)
        for name in PRESETS:  # shown in the app's language, chosen by the English name
            self.preset.addItem(tr(name), name)
        self.preset.setAccessibleName(tr("Period"))
        self.start_edit, self.end_edit = DateEdit(start, self), DateEdit(end, self)
        self.start_edit.setAccessibleName(tr("From"))
        self.end_edit.setAccessibleName(tr("To"))
        self.update_button = QPushButton(tr("&Show"), self)
        self.save_button = QPushButton(tr("Save as &PDF…"), self)
        self.csv_button = QPushButton(tr("Save &CSV files…"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Period:")))
        bar.addWidget(self.preset)
        bar.addWidget(QLabel(tr("&From:"), buddy=self.start_edit.line))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(tr("&To:"), buddy=self.end_edit.line))
        bar.addWidget(self.end_edit)
        bar.addWidget(self.update_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.csv_button)
        self._bar, self._bar2 = bar, QHBoxLayout()  # Save… go to a second row when one is too wide
        self._bar2.addStretch(1)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(tr("Summary"))
        self.charts = QWidget(self)
        self.grid = QGridLayout(self.charts)
        self.note = QLabel(tr("Counts of people from 1 to 4 are shown as “< 5”; the PDF states every counting rule."),
                           self)
        self.note.setWordWrap(True)
        body = QWidget(self)
        column = QVBoxLayout(body)
        for w in (self.heading, self.summary, self.charts, self.note):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(self._bar2)
        layout.addWidget(scroll, 1)

        self.preset.currentIndexChanged.connect(lambda i: self._preset_chosen(self.preset.itemData(i)))
        self.update_button.clicked.connect(self.refresh)
        self.start_edit.changed.connect(self._dates_typed)
        self.end_edit.changed.connect(self._dates_typed)
        self.save_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_bar()

    def changeEvent(self, event) -> None:  # noqa: N802 (Ctrl++: the bar's widths change with the text)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_bar()

    def _fit_bar(self) -> None:
        """At large text sizes the period and Save… do not fit on one row: Save… wrap to a second
        (the view was wider than its window and its right side was cut off)."""
        buttons = (self.save_button, self.csv_button)
        spacing = self._bar.spacing() + 1
        width = sum(self._bar.itemAt(i).widget().sizeHint().width() + spacing for i in range(self._bar.count())
                    if self._bar.itemAt(i).widget() and self._bar.itemAt(i).widget() not in buttons)
        one_row = width + sum(b.sizeHint().width() + spacing for b in buttons) + 24 <= self.width()
        target = self._bar if one_row else self._bar2
        if target.indexOf(self.save_button) < 0:
            for b in buttons:
                (self._bar2 if one_row else self._bar).removeWidget(b)
                target.addWidget(b)

    # --- period ---------------------------------------------------------------------------

    def _preset_chosen(self, name: str) -> None:
        chosen = preset_range(name, date.today())
        if chosen is None:
            return
        self.start_edit.blockSignals(True)
        self.end_edit.blockSignals(True)
        self.start_edit.set_value(chosen[0])
        self.end_edit.set_value(chosen[1])
        self.start_edit.blockSignals(False)
        self.end_edit.blockSignals(False)
        self.refresh()

    def _dates_typed(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("Chosen dates"))
        self.preset.blockSignals(False)

    def set_period(self, start: date, end: date) -> None:
        self.start_edit.set_value(start)
        self.end_edit.set_value(end)
        self.refresh()

    # --- content --------------------------------------------------------------------------

    def refresh(self) -> None:
        from qistdesk.services.errors import USER_ERRORS
        from qistdesk.services.reports import cooperation_report
        from qistdesk.settings import load

        start, end = self.start_edit.value(), self.end_edit.value()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = cooperation_report(self.ctx.db, start, end, load().get("zones.home"), lang=current_language())
        except USER_ERRORS as exc:
            self.report = None
            self.heading.setText(f"<span style='color:#b3261e'>{html.escape(str(exc))}</span>")
            self.summary.clear()
            self._clear_charts()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        from qistdesk.formats.pdf.report import period_text

        r = self.report
        empty = not any(x.value for x in r.headline)
        lang = current_language()
        self.heading.setText(f"<h2>{html.escape(r.title)}</h2>" + tr("{period}, compared with {previous}").format(
            period=period_text(r.start, r.end, lang), previous=period_text(r.previous_start, r.previous_end, lang))
            + ("<p>" + tr("<b>No events, participants or exchanges in this period.</b> Choose another "
                          "period above (type the dates, or pick one from the list).") + "</p>" if empty else ""))
        e = html.escape  # "< 5" is text, not a tag
        rows = "".join(f"<tr><td>{e(x.label)}</td><td align='right'><b>{e(x.shown)}</b></td>"
                       f"<td align='right'>{e(x.before_shown)}</td><td align='right'>{e(x.change)}</td></tr>"
                       for x in r.headline)
        self.summary.setText("<table cellspacing='0' cellpadding='3'><tr><th align='left'>" + tr("Summary") + "</th>"
                             "<th>" + tr("This period") + "</th><th>" + tr("Previous") + "</th><th>" + tr("Change")
                             + "</th></tr>" + rows + "</table>")
        self._clear_charts()
        tables = [t for s in r.sections for t in s.tables if t.chart]
        for i, table in enumerate(tables):
            chart = BarChart(table.title, horizontal=True, parent=self.charts)
            chart.set_data([(row.label, row.value or 0) for row in table.rows], [row.shown for row in table.rows])
            chart.setMinimumHeight(chart.fontMetrics().height() * (2 + int(1.6 * len(table.rows))))
            self.grid.addWidget(chart, i // 2, i % 2)
        self.ctx.show_status(tr("Report {period}: {count} participants").format(
            period=period_text(r.start, r.end, lang), count=r.headline[3].shown))

    def _clear_charts(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def chart_widgets(self) -> list[BarChart]:
        return [self.grid.itemAt(i).widget() for i in range(self.grid.count())]

    # --- saving ---------------------------------------------------------------------------

    def pdf_bytes(self) -> bytes:
        from qistdesk.formats.pdf.report import report_pdf
        from qistdesk.gui.widgets.list_print import paper
        from qistdesk.services.packets import office_info

        return report_pdf(self.report, office_info(), paper())

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        if self.report is None:
            return None
        if not path:
            name = tr("Cooperation report {start} to {end}.pdf").format(start=self.report.start, end=self.report.end)
            path, _ = QFileDialog.getSaveFileName(self, tr("Save report"), name, tr("PDF files (*.pdf)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from qistdesk.gui.pdf_preview import write_atomically

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_atomically(target, self.pdf_bytes())
        except OSError as exc:
            QMessageBox.warning(self, tr("Report not saved"), tr("Could not write {file}: {error}").format(file=target, error=exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.show_status(tr("Report written to {file}").format(file=target))
        return target

    def save_csv(self, folder: str | Path | None = None) -> list[Path]:
        if self.report is None:
            return []
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the report's CSV files"))
            if not folder:
                return []
        from qistdesk.formats.csv_io.report import write_report_csv

        try:
            written = write_report_csv(self.report, Path(folder))
        except OSError as exc:
            QMessageBox.warning(self, tr("CSV not saved"), str(exc))
            return []
        self.ctx.show_status(tr("%n CSV file(s) written to {folder}", None, len(written)).format(folder=folder))
        return written
