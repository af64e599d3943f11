"""The main window's actions, menus and toolbar, declared in one place.

Every toolbar button is also in a menu (desktop convention: menus are where a
user looks for what a button does and for its shortcut). Shortcuts are
``QKeySequence.StandardKey`` values, so each platform gets its own (Ctrl+N on
Windows and Linux, ⌘N on macOS).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP

SK = QKeySequence.StandardKey

#: Menus in menu-bar order; extensions reach them with ``window.menu(name)``.
MENU_NAMES = ("File", "Edit", "View", "Event", "Exchange", "Help")
#: What each menu is called on screen (its name above is the key extensions use).
MENU_TITLES = {"File": QT_TR_NOOP("&File"), "Edit": QT_TR_NOOP("&Edit"), "View": QT_TR_NOOP("&View"),
               "Event": QT_TR_NOOP("E&vent"), "Exchange": QT_TR_NOOP("E&xchange"), "Help": QT_TR_NOOP("&Help")}

#: What "New" creates in each view (the toolbar button says so).
NEW_TEXT = {"people": QT_TR_NOOP("New person…"), "organizations": QT_TR_NOOP("New organisation…"),
            "venues": QT_TR_NOOP("New venue…"), "exchanges": QT_TR_NOOP("New exchange…"),
            "seminars": QT_TR_NOOP("New seminar…"), "conferences": QT_TR_NOOP("New conference…")}


def make_action(window, text: str, slot, *, shortcut=None, icon: str = "", tip: str = "",
                checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, SK)
                            else [QKeySequence(shortcut)])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    action.setProperty("icon_name", icon)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y both redo, plus the platform's own, each once.

    The platform's Redo is often Ctrl+Shift+Z already; listing it twice on one
    action made Qt call the key "ambiguous" and do nothing.
    """
    keys: list[QKeySequence] = []
    for key in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(SK.Redo)):
        if key not in keys:
            keys.append(key)
    return keys


def build(window) -> dict[str, QAction]:
    """Create actions, menus and the toolbar on ``window`` (a MainWindow)."""
    a: dict[str, QAction] = {}
    a["new"] = make_action(window, tr("&New…"), window.new_record, shortcut=SK.New, icon="new",
                           tip=tr("Create a record of the kind shown"))
    a["quit"] = make_action(window, tr("&Quit"), window.close, shortcut=SK.Quit, icon="quit")
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    a["undo"] = make_action(window, tr("&Undo"), window.undo, shortcut=SK.Undo, icon="undo")
    a["redo"] = make_action(window, tr("&Redo"), window.redo, icon="redo")
    a["undo"].setIconText(tr("Undo"))
    a["redo"].setIconText(tr("Redo"))
    a["redo"].setShortcuts(redo_keys())
    a["open"] = make_action(window, tr("&Open\tEnter"), window.open_selected, icon="open",
                            tip=tr("Open the selected record (Enter or double-click)"))
    a["delete"] = make_action(window, tr("&Delete…"), window.delete_selected, shortcut=SK.Delete, icon="delete",
                              tip=tr("Delete the selected records (asks first, can be undone)"))
    a["filter"] = make_action(window, tr("&Filter…"), window.focus_filter, shortcut=SK.Find, icon="filter",
                              tip=tr("Filter the list as you type"))
    a["refresh"] = make_action(window, tr("&Refresh"), window.refresh_current, shortcut=SK.Refresh, icon="refresh")
    a["contrast"] = make_action(window, tr("&High contrast"), window.toggle_high_contrast, icon="contrast",
                                checkable=True)
    a["zoom_in"] = make_action(window, tr("&Larger text"), lambda: window.change_font_scale(1), shortcut=SK.ZoomIn,
                               icon="zoom_in")
    a["zoom_out"] = make_action(window, tr("&Smaller text"), lambda: window.change_font_scale(-1),
                                shortcut=SK.ZoomOut, icon="zoom_out")
    a["zoom_reset"] = make_action(window, tr("&Normal text size"), lambda: window.change_font_scale(0),
                                  shortcut="Ctrl+0")
    a["new_seminar"] = make_action(window, tr("New &seminar…"), lambda: window.new_in("seminars"), icon="seminars")
    a["new_conference"] = make_action(window, tr("New &conference or workshop…"), lambda: window.new_in("conferences"),
                                      icon="conferences")
    a["new_exchange"] = make_action(window, tr("New &exchange…"), lambda: window.new_in("exchanges"), icon="exchanges")
    a["show_exchanges"] = make_action(window, tr("Exchange &pipeline"), lambda: window.show_view("exchanges"))
    a["shortcuts"] = make_action(window, tr("&Keyboard shortcuts"), window.show_shortcuts, icon="keyboard")
    a["about"] = make_action(window, tr("&About qistdesk"), window.show_about, icon="about")
    a["about"].setMenuRole(QAction.MenuRole.AboutRole)
    a["about_qt"] = make_action(window, tr("About &Qt"), window.show_about_qt)
    a["about_qt"].setMenuRole(QAction.MenuRole.AboutQtRole)

    bar = window.menuBar()
    menus = {name: bar.addMenu(tr(MENU_TITLES[name])) for name in MENU_NAMES}
    for name, menu in menus.items():
        menu.setObjectName(f"menu{name}")
    _fill(menus["File"], a, ["new", None, "quit"])
    _fill(menus["Edit"], a, ["undo", "redo", None, "open", "delete", None, "filter"])
    for key, _title, action in window.view_actions:
        menus["View"].addAction(action)
    _fill(menus["View"], a, [None, "refresh", None, "contrast", "zoom_in", "zoom_out", "zoom_reset"])
    _fill(menus["Event"], a, ["new_seminar", "new_conference"])
    _fill(menus["Exchange"], a, ["new_exchange", "show_exchanges"])
    _fill(menus["Help"], a, ["shortcuts", None, "about", "about_qt"])
    # "Quit" stays last in File: MainWindow.load_extensions moves it below the features' items.

    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setAccessibleName(tr("Main toolbar"))
    for key in ("new", "delete", None, "undo", "redo", None, "filter"):
        toolbar.addSeparator() if key is None else toolbar.addAction(a[key])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.toolbar = toolbar
    window.menus = menus
    return a


def _fill(menu: QMenu, actions: dict[str, QAction], keys) -> None:
    for key in keys:
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[key])


def shortcuts_text(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(what, keys) for the Keyboard shortcuts dialog, read from the actions themselves."""
    rows = []
    for action in actions.values():
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        text = action.text().split("\t")
        if len(text) > 1:
            keys = text[1]
        if keys:
            rows.append((text[0].replace("&", ""), keys))
    return rows
