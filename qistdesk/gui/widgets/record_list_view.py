"""A list of one kind of record with its detail beside it: the shape of most views.

People, organisations and venues (and the exchange list) differ only in their
columns, their form and the services they call; this base class does the rest
the same way everywhere: filter and sort (RecordsTable), the detail pane, New
/ Edit / Delete with undo, "delete asks first and names what is lost", and a
record changed elsewhere is never overwritten (RecordDialog offers reload).

A subclass sets the class attributes and implements the ``load_rows``,
``detail_html``, ``build_form``, ``create``, ``update``, ``delete`` methods
(and ``loss_text`` / ``snapshot`` / ``restore`` when a delete removes more).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (QHBoxLayout, QMessageBox, QPushButton, QSplitter, QTextBrowser, QVBoxLayout,
                               QWidget)

from qistdesk.gui.widgets.forms import RecordForm
from qistdesk.gui.widgets.record_dialog import RecordDialog
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.gui.widgets.undo import push_done
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP


def esc(value: Any) -> str:
    """User text in HTML: never markup."""
    import html

    return html.escape("" if value is None else str(value))


def navigate(widget: QWidget, url: QUrl) -> None:
    """Follow a ``qistdesk://VIEW/ID`` link: show that view and open the record."""
    if url.scheme() != "qistdesk":  # mailto:, https: → the user's own mail client or browser
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(url)
        return
    window = widget.window()
    key, ident = url.host(), url.path().strip("/")
    if hasattr(window, "show_view") and key:
        view = window.show_view(key)
        if view is not None and ident and hasattr(view, "open_record"):
            view.open_record(ident)




