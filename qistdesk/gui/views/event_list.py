"""What the seminar and the conference views share: the list of events on the left, the
selected event's details and Edit/Delete on the right, and creating, editing and deleting
events (each one undoable, one transaction each way).

A view of one kind of event subclasses :class:`EventListView` and builds its own part of
the right-hand pane in :meth:`~EventListView.build_details` (the seminar's dates, the
conference's timetable and participants): nothing is built and then torn down.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from qistdesk.gui.background import Background
from qistdesk.gui.event_common import WarningsLabel, ask, preferences, push, two_zone_lines, versioned
from qistdesk.gui.event_dialogs import EventDialog
from qistdesk.gui.event_undo import editable_values
from qistdesk.gui.theme import set_font_factor
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.services import events, queries, records, scheduling
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP


def _tone(row: dict) -> str | None:
    if row.get("status") == "cancelled":
        return "muted"
    return "warning" if row.get("warnings") else None


class EventDetail(QWidget):
    """Title, both-zone times, venue and warnings of one event; shared with conferences."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        set_font_factor(self.title, 1.3, bold=True)
        self.title.setWordWrap(True)
        self.when = QLabel(self)
        self.facts = QLabel(self)
        for label in (self.title, self.when, self.facts):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setWordWrap(True)
        self.warnings = WarningsLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.when, self.facts, self.warnings):
            layout.addWidget(w)

    def show_record(self, record: dict, other: str, warnings: list, extra: str = "") -> None:
        start, end = (datetime.fromisoformat(record[k]).astimezone(timezone.utc) for k in ("start", "end"))
        status = "" if record["status"] in ("planned", "confirmed") else f"  ({record['status']})"
        self.title.setText(record["title"] + status)
        self.title.setAccessibleName(tr("Title: {title}").format(title=record["title"]))
        self.when.setText(two_zone_lines(start, end, record["zone"], other))
        venue = record.get("venue")
        parts = [tr("Venue: {name}").format(name=venue["name"]) if venue
                 else tr("Online") if record.get("online_url") else tr("No venue yet")]
        if record.get("online_url"):
            parts.append(record["online_url"])
        if record.get("capacity"):
            parts.append(tr("capacity {seats}").format(seats=record["capacity"]))
        if extra:
            parts.append(extra)
        self.facts.setText(" · ".join(parts))
        self.warnings.set_warnings(warnings)


#: The selected event's checks start this long after the click (after its pane is painted).
PANE_CHECK_DELAY_MS = 40


