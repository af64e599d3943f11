"""Walk a widget tree and find the user-visible texts that are still English (issue 18).

Use it with the app switched to Danish (``i18n.install(qapp, "da")``)::

    from danish_walk import DataWords, english_left
    data = DataWords.from_db(demo_db)          # names, titles, places... of the open database
    assert english_left(window, data=data) == []

What is read (:func:`ui_texts`): window titles, labels (HTML made plain), buttons, actions and
menus (text, tooltip, status tip), tooltips, status tips, accessible names and descriptions,
placeholders, combo items, tab texts and tooltips, group box titles, list items, the header of
every item view (both orientations) and its first rows' cells and tooltips, read-only text panes
(detail panes), and the window's status bar message. Hidden widgets are read too (a tab not
shown still has its texts).

A text is English (:func:`why_english`) when
- it equals, once "&" and a trailing "…" or ":" are set aside, the English source of a message in
  ``resources/i18n/qistdesk_da.ts`` whose Danish differs (a ``tr()`` that was not applied, or a
  string built before the language was installed), or
- it contains one of :data:`ENGLISH_WORDS` as a whole word, unless that word comes from a value
  of the database shown in the text (a person's, event's or venue's name: user data, not UI), or
  the text is in the caller's ``allow`` list.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QMainWindow, QMenu, QPlainTextEdit, QTabBar, QTabWidget,
                               QTextEdit, QWidget)

#: Whole words that mark a text as English. None of them is also a Danish word: "for", "at",
#: "by", "to" (two), "time" (hour), "end" (than), "start", "status", "total", "filter", "find",
#: "send", "import", "workshops", "organisation", "invitation", "april", "december", "fri", "sat",
#: "mar", "jun", "nov" and the like are Danish too and are left out.
ENGLISH_WORDS = frozenset("""
the and of with from into this that these those your you which what when where who will would
is are was were has have been not yet no none nothing all any some each every other more less
or on in
select add edit new save delete remove open close show hide search clear print export
create update cancel choose pick change move copy reply undo redo back next previous
today tomorrow yesterday week weeks month year day days hours minutes date until
title name names notes details summary count counts number
participant participants people person's organisations organization organizations
venue venues event events seminars conference conferences exchange exchanges calendar dashboard
reports report attendees attendee speaker speakers guest guests invite invited invites invitations
confirmed declined pending cancelled draft drafts upcoming loading saving saved deleted added
changed opened ready
monday tuesday wednesday thursday friday saturday sunday
january february march may june july october
mon tue wed thu sun oct
""".split())

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_TRIM = re.compile(r"[\s:…\.]+$")


def normalise(text: str) -> str:
    """``text`` as a message source compares: no mnemonic "&", no trailing "…"/":", one space."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return _TRIM.sub("", " ".join(text.split()))


# ---------------------------------------------------------------------------------------------
# What the catalogue says is English


def english_sources(ts_path=None) -> frozenset[str]:
    """Normalised English sources of the catalogue's messages whose Danish is not the same text."""
    if ts_path is None:
        from qistdesk.gui.i18n import source_catalog

        ts_path = source_catalog("da")
    found = set()
    for message in ET.parse(ts_path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else [""]
        if translation is not None and len(translation):
            forms = [f.text or "" for f in translation]
        if "{" in source or "%" in source:
            continue  # a pattern: its filled-in text never equals the source; the word check applies
        if all(normalise(f) != normalise(source) for f in forms):
            found.add(normalise(source))
    return frozenset(s for s in found if s)


# ---------------------------------------------------------------------------------------------
# User data: words that are English because a person or event is called so


@dataclass
class DataWords:
    """Text values of the database (names, titles, places), indexed by the words in them."""

    values: frozenset[str] = frozenset()
    by_word: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, values: Iterable[str]) -> DataWords:
        kept = frozenset(v.strip().lower() for v in values if v and v.strip())
        by_word: dict[str, list[str]] = {}
        for value in kept:
            for word in set(_WORD.findall(value)):
                if word in ENGLISH_WORDS:
                    by_word.setdefault(word, []).append(value)
        return cls(kept, by_word)

    @classmethod
    def from_db(cls, database) -> DataWords:
        """Every text a user typed or imported into ``database``: free-text columns of every table.

        Codes (``confirmed``, ``seminar``: lower case, no space) are left out, so a view that
        shows a raw code instead of its translated label is still caught.
        """
        from sqlalchemy import String, Text, inspect, select, table, column

        values: set[str] = set()
        inspector = inspect(database.engine)
        with database.engine.connect() as conn:
            for name in inspector.get_table_names():
                if name.startswith(("alembic", "sqlite_")):
                    continue
                cols = [c["name"] for c in inspector.get_columns(name)
                        if isinstance(c["type"], (String, Text))]
                if not cols:
                    continue
                rows = conn.execute(select(*[column(c) for c in cols]).select_from(table(name)))
                for row in rows:
                    for value in row:
                        if isinstance(value, str) and not re.fullmatch(r"[a-z0-9_\-]*", value):
                            values.add(value)
        return cls.of(values)

    def explains(self, word: str, text: str) -> bool:
        """True when ``word`` in ``text`` is part of a data value shown there."""
        low = text.lower()
        return any(value in low for value in self.by_word.get(word, ()))


