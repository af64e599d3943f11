"""The one date and time editor: typed like a spreadsheet cell, with a calendar pop-up.

Qt's QDateTimeEdit edits one section at a time and drops keys that do not fit
the section under the cursor: clicking the day and typing "11" did nothing, and
minutes took several tries. Here a date is a line edit: focusing it selects
its text, so what you type replaces it, and the text is read when you leave
the field (or press Enter) the way a spreadsheet reads a cell:

- dates: "11" (day of the shown month), "11.3" or "11/3" (day and month of the
  shown year), "11.3.27", "2027-03-11", "11 Mar", "Mar 11 2027", "today",
  "+7" / "-1" (days from the shown date);
- times: "16", "16:30", "16.30", "1630", "930", "4pm", "4:30 pm".

Arrow Up/Down change the part under the cursor (day, month or year; hours or
five minutes), Page Up/Down a month or an hour; Alt+Down or F4 opens the
calendar. Text that cannot be read stays as typed, and ``error()`` says why;
nothing typed is ever thrown away.

``DateEdit.value()`` is a ``date``; ``DateTimeEdit.value()`` a naive wall-clock
``datetime`` (the dialog knows the zone). Both emit ``changed``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

# The reading and writing of the text lives in date_text; parse_date and parse_time are re-exported.
from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.date_text import (add_months, format_date, format_time, month_names,  # noqa: F401
                                            parse_date, parse_time)


def _side_by_side(owner: QWidget, main: QWidget, beside: QWidget, spacing: int) -> None:
    """``main`` takes the width and the focus; ``beside`` sits to its right."""
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    layout.addWidget(main, 1)
    layout.addWidget(beside)
    owner.setFocusProxy(main)


class _TypedLine(QLineEdit):
    """A line edit that selects all on focus (typing replaces) and hands arrows to its owner."""

    stepped = Signal(int, int)  # (key, cursor position)

    _select_on_release = False

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(0, self.selectAll)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        # The first click into the field selects it all, so typing replaces it (a second click
        # places the cursor, to change one character).
        self._select_on_release = not self.hasFocus() or self.selectedText() == self.text() != ""
        self._select_on_release = self._select_on_release and not self._was_clicked_since_focus()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self._select_on_release and not self.hasSelectedText():
            self.selectAll()
        self._clicked = True

    def _was_clicked_since_focus(self) -> bool:
        return getattr(self, "_clicked", False)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self._clicked = False
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) \
                or (event.key() == Qt.Key.Key_F4) \
                or (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.stepped.emit(int(Qt.Key.Key_F4), self.cursorPosition())
            else:
                self.stepped.emit(int(event.key()), self.cursorPosition())
            return
        super().keyPressEvent(event)


class _CalendarPopup(QWidget):
    picked = Signal(date)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(tr("Pick a date"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, qdate: QDate) -> None:
        self.hide()
        self.picked.emit(qdate.toPython())


class DateEdit(QWidget):
    """A date typed like a spreadsheet cell, with a calendar button."""

    changed = Signal()

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = value or date.today()
        self.line = _TypedLine(self)
        self.line.setPlaceholderText(tr("e.g. 11.3 or 2027-03-11"))
        self.line.setToolTip(tr("Type a date (11, 11.3, 2027-03-11, 11 Mar, +7), use ↑/↓, or Alt+↓ for a calendar"))
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setAccessibleName(tr("Open calendar"))
        self.button.setToolTip(tr("Calendar (Alt+↓)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        _side_by_side(self, self.line, self.button, 2)
        self._popup: _CalendarPopup | None = None
        self.line.setText(format_date(self._value))
        widest = max(self.line.fontMetrics().horizontalAdvance(format_date(date(2027, 9, day))) for day in (29, 30))
        self.line.setMinimumWidth(widest + 16)  # Wednesday is the widest English day, Thursday ("tors.") Danish
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        self.line.stepped.connect(self._step)
        self.button.clicked.connect(self.open_calendar)

    # value -------------------------------------------------------------------------------------
    def value(self) -> date:
        """The date typed (the last readable one while the text cannot be read)."""
        parsed = parse_date(self.line.text(), self._value)
        return parsed or self._value

    def set_value(self, value: date | datetime | None) -> None:
        if value is None:
            value = date.today()
        if isinstance(value, datetime):
            value = value.date()
        old = self.value()
        self._value = value
        self.line.setText(format_date(value))
        self.line.setStyleSheet("")
        if value != old:
            self.changed.emit()

    def error(self) -> str | None:
        text = self.line.text().strip()
        if not text:
            return tr("A date is required (e.g. 11.3 or 2027-03-11)")
        if parse_date(text, self._value) is None:
            return tr("“{text}” is not a date I can read (try 11.3, 2027-03-11 or 11 Mar)").format(text=text)
        return None

    # Qt-style names, for code and tests written against QDateEdit
    def setDate(self, value) -> None:  # noqa: N802
        self.set_value(value.toPython() if isinstance(value, QDate) else value)

    def date(self) -> QDate:
        return QDate(self.value())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.button.setAccessibleName(tr("{field}: open calendar").format(field=name))

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802
        super().setAccessibleDescription(text)
        self.line.setAccessibleDescription(text)

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 (a red frame goes on the line, not the row)
        self.line.setStyleSheet(sheet.replace("border:", "QLineEdit { border:") + (" }" if "border:" in sheet else ""))

    # typing ------------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self.changed.emit()  # the value, or the error, shows at once

    def _tidy(self) -> None:
        """On leaving the field (or Enter): keep a readable date, shown the usual way."""
        parsed = parse_date(self.line.text(), self._value)
        if parsed is None:
            return  # keep what was typed; error() explains
        self._value = parsed
        if self.line.text() != format_date(parsed):
            self.line.setText(format_date(parsed))

    def _step(self, key: int, cursor: int) -> None:
        if key == int(Qt.Key.Key_F4):
            self.open_calendar()
            return
        self._tidy()
        current = self.value()
        up = key in (int(Qt.Key.Key_Up), int(Qt.Key.Key_PageUp))
        sign = 1 if up else -1
        if key in (int(Qt.Key.Key_PageUp), int(Qt.Key.Key_PageDown)):
            new = add_months(current, sign)
        else:
            part = self._part_at(cursor)
            if part == "month":
                new = add_months(current, sign)
            elif part == "year":
                new = add_months(current, 12 * sign)
            else:
                new = current + timedelta(days=sign)
        self.set_value(new)
        self.line.setCursorPosition(min(cursor, len(self.line.text())))

    def _part_at(self, cursor: int) -> str:
        """Which part of "Thu 11 Mar 2027" the cursor is in: day (or weekday), month or year."""
        text = self.line.text()
        spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
        for start, end, word in spans:
            if start <= cursor <= end:
                if word.isdigit():
                    return "year" if len(word) == 4 else "day"
                if parse_date(f"1 {word}", date(2000, 1, 1)) is not None and word[:3].isalpha() \
                        and word.casefold()[:3] in month_names():
                    return "month"
                return "day"
        return "day"

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        self._popup.calendar.setSelectedDate(QDate(self.value()))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup.show()
        self._popup.calendar.setFocus()

    def _picked(self, value: date) -> None:
        self.set_value(value)
        self.line.setFocus()


class TimeEdit(_TypedLine):
    """A time of day typed as "16", "16:30" or "1630"."""

    changed = Signal()

    def __init__(self, value: time | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = value or time(9, 0)
        self.setText(format_time(self._value))
        self.setToolTip(tr("Type a time (16, 16:30, 1630) or use ↑/↓ (hours / five minutes)"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00 pm") + 24)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)
        self.stepped.connect(self._step)

    def value(self) -> time:
        return parse_time(self.text()) or self._value

    def set_value(self, value: time | None) -> None:
        value = value or time(9, 0)
        old = self.value()
        self._value = value.replace(second=0, microsecond=0)
        self.setText(format_time(self._value))
        if self._value != old:
            self.changed.emit()

    def error(self) -> str | None:
        text = self.text().strip()
        if not text:
            return tr("A time is required (e.g. 16:30)")
        if parse_time(text) is None:
            return tr("“{text}” is not a time I can read (try 16, 16:30 or 1630)").format(text=text)
        return None

    def _typed(self, _text: str) -> None:
        self.changed.emit()

    def _tidy(self) -> None:
        parsed = parse_time(self.text())
        if parsed is None:
            return
        self._value = parsed
        if self.text() != format_time(parsed):
            self.setText(format_time(parsed))

    def _step(self, key: int, cursor: int) -> None:
        if key == int(Qt.Key.Key_F4):
            return
        self._tidy()
        current = datetime.combine(date(2000, 1, 1), self.value())
        up = key in (int(Qt.Key.Key_Up), int(Qt.Key.Key_PageUp))
        hours = key in (int(Qt.Key.Key_PageUp), int(Qt.Key.Key_PageDown)) or cursor <= 2
        if hours:
            step = timedelta(hours=1)
        else:  # minutes move in fives, landing on a multiple of five
            step = timedelta(minutes=5 - current.minute % 5 if up else (current.minute % 5 or 5))
        new = (current + step if up else current - step).time()
        self.set_value(new)
        self.setCursorPosition(cursor)


class DateTimeEdit(QWidget):
    """A date and a time side by side; ``value()`` is the naive wall-clock datetime."""

    changed = Signal()

    def __init__(self, name: str = "", value: datetime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        start = value or datetime.now().replace(second=0, microsecond=0)
        self.date_edit = DateEdit(start.date(), self)
        self.time_edit = TimeEdit(start.time(), self)
        _side_by_side(self, self.date_edit, self.time_edit, 4)
        self.setTabOrder(self.date_edit.line, self.time_edit)
        self.date_edit.changed.connect(self.changed)
        self.time_edit.changed.connect(self.changed)
        if name:
            self.setAccessibleName(name)

    def value(self) -> datetime:
        return datetime.combine(self.date_edit.value(), self.time_edit.value())

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            return
        value = value.replace(tzinfo=None, second=0, microsecond=0)
        if value == self.value() and not self.error():
            return
        for edit in (self.date_edit, self.time_edit):
            edit.blockSignals(True)
        self.date_edit.set_value(value.date())
        self.time_edit.set_value(value.time())
        for edit in (self.date_edit, self.time_edit):
            edit.blockSignals(False)
        self.changed.emit()

    def error(self) -> str | None:
        return self.date_edit.error() or self.time_edit.error()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(tr("{field} date").format(field=name))
        self.time_edit.setAccessibleName(tr("{field} time").format(field=name))

    # Qt-style names, for code and tests written against QDateTimeEdit
    def setDateTime(self, value) -> None:  # noqa: N802
        self.set_value(value.toPython() if isinstance(value, QDateTime) else value)

    def dateTime(self) -> QDateTime:  # noqa: N802
        return QDateTime(self.value())

    @property
    def dateTimeChanged(self):  # noqa: N802
        return self.changed
