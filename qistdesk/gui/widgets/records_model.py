"""A table model over plain dict rows that sorts and filters on its own arrays.

Why not a QSortFilterProxyModel? Over a Python model every comparison crosses
from C++ into Python: 100,000 rows take about 18 s to sort. Here the display
strings, sort keys (Danish order: Æ, Ø, Å after Z) and a folded "haystack"
(no case, no accents) per row are computed once in :meth:`RecordsModel.set_rows`; sorting is one ``sorted()`` over row indices with
a precomputed key, filtering one substring scan, and :meth:`data` is an index
into ready values. Sorting and filtering emit ``layoutAboutToBeChanged`` /
``layoutChanged`` and move persistent indexes, so the selection survives.

Rows come from :mod:`qistdesk.services.queries` and carry an ``"id"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from itertools import compress
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from qistdesk.domain.collation import danish_sort_string, fold_for_filter
from qistdesk.gui.i18n import current_language, tr

#: Role that returns the row's id (a str) for any cell.
IdRole = Qt.ItemDataRole.UserRole + 1

#: Row tones a model may give rows (see ``RecordsModel(row_tone=…)``).
TONES = ("danger", "warning", "muted", "strong")


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RecordsModel`.

    ``format(row) -> str`` builds the cell text from the whole row (default:
    ``str(row[key])``, empty for None). ``sort_key(row)`` gives what to sort by
    (default: the raw value; strings compare case-insensitively, empty last).
    ``align`` is a ``Qt.AlignmentFlag`` (numbers look best right-aligned).
    ``priority`` 0 keeps the column whatever the width; a higher one lets it step aside
    when the list is too narrow for it (highest first). ``hidden`` columns show only when
    the user picks them from the header's menu. The ``main`` column of a list (default: the
    first) takes the width the others leave. ``tooltip(row)`` gives a cell's tooltip (default:
    its text, so a cut text can always be read whole).
    """

    key: str
    title: str
    format: Callable[[dict], str] | None = None
    sort_key: Callable[[dict], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    priority: int = 0
    hidden: bool = False
    main: bool = False
    tooltip: Callable[[dict], str] | None = None


def default_text(value: Any) -> str:
    """The text of a raw value: dates and times as the app's language writes them (the column
    still sorts by the value itself), None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else ""
    if isinstance(value, (date, datetime)):
        return _date_text(value, current_language())
    return str(value)


@lru_cache(maxsize=4096)
def _date_text(value: date | datetime, _lang: str) -> str:
    """Cached: a list of 100,000 rows holds a few hundred distinct dates."""
    from qistdesk.gui import locale_format

    if isinstance(value, datetime):
        return f"{locale_format.short_date(value)} {locale_format.clock(value)}"
    return locale_format.short_date(value)


_LAST = "\U0010ffff"  # sorts after every real text: empty cells go to the bottom


def _sort_keys(values: list[Any]) -> list[Any]:
    """Turn raw values into keys that always compare; empty values sort last.

    Plain strings and numbers compare fastest (no tuples), which matters at
    100,000 rows; only mixed or unusual types fall back to (empty, text) tuples.
    """
    kinds = {type(v) for v in values if v is not None and v != ""}
    if kinds <= {str}:
        return [danish_sort_string(v) if v else _LAST for v in values]
    if kinds <= {int, float}:
        inf = float("inf")
        return [inf if v is None or v == "" else v for v in values]
    if kinds == {date}:
        return [date.max if v is None or v == "" else v for v in values]
    if len(kinds) == 1:
        return [(v is None or v == "", v if v is not None and v != "" else 0) for v in values]
    # Mixed types: compare their text.
    return [(v is None or v == "", default_text(v).casefold()) for v in values]


class RecordsModel(QAbstractTableModel):
    """Rows of dicts shown through :class:`Column` definitions."""

    def __init__(self, columns: Sequence[Column], parent=None, *,
                 row_tone: Callable[[dict], str | None] | None = None, id_key: str = "id"):
        super().__init__(parent)
        self.columns = list(columns)
        self._row_tone = row_tone
        self._id_key = id_key
        self._rows: list[dict] = []
        self._display: list[list[str]] = [[] for _ in self.columns]
        self._keys: list[list[Any] | None] = [None for _ in self.columns]
        self._haystack: list[str] = []
        self._tones: list[str | None] = []
        self._order: list[int] = []     # all row indices in sort order
        self._visible: list[int] = []   # the filtered subset of _order, what the view shows
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._filter_terms: tuple[str, ...] = ()
        self._hay_in_order: list[str] | None = None  # the haystack in the order of self._order (filter speed)
        self._hay_order: list[int] | None = None
        self._visible_hay: list[str] | None = None  # haystacks of the visible rows while a filter is on
        self._filter_text = ""
        self._aligns = [c.align if c.align is not None else
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter for c in self.columns]
        self._brushes = self._make_brushes()

    # --- loading --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[dict]) -> None:
        """Replace all rows; display strings, sort keys and haystacks are built here, once."""
        self.beginResetModel()
        self._rows = list(rows)
        self._display = []
        for col in self.columns:
            if col.format is not None:
                fmt = col.format
                self._display.append([fmt(r) or "" for r in self._rows])
            else:
                key = col.key
                self._display.append([default_text(r.get(key)) for r in self._rows])
        self._keys = [None for _ in self.columns]  # built lazily, per column, on first sort
        self._ascending = [None for _ in self.columns]  # each column's ascending order, once sorted
        self._haystack = [fold_for_filter("\x1f".join(parts)) for parts in zip(*self._display)] if self.columns \
            else ["" for _ in self._rows]
        tone = self._row_tone
        self._tones = [tone(r) for r in self._rows] if tone else []
        self._order = self._sorted_order()
        self._sorted_haystack()  # built now, with the load, so the first keystroke does not pay for it
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys[column]
        if keys is None:
            col = self.columns[column]
            if col.sort_key is not None:
                keys = [col.sort_key(r) for r in self._rows]
            elif self._rows and col.key in self._rows[0]:
                keys = _sort_keys([r.get(col.key) for r in self._rows])
            else:
                keys = _sort_keys(self._display[column])
            self._keys[column] = keys
        return keys

    def _ascending_order(self, column: int) -> list[int]:
        ascending = self._ascending[column]
        if ascending is None:
            keys = self._column_keys(column)
            ascending = self._ascending[column] = sorted(range(len(self._rows)), key=keys.__getitem__)
            self._keys[column] = None  # only the order is kept: 100,000 keys cost ~10 MB a column (issue 19)
        return ascending

    def prepare_sort(self, column: int) -> bool:
        """Compute a column's order ahead of a click on its header (the table does this when idle).

        Returns False when it was ready already. Sorting then only copies a list: 100,000 rows in a
        few milliseconds instead of the ~0.1 s a first sort of text costs.
        """
        if not 0 <= column < len(self.columns) or self._ascending[column] is not None:
            return False
        self._ascending_order(column)
        return True

    def _sorted_order(self) -> list[int]:
        n = len(self._rows)
        if self._sort_column < 0 or self._sort_column >= len(self.columns):
            return list(range(n))
        ascending = self._ascending_order(self._sort_column)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return ascending[::-1]
        return list(ascending)

    def _filtered(self, order: list[int], terms: tuple[str, ...] | None = None,
                  hay: list[str] | None = None) -> list[int]:
        """Rows of ``order`` whose haystack holds every term; ``hay`` is their haystacks, in that order.

        Each term is one pass of ``in`` over the strings, then ``compress`` (in C) keeps the rows and
        their haystacks together, so narrowing never indexes row by row. What is visible keeps its
        haystacks (``_visible_hay``) for the next, narrower keystroke.
        """
        terms = self._filter_terms if terms is None else terms
        if not terms:
            self._visible_hay = None
            return list(order)
        if hay is None:
            hay = self._sorted_haystack() if order is self._order else [self._haystack[i] for i in order]
        rows = order
        for term in sorted(terms, key=len, reverse=True):  # the longest is usually the most selective
            mask = [term in h for h in hay]
            if not all(mask):  # one letter often matches every row: then there is nothing to copy
                rows, hay = list(compress(rows, mask)), list(compress(hay, mask))
        self._visible_hay = hay
        return list(rows) if rows is order else rows

    def _sorted_haystack(self) -> list[str]:
        if self._hay_in_order is None or self._hay_order is not self._order:
            hay = self._haystack
            self._hay_in_order, self._hay_order = [hay[i] for i in self._order], self._order
        return self._hay_in_order

    # --- sorting and filtering ------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._relayout(lambda: self._apply_sort(column, order))

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_order()
        self._sorted_haystack()  # ~10 ms here rather than on the next keystroke
        self._visible = self._filtered(self._order)

    def set_filter(self, text: str) -> None:
        """Show only rows whose cells contain every word of ``text`` (case- and accent-insensitive: "soren" finds Søren)."""
        text = text or ""
        if text == self._filter_text:
            return
        terms = tuple(fold_for_filter(text).split())
        previous, self._filter_text = self._filter_terms, text
        # Typing one more letter narrows the current result: scan only what is visible.
        narrower = bool(previous) and len(terms) >= len(previous) and all(
            any(p in t for t in terms) for p in previous)
        base, base_hay = (self._visible, self._visible_hay) if narrower else (self._order, None)

        def apply():
            self._filter_terms = terms
            self._visible = self._filtered(base, terms, base_hay)

        self._relayout(apply)

    def _relayout(self, change: Callable[[], None]) -> None:
        """Run ``change`` inside a layout change and move persistent indexes (selection)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        saved = [(self._visible[p.row()], p.column()) if 0 <= p.row() < len(self._visible) else None
                 for p in persistent]
        change()
        if persistent:
            position = self._positions({item[0] for item in saved if item})
            new = []
            for item in saved:
                row = position.get(item[0]) if item else None
                new.append(self.index(row, item[1]) if row is not None else QModelIndex())
            self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def _positions(self, sources: set[int]) -> dict[int, int]:
        """View rows of a few source rows (the selection's): list.index runs in C, a full map does not."""
        if len(sources) > 16:
            return {src: row for row, src in enumerate(self._visible) if src in sources}
        found = {}
        for src in sources:
            try:
                found[src] = self._visible.index(src)
            except ValueError:
                pass
        return found

    # --- access ---------------------------------------------------------------------------

    def row_at(self, view_row: int) -> dict:
        return self._rows[self._visible[view_row]]

    def id_at(self, view_row: int) -> str:
        return self._rows[self._visible[view_row]][self._id_key]

    def row_of_id(self, ident: str) -> int:
        """View row of a record, or -1 when it is absent or filtered out."""
        for row, src in enumerate(self._visible):
            if self._rows[src].get(self._id_key) == ident:
                return row
        return -1

    def all_rows(self) -> list[dict]:
        return list(self._rows)

    def total_count(self) -> int:
        return len(self._rows)

    def text_at(self, view_row: int, column: int) -> str:
        return self._display[column][self._visible[view_row]]

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[index.column()][self._visible[index.row()]]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.columns[index.column()].tooltip
            return tip(self._rows[self._visible[index.row()]]) if tip \
                else self._display[index.column()][self._visible[index.row()]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._aligns[index.column()]
        if role == IdRole:
            return self._rows[self._visible[index.row()]][self._id_key]
        if self._tones and (role == Qt.ItemDataRole.ForegroundRole or role == Qt.ItemDataRole.FontRole):
            tone = self._tones[self._visible[index.row()]]
            if tone:
                return self._brushes.get((tone, role))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._aligns[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- tones ----------------------------------------------------------------------------

    def _make_brushes(self) -> dict:
        """Colours for row tones, readable on light and dark palettes alike."""
        app = QGuiApplication.instance()
        dark = bool(app) and app.palette().color(QPalette.ColorRole.Base).lightness() < 128
        danger = QColor("#ff8a80") if dark else QColor("#b3261e")
        warning = QColor("#ffd54f") if dark else QColor("#8a5a00")
        muted = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) if app \
            else QColor("#777777")
        bold = QFont()
        bold.setBold(True)
        fg, font = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole
        return {("danger", fg): QBrush(danger), ("warning", fg): QBrush(warning), ("muted", fg): QBrush(muted),
                ("danger", font): bold, ("strong", font): bold}
