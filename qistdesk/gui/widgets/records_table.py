"""A list of records: a filter field over a sortable, multi-select table.

Every list of the app (people, organisations, events, exchanges, participants)
is one of these, so filtering, sorting, opening with Enter or double-click,
context menus and the empty state behave the same everywhere. The main window
finds every ``RecordsTable`` of a view and adds extension actions to its
context menu by :attr:`RecordsTable.kind`.
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.empty_state import ActionSpec, EmptyState
from qistdesk.gui.widgets.records_model import Column, RecordsModel
from qistdesk.gui.widgets.records_table_fit import ColumnFitting
from qistdesk.gui.widgets.table_columns import ColumnChooser

#: A context-menu hook: ``hook(menu, ids)`` adds actions for the selected ids.
ContextHook = Callable[[QMenu, list], None]


#: From this many rows on, each column's sort order is computed in idle time after a load.
PREPARE_SORT_FROM = 5_000


def room_for_arrow(button: QToolButton) -> None:
    """A menu button's arrow is drawn over the end of its text in some styles ("Udskriv / eksportér"
    lost its last letter): keep the text's width plus the arrow's."""
    metrics = button.fontMetrics()
    button.setMinimumWidth(metrics.horizontalAdvance(button.text().replace("&", "")) + metrics.height() * 2)


class _TableView(QTableView):
    """QTableView that reports Enter/Return as "open" (the platforms disagree otherwise),
    and says when its text size or width changed (rows and columns follow both)."""

    open_requested = Signal(QModelIndex)
    font_changed = Signal()
    resized = Signal()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.font_changed.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class _FilterEdit(QLineEdit):
    """The filter field: Down or Enter moves into the list, Escape clears."""

    to_list = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_list.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class RecordsTable(ColumnFitting, QWidget):
    """Filter field + table over a :class:`RecordsModel`, with an empty state."""

    #: A record was opened (double-click or Enter): its id.
    activated = Signal(str)
    #: The selection changed: the selected ids, in view order.
    selection_changed = Signal(list)

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, *, kind: str = "",
                 name: str = "", empty_message: str = "",
                 empty_actions: Iterable[ActionSpec] = (), row_tone=None, filter_delay_ms: int = 0,
                 columns_key: str = ""):
        super().__init__(parent)
        name = name or tr("records")
        empty_message = empty_message or tr("Nothing here yet.")
        self.kind = kind
        self._hooks: list[ContextHook] = []
        self.model = RecordsModel(columns, self, row_tone=row_tone)
        #: The main text column: it takes the room the others leave (the first, unless one says ``main``).
        self.main = next((i for i, c in enumerate(columns) if c.main), 0)

        self.filter_edit = _FilterEdit(self)
        self.filter_edit.setPlaceholderText(tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.view = _TableView(self)
        self.set_name(name)
        # An optional short delay coalesces keystrokes on very large lists.
        self._filter_timer = QTimer(self, singleShot=True, interval=filter_delay_ms)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.to_list.connect(self._enter_list)

        self.view.setModel(self.model)
        # No sort until the user clicks a header: the query's own order (by name, by date) stays.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizes
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)  # the main (first) column takes the room left, not the last
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.font_changed.connect(self._font_changed)
        self.view.resized.connect(self._resized)
        self._fitting, self._user_sized = False, False
        header.sectionResized.connect(self._section_resized)
        header.setSortIndicatorShown(True)
        # Right-click on the header: which columns to show (remembered per list).
        self.columns = ColumnChooser(self, columns_key or f"{kind or name}/" + ",".join(c.key for c in columns))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._exec_menu(self.columns.menu(), header.mapToGlobal(pos)))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._open_index)
        self.view.open_requested.connect(self._open_index)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.no_match = QLabel(self)
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.empty = EmptyState(empty_message, empty_actions, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        # Print… / Export… of what is shown (widgets.list_print); the title is the view's to set.
        self.print_title = name.capitalize()
        self.print_button = QToolButton(self)
        self.print_button.setText(tr("Print / Export"))
        self.print_button.setAccessibleName(tr("Print or export the {name} shown").format(name=name))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        self._add_print_actions(print_menu)
        self.print_button.setMenu(print_menu)
        room_for_arrow(self.print_button)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.view)
        self._sized = False
        self._last_selection: list[str] = []

    # --- content --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[dict]) -> None:
        """Show new rows, keeping sort, filter, selection and current row where they still exist."""
        selected, current = self.selected_ids(), self.current_id()
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.model.set_filter(self.filter_edit.text())
        self.stack.setCurrentWidget(self.view if self.model.total_count() else self.empty)
        self.filter_edit.setEnabled(bool(self.model.total_count()))
        self.print_button.setEnabled(bool(self.model.total_count()))
        if not self._sized and rows:
            self._size_columns()
        self.select_ids(selected, current)
        self._update_no_match()
        self._prepare_generation = getattr(self, "_prepare_generation", 0) + 1
        if self.model.total_count() >= PREPARE_SORT_FROM:
            QTimer.singleShot(0, lambda g=self._prepare_generation: self._prepare_next_column(g, 0))

    def _prepare_next_column(self, generation: int, column: int) -> None:
        """Idle work after a load: one column's sort order per event-loop turn, so clicks stay quick."""
        if generation != self._prepare_generation or column >= self.model.columnCount():
            return
        self.model.prepare_sort(column)
        QTimer.singleShot(0, lambda: self._prepare_next_column(generation, column + 1))

    def set_empty_state(self, message: str, actions: Iterable[ActionSpec] = ()) -> None:
        self.empty.set_content(message, actions)

    # --- filter ---------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def set_filter_text(self, text: str) -> None:
        self.filter_edit.setText(text)
        self._apply_filter()

    def _filter_changed(self, _text: str) -> None:
        if self._filter_timer.interval() > 0:
            self._filter_timer.start()
        else:
            self._apply_filter()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())
        self._update_no_match()
        self._emit_selection()

    def _update_no_match(self) -> None:
        hidden = self.model.total_count() and not self.model.rowCount()
        if hidden:
            self.no_match.setText(tr("Nothing matches “{text}”. Press Esc in the filter to clear it.").format(
                text=self.filter_edit.text()))
        self.no_match.setVisible(bool(hidden))

    def _enter_list(self) -> None:
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.view.selectionModel().hasSelection():
                self.view.selectRow(0)

    # --- selection ------------------------------------------------------------------------

    def set_name(self, name: str) -> None:
        """What a screen reader calls the list and its filter ("Conferences and workshops")."""
        self.filter_edit.setAccessibleName(tr("Filter {name}").format(name=name))
        self.filter_edit.setAccessibleDescription(
            tr("Shows only {name} whose text contains every word you type. Down arrow moves to the list.").format(
                name=name))
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        self.filter_edit.setToolTip(tr("Filter {name} as you type ({key})").format(name=name, key=find))
        self.view.setAccessibleName(name[:1].upper() + name[1:])

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_ids(self, ids: Iterable[str], current: str | None = None) -> None:
        """Select records by id (those present and visible); scroll to the current one."""
        selection = self.view.selectionModel()
        ids = [i for i in ids if i]
        wanted = set(ids)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.blockSignals(True)
        selection.clearSelection()
        if wanted:
            for row in range(self.model.rowCount()):
                if self.model.id_at(row) in wanted:
                    selection.select(self.model.index(row, 0), flags)
        target = current or (ids[0] if ids else None)
        row = self.model.row_of_id(target) if target else -1
        if row >= 0:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(row, 0))
        selection.blockSignals(False)
        self.view.viewport().update()
        self._emit_selection()

    def select_id(self, ident: str) -> None:
        self.select_ids([ident], ident)

    def _selection_changed(self, *_args) -> None:
        self._emit_selection()

    def _emit_selection(self) -> None:
        ids = self.selected_ids()
        if ids != self._last_selection:
            self._last_selection = ids
            self.selection_changed.emit(ids)

    # --- opening and context menu ---------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.id_at(index.row()))

    def add_context_hook(self, hook: ContextHook) -> None:
        """Add ``hook(menu, ids)``, called to fill the row context menu."""
        self._hooks.append(hook)

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        ids = self.selected_ids()
        for hook in self._hooks:
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
            hook(menu, ids)
        if menu.actions():
            menu.addSeparator()
        self._add_print_actions(menu)
        return menu

    def _add_print_actions(self, menu: QMenu) -> None:
        from qistdesk.gui.widgets import list_print

        menu.addAction(tr("Print list…"), lambda: list_print.print_list(self, self.print_title))
        menu.addAction(tr("Export list (PDF or CSV)…"), lambda: list_print.export_list(self, self.print_title))

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.view.selectRow(index.row())
        self._exec_menu(self.build_context_menu(), self.view.viewport().mapToGlobal(pos))

    @staticmethod
    def _exec_menu(menu: QMenu, where) -> None:
        if menu.actions():
            menu.exec(where)
        menu.deleteLater()
