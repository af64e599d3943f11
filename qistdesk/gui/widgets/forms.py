"""Form fields that show their own error: red, with a one-line reason under them.

``RecordForm`` lays out named fields, reads and writes their values as one
dict (the shape service functions take), and shows a ``ValidationError``'s
``errors`` (field -> message) at the fields. Errors of fields the form does not
show appear in a line at the top, so nothing is ever swallowed.

Editors may be Qt's own (QLineEdit, QPlainTextEdit, QComboBox with item data,
QCheckBox, QSpinBox) or any widget with ``value()``,
``set_value(v)`` and a ``changed`` signal (pickers, the date editor).
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractScrollArea, QAbstractSpinBox, QCheckBox, QComboBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr

ERROR_COLOR_LIGHT, ERROR_COLOR_DARK = "#b3261e", "#ff8a80"
WARNING_COLOR_LIGHT, WARNING_COLOR_DARK = "#8a5a00", "#ffd54f"


def is_dark(widget: QWidget | None = None) -> bool:
    """Dark palette? The widget's, or the application's when there is no widget at hand."""
    if widget is None:
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance()
        return bool(app) and app.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


def error_color(widget: QWidget | None = None) -> str:
    return ERROR_COLOR_DARK if is_dark(widget) else ERROR_COLOR_LIGHT


def warning_color(widget: QWidget | None = None) -> str:
    return WARNING_COLOR_DARK if is_dark(widget) else WARNING_COLOR_LIGHT


class _WheelGuard(QObject):
    """Lets the mouse wheel scroll a long form instead of changing the spin box or pick list the
    pointer happens to pass over (seen under Xvfb: scrolling Preferences turned 18:00 into 11:00).
    A field takes the wheel only once the user has clicked or tabbed into it."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:  # the scroll area behind the form scrolls instead
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False


_WHEEL_GUARD: _WheelGuard | None = None


def guard_wheel(editor: QWidget) -> None:
    """Spin boxes, pick lists and date fields change with the wheel only when they have the focus."""
    global _WHEEL_GUARD
    if not isinstance(editor, (QAbstractSpinBox, QComboBox)):
        return
    if _WHEEL_GUARD is None:
        _WHEEL_GUARD = _WheelGuard()
    editor.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    editor.installEventFilter(_WHEEL_GUARD)


def combo(choices: Iterable[tuple[str, Any]], allow_empty: str | None = None) -> QComboBox:
    """A QComboBox of (label, value) pairs; ``allow_empty`` adds a first "none" item."""
    box = QComboBox()
    if allow_empty is not None:
        box.addItem(allow_empty, "")
    for label, value in choices:
        box.addItem(label, value)
    return box


def area_combo(current: str | None = "", empty: str | None = None) -> QComboBox:
    """The QIST area (quantum computing, networks and communication, sensing and metrology, other)."""
    from qistdesk.domain.enums import QistArea

    box = combo(enum_choices(QistArea), allow_empty=tr("Not set") if empty is None else empty)
    box.setCurrentIndex(max(0, box.findData(current or "")))
    box.setAccessibleName(tr("QIST area"))
    return box


def enum_choices(enum_cls) -> list[tuple[str, str]]:
    """(label, value) pairs of an enum, labelled in the app's language."""
    from qistdesk.gui.enum_text import enum_choices as labelled

    return labelled(enum_cls)


def get_value(editor: QWidget) -> Any:
    if hasattr(editor, "value") and hasattr(editor, "set_value"):
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        data = editor.currentData()
        return data if data is not None else editor.currentText()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        # The minimum shows the special "none" text: it means no value.
        return None if editor.specialValueText() and editor.value() == editor.minimum() else editor.value()
    raise TypeError(f"no value for {type(editor).__name__}")


def set_value(editor: QWidget, value: Any) -> None:
    if hasattr(editor, "value") and hasattr(editor, "set_value"):
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, QComboBox):
        index = editor.findData(value if value is not None else "")
        editor.setCurrentIndex(max(index, 0))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(editor.minimum() if value is None else int(value))
    else:
        raise TypeError(f"cannot set {type(editor).__name__}")


def changed_signal(editor: QWidget):
    for name in ("changed", "textChanged", "currentIndexChanged", "toggled", "valueChanged"):
        signal = getattr(editor, name, None)
        if signal is not None and hasattr(signal, "connect"):
            return signal
    return None


def reserve_error_line(label: QLabel) -> None:
    """An error line that keeps its room while empty, so showing a reason never moves the
    fields below it (the next click would land on the wrong one). One line; the whole
    reason is in the tooltip and the accessible description when it is longer."""
    label.setWordWrap(False)
    label.setMinimumWidth(1)  # long reasons are cut, not allowed to widen the dialog
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    policy.setHorizontalPolicy(policy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().height())


