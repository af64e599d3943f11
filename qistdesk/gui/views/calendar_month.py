"""Month: six weeks of seven days, week numbers on the left as Danes expect.

Each week row is laid out once per data change: conferences as bars over
their days first (their sessions show in the week and day views), then
exchange stays as bars (often months long), then each day's own list: its
timed items, one line each ("16:00 QIST Transatlantic Seminar"), and its
milestones; what does not fit is counted ("+3 more", double-click the day to
see it). Holidays are tinted and
named; days outside the month are dimmed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from qistdesk.gui.views import calendar_style as st
from qistdesk.gui.views.calendar_layout import all_day_order, place_all_day
from qistdesk.gui.views.calendar_month_drag import MonthMouse
from qistdesk.locale_text import week_number
from qistdesk.timezones import utc_to_local
from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr


def month_days(any_day: date) -> list[date]:
    """The 42 days shown for the month of ``any_day``, starting on the Monday on or before the 1st."""
    first = any_day.replace(day=1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=n) for n in range(42)]


MAX_ROWS = 16  # bars laid out per week row: more never fit a cell (the rest count as "+N more")


def week_short(number: int) -> str:
    """A week number in the month's margin: "Uge 12" / "W12" (ISO weeks, as Danes count them)."""
    return tr("W{number}").format(number=number)