class EventListView(QWidget):
    """The list (left) and one event's details (right) of one kind of event."""

    KIND = ""  # what queries.list_events lists ("seminar", "conferences")
    NEW_KINDS: list[str] = []  # the kinds the New dialog offers
    kind_label = QT_TR_NOOP("event")
    LIST_NAME = ""
    EMPTY_MESSAGE = ""
    EMPTY_ACTION = ""
    PLACEHOLDER = ""
    DELETE_TITLE = QT_TR_NOOP("Delete events")
    LOST_ON_DELETE = (QT_TR_NOOP("its details"), QT_TR_NOOP("their details"))  # what a delete takes with it (one, several)
    #: Columns that step aside when the list is narrow (key: priority, higher goes first).
    COLUMN_PRIORITY: dict[str, int] = {}
    SPLIT = (11, 9)  # the list's and the detail's shares of the width

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._dialog = None
        self._record: dict | None = None
        self.table = RecordsTable(self._columns(), self, kind="event", name=tr(self.LIST_NAME),
                                  empty_message=tr(self.EMPTY_MESSAGE),
                                  empty_actions=[(tr(self.EMPTY_ACTION), self.new_record)], row_tone=_tone)
        self.table.arrange(priority=self.COLUMN_PRIORITY)
        self.table.activated.connect(self.edit_event)
        self.table.selection_changed.connect(self._show_selected)
        self.table.add_context_hook(self._context_menu)

        self.detail = EventDetail(self)
        self.edit_button = QPushButton(tr("&Edit…"))
        self.delete_button = QPushButton(tr("&Delete…"))
        self.edit_button.clicked.connect(lambda: self.edit_event())
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for b in [self.edit_button, self.delete_button, *self.extra_buttons()]:
            b.setAccessibleName(b.text().replace("&", "").rstrip("…") + " " + tr(self.kind_label))
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.right = QWidget(self)
        right = QVBoxLayout(self.right)
        right.addWidget(self.detail)
        right.addLayout(buttons)
        self.build_details(right)
        self.placeholder = QLabel(tr(self.PLACEHOLDER), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        right.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, self.SPLIT[0])  # shares that fit both sides' columns at 1280 px
        self.splitter.setStretchFactor(1, self.SPLIT[1])
        self.splitter_restored = False  # the user's own widths (window_state) win over SPLIT
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.table, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.set_detail_tab_order(self.delete_button)
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.splitter_restored:  # first shown: the shares of SPLIT, within each side's minimum
            self.splitter_restored = True
            width, (a, b) = sum(self.splitter.sizes()), self.SPLIT
            if width > 0:
                self.splitter.setSizes([width * a // (a + b), width * b // (a + b)])

    # --- what each kind of event adds ---------------------------------------------------------

    def _columns(self) -> list[Column]:
        raise NotImplementedError

    def extra_buttons(self) -> list[QPushButton]:
        """Buttons beside Edit and Delete (the seminar's Audience)."""
        return []

    def build_details(self, layout: QVBoxLayout) -> None:
        """Add this kind's part of the detail pane to ``layout`` (below the buttons)."""
        raise NotImplementedError

    def set_detail_tab_order(self, after: QWidget) -> None:
        """Keyboard order from ``after`` (the Delete button) into this kind's details."""

    def _show_selected(self, ids: list[str]) -> None:
        raise NotImplementedError

    def _context_menu(self, menu, ids) -> None:
        menu.addAction(tr("New {kind}…").format(kind=tr(self.kind_label)), self.new_record)
        if len(ids) == 1:
            menu.addAction(tr("Edit…"), lambda: self.edit_event(ids[0]))
        if ids:
            menu.addAction(tr("Delete…"), self.delete_selected)

    # --- loading ------------------------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if what in ("events", "people", "venues", "*"):
            self.refresh()

    def refresh(self) -> None:
        self._load_list(self.KIND)

    def _load_list(self, kind: str) -> None:
        """The list at once; its warnings (every event's bookings: seconds at scale-100) from a
        worker thread, filled in when they arrive. A stand-alone view (tests) waits for them."""
        prefs = preferences(self.ctx)
        rows = queries.list_events(self.ctx.db, kind)
        wait = self.parent() is None
        if not hasattr(self, "_list_checks"):
            self._list_checks, self._list_warnings = Background(self, f"qistdesk-{kind}-checks"), {}
        if not wait:  # last known warnings meanwhile (a refresh after an edit does not flash)
            self._show_rows(rows, self._list_warnings)
        self._list_checks.run(lambda: scheduling.warnings_by_event(self.ctx.db, kind, prefs),
                              lambda warnings: self._show_rows(rows, warnings), wait=wait)

    def _check_pane(self, event_id: str, work, then) -> None:
        """The selected event's checks (its bookings against everyone else's: up to seconds for a
        long series) on a worker thread, so a click shows the record at once; ``then(result)``
        fills them in on the GUI thread if that event is still the one shown. A stand-alone view
        (tests) waits for them."""
        if not hasattr(self, "_pane_checks"):
            self._pane_checks = Background(self, f"qistdesk-{self.KIND}-pane-checks")

        def show(result) -> None:
            if self._record is not None and self._record["id"] == event_id:
                then(result)

        if self.parent() is None:
            self._pane_checks.run(work, show, wait=True)
        else:  # after the pane is painted: a worker holding the interpreter lock would slow the paint
            generation = self._pane_generation = getattr(self, "_pane_generation", 0) + 1
            QTimer.singleShot(PANE_CHECK_DELAY_MS, lambda: generation == self._pane_generation
                              and self._pane_checks.run(work, show))

    def _known_warnings(self, event_id: str) -> list:
        """The list's warnings of an event (the same checks), shown until the pane's own arrive."""
        return list(getattr(self, "_list_warnings", {}).get(event_id, []))

    def _show_rows(self, rows: list[dict], warnings: dict) -> None:
        self._list_warnings = warnings
        for row in rows:
            row["warnings"] = warnings.get(row["id"], [])
        self.table.set_rows(rows)
        self._show_selected(self.table.selected_ids())

    # --- the view contract ----------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def open_record(self, record_id: str) -> None:
        self.table.set_filter_text("")
        self.table.select_id(record_id)

    def new_record(self) -> None:
        self._open_dialog(EventDialog(self.ctx, self.NEW_KINDS, queries.list_venues(self.ctx.db), parent=self))

    def edit_event(self, event_id: str | None = None) -> None:
        event_id = event_id or (self._record or {}).get("id")
        if not event_id:
            return
        record = records.event_record(self.ctx.db, event_id)
        self._open_dialog(EventDialog(self.ctx, [record["kind"]], queries.list_venues(self.ctx.db), record, self))

    def _open_dialog(self, dialog) -> None:
        """Non-blocking (window-modal) so tests and screen readers can drive it."""
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._save_event(dialog))
        dialog.open()

    def _save_event(self, dialog: EventDialog) -> None:
        values, record = dialog.values(), dialog.record
        db = self.ctx.db
        if record and dialog.unchanged():
            self.ctx.show_status(tr("No changes"))
            return
        if not record:
            ok, new_id = push(self.ctx, self, tr("Create “{title}”").format(title=values["title"]),
                              lambda _s: events.create_event(db, **values),
                              lambda new: events.delete_event(db, new))
        else:
            old = editable_values(record)
            if record.get("series_rule"):
                old["series"] = record["series_rule"]
            from qistdesk.gui.views.calendar_actions import session_shift  # issue 16: the timetable moves along

            shift = session_shift(self, record, values)
            if shift is False:
                return
            do = (lambda v: events.update_event(db, record["id"], v, **values))
            undo = (lambda v: events.update_event(db, record["id"], v, **old))
            if shift:
                from qistdesk.services.calendar_moves import shift_sessions

                do = (lambda v, plain=do: (plain(v), shift_sessions(db, record["id"], shift))[0])
                undo = (lambda v, plain=undo: (shift_sessions(db, record["id"], -shift), plain(v))[1])
            ok, new_id = push(self.ctx, self, (tr("Edit “{title}” with its sessions") if shift else tr("Edit “{title}”")).format(
                title=values["title"]),
                              versioned(record["id"], record["version"], do), versioned(record["id"], None, undo),
                              on_reload=self.refresh)
            new_id = record["id"] if ok else None
        if ok:
            self.table.select_id(new_id)

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        rows = {r["id"]: r for r in self.table.model.all_rows()}
        names = ", ".join(f"“{rows[i]['title']}”" for i in ids[:3]) + (" …" if len(ids) > 3 else "")
        lost = tr(self.LOST_ON_DELETE[0] if len(ids) == 1 else self.LOST_ON_DELETE[1])
        if not ask(self, tr(self.DELETE_TITLE),
                   tr("Delete {names} with {lost}? You can undo this with Ctrl+Z.").format(names=names, lost=lost)):
            return
        db = self.ctx.db
        for ident in ids:  # one transaction each way; the undo brings back the same ids and UID
            push(self.ctx, self, tr("Delete “{title}”").format(title=rows[ident]["title"]),
                 lambda _s, i=ident: events.delete_event(db, i, None),
                 lambda snapshot: events.restore_event(db, snapshot) and None, on_reload=self.refresh)