class RecordListView(QWidget):
    KIND = ""           # context-menu kind for extensions ("person", "exchange", …)
    WHAT = "*"          # what ctx.data_changed names after a change
    # The texts each kind sets (marked with QT_TR_NOOP, shown through tr()): whole phrases, so
    # Danish can give each noun its own gender ("Ny person…", "Nyt sted…").
    NOUN = QT_TR_NOOP("record")       # "person", "organisation"
    PLURAL = QT_TR_NOOP("records")
    NEW_TEXT = QT_TR_NOOP("New record…")
    DETAILS_NAME = QT_TR_NOOP("Details")
    HINT = QT_TR_NOOP("Select a record to see the details here.")
    FIELDS_KIND = ""    # services.editing kind
    EMPTY = QT_TR_NOOP("Nothing here yet.")
    #: Columns that step aside when the list is narrow (key: priority, higher goes first).
    COLUMN_PRIORITY: dict[str, int] = {}

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = RecordsTable(self.columns(), self, kind=self.KIND, name=tr(self.PLURAL),
                                  empty_message=tr(self.EMPTY), empty_actions=self.empty_actions(),
                                  row_tone=self.row_tone)
        self.table.arrange(priority=self.COLUMN_PRIORITY)
        self.table.activated.connect(self.edit_record)
        self.table.selection_changed.connect(self.show_selected)
        self.table.add_context_hook(self._own_context_menu)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda url: navigate(self, url))
        self.detail.setAccessibleName(tr(self.DETAILS_NAME))
        self.edit_button = QPushButton(tr("&Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_record())
        self.delete_button = QPushButton(tr("Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.right = QWidget(self)
        right = QVBoxLayout(self.right)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.detail, 1)
        right.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    # --- to implement ---------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def load_rows(self) -> list[dict]:
        raise NotImplementedError

    def detail_html(self, ident: str) -> str:
        raise NotImplementedError

    def build_form(self) -> RecordForm:
        raise NotImplementedError

    def create(self, fields: dict) -> str:
        raise NotImplementedError

    def update(self, ident: str, version: int | None, fields: dict) -> int:
        raise NotImplementedError

    def delete(self, ident: str, version: int | None) -> None:
        raise NotImplementedError

    def label(self, fields: dict) -> str:
        return fields.get("name") or tr(self.NOUN)

    def row_tone(self, row: dict) -> str | None:
        return None

    def loss_text(self, ident: str, fields: dict) -> str:
        """What a delete removes besides the record (for the question)."""
        return ""

    def snapshot(self, ident: str, fields: dict) -> Any:
        """Whatever ``restore`` needs to undo a delete besides the fields."""
        return None

    def restore(self, fields: dict, extra: Any) -> None:
        self.create(fields)

    def empty_actions(self):
        return [(tr(self.NEW_TEXT), self.new_record)]

    # --- view protocol --------------------------------------------------------------------

    def refresh(self) -> None:
        self.table.set_rows(self.load_rows())
        self.show_selected(self.table.selected_ids())

    def _data_changed(self, what: str) -> None:
        if what in ("*", self.WHAT) or what in self.ALSO_REFRESH_ON:
            self.refresh()

    ALSO_REFRESH_ON: tuple[str, ...] = ()

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def open_record(self, record_id: str) -> None:
        self.table.select_id(record_id)
        if record_id not in self.table.selected_ids():  # filtered out: clear the filter and retry
            self.table.set_filter_text("")
            self.table.select_id(record_id)
        self.show_selected([record_id])
        self.table.view.setFocus()

    def selected_ids(self, kind: str | None = None) -> list[str]:
        return self.table.selected_ids() if kind in (None, self.KIND) else []

    def show_selected(self, ids: list[str]) -> None:
        self.edit_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))
        if len(ids) == 1:
            try:
                self.detail.setHtml(self.detail_html(ids[0]))
            except LookupError:
                self.detail.setHtml("<p>" + tr("This record no longer exists.") + "</p>")
        elif ids:
            self.detail.setHtml("<p>" + tr("%n selected.", None, len(ids)) + "</p>")
        else:
            hint = tr(self.HINT) if self.table.model.total_count() else ""
            self.detail.setHtml(f"<p style='color: gray'>{hint}</p>")

    # --- new / edit / delete --------------------------------------------------------------

    def new_record(self) -> None:
        form = self.build_form()
        state: dict = {}

        def save(values):
            state["id"] = self.create(values)
            return state["id"]

        dialog = RecordDialog(tr(self.NEW_TEXT).rstrip("…"), form, save, self, ok_text=tr("Create"))
        if not dialog.exec():
            return
        ident, values = state["id"], form.values()
        # Done already; undo deletes it, redo creates it again with the same id.
        push_done(self.ctx, tr("Create {name}").format(name=self.label(values)), lambda: self.create({**values, "id": ident}),
                  lambda: self.delete(ident, None), what=self.WHAT, parent=self)
        self.ctx.notify_changed(self.WHAT)
        self.ctx.show_status(tr("Created {name}").format(name=self.label(values)))
        self.open_record(ident)

    def edit_record(self, ident: str | None = None) -> None:
        ident = ident or next(iter(self.table.selected_ids()), None)
        if not ident:
            return
        from qistdesk.services.editing import fields_of

        try:
            before = fields_of(self.ctx.db, self.FIELDS_KIND, ident)
        except LookupError:
            QMessageBox.information(self, tr("Not found"), tr("This record was deleted elsewhere."))
            self.refresh()
            return
        form = self.build_form()
        form.set_values(before)
        state = {"version": before["version"], "before": before}

        def reload() -> dict:
            state["before"] = fields_of(self.ctx.db, self.FIELDS_KIND, ident)
            state["version"] = state["before"]["version"]
            return state["before"]

        def save(values):
            changed = {k: v for k, v in values.items() if state["before"].get(k) != v}
            if changed:
                state["after_version"] = self.update(ident, state["version"], changed)
            state["changed"] = changed
            return ident

        dialog = RecordDialog(tr("Edit {name}").format(name=self.label(before)), form, save, self, reload=reload)
        if not dialog.exec() or not state.get("changed"):
            return
        changed = state["changed"]
        old = {k: state["before"].get(k) for k in changed}
        versions = {"now": state["after_version"]}

        def undo():
            versions["now"] = self.update(ident, versions["now"], old)

        def redo():
            versions["now"] = self.update(ident, versions["now"], changed)

        push_done(self.ctx, tr("Edit {name}").format(name=self.label({**state["before"], **changed})), redo, undo,
                  what=self.WHAT, parent=self)
        self.ctx.notify_changed(self.WHAT)
        self.ctx.show_status(tr("Saved {name}").format(name=self.label({**state["before"], **changed})))

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        from qistdesk.services.editing import fields_of

        records = []
        for ident in ids:
            try:
                fields = fields_of(self.ctx.db, self.FIELDS_KIND, ident)
            except LookupError:
                continue
            records.append((ident, fields, self.snapshot(ident, fields)))
        if not records:
            return
        names = ", ".join(self.label(f) for _i, f, _s in records[:5]) + (" …" if len(records) > 5 else "")
        losses = [t for t in (self.loss_text(i, f) for i, f, _s in records) if t]
        question = (tr("Delete {noun} {names}?").format(noun=tr(self.NOUN), names=names) if len(records) == 1
                    else tr("Delete {count} {plural} ({names})?").format(count=len(records), plural=tr(self.PLURAL),
                                                                      names=names))
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Delete?"), question, parent=self)
        box.setInformativeText((" ".join(losses) + "\n\n" if losses else "")
                               + tr("You can undo this with Edit ▸ Undo (Ctrl+Z)."))
        delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return

        from qistdesk.services.errors import USER_ERRORS

        done, problems = [], []
        for ident, fields, extra in records:
            try:
                self.delete(ident, fields.get("version"))
                done.append((ident, fields, extra))
            except USER_ERRORS as exc:
                problems.append(f"{self.label(fields)}: {exc}")
        if done:
            def undo():
                for _ident, fields, extra in reversed(done):
                    self.restore({k: v for k, v in fields.items() if k != "version"}, extra)

            def redo():
                for ident, _fields, _extra in done:
                    self.delete(ident, None)

            text = (tr("Delete {noun} {name}").format(noun=tr(self.NOUN), name=self.label(done[0][1]))
                    if len(done) == 1 else tr("Delete {count} {plural}").format(count=len(done),
                                                                               plural=tr(self.PLURAL)))
            push_done(self.ctx, text, redo, undo, what=self.WHAT, parent=self)
            self.ctx.notify_changed(self.WHAT)
            self.ctx.show_status(tr("{what} — Undo with Ctrl+Z").format(what=text))
        if problems:
            QMessageBox.warning(self, tr("Not deleted"), "\n".join(problems))
        self.refresh()

    def _own_context_menu(self, menu, ids: list[str]) -> None:
        if len(ids) == 1:
            menu.addAction(tr("Edit…"), lambda: self.edit_record(ids[0]))
        menu.addAction(tr(self.NEW_TEXT), self.new_record)
        if ids:
            menu.addAction(tr("Delete…"), self.delete_selected)