class MonthGrid(MonthMouse, QWidget):
    item_activated = Signal(object)
    item_selected = Signal(object)
    day_activated = Signal(object)
    day_selected = Signal(object)
    key_nav = Signal(object)
    moved = Signal(object, object, object)          # a timed item to another day: item, start, end (UTC)
    moved_days = Signal(object, int)                # a conference bar by whole days
    moved_all_day = Signal(object, object, object)  # a stay, milestone or last day: item, first, last day

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Calendar month"))
        self.month = date.today().replace(day=1)
        self.days: list[date] = []
        self.current: date | None = None
        self.today: date | None = None
        self.home = "Europe/Copenhagen"
        self.holidays = {}
        self.rows: list[tuple[list, dict]] = []  # per week: (bars, {day: [timed items]})
        self.selected = None
        self._hits: list[tuple[QRectF, object]] = []
        self._drag = None
        self.warn = None       # callable(item, start_utc, end_utc) -> list[str], for timed items
        self.warn_days = None  # callable(item, first_day, last_day) -> list[str], for all-day bars
        self.setMouseTracking(True)

    def set_data(self, month: date, current: date, items, holidays, home: str, today: date | None) -> None:
        self.month, self.current, self.holidays, self.home, self.today = month, current, holidays, home, today
        self.days = month_days(month)
        daily: dict[date, list] = {}  # one-day things listed in their cell: timed items, then milestones
        for item in items:
            if not item.all_day and item.kind != "session":  # a conference is its bar here; sessions in week/day
                daily.setdefault(utc_to_local(item.start_utc, home).date(), []).append(item)
        for item in items:
            if item.kind == "milestone":
                daily.setdefault(item.first_day, []).append(item)
        self.rows = []
        events = sorted((i for i in items if i.all_day and i.kind in ("conference", "workshop")), key=all_day_order)
        stays = sorted((i for i in items if i.all_day and i.kind == "exchange"), key=all_day_order)
        for w in range(6):
            week = self.days[w * 7:(w + 1) * 7]
            self.rows.append((place_all_day(events, week, MAX_ROWS, presorted=True),
                              place_all_day(stays, week, MAX_ROWS, presorted=True),
                              {d: daily.get(d, []) for d in week}))
        self.update()

    # --- geometry -----------------------------------------------------------------------------

    def _left(self) -> float:
        return self.fontMetrics().horizontalAdvance(week_short(53)) + 10

    def _head(self) -> float:
        return self.fontMetrics().height() + 8

    def cell_rect(self, index: int) -> QRectF:
        cw = (self.width() - self._left()) / 7
        rh = (self.height() - self._head()) / 6
        return QRectF(self._left() + (index % 7) * cw, self._head() + (index // 7) * rh, cw, rh)

    def index_at(self, pos: QPointF) -> int | None:
        for i in range(42):
            if self.cell_rect(i).contains(pos):
                return i
        return None

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self.days:
            return
        fm = painter.fontMetrics()
        line = fm.height() + 3
        text = pal.color(QPalette.ColorRole.Text)
        dim = QColor(text)
        dim.setAlpha(110)
        self._hits = []
        bold = painter.font()
        bold.setBold(True)
        left, head = self._left(), self._head()  # cell_rect's geometry, worked out once a paint
        cw, rh = (self.width() - left) / 7, (self.height() - head) / 6

        def cell(index: int) -> QRectF:
            return QRectF(left + (index % 7) * cw, head + (index // 7) * rh, cw, rh)

        painter.setPen(text)
        painter.setFont(bold)
        for i, name in enumerate(locale_format.weekday_names()):  # the week starts on Monday
            painter.drawText(QRectF(left + i * cw + 4, 2, cw - 8, fm.height() + 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(self.font())
        edge, lines = cell(41), st.grid_pen(pal).color()
        st.fill_over(painter, QRectF(edge.right(), head, 1, edge.bottom() - head), lines, pal.color(QPalette.ColorRole.Base))
        st.fill(painter, QRectF(left, edge.bottom(), edge.right() - left, 1), lines)
        for w, (bars, stays, timed) in enumerate(self.rows):
            row_rect = cell(w * 7)
            painter.setPen(dim)
            painter.drawText(QRectF(0, row_rect.top() + 2, left - 6, fm.height()), Qt.AlignmentFlag.AlignRight,
                             week_short(week_number(self.days[w * 7])))
            rows = _allocate(max(int((row_rect.height() - line - 4) // line), 0), _count(bars),
                             _count(stays), max((len(v) for v in timed.values()), default=0))
            hidden = _hidden_per_day(bars, rows[0], stays, rows[1])
            for d in range(7):
                self._paint_day(painter, pal, w * 7 + d, cell(w * 7 + d), timed.get(self.days[w * 7 + d], []),
                                hidden[d], rows, line, text, dim, bold, lines)
            for bar_list, offset, limit in ((bars, 0, rows[0]), (stays, rows[0], rows[1])):
                for bar in bar_list:
                    if bar.row >= limit:
                        continue
                    a, b = cell(w * 7 + bar.first), cell(w * 7 + bar.last)
                    r = QRectF(a.left() + 2, a.top() + line + 2 + (offset + bar.row) * line,
                               b.right() - a.left() - 4, line - 1)
                    st.draw_item(painter, r, pal, bar.item.kind, [bar.item.title], cancelled=bar.item.cancelled,
                                 selected=self.selected is not None and bar.item.key == self.selected.key)
                    self._hits.append((r, bar.item))
        self.paint_ghost(painter, pal, line)

    def _paint_day(self, painter, pal, index, rect, items, hidden, rows, line, text, dim, bold, lines) -> None:
        fm = painter.fontMetrics()
        day = self.days[index]
        layers = [st.HOLIDAY] if day in self.holidays else [st.ONE_SIDE] if day.weekday() >= 5 else []
        if day == self.current:
            highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(40)
            layers.append(highlight)
        under = st.solid(pal.color(QPalette.ColorRole.Base), *layers) if layers else pal.color(QPalette.ColorRole.Base)
        if layers:
            st.fill(painter, rect, under)
        # the grid's lines as 1-pixel fills (a pen's outline is the slow path at this size): the left
        # edge opaque, as blended on the cell, then the top translucent over it (their corner blended twice)
        st.fill_over(painter, QRectF(rect.left(), rect.top(), 1, rect.height()), lines, under)
        st.fill(painter, QRectF(rect.left(), rect.top(), rect.width(), 1), lines)
        painter.setFont(bold if day == self.today else self.font())
        painter.setPen(st.TODAY if day == self.today else (text if day.month == self.month.month else dim))
        label = locale_format.day_month_short(day) if day.day == 1 or index == 0 else str(day.day)
        painter.drawText(QRectF(rect.left() + 4, rect.top() + 2, rect.width() - 8, fm.height()),
                         Qt.AlignmentFlag.AlignLeft, label)
        painter.setFont(self.font())
        names = "; ".join(n for _c, n in self.holidays.get(day, []))
        if names:
            painter.setPen(st.HOLIDAY_TEXT)
            offset = fm.horizontalAdvance(label) + 8
            painter.drawText(QRectF(rect.left() + offset, rect.top() + 2, rect.width() - offset - 4, fm.height()),
                             Qt.AlignmentFlag.AlignRight,
                             st.elided(fm, names, int(rect.width() - offset - 4)))
        main_rows, stay_rows, day_rows = rows
        y = rect.top() + line + 2 + (main_rows + stay_rows) * line
        shown = items[:day_rows]
        for item in shown:
            r = QRectF(rect.left() + 2, y, rect.width() - 4, line - 1)
            label = item.title if item.all_day else \
                f"{locale_format.clock(utc_to_local(item.start_utc, self.home))} {item.title}"
            st.draw_item(painter, r, pal, item.kind, [label], cancelled=item.cancelled,
                         selected=self.selected is not None and item.key == self.selected.key)
            self._hits.append((r, item))
            y += line
        more = len(items) - len(shown) + hidden
        if more and y + line <= rect.bottom() + 2:
            painter.setPen(text)
            painter.drawText(QRectF(rect.left() + 4, y, rect.width() - 8, line), Qt.AlignmentFlag.AlignLeft,
                             tr("+{count} more").format(count=more))

    # --- mouse and keys -----------------------------------------------------------------------

    def item_at(self, pos: QPointF):
        return next((item for rect, item in reversed(self._hits) if rect.contains(pos)), None)


def _hidden_per_day(bars, bar_rows: int, stays, stay_rows: int) -> list[int]:
    """How many bars of a week row each day does not show (one pass, a running sum)."""
    change = [0] * 8
    for bar_list, limit in ((bars, bar_rows), (stays, stay_rows)):
        for b in bar_list:
            if b.row >= limit:
                change[b.first] += 1
                change[b.last + 1] -= 1
    out, running = [], 0
    for d in range(7):
        running += change[d]
        out.append(running)
    return out


def _count(bars) -> int:
    return max((b.row for b in bars), default=-1) + 1


def _allocate(capacity: int, events: int, stays: int, daily: int) -> tuple[int, int, int]:
    """Lines of a week row for conference bars, exchange-stay bars, then each day's own list (timed
    items and milestones, the most wanted); one line is kept for "+N more" when something does not
    fit, and stays keep a line when there is room for two: a hidden stay says "+1 more" in every
    cell of the week, a hidden item in one (at 1024×700 a row has three lines)."""
    if events + stays + daily <= capacity:
        return events, stays, daily
    capacity = max(capacity - 1, 0)
    a = min(events, capacity)
    d = min(daily, capacity - a - (1 if stays and capacity - a >= 2 else 0))
    return a, min(stays, capacity - a - d), d