# ---------------------------------------------------------------------------------------------
# The walk


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _action_texts(action: QAction, where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    if id(action) in seen or action.isSeparator():
        return
    seen.add(id(action))
    label = normalise(action.text()) or action.objectName()
    yield f"{where} action", action.text()
    if action.toolTip() and normalise(action.toolTip()) != normalise(action.text()):
        yield f"{where} action '{label}' tooltip", action.toolTip()
    yield f"{where} action '{label}' status tip", action.statusTip()
    yield f"{where} action '{label}' what's this", action.whatsThis()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{where} menu", menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub, f"{where} > {label}", seen)


def _model_texts(model: QAbstractItemModel, where: str, rows: int) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    for column in range(model.columnCount()):
        for role in roles:
            yield f"{where} column {column} header", model.headerData(column, Qt.Orientation.Horizontal, role)
    for row in range(min(model.rowCount(), rows)):
        yield f"{where} row {row} header", model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)

    def walk(parent, depth):
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    yield f"{where} cell {row},{column}", model.data(index, role)
                if depth < 2 and column == 0 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def ui_texts(root: QWidget, rows: int = 40) -> list[tuple[str, str]]:
    """(where, text) of every user-visible text under ``root`` (``root`` included)."""
    out: list[tuple[str, str]] = []
    seen_actions: set[int] = set()
    widgets = [root, *root.findChildren(QWidget)]

    def add(where, value):
        if isinstance(value, str) and value.strip():
            out.append((where, _plain(value)))

    for w in widgets:
        kind = type(w).__name__
        name = w.objectName() or w.accessibleName() or kind
        tag = f"{kind} '{name}'"
        if w.isWindow() or isinstance(w, QDockWidget):
            add(f"{tag} window title", w.windowTitle().replace("[*]", ""))
        add(f"{tag} tooltip", w.toolTip())
        add(f"{tag} status tip", w.statusTip())
        add(f"{tag} what's this", w.whatsThis())
        add(f"{tag} accessible name", w.accessibleName())
        add(f"{tag} accessible description", w.accessibleDescription())
        if isinstance(w, QLabel):
            add(f"{tag} text", w.text())
        elif isinstance(w, QAbstractButton):
            add(f"{tag} text", w.text())
        elif isinstance(w, QGroupBox):
            add(f"{tag} title", w.title())
        if isinstance(w, QLineEdit):
            add(f"{tag} placeholder", w.placeholderText())
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(f"{tag} placeholder", w.placeholderText())
            if w.isReadOnly():
                add(f"{tag} text", w.toPlainText())
        if isinstance(w, QComboBox):
            add(f"{tag} placeholder", w.placeholderText())
            for i in range(w.count()):
                add(f"{tag} item {i}", w.itemText(i))
                add(f"{tag} item {i} tooltip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"{tag} tab {i}", w.tabText(i))
                add(f"{tag} tab {i} tooltip", w.tabToolTip(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{tag} tab {i}", w.tabText(i))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(f"{tag} item {i}", w.item(i).text())
                add(f"{tag} item {i} tooltip", w.item(i).toolTip())
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QComboBox):
            for where, value in _model_texts(QAbstractItemView.model(w), tag, rows):
                add(where, value)
        if isinstance(w, QMainWindow):
            if w.statusBar() is not None:
                add(f"{tag} status bar", w.statusBar().currentMessage())
            for action in w.menuBar().actions():
                for where, value in _action_texts(action, tag, seen_actions):
                    add(where, value)
        for action in w.actions():
            for where, value in _action_texts(action, tag, seen_actions):
                add(where, value)
    for action in root.findChildren(QAction):
        for where, value in _action_texts(action, type(action.parent()).__name__ if isinstance(action.parent(), QObject) else "", seen_actions):
            add(where, value)
    return out


# ---------------------------------------------------------------------------------------------
# Judging


_SOURCES: frozenset[str] | None = None


def why_english(text: str, data: DataWords | None = None, sources: frozenset[str] | None = None) -> str | None:
    """Why ``text`` reads as English ("untranslated source", "word 'the'"), or None."""
    global _SOURCES
    if sources is None:
        if _SOURCES is None:
            _SOURCES = english_sources()
        sources = _SOURCES
    data = data or DataWords()
    if normalise(text).lower() in data.values:
        return None
    if normalise(text) in sources:
        return "untranslated source"
    for line in text.splitlines():
        if normalise(line).lower() in data.values:
            continue
        if normalise(line) in sources:
            return "untranslated source"
        for word in _WORD.findall(line):
            low = word.lower()
            if low in ENGLISH_WORDS and not data.explains(low, line):
                return f"word '{word}'"
    return None


def english_left(root: QWidget, data: DataWords | None = None, allow: Iterable[str] = (),
                 rows: int = 40) -> list[str]:
    """Every text under ``root`` still English, as "where: text (why)", without duplicates.

    ``allow`` holds texts (or regular expressions matching a whole text) that may stay as they are:
    proper names, codes, file formats.
    """
    allowed = [re.compile(a) for a in allow]
    found: dict[str, str] = {}
    for where, text in ui_texts(root, rows):
        if text in found.values() or any(a.fullmatch(text.strip()) for a in allowed):
            continue
        why = why_english(text, data)
        if why:
            short = text if len(text) < 160 else text[:157] + "…"
            found[f"{where}: {short!r} ({why})"] = text
    return list(found)