def show_error_line(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setToolTip(message or "")
    label.setVisible(bool(message))


class FieldRow(QWidget):
    """An editor with a one-line error under it; the editor's frame turns red when invalid."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._description = editor.accessibleDescription()
        self._plain: tuple[int, int] | None = None  # the editor's own minimum and hint height, while red
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        reserve_error_line(self.error_label)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.setFocusProxy(editor)

    def set_error(self, message: str | None) -> None:
        color = error_color(self)
        show_error_line(self.error_label, message)
        if message:
            self.error_label.setStyleSheet(f"color: {color};")
            self.editor.setProperty("invalid", True)
            if self._plain is None:  # the red frame's style is 2 px shorter than the native frame:
                self._plain = (self.editor.minimumHeight(), self.editor.sizeHint().height())
            self.editor.setStyleSheet(f"border: 2px solid {color}; border-radius: 3px;")
            self.editor.setMinimumHeight(max(self._plain))  # keep the height, or the rows below move
            self.editor.setAccessibleDescription(tr("Error: {message}").format(message=message))
        else:
            self.editor.setProperty("invalid", False)
            self.editor.setStyleSheet("")
            if self._plain is not None:
                self.editor.setMinimumHeight(self._plain[0])
                self._plain = None
            self.editor.setAccessibleDescription(self._description)

    @property
    def error(self) -> str | None:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else None


class RecordForm(QWidget):
    """Named fields in a form layout, with inline errors and live validation."""

    #: Any field changed (after live validation ran).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, validator: Callable[[dict], dict] | None = None):
        super().__init__(parent)
        self.validator = validator
        self.rows: dict[str, FieldRow] = {}
        self._labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.layout_)
        outer.addStretch(1)
        self.errors: dict[str, str] = {}

    def add(self, name: str, label: str, editor: QWidget, *, required: bool = False, help: str = "") -> QWidget:
        """Add a field; ``label`` gets a mnemonic (&) if it has none and an asterisk when required."""
        text = label + (" *" if required else "")
        label_widget = QLabel(text if "&" in text else "&" + text, self)
        label_widget.setBuddy(editor)
        editor.setAccessibleName(label.replace("&", ""))
        if help:
            editor.setToolTip(help)
            editor.setAccessibleDescription(help)
        guard_wheel(editor)
        row = FieldRow(editor, self)
        self.rows[name] = row
        self._labels[name] = label_widget
        self.layout_.addRow(label_widget, row)
        signal = changed_signal(editor)
        if signal is not None:
            signal.connect(lambda *_a, n=name: self._field_changed(n))
        return editor

    def add_section(self, title: str) -> None:
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addRow(heading)

    def field_title(self, name: str) -> str:
        """What the user reads beside a field ("Family name"), or its name when the form has no such field."""
        label = self._labels.get(name)
        if label is None:
            return name.replace("_", " ")
        return label.text().replace("&", "").removesuffix(" *")

    def editor(self, name: str) -> QWidget:
        return self.rows[name].editor

    def values(self) -> dict[str, Any]:
        return {name: get_value(row.editor) for name, row in self.rows.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Load values (fields absent from ``values`` keep theirs); clears errors."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self.rows:
                    set_value(self.rows[name].editor, value)
        finally:
            self._loading = False
        self._touched.clear()
        self.set_errors({})

    def _field_changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self.validate(show_untouched=False)
        self.changed.emit()

    def validate(self, show_untouched: bool = True) -> dict[str, str]:
        """Run the validator; show errors of fields the user touched (or all)."""
        errors = dict(self.validator(self.values())) if self.validator else {}
        for name, row in self.rows.items():
            problem = getattr(row.editor, "error", None)
            if callable(problem):
                problem = problem()
            if problem:  # what is wrong with the text typed says more than "is required"
                errors[name] = problem
        self.errors = errors
        shown = errors if show_untouched else {k: v for k, v in errors.items() if k in self._touched}
        self._show(shown)
        return errors

    def is_valid(self) -> bool:
        return not self.errors

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show errors (e.g. ``ValidationError.errors`` from a service) at their fields."""
        self.errors = dict(errors)
        self._touched.update(errors)
        self._show(errors)
        first = next((self.rows[n] for n in errors if n in self.rows), None)
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_general_error(self, message: str | None) -> None:
        self.general_error.setText(message or "")
        self.general_error.setStyleSheet(f"color: {error_color(self)}; font-weight: bold;")
        self.general_error.setVisible(bool(message))

    def _show(self, errors: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_error(errors.get(name))
        others = [f"{self.field_title(name)}: {msg}" for name, msg in errors.items() if name not in self.rows]
        self.set_general_error("; ".join(others) if others else None)


class OptionalSpinBox(QSpinBox):
    """A whole-number field that may be empty (shows "—")."""

    changed = Signal()

    def __init__(self, maximum: int = 1_000_000, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText("—")
        self.valueChanged.connect(lambda *_: self.changed.emit())


def text_edit(lines: int = 3) -> QPlainTextEdit:
    """A plain-text box a few lines high; Tab moves focus rather than typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def date_edit():
    """The one date editor (typed like a spreadsheet cell, with a calendar)."""
    from qistdesk.gui.widgets.datetime_edit import DateEdit

    return DateEdit()
