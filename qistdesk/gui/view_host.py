"""Loading views lazily, and what to show when one cannot be loaded.

A view's module is imported the first time it is shown: start-up pays only for
the view the user sees. A view whose module does not exist (yet) or fails to
load shows a placeholder that names it and offers to try again, so one broken
view never stops the app.
"""

from __future__ import annotations

import importlib
import logging
import traceback

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class Placeholder(QWidget):
    """Stands in for a view that is not loaded: a message and a Try again button."""

    retry = Signal()

    def __init__(self, title: str, message: str, detail: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewPlaceholder")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(f"<h2>{title}</h2>", self)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        if detail:
            self.message.setToolTip(detail)
        self.button = QPushButton("Try again", self)
        self.button.setAccessibleDescription(f"Load the {title} view again")
        self.button.clicked.connect(self.retry.emit)
        row = QVBoxLayout()
        row.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setAccessibleName(f"{title}: {message}")


def load_view(key: str, title: str, target: str, ctx, parent: QWidget | None = None) -> QWidget:
    """Instantiate ``"module:Class"`` as ``Class(ctx, parent)``, or return a :class:`Placeholder`."""
    module_name, _, class_name = target.partition(":")
    importlib.invalidate_caches()  # a module written since the last attempt is found
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return Placeholder(title, f"The {title} view is not part of this build yet ({module_name}).",
                               parent=parent)
        log.exception("view %s failed to import", key)
        return Placeholder(title, f"The {title} view could not be loaded: {exc}", traceback.format_exc(), parent)
    except Exception as exc:  # noqa: BLE001 - one broken view must not stop the app
        log.exception("view %s failed to import", key)
        return Placeholder(title, f"The {title} view could not be loaded: {exc}", traceback.format_exc(), parent)
    try:
        cls = getattr(module, class_name)
        view = cls(ctx, parent)
    except Exception as exc:  # noqa: BLE001
        log.exception("view %s failed to start", key)
        return Placeholder(title, f"The {title} view could not start: {exc}", traceback.format_exc(), parent)
    view.setObjectName(f"view_{key}")
    return view
