"""The main window: navigation on the left, the chosen view beside it, counts below.

The window is built before the database is open (nothing here imports
SQLAlchemy), so it paints at once; :meth:`MainWindow.attach` then gives it an
:class:`~qistdesk.gui.context.AppContext`. Views are loaded on first show.

The extension contract (``menu``, ``add_context_action``, ``selected_ids``)
comes from :class:`~qistdesk.gui.extension_host.ExtensionHost`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter,
                               QStackedWidget, QWidget)

from qistdesk.gui import theme, window_actions, window_state
from qistdesk.gui.extension_host import ExtensionHost
from qistdesk.gui.i18n import tr
from qistdesk.gui.view_host import Placeholder, load_view
from qistdesk.gui.views import VIEWS

log = logging.getLogger(__name__)



class MainWindow(ExtensionHost, QMainWindow):
    #: Emitted once, after the window first painted itself.
    first_painted = Signal()

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ctx = None
        self.views: dict[str, QWidget] = {}
        self._titles = {key: tr(title) for key, title, _t in VIEWS}
        self._targets = {key: target for key, _title, target in VIEWS}
        self._context_factories: dict[str, list] = {}
        self._hooked_tables: set[int] = set()
        self._painted = False
        self.setWindowTitle("qistdesk")
        self.setObjectName("mainWindow")

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(tr("Navigation"))
        self.nav.setAccessibleDescription(tr("Choose what to show: dashboard, events, exchanges or the directory"))
        self.nav.setUniformItemSizes(True)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(self)
        self.view_actions: list[tuple[str, str, QAction]] = []
        for number, (key, _title, _target) in enumerate(VIEWS, start=1):
            title = self._titles[key]
            item = QListWidgetItem(title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.stack.addWidget(Placeholder(title, tr("Opening the database…"), parent=self.stack))
            action = window_actions.make_action(self, title.replace("&", "&&"), lambda _=False, k=key: self.show_view(k),
                                                shortcut=f"Ctrl+{number}" if number < 10 else None, icon=key)
            self.view_actions.append((key, title, action))
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._fit_nav()
        self.splitter.setSizes([self.fontMetrics().averageCharWidth() * 32, 900])
        self.setCentralWidget(self.splitter)

        self.actions_ = window_actions.build(self)
        self.actions_["contrast"].setChecked(bool(settings.get("ui.high_contrast")))
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.db_label = QLabel(self)
        for label in (self.counts_label, self.db_label):  # they give way on a narrow screen (at 1024 px they
            label.setMinimumWidth(1)                      # held the window at 1110); whole in the tooltip
        self.statusBar().addPermanentWidget(self.counts_label)  # no stretch: messages need the left side
        self.statusBar().addPermanentWidget(self.db_label)
        # A message ("Invites written to …") gets the whole bar while it shows: the counts step aside.
        self.statusBar().messageChanged.connect(lambda text: self.counts_label.setVisible(not text))
        self._set_enabled(False)
        self._restore_geometry()

    # --- start-up -------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def attach(self, ctx, staged: bool = False) -> None:
        """The database is open: show data, wire undo, load extensions and the last view.
        ``staged`` (at start-up): the last view's data first; the counts line and the features'
        menu items (extensions, ~50 ms) follow through the event loop, before any input is read."""
        self.ctx = ctx
        ctx.place = self.place
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        ctx.data_changed.connect(lambda _what: self._counts_timer.start())
        ctx.data_changed.connect(lambda what: what == "settings" and QTimer.singleShot(0, self.reload_all_views))
        ctx.undo_stack.canUndoChanged.connect(self._update_undo)
        ctx.undo_stack.canRedoChanged.connect(self._update_undo)
        ctx.undo_stack.undoTextChanged.connect(self._update_undo)
        ctx.undo_stack.redoTextChanged.connect(self._update_undo)
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self.update_counts)
        self.db_label.setText(self._db_name())
        self.db_label.setToolTip(tr("Database: {name}").format(name=ctx.db.display_name))
        for index in range(self.stack.count()):
            widget = self.stack.widget(index)
            if isinstance(widget, Placeholder):
                widget.message.setText(tr("Loading…"))
        self._set_enabled(True)
        self._update_undo()
        last = self.settings.get("window.last_view")
        if staged:
            self.show_view(last if last in self._targets else VIEWS[0][0])
            QTimer.singleShot(0, self._attach_rest)
        else:
            self._attach_rest()
            self.show_view(last if last in self._targets else VIEWS[0][0])

    def _attach_rest(self) -> None:
        self.update_counts()
        self.load_extensions()

    def _db_name(self) -> str:
        file = self.ctx.db.file
        return file.name if file else tr("server database")

    # --- views ----------------------------------------------------------------------------

    def view_keys(self) -> list[str]:
        return [key for key, _t, _c in VIEWS]

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_view(self) -> QWidget | None:
        return self.views.get(self.current_key() or "")

    def show_view(self, key: str) -> QWidget | None:
        row = self.view_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _nav_changed
        else:
            self._nav_changed(row)
        return self.views.get(key)

    def _nav_changed(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        key = self.view_keys()[row]
        if key not in self.views:
            self._load(key, row)
        view = self.views[key]
        self.stack.setCurrentIndex(row)
        self.settings.set("window.last_view", key)
        self.setWindowTitle(f"{self._titles[key]} — qistdesk")
        new_text = window_actions.NEW_TEXT.get(key)
        self.actions_["new"].setText(tr(new_text) if new_text else tr("&New…"))
        self.actions_["new"].setEnabled(hasattr(view, "new_record"))
        self.actions_["delete"].setEnabled(hasattr(view, "delete_selected"))
        self.actions_["filter"].setEnabled(hasattr(view, "focus_filter"))

    def _load(self, key: str, row: int) -> None:
        view = load_view(key, self._titles[key], self._targets[key], self.ctx, self.stack)
        self._hook_tables(view)
        self._restore_view_splitter(key, view)
        old = self.stack.widget(row)
        self.stack.insertWidget(row, view)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.views[key] = view

    def reload_view(self, key: str) -> None:
        """Load a view again (a placeholder's Try again)."""
        self.views.pop(key, None)
        self.show_view(key)

    def reload_all_views(self) -> None:
        """After File ▸ Preferences: the zone pair and working hours are in column titles and cells,
        so views are built again — the current one now, the others when next shown."""
        current = self.current_key()
        for key in [k for k in self.views if k != current]:
            row = self.view_keys().index(key)
            old = self.views.pop(key)
            placeholder = Placeholder(self._titles[key], tr("Loading…"), parent=self.stack)
            self.stack.insertWidget(row, placeholder)
            self.stack.removeWidget(old)
            old.deleteLater()
        if current:
            self.reload_view(current)

    # --- commands on the current view -----------------------------------------------------

    def _call(self, name: str, *args) -> bool:
        method = getattr(self.current_view(), name, None)
        if callable(method):
            method(*args)
            return True
        return False

    def new_record(self) -> None:
        self._call("new_record")

    def new_in(self, key: str) -> None:
        view = self.show_view(key)
        if view is not None and hasattr(view, "new_record"):
            view.new_record()

    def delete_selected(self) -> None:
        self._call("delete_selected")

    def focus_filter(self) -> None:
        self._call("focus_filter")

    def refresh_current(self) -> None:
        self._call("refresh")
        self.update_counts()

    def open_selected(self) -> None:
        from qistdesk.gui.widgets.records_table import RecordsTable

        view = self.current_view()
        if view is None or not hasattr(view, "open_record"):
            return
        for table in view.findChildren(RecordsTable):
            ident = table.current_id() or next(iter(table.selected_ids()), None)
            if ident and table.isVisibleTo(view):
                view.open_record(ident)
                return

    def undo(self) -> None:
        if self.ctx is not None and self._shown_first(self.ctx.undo_stack.index() - 1, "undo"):
            self.ctx.undo_stack.undo()

    def redo(self) -> None:
        if self.ctx is not None and self._shown_first(self.ctx.undo_stack.index(), "redo"):
            self.ctx.undo_stack.redo()

    def place(self) -> tuple[str, str | None] | None:
        """Where the user is: the view shown and its selected record (undo steps remember it)."""
        key = self.current_key()
        if key is None:
            return None
        selected = getattr(self.current_view(), "selected_ids", None)
        ids = selected() if callable(selected) else []
        return key, (ids[0] if ids else None)

    def _shown_first(self, index: int, verb: str) -> bool:
        """A step made in a view not on screen: show it (and its record) now, undo on the next press."""
        command = self.ctx.undo_stack.command(index) if 0 <= index < self.ctx.undo_stack.count() else None
        place = getattr(command, "place", None)
        if not place or place[0] == self.current_key() or place[0] not in self._targets:
            return True
        view = self.show_view(place[0])
        if place[1] and view is not None and hasattr(view, "open_record"):
            try:
                view.open_record(place[1])
            except (LookupError, StopIteration):
                pass
        text = (tr("Undo “{what}”: press Ctrl+Z again to undo it here.") if verb == "undo"
                else tr("Redo “{what}”: press Ctrl+Shift+Z again to redo it here."))
        self.statusBar().showMessage(text.format(what=command.text()), 15_000)
        return False

    def _update_undo(self, *_args) -> None:
        stack = self.ctx.undo_stack
        undo, redo = self.actions_["undo"], self.actions_["redo"]
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        quoted = lambda text: "“" + text.replace("&", "&&") + "”"  # noqa: E731 (& would be a mnemonic)
        undo.setText(tr("&Undo {what}").format(what=quoted(stack.undoText())) if stack.canUndo() else tr("&Undo"))
        redo.setText(tr("&Redo {what}").format(what=quoted(stack.redoText())) if stack.canRedo() else tr("&Redo"))
        undo.setToolTip(undo.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
        redo.setToolTip(redo.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def _set_enabled(self, on: bool) -> None:
        for key, action in self.actions_.items():
            if key not in ("quit", "about", "about_qt", "shortcuts", "contrast", "zoom_in", "zoom_out", "zoom_reset"):
                action.setEnabled(on)
        self.nav.setEnabled(on)

    # --- status bar -----------------------------------------------------------------------

    def update_counts(self) -> None:
        """"1,204 people · 58 organisations · … · last backup today 02:19" from one count query."""
        if self.ctx is None:
            return
        from qistdesk.gui.status_counts import counts_text

        self.counts_label.setText(counts_text(self.ctx.db))
        self.counts_label.setAccessibleName(self.counts_label.text())
        self.counts_label.setToolTip(self.counts_label.text())

    # --- appearance -----------------------------------------------------------------------

    def install_icons(self) -> None:
        """Icons after the first paint (qtawesome costs ~0.2 s to import)."""
        from qistdesk.gui.icons import icon

        side = max(16, self.fontMetrics().height())  # icons grow with the text (200% stays balanced)
        self.toolbar.setIconSize(QSize(side, side))
        self.nav.setIconSize(QSize(side, side))
        for action in self.actions_.values():
            name = action.property("icon_name")
            if name:
                action.setIcon(icon(name))
        for row, (key, _title, action) in enumerate(self.view_actions):
            action.setIcon(icon(key))
            self.nav.item(row).setIcon(icon(key))

    def toggle_high_contrast(self, on: bool) -> None:
        self.settings.set("ui.high_contrast", bool(on))
        self._apply_theme()

    def change_font_scale(self, step: int) -> None:
        current = float(self.settings.get("ui.font_scale") or 1.0)
        self.settings.set("ui.font_scale", 1.0 if step == 0 else theme.next_scale(current, step))
        self._apply_theme()
        self.statusBar().showMessage(tr("Text size {percent} %").format(
            percent=round(self.settings.get("ui.font_scale") * 100)), 4000)

    def _apply_theme(self) -> None:
        theme.apply(bool(self.settings.get("ui.high_contrast")), float(self.settings.get("ui.font_scale") or 1.0))
        if self._painted:
            self.install_icons()
        self._fit_nav()

    def _fit_nav(self) -> None:
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QApplication

        metrics = QFontMetrics(QApplication.font())  # the new size: widgets learn it a moment later
        for row in range(self.nav.count()):
            self.nav.item(row).setSizeHint(QSize(0, metrics.height() + 16))
        # wide enough for "Conferences & workshops" at this size (it read "Conferences…" after Ctrl++)
        widest = max(metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count()))
        need = widest + self.nav.iconSize().width() + 40
        self.nav.setMinimumWidth(need)
        sizes = self.splitter.sizes()
        if sizes and sizes[0] < need:
            self.splitter.setSizes([need, max(100, sum(sizes) - need)] + sizes[2:])

    # --- dialogs --------------------------------------------------------------------------

    def show_about(self) -> None:
        from qistdesk.gui.about_dialog import show_about  # version + licences of Qt and the bundled fonts

        show_about(self)

    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self, tr("About Qt"))

    def show_shortcuts(self) -> None:
        from qistdesk.gui.shortcuts_dialog import show_shortcuts

        show_shortcuts(self, window_actions.shortcuts_text(self.actions_)
                       + [(title, a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                          for _k, title, a in self.view_actions])

    # --- remembered state (qistdesk.gui.window_state) -------------------------------------

    def _restore_geometry(self) -> None:
        window_state.restore(self)

    def _restore_view_splitter(self, key: str, view: QWidget) -> None:
        window_state.restore_view_splitter(self, key, view)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)
