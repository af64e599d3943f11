"""How a :class:`~qistdesk.gui.widgets.records_table.RecordsTable` fits its columns to its width.

Every column as wide as its text (within reason), the main text column taking the room the others
leave; when the list is narrow, optional columns step aside by priority, then columns give up
width down to a readable floor. Kept apart from the table itself because it is one decision with
its own rules, tuned by screenshots at 1280 and 1024 pixels (issue 13).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics


class ColumnFitting:
    """Mixin for ``RecordsTable``: needs ``self.view``, ``self.model``, ``self.columns``, ``self.main``."""

    def _size_columns(self) -> None:
        """Fit columns to their content (the first rows) and to the list's width: every column as
        wide as its text (within reason), the main one taking whatever is left."""
        self._sized = True
        sample = min(self.model.rowCount(), 200)
        metrics = self.view.fontMetrics()
        char = metrics.averageCharWidth()
        bold_font = QFont(self.view.font())
        bold_font.setBold(True)
        # rows in bold (overdue, …) are measured in bold: their text is wider
        row_metrics = [QFontMetrics(bold_font) if (f := self.model.data(self.model.index(r, 0), Qt.ItemDataRole.FontRole))
                       is not None and f.bold() else metrics for r in range(sample)]
        self._wanted, self._pinch = [], []
        for column in range(self.model.columnCount()):
            title = metrics.horizontalAdvance(self.model.columns[column].title)
            widest = max([row_metrics[r].horizontalAdvance(self.model.text_at(r, column)) for r in range(sample)] + [0])
            # the text with the cell's margins; the title with room for the sort arrow
            width = min(max(widest + 12, title + 28), char * (60 if column == self.main else 40))
            self._wanted.append(width)
            # at a pinch a column gives up width down to a dozen characters (the rest is in its tooltip)
            self._pinch.append(min(width, max(char * 12, title + 12)))
        self._fit_width()

    def arrange(self, main: str = "", priority: dict[str, int] | None = None, hidden: Iterable[str] = ()) -> None:
        """Which column is the main text (by key), and which step aside when the list is narrow:
        ``priority`` 1 stays longest, higher ones go first; ``hidden`` ones only on request."""
        priority, hidden = priority or {}, set(hidden)
        self.model.columns = [replace(c, main=c.key == main if main else c.main,
                                      priority=priority.get(c.key, c.priority), hidden=c.key in hidden or c.hidden)
                              for c in self.model.columns]
        self.main = next((i for i, c in enumerate(self.model.columns) if c.main), 0)
        self.refit()

    def refit(self, forget_user_widths: bool = False) -> None:
        """Lay the columns out again (after the user picked columns, or asked to fit them)."""
        if forget_user_widths:
            self._user_sized = False
        if self.model.rowCount():
            self._size_columns()

    def _fit_width(self) -> None:
        wanted = getattr(self, "_wanted", None)
        if not wanted or len(wanted) != self.model.columnCount():
            return
        widths, pinch = list(wanted), self._pinch
        room = self.view.viewport().width() - 4  # a hair under: no scroll bar for a rounding
        char = self.view.fontMetrics().averageCharWidth()
        main = self.main
        visible = self.columns.visible(wanted, pinch, room)
        self._fitting = True  # hiding a column resizes its section: not the user's doing
        try:
            for column, on in enumerate(visible):
                if self.view.isColumnHidden(column) == on:
                    self.view.setColumnHidden(column, not on)
        finally:
            self._fitting = False
        shown = [c for c in range(len(widths)) if visible[c] and c != main]
        if room > 50:
            over = sum(widths[c] for c in shown) + widths[main] - room
            optional = [c for c in shown if self.model.columns[c].priority > 0]
            fixed = [c for c in shown if c not in optional]
            # Too narrow: width is given up by an optional column shown at a pinch, then by the
            # main text (down to two dozen characters), then by the columns that always show (dates
            # and times cut are unreadable), and last by the main text again.
            for columns, floor in ((optional, lambda c: pinch[c]), ([main], lambda c: min(wanted[c], char * 24)),
                                   (fixed, lambda c: pinch[c]), ([main], lambda c: char * 14)):
                for c in columns:
                    cut = min(over, widths[c] - floor(c))
                    if cut > 0:
                        widths[c] -= cut
                        over -= cut
            if over < 0:
                widths[main] -= over  # the main text takes the rest
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, *_args) -> None:
        if not self._fitting:
            self._user_sized = True  # the user's own widths are kept from now on

    def _resized(self) -> None:
        if self._user_sized:
            self._fit_main_column()
        else:
            self._fit_width()

    def _fit_main_column(self) -> None:
        """The window got wider or narrower: the main column takes the change (others keep the
        widths they have, the user's own included)."""
        wanted = getattr(self, "_wanted", None)
        room = self.view.viewport().width() - 4  # a hair under: no scroll bar for a rounding
        if not wanted or room <= 50 or self.view.isColumnHidden(self.main) or len(wanted) != self.model.columnCount():
            return
        others = sum(self.view.columnWidth(c) for c in range(self.model.columnCount())
                     if c != self.main and not self.view.isColumnHidden(c))
        self._fitting = True
        try:
            self.view.setColumnWidth(self.main, max(room - others, min(wanted[self.main], self.view.fontMetrics().averageCharWidth() * 14)))
        finally:
            self._fitting = False

    def _font_changed(self) -> None:
        """Ctrl++ / Ctrl+0: rows as tall as the new text, columns as wide, at once."""
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        if self.model.rowCount():
            self._size_columns()
