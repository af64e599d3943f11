"""Pick a person or an organisation by typing part of the name.

A line edit with a completer over "Name — Organisation" labels: the completer
filters in C++ (fast with 100,000 people, where a combo box of that many items
is slow to build), and a label that matches no record is shown as an error at
the field instead of being saved as nothing.
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP

#: What the field says when its text names no record, by the picker's noun.
NO_SUCH = {"person": QT_TR_NOOP("no person called “{text}”"),
           "organisation": QT_TR_NOOP("no organisation called “{text}”"),
           "venue": QT_TR_NOOP("no venue called “{text}”"),
           "record": QT_TR_NOOP("nothing called “{text}”")}


class RecordPicker(QLineEdit):
    """Choose one record by label. ``value()`` is its id, or None when empty."""

    changed = Signal()

    def __init__(self, items: Iterable[tuple[str, str]] = (), parent: QWidget | None = None, *,
                 placeholder: str | None = None, noun: str = "record"):
        super().__init__(parent)
        self.noun = noun  # a key of NO_SUCH
        self.setPlaceholderText(tr("Type to search…") if placeholder is None else placeholder)
        self.setClearButtonEnabled(True)
        self._by_label: dict[str, str] = {}
        self._by_id: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(lambda _text: self.changed.emit())
        self.textChanged.connect(lambda _text: self.changed.emit())
        self.set_items(items)

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        """``items`` are (id, label); duplicate labels get a short id so each is unique."""
        current = self.value()
        items = list(items)
        seen: dict[str, int] = {}
        for _id, label in items:
            seen[label] = seen.get(label, 0) + 1
        self._by_label, self._by_id = {}, {}
        for ident, label in items:
            unique = label if seen[label] == 1 else f"{label} [{ident[:6]}]"
            self._by_label[unique.casefold()] = ident
            self._by_id[ident] = unique
        self._model.setStringList(list(self._by_id.values()))
        if current:
            self.set_value(current)

    def label_of(self, ident: str | None) -> str | None:
        return self._by_id.get(ident) if ident else None

    def value(self) -> str | None:
        text = self.text().strip()
        return self._by_label.get(text.casefold()) if text else None

    def set_value(self, ident: str | None) -> None:
        self.setText(self._by_id.get(ident, "") if ident else "")
        self.setCursorPosition(0)  # a long "name — organisation" shows its start, the name
        self.setToolTip(self.text())

    def add_new_action(self, text: str, callback: Callable[[], None]) -> None:
        """A "+" at the end of the field (and Ctrl+Shift+N in it) that makes a new record."""
        from PySide6.QtGui import QAction, QKeySequence

        from qistdesk.gui.icons import icon

        action = QAction(icon("new"), text, self)
        action.setToolTip(tr("{action} (Ctrl+Shift+N)").format(action=text))
        action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(callback)
        self.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
        self.new_action = action

    def error(self) -> str | None:
        """A one-line problem with the text, for the form (None when fine)."""
        text = self.text().strip()
        if text and self.value() is None:
            problem = tr(NO_SUCH.get(self.noun, NO_SUCH["record"])).format(text=text)
            advice = (tr("pick one from the list or make it with + (Ctrl+Shift+N)")
                      if getattr(self, "new_action", None) else tr("pick one from the list"))
            return f"{problem}; {advice}"
        return None


def person_item_label(row: dict) -> str:
    """"Ada Lovelace — Niels Bohr Institute": how a person reads in every picker and list."""
    from qistdesk.domain.directory import display_name

    name = display_name(row.get("given_name"), row.get("family_name"))
    return f"{name} — {row['organization']}" if row.get("organization") else name


def people_items(rows: Iterable[dict]) -> list[tuple[str, str]]:
    return [(r["id"], person_item_label(r)) for r in rows]


def person_items(db) -> list[tuple[str, str]]:
    from qistdesk.services import queries

    return people_items(queries.list_people(db))


def organization_items(db) -> list[tuple[str, str]]:
    from qistdesk.services import queries

    return [(r["id"], f"{r['name']} ({r['country']})" if r.get("country") else r["name"])
            for r in queries.list_organizations(db)]


def person_picker(db, parent: QWidget | None = None) -> RecordPicker:
    return RecordPicker(person_items(db), parent, placeholder=tr("Type part of a name…"), noun="person")


def organization_picker(db, parent: QWidget | None = None) -> RecordPicker:
    return RecordPicker(organization_items(db), parent, placeholder=tr("Type part of a name…"), noun="organisation")


def picker(loader: Callable[[], Iterable[tuple[str, str]]], noun: str, parent: QWidget | None = None) -> RecordPicker:
    return RecordPicker(loader(), parent, noun=noun)
