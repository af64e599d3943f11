"""What a list shows when it has nothing in it: a sentence and the next steps.

An empty grey table tells a new user nothing; "No exchanges yet — New exchange,
or import a CSV" tells them what to do next (see shared/UI.md).
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: An action button: a QAction (its text and trigger are used) or (text, callback).
ActionSpec = QAction | tuple[str, Callable[[], None]]


class EmptyState(QWidget):
    """A centred message with action buttons."""

    def __init__(self, message: str = "", actions: Iterable[ActionSpec] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(message)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        from qistdesk.gui.theme import set_font_factor

        set_font_factor(self.label, 1.15)
        layout.addWidget(self.label)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout.addLayout(self._buttons)
        layout.addStretch(2)
        self.buttons: list[QPushButton] = []
        self.set_content(message, actions)

    def set_content(self, message: str, actions: Iterable[ActionSpec] = ()) -> None:
        self.label.setText(message)
        self.setAccessibleName(message)
        for button in self.buttons:
            self._buttons.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for spec in actions:
            if isinstance(spec, QAction):
                button = QPushButton(spec.icon(), spec.text().replace("&", ""))
                button.clicked.connect(spec.trigger)
            else:
                text, callback = spec
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, cb=callback: cb())
            button.setAccessibleName(button.text())
            self._buttons.insertWidget(self._buttons.count() - 1, button)
            self.buttons.append(button)
        if self.buttons:
            self.buttons[0].setDefault(True)
