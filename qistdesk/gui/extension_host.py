"""The main window's side of the extension contract of :mod:`qistdesk.gui.extensions`.

Features (calendar, packets, backups, preferences …) get ``window.ctx``,
``menu(name)``, ``add_context_action(kind, factory)`` and ``selected_ids(kind)``.
A context-action factory is called as ``factory(parent, ids)`` (or
``factory(parent)``) each time a row menu opens and returns a QAction, or None
to add nothing. A feature that fails to load is skipped and named in the
status bar: one broken feature never stops the app.
"""

from __future__ import annotations

import importlib
import inspect
import logging

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

log = logging.getLogger(__name__)


class ExtensionHost:
    """Mixed into MainWindow, which provides ``menus``, ``actions_``, ``current_view()``, the status bar,
    ``_context_factories`` and ``_hooked_tables``."""

    def load_extensions(self) -> None:
        """Import each module of EXTENSION_MODULES and call ``install(self)``. They are the app's own
        features: one that fails to import is a bug or a packaging mistake, and the error is raised
        (a missing feature must never look like a smaller app)."""
        from qistdesk.gui.extensions import EXTENSION_MODULES

        for name in EXTENSION_MODULES:
            importlib.import_module(name).install(self)
        file_menu, quit_action = self.menus.get("File"), self.actions_.get("quit")
        if file_menu is not None and quit_action is not None:  # features add to File; Quit stays last
            file_menu.removeAction(quit_action)
            file_menu.addSeparator()
            file_menu.addAction(quit_action)

    # --- extension contract ---------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """One of File, Edit, View, Event, Exchange, Help (case-insensitive)."""
        for key, menu in self.menus.items():
            if key.lower() == name.lower():
                return menu
        raise KeyError(f"no menu {name!r}; choose one of {', '.join(self.menus)}")

    def add_context_action(self, kind: str, factory) -> None:
        self._context_factories.setdefault(kind, []).append(factory)

    def selected_ids(self, kind: str) -> list[str]:
        """Ids selected in the current view's list of that kind ("event", "person", …)."""
        view = self.current_view()
        if view is None:
            return []
        own = getattr(view, "selected_ids", None)
        if callable(own):
            try:
                return list(own(kind))
            except TypeError:
                pass
        from qistdesk.gui.widgets.records_table import RecordsTable

        tables = [t for t in view.findChildren(RecordsTable) if t.kind == kind and t.isVisibleTo(view)]
        tables.sort(key=lambda t: not t.view.hasFocus())
        for table in tables:
            ids = table.selected_ids()
            if ids:
                return ids
        return []

    def _context_hook(self, kind: str):
        def hook(menu: QMenu, ids: list[str]) -> None:
            for factory in self._context_factories.get(kind, []):
                try:
                    params = len(inspect.signature(factory).parameters)
                    action = factory(menu, ids) if params >= 2 else factory(menu) if params == 1 else factory()
                except Exception:  # noqa: BLE001
                    log.warning("context action for %s failed", kind, exc_info=True)
                    continue
                if isinstance(action, QAction):
                    if action.parent() is None:
                        action.setParent(menu)
                    menu.addAction(action)
        return hook

    def _hook_tables(self, view: QWidget) -> None:
        from qistdesk.gui.widgets.records_table import RecordsTable

        for table in view.findChildren(RecordsTable):
            if table.kind and id(table) not in self._hooked_tables:
                self._hooked_tables.add(id(table))
                table.add_context_hook(self._context_hook(table.kind))

