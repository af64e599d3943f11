"""Agenda: the coming weeks as a list, one heading per day, every time in both zones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from qistdesk.gui.views import calendar_style as st
from qistdesk.gui.event_common import hm, place_name
from qistdesk.timezones import utc_to_local
from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr


class AgendaList(QTreeWidget):
    item_activated = Signal(object)
    key_nav = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(tr("Calendar agenda"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setColumnCount(4)
        self.itemActivated.connect(self._activated)
        self.items = []

    def set_data(self, days: list[date], items, holidays, home: str, other: str) -> None:
        chosen = self.selected_item()
        chosen = chosen.key if chosen is not None else None  # kept across a refresh (a move, an undo)
        self.clear()
        self.items = list(items)
        self.setHeaderLabels([place_name(home), place_name(other), tr("What"), tr("Details")])
        by_day: dict[date, list] = {}
        for item in items:
            if item.all_day:
                for d in days:
                    if item.first_day <= d <= item.last_day and (d == days[0] or d == item.first_day):
                        by_day.setdefault(d, []).append(item)
            else:
                by_day.setdefault(utc_to_local(item.start_utc, home).date(), []).append(item)
        bold = QFont(self.font())
        bold.setBold(True)
        for d in days:
            names = "; ".join(f"{c}: {n}" for c, n in holidays.get(d, []))
            if not by_day.get(d) and not names:
                continue
            head = QTreeWidgetItem(self, [locale_format.long_day(d), "", names, ""])
            head.setFirstColumnSpanned(False)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if names:
                head.setForeground(2, QBrush(st.HOLIDAY_TEXT))
            for item in by_day.get(d, []):
                if item.all_day:
                    span = tr("all day") if item.first_day == item.last_day else \
                        f"{locale_format.day_month_short(item.first_day)}–{locale_format.day_month_short(item.last_day)}"
                    when = [span, ""]
                else:
                    a, b = utc_to_local(item.start_utc, home), utc_to_local(item.end_utc, home)
                    oa, ob = utc_to_local(item.start_utc, other), utc_to_local(item.end_utc, other)
                    when = [f"{hm(a)}–{hm(b)}",
                            f"{hm(oa)}–{hm(ob)}" + (f" ({locale_format.weekday_short(oa)})" if oa.date() != a.date() else "")]
                title = (tr("Cancelled: ") if item.cancelled else "") + item.title
                row = QTreeWidgetItem(head, [*when, title, item.detail])
                row.setData(0, Qt.ItemDataRole.UserRole, item.key)
                row.setForeground(2, QBrush(st.kind_color(item.kind)))
                row.setToolTip(2, tr(st.KIND_LABELS.get(item.kind, item.kind)))
                if item.key == chosen:
                    self.setCurrentItem(row)
        self.expandAll()
        for col in range(3):
            self.resizeColumnToContents(col)

    def _activated(self, row: QTreeWidgetItem, _col: int) -> None:
        key = row.data(0, Qt.ItemDataRole.UserRole)
        item = next((i for i in self.items if i.key == key), None)
        if item is not None:
            self.item_activated.emit(item)

    def selected_item(self):
        row = self.currentItem()
        key = row.data(0, Qt.ItemDataRole.UserRole) if row else None
        return next((i for i in self.items if i.key == key), None)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_T):
            self.key_nav.emit(event)
            return
        super().keyPressEvent(event)
