"""Seminars: the list of talks and series, and one seminar's dates on the right.

A series is the attaché's most common object ("every other Thursday, 16:00
Copenhagen = 10:00 Washington"), so the list shows every time in both zones,
and the detail pane lists each date with its own speaker and topic, where a
date can be moved, cancelled or restored. Amber marks flag dates on holidays,
outside working hours, in the weeks when US and EU clocks differ, or with a
speaker or room booked twice.
"""

from __future__ import annotations

from qistdesk.domain.directory import display_name
from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from qistdesk.domain.recurrence import parse_rule
from qistdesk.gui.theme import set_font_factor
from qistdesk.gui.event_common import (WarningsLabel, ask, date_column, list_when, other_zone, preferences, push,
                                       two_zone_lines, versioned, warning_cell, when_header)
from qistdesk.gui.event_dialogs import EventDialog, SeriesDateDialog
from qistdesk.gui.event_undo import editable_values
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.background import Background
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.services import events, queries, records, scheduling

KIND = "seminar"


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
        self.title.setAccessibleName(f"Title: {record['title']}")
        self.when.setText(two_zone_lines(start, end, record["zone"], other))
        venue = record.get("venue")
        parts = [f"Venue: {venue['name']}" if venue else "Online" if record.get("online_url") else "No venue yet"]
        if record.get("online_url"):
            parts.append(record["online_url"])
        if record.get("capacity"):
            parts.append(f"capacity {record['capacity']}")
        if extra:
            parts.append(extra)
        self.facts.setText(" · ".join(parts))
        self.warnings.set_warnings(warnings)


def _restorable(row: dict) -> bool:
    return row["status"] == "cancelled" or row["start_utc"] != row["original_start_utc"]


