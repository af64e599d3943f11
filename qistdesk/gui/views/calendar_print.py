"""Print or save as PDF the week or month shown, drawn by the same painters as the screen.

A week (or day) prints landscape on one A4 page with the hours that hold
anything (at least an hour either side of the working day, home zone); a
month prints landscape; an agenda prints the week of its first day. Written
with QPdfWriter, so no printer is needed; a file dialog asks where.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog

from qistdesk.gui.views.calendar_layout import place_timed
from qistdesk.gui.views.calendar_month import MonthGrid
from qistdesk.gui.views.calendar_timegrid import TimeGrid
from qistdesk.gui.locale_format import holidays_between
from qistdesk.gui.i18n import tr


def _hours(view, days) -> tuple[int, int]:
    placed = place_timed(view.items, days, view.prefs.home)
    first = min([view.prefs.work_start_hour - 1] + [int(p.top_min // 60) for p in placed])
    last = max([view.prefs.work_end_hour + 1] + [int(-(-p.bottom_min // 60)) for p in placed])
    return max(first, 0), min(last, 24)


def print_period(view, path: str | None = None) -> str | None:
    if path is None:
        suggested = f"calendar-{view.mode}-{view.current.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(view, tr("Save calendar as PDF"), suggested, tr("PDF files (*.pdf)"))
        if not path:
            return None
    writer = QPdfWriter(path)
    writer.setTitle(view.title.text())
    writer.setCreator("qistdesk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    page = writer.pageLayout().paintRectPixels(writer.resolution()).size()
    painter = QPainter(writer)
    title_h = painter.fontMetrics().height() * 2
    painter.drawText(0, painter.fontMetrics().ascent(), f"{view.title.text()} — qistdesk")
    size = QSize(page.width(), page.height() - title_h)
    if view.mode == "month":
        widget = MonthGrid()
        widget.resize(size)
        widget.set_data(view.current.replace(day=1), None, view.items, view.month.holidays,  # no chosen day on paper
                        view.prefs.home, None)
    else:
        days = view.days() if view.mode in ("day", "week") else view.days()[:7]
        widget = TimeGrid()
        widget.resize(size)
        args = (days, view.items, holidays_between(days[0], days[-1]), view.prefs.home, view.prefs.other, (view.prefs.work_start_hour, view.prefs.work_end_hour), None,
                view._dst_note(days))
        widget.set_data(*args)
        first, last = _hours(view, days)
        widget.fixed_hour_height = (size.height() - widget.body_top()) / max(last - first, 1)
        widget.set_data(*args)
        widget.scroll.setRange(0, int(24 * widget.hour_height()))
        widget.scroll.setValue(int(first * widget.hour_height()))
        widget.scroll.hide()
    painter.translate(0, title_h)
    widget.paint(painter)
    painter.end()
    widget.deleteLater()
    view.ctx.show_status(tr("Calendar saved as {file}").format(file=path))
    return path
