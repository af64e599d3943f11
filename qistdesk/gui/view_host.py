"""Loading views lazily, and what stands in for a view until it is built.

A view's module is imported the first time it is shown: start-up pays only for
the view the user sees. The views are the app's own, listed in
``gui/views/__init__.py``: a view that fails to import or to start is a bug or a
packaging mistake, so the error is raised (and shown by the app's error handler)
instead of hiding the feature behind a placeholder.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Placeholder(QWidget):
    """Stands in for a view that is not built yet ("Opening the database…", "Loading…")."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None):
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
        layout.addStretch(2)
        self.setAccessibleName(f"{title}: {message}")


def load_view(key: str, title: str, target: str, ctx, parent: QWidget | None = None) -> QWidget:
    """Instantiate ``"module:Class"`` as ``Class(ctx, parent)``; any error is raised, never hidden."""
    module_name, _, class_name = target.partition(":")
    view = getattr(importlib.import_module(module_name), class_name)(ctx, parent)
    view.setObjectName(f"view_{key}")
    return view