class SeminarsView(QWidget):
    """List of seminars and series (middle) and the selected one's dates (right)."""

    kind_label = "seminar"

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._dialog = None
        self._record: dict | None = None
        self.table = RecordsTable(self._columns(), self, kind="event", name="seminars",
                                  empty_message="No seminars yet — create a seminar or a series of talks.",
                                  empty_actions=[("New seminar…", self.new_record)], row_tone=_tone)
        self.table.activated.connect(self.edit_event)
        self.table.selection_changed.connect(self._show_selected)
        self.table.add_context_hook(self._context_menu)

        self.detail = EventDetail(self)
        self.edit_button = QPushButton("&Edit…")
        self.delete_button = QPushButton("&Delete…")
        self.edit_button.clicked.connect(lambda: self.edit_event())
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        own = [self.edit_button, self.delete_button]
        if self.kind_label == "seminar":  # issue 14: a seminar has an audience (conferences: their tab)
            self.audience_button = QPushButton("A&udience…")
            self.audience_button.setToolTip("Who is invited to every date: add, answers, invites")
            self.audience_button.clicked.connect(self.open_audience)
            own.append(self.audience_button)
        for b in own:
            b.setAccessibleName(b.text().replace("&", "").rstrip("…") + " " + self.kind_label)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.dates = RecordsTable(self._date_columns(), self, kind="series-date", name="dates of the series",
                                  empty_message="A single seminar: it has no series dates.", row_tone=_tone)
        self.dates.activated.connect(self.edit_date)
        self.dates.selection_changed.connect(self._date_buttons)
        self.edit_date_button = QPushButton("Edit &date…")
        self.cancel_date_button = QPushButton("&Cancel date")
        self.restore_date_button = QPushButton("&Restore date")
        self.edit_date_button.clicked.connect(lambda: self.edit_date())
        self.cancel_date_button.clicked.connect(lambda: self.set_date_status("cancelled"))
        self.restore_date_button.clicked.connect(self.restore_dates)
        date_buttons = QHBoxLayout()
        for b in (self.edit_date_button, self.cancel_date_button, self.restore_date_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            date_buttons.addWidget(b)
        date_buttons.addStretch(1)

        self.right = QWidget(self)
        right = QVBoxLayout(self.right)
        right.addWidget(self.detail)
        right.addLayout(buttons)
        self.dates_title = QLabel("<b>Dates</b>")
        right.addWidget(self.dates_title)
        right.addWidget(self.dates, 1)
        self.date_warnings = WarningsLabel(self)
        right.addWidget(self.date_warnings)
        right.addLayout(date_buttons)
        self.placeholder = QLabel("Pick a seminar on the left to see its dates, speakers and topics.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        right.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 11)  # the list gets the larger share: its columns fit at 1280 px
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setSizes([550, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.table, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.dates)
        self.setTabOrder(self.dates, self.edit_date_button)
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    # --- columns ------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        prefs = preferences(self.ctx)

        def repeats(row):
            return parse_rule(row["series_rule"]).describe() if row["series_rule"] else "Once"

        return [Column("title", "Title"),
                Column("when", when_header(prefs), format=lambda r: list_when(r["start_utc"], r["timezone"], prefs),
                       sort_key=lambda r: r["start_utc"]),
                Column("warnings", "Check", format=lambda r: warning_cell(r["warnings"]),
                       sort_key=lambda r: -len(r["warnings"])),
                Column("series_rule", "Repeats", format=repeats),
                Column("venue", "Venue"),
                Column("participants", "Invitees", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column("status", "Status")]

    def _date_columns(self) -> list[Column]:
        prefs = preferences(self.ctx)

        def when(row):
            text = list_when(row["start_utc"], row["zone"], prefs)
            return text + ("  (moved)" if row["start_utc"] != row["original_start_utc"] else "")

        def speaker(row):
            return display_name(row.get("given_name"), row.get("family_name"))

        return [Column("when", when_header(prefs), format=when, sort_key=lambda r: r["start_utc"]),
                Column("status", "Status"),
                Column("speaker", "Speaker", format=speaker),
                Column("topic", "Topic"),
                Column("warnings", "Check", format=lambda r: warning_cell(r["warnings"]),
                       sort_key=lambda r: -len(r["warnings"]))]

    # --- loading ------------------------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if what in ("events", "people", "venues", "*"):
            self.refresh()

    def refresh(self) -> None:
        self._load_list(KIND)

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

    def _show_rows(self, rows: list[dict], warnings: dict) -> None:
        self._list_warnings = warnings
        for row in rows:
            row["warnings"] = warnings.get(row["id"], [])
        self.table.set_rows(rows)
        self._show_selected(self.table.selected_ids())

    def _show_selected(self, ids: list[str]) -> None:
        event_id = ids[0] if len(ids) == 1 else None
        self._record = records.event_record(self.ctx.db, event_id) if event_id else None
        has = self._record is not None
        for w in (self.detail, self.edit_button, self.delete_button, self.dates_title, self.dates,
                  getattr(self, "audience_button", None)):
            if w is not None:
                w.setVisible(has)
        self.placeholder.setVisible(not has)
        self.delete_button.setVisible(bool(ids))
        if not has:
            self.dates.set_rows([])
            self._date_buttons([])
            return
        record = self._record
        prefs = preferences(self.ctx)
        extra = parse_rule(record["series_rule"]).describe() if record.get("series_rule") else ""
        self.detail.show_record(record, other_zone(record["zone"], prefs=prefs),
                                scheduling.warnings_for_event(self.ctx.db, record["id"], prefs), extra)
        per_date = scheduling.warnings_for_series_dates(self.ctx.db, record["id"], prefs) if extra else {}
        rows = queries.series_dates(self.ctx.db, record["id"])
        for row in rows:
            row.update(zone=record["zone"], warnings=per_date.get(row["id"], []), event_id=record["id"],
                       venue_id=(record.get("venue") or {}).get("id"))
        self.dates.set_rows(rows)
        self.dates.print_title = f"Dates — {record['title']}"
        self._date_buttons(self.dates.selected_ids())

    def open_audience(self) -> None:
        from qistdesk.gui.audience_dialog import AudienceDialog

        if self._record is not None:
            self._dialog = AudienceDialog(self.ctx, self._record["id"], self)
            self._dialog.open()

    def _date_buttons(self, ids: list[str]) -> None:
        rows = [self.dates.model.row_at(r) for r in range(self.dates.model.rowCount())
                if self.dates.model.id_at(r) in ids]
        for b in (self.edit_date_button, self.cancel_date_button, self.restore_date_button):
            b.setVisible(self._record is not None and bool(self._record.get("dates")))
        self.edit_date_button.setEnabled(len(rows) == 1)
        self.date_warnings.set_warnings(rows[0]["warnings"] if len(rows) == 1 else [])
        self.cancel_date_button.setEnabled(any(r["status"] == "scheduled" for r in rows))
        self.restore_date_button.setEnabled(any(_restorable(r) for r in rows))
        self.restore_date_button.setToolTip("Put the selected dates back as the series planned them "
                                            "(un-cancel, and move back a moved date)")

    # --- the view contract ----------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.table.focus_filter()

    def open_record(self, record_id: str) -> None:
        self.table.set_filter_text("")
        self.table.select_id(record_id)

    def new_record(self) -> None:
        self._open_dialog(EventDialog(self.ctx, [KIND], queries.list_venues(self.ctx.db), parent=self))

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
            self.ctx.show_status("No changes")
            return
        if not record:
            ok, new_id = push(self.ctx, self, f"Create “{values['title']}”",
                              lambda _s: events.create_event(db, **values),
                              lambda new: events.delete_event(db, new))
        else:
            old = editable_values(record)
            if record.get("series_rule"):
                old["series"] = record["series_rule"]
            ok, new_id = push(self.ctx, self, f"Edit “{values['title']}”",
                              versioned(record["id"], record["version"],
                                        lambda v: events.update_event(db, record["id"], v, **values)),
                              versioned(record["id"], None, lambda v: events.update_event(db, record["id"], v, **old)),
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
        lost = "its dates, speakers, topics and invitee list" if len(ids) == 1 else "their dates and invitee lists"
        if not ask(self, f"Delete {self.kind_label}s", f"Delete {names} with {lost}? You can undo this with Ctrl+Z."):
            return
        db = self.ctx.db
        for ident in ids:  # one transaction each way; the undo brings back the same ids and UID
            push(self.ctx, self, f"Delete “{rows[ident]['title']}”",
                 lambda _s, i=ident: events.delete_event(db, i, None),
                 lambda snapshot: events.restore_event(db, snapshot) and None, on_reload=self.refresh)

    # --- series dates -------------------------------------------------------------------------

    def edit_date(self, date_id: str | None = None) -> None:
        ids = [date_id] if date_id else self.dates.selected_ids()
        if len(ids) != 1 or self._record is None:
            return
        row = next(r for r in self.dates.model.all_rows() if r["id"] == ids[0])
        people = queries.list_people(self.ctx.db)
        dialog = SeriesDateDialog(self.ctx, self._record["zone"], row, people, self)
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._save_date(row, dialog.values()))
        dialog.open()

    def _save_date(self, row: dict, values: dict) -> None:
        if not values:
            return
        zone_name = self._record["zone"] if self._record else row["zone"]
        old = {"start": row["start_utc"], "end": row["end_utc"]} if "start" in values else {}
        for key in ("status", "topic", "speaker_id"):
            if key in values:
                old[key] = row.get(key) if key != "topic" else (row.get("topic") or "")
        db = self.ctx.db
        when = date_column(row["start_utc"], zone_name)
        push(self.ctx, self, f"Change the date of {when}",
             versioned(row["id"], row["version"], lambda v: events.update_series_date(db, row["id"], v, **values)),
             versioned(row["id"], None, lambda v: events.update_series_date(db, row["id"], v, **old)),
             on_reload=self.refresh)

    def restore_dates(self) -> None:
        """Cancelled dates are scheduled again, moved ones go back to the series' own time."""
        for row in [r for r in self.dates.model.all_rows() if r["id"] in self.dates.selected_ids()]:
            values: dict = {}
            if row["status"] == "cancelled":
                values["status"] = "scheduled"
            if row["start_utc"] != row["original_start_utc"]:
                values["start"] = row["original_start_utc"]
                values["end"] = row["original_start_utc"] + (row["end_utc"] - row["start_utc"])
            if values:
                self._save_date(row, values)

    def set_date_status(self, status: str) -> None:
        rows = [r for r in self.dates.model.all_rows() if r["id"] in self.dates.selected_ids()
                and r["status"] != status]
        for row in rows:
            self._save_date(row, {"status": status})

    def _context_menu(self, menu, ids) -> None:
        menu.addAction("New seminar…", self.new_record)
        if len(ids) == 1:
            menu.addAction("Edit…", lambda: self.edit_event(ids[0]))
        if ids:
            menu.addAction("Delete…", self.delete_selected)
