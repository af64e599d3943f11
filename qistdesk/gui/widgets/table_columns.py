"""Which columns of a list are shown: the user's choice first, then what fits.

A list opens with every column that fits beside its main text at full width. Columns
with a ``priority`` above 0 step aside (the highest first) when the list is too narrow
for them, so a list never needs a sideways scroll bar to show its main text whole.
Columns declared ``hidden`` show only when asked for. Right-clicking the header lists
every column with a tick: a column the user ticks stays, whatever the width; one the user
unticks stays away. Those choices are kept per list in the ``window.columns`` setting.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtWidgets import QMenu

from qistdesk.gui.i18n import tr

log = logging.getLogger(__name__)

SETTING = "window.columns"


def _settings():
    from qistdesk.gui.app_settings import settings

    return settings()


class ColumnChooser:
    """Shown/hidden state of the columns of one ``RecordsTable`` (see the module text)."""

    def __init__(self, table, key: str):
        self.table = table
        self.key = key
        self.choice: dict[str, bool] = self._load()  # column key -> shown (the user's own choice)

    # --- the user's choices ---------------------------------------------------------------

    def _load(self) -> dict[str, bool]:
        try:
            stored = json.loads(_settings().get(SETTING) or "{}").get(self.key, {})
        except (ValueError, AttributeError):
            return {}
        return {k: bool(v) for k, v in stored.items()} if isinstance(stored, dict) else {}

    def _save(self) -> None:
        settings = _settings()
        try:
            stored = json.loads(settings.get(SETTING) or "{}")
            stored = stored if isinstance(stored, dict) else {}
        except ValueError:
            stored = {}
        if self.choice:
            stored[self.key] = self.choice
        else:
            stored.pop(self.key, None)
        settings.set(SETTING, json.dumps(stored, sort_keys=True))
        try:
            settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    def set_shown(self, column: int, shown: bool) -> None:
        self.choice[self.table.model.columns[column].key] = shown
        self._save()
        self.table.refit()

    def reset(self) -> None:
        self.choice = {}
        self._save()
        self.table.refit(forget_user_widths=True)

    # --- what is shown ----------------------------------------------------------------------

    def visible(self, wanted: list[int], least: list[int], room: int) -> list[bool]:
        """Which columns to show in ``room`` pixels, each wanting ``wanted[c]``, or at a pinch
        ``least[c]``; the main column needs its whole ``wanted``. Optional columns join in the order
        of their priority while they fit whole; the first that fits only at a pinch is the last."""
        columns, main = self.table.model.columns, self.table.main
        shown = [self.choice.get(c.key, not c.hidden) for c in columns]
        shown[main] = True
        if room <= 50:
            return shown
        others = [c for c in range(len(columns)) if c != main]
        optional = sorted((c for c in others
                           if shown[c] and columns[c].priority > 0 and columns[c].key not in self.choice),
                          key=lambda c: (columns[c].priority, c))
        need = wanted[main] + sum(wanted[c] for c in others if shown[c] and c not in optional)
        pinched = False
        for c in optional:  # the most needed first, each if it still fits
            shown[c] = not pinched and need + least[c] <= room
            pinched = shown[c] and need + wanted[c] > room
            need += wanted[c] if shown[c] else 0
        return shown

    # --- the header's menu --------------------------------------------------------------------

    def menu(self) -> QMenu:
        table = self.table
        menu = QMenu(table)
        menu.setTitle(tr("Columns"))
        for column, spec in enumerate(table.model.columns):
            action = menu.addAction(spec.title)
            action.setCheckable(True)
            action.setChecked(not table.view.isColumnHidden(column))
            if column == table.main:
                action.setEnabled(False)  # the main text is always there
                continue
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
        menu.addSeparator()
        menu.addAction(tr("Fit columns to the window"), self.reset)
        return menu
