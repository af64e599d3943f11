"""What the main window remembers between runs: geometry, splitters, last view.

All of it lives in the one settings file (``window.*`` settings), never in
registry keys or ini files. Splitter states are kept per view in one JSON
object under ``window.splitter``; a view that has a ``splitter`` attribute
(a QSplitter between its list and its detail) gets its own remembered.
"""

from __future__ import annotations

import base64
import json
import logging

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

log = logging.getLogger(__name__)


def b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def unb64(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text or ""))
    except ValueError:
        return QByteArray()


def splitter_states(settings) -> dict[str, str]:
    try:
        value = json.loads(settings.get("window.splitter") or "{}")
        return value if isinstance(value, dict) else {}
    except ValueError:
        return {}


def restore(window) -> None:
    if not window.restoreGeometry(unb64(window.settings.get("window.geometry"))):
        window.resize(1280, 800)
    window.restoreState(unb64(window.settings.get("window.state")))
    states = splitter_states(window.settings)
    if "main" in states:
        window.splitter.restoreState(unb64(states["main"]))


def restore_view_splitter(window, key: str, view: QWidget) -> None:
    splitter = getattr(view, "splitter", None)
    state = splitter_states(window.settings).get(key)
    if isinstance(splitter, QSplitter) and state:
        view.splitter_restored = splitter.restoreState(unb64(state))


def save(window) -> None:
    settings = window.settings
    states = splitter_states(settings)
    states["main"] = b64(window.splitter.saveState())
    for key, view in window.views.items():
        splitter = getattr(view, "splitter", None)
        if isinstance(splitter, QSplitter):
            states[key] = b64(splitter.saveState())
    settings.set("window.splitter", json.dumps(states))
    settings.set("window.geometry", b64(window.saveGeometry()))
    settings.set("window.state", b64(window.saveState()))
    try:
        settings.save()
    except OSError as exc:
        log.warning("settings not saved: %s", exc)
