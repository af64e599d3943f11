"""Seminars: the list of talks and series, and one seminar's dates on the right.

A series is the attaché's most common object ("every other Thursday, 16:00
Copenhagen = 10:00 Washington"), so the list shows every time in both zones,
and the detail pane lists each date with its own speaker and topic, where a
date can be moved, cancelled or restored. Amber marks flag dates on holidays,
outside working hours, in the weeks when US and EU clocks differ, or with a
speaker or room booked twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from qistdesk.domain.directory import display_name
from qistdesk.domain.enums import DateStatus
from qistdesk.domain.recurrence import parse_rule
from qistdesk.gui.event_common import (WarningsLabel, day, other_zone, preferences, push, versioned,
                                       warning_cell, when_columns)
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.views.people import choice_label
from qistdesk.gui.series_date_dialog import SeriesDateDialog
from qistdesk.gui.views.event_list import EventDetail, EventListView, _tone  # noqa: F401 (EventDetail: shared)
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.services import events, pane_checks, queries, records
from qistdesk.domain.enums import EventStatus
from qistdesk.gui.locale_format import label_of as enum_label_of
from qistdesk.timezones import utc_to_local

KIND = "seminar"


def _restorable(row: dict) -> bool:
    return row["status"] == "cancelled" or row["start_utc"] != row["original_start_utc"]


class SeminarsView(EventListView):
    """List of seminars and series (middle) and the selected one's dates (right)."""

    KIND = KIND
    NEW_KINDS = [KIND]
    kind_label = QT_TR_NOOP("seminar")
    LIST_NAME = QT_TR_NOOP("seminars")
    EMPTY_MESSAGE = QT_TR_NOOP("No seminars yet — create a seminar or a series of talks.")
    EMPTY_ACTION = QT_TR_NOOP("New seminar…")
    PLACEHOLDER = QT_TR_NOOP("Pick a seminar on the left to see its dates, speakers and topics.")
    LOST_ON_DELETE = (QT_TR_NOOP("its dates, speakers, topics and invitee list"),
                      QT_TR_NOOP("their dates and invitee lists"))
    DELETE_TITLE = QT_TR_NOOP("Delete seminars")
    SPLIT = (1, 1)  # the dates' topics need as much room as the list's titles
    COLUMN_PRIORITY = {"when_other": 1, "series_rule": 2, "warnings": 3, "participants": 4, "venue": 5, "status": 6}

    def extra_buttons(self) -> list[QPushButton]:
        # issue 14: a seminar has an audience (conferences: their participants tab)
        self.audience_button = QPushButton(tr("A&udience…"))
        self.audience_button.setToolTip(tr("Who is invited to every date: add, answers, invites"))
        self.audience_button.clicked.connect(self.open_audience)
        return [self.audience_button]

    def build_details(self, layout: QVBoxLayout) -> None:
        self.dates = RecordsTable(self._date_columns(), self, kind="series-date", name=tr("dates of the series"),
                                  empty_message=tr("A single seminar: it has no series dates."), row_tone=_tone)
        self.dates.arrange(main="topic", priority={"status": 1, "when_other": 2, "speaker": 3, "warnings": 4})
        self.dates.activated.connect(self.edit_date)
        self.dates.selection_changed.connect(self._date_buttons)
        self.edit_date_button = QPushButton(tr("Edit &date…"))
        self.cancel_date_button = QPushButton(tr("&Cancel date"))
        self.restore_date_button = QPushButton(tr("&Restore date"))
        self.edit_date_button.clicked.connect(lambda: self.edit_date())
        self.cancel_date_button.clicked.connect(lambda: self.set_date_status("cancelled"))
        self.restore_date_button.clicked.connect(self.restore_dates)
        self.answers_button = self._answers_button()  # issue 14: who comes to the chosen date
        date_buttons = QHBoxLayout()
        for b in (self.edit_date_button, self.cancel_date_button, self.restore_date_button, self.answers_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            date_buttons.addWidget(b)
        date_buttons.addStretch(1)
        self.dates_title = QLabel("<b>" + tr("Dates") + "</b>")
        layout.addWidget(self.dates_title)
        layout.addWidget(self.dates, 1)
        self.date_warnings = WarningsLabel(self)
        layout.addWidget(self.date_warnings)
        layout.addLayout(date_buttons)

    def set_detail_tab_order(self, after) -> None:
        self.setTabOrder(after, self.dates)
        self.setTabOrder(self.dates, self.edit_date_button)

    # --- columns ------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        prefs = preferences(self.ctx)

        def repeats(row):
            return parse_rule(row["series_rule"]).describe() if row["series_rule"] else tr("Once")

        return [Column("title", tr("Title")),
                *when_columns(prefs),
                Column("warnings", tr("Check"), format=lambda r: warning_cell(r["warnings"]),
                       sort_key=lambda r: -len(r["warnings"])),
                Column("series_rule", tr("Repeats"), format=repeats),
                Column("venue", tr("Venue")),
                Column("participants", tr("Invitees"), align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column("status", tr("Status"), format=lambda r: enum_label_of(EventStatus, r["status"]))]

    def _date_columns(self) -> list[Column]:
        prefs = preferences(self.ctx)

        def moved(row):
            return row["start_utc"] != row["original_start_utc"]

        def status(row):  # "Moved" or "Cancelled": the words, not the stored value
            return tr("Moved") if moved(row) and row["status"] == "scheduled" else choice_label(DateStatus, row["status"])

        def speaker(row):
            return display_name(row.get("given_name"), row.get("family_name"))

        return [*when_columns(prefs, zone_key="zone", mark=lambda r: tr(" (moved)") if moved(r) else ""),
                Column("status", tr("Status"), format=status),
                Column("speaker", tr("Speaker"), format=speaker),
                Column("topic", tr("Topic")),
                Column("warnings", tr("Check"), format=lambda r: warning_cell(r["warnings"]),
                       sort_key=lambda r: -len(r["warnings"]))]

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
        event_id = record["id"]
        self.detail.show_record(record, other_zone(record["zone"], prefs=prefs), self._known_warnings(event_id),
                                extra)
        rows = queries.series_dates(self.ctx.db, event_id)
        shown = {r["id"]: r.get("warnings", []) for r in self.dates.model.all_rows()
                 if r.get("event_id") == event_id}  # a reload after an edit keeps them meanwhile
        for row in rows:
            row.update(zone=record["zone"], warnings=shown.get(row["id"], []), event_id=event_id,
                       venue_id=(record.get("venue") or {}).get("id"))
        self.dates.set_rows(rows)
        self.dates.print_title = tr("Dates — {title}").format(title=record["title"])
        self._date_buttons(self.dates.selected_ids())
        db = self.ctx.db
        self._check_pane(event_id, lambda: pane_checks.seminar_checks(db, event_id, bool(extra), prefs),
                         lambda found: self._show_checks(rows, *found))

    def _show_checks(self, rows: list[dict], warnings: list, per_date: dict) -> None:
        self.detail.warnings.set_warnings(warnings)
        for row in rows:
            row["warnings"] = per_date.get(row["id"], [])
        self.dates.set_rows(rows)
        self._date_buttons(self.dates.selected_ids())

    def open_audience(self) -> None:
        from qistdesk.gui.audience_dialog import AudienceDialog

        if self._record is not None:
            self._dialog = AudienceDialog(self.ctx, self._record["id"], self)
            self._dialog.open()

    def _answers_button(self) -> QPushButton:
        from qistdesk.gui.date_answers_dialog import open_for
        from qistdesk.gui.i18n import tr

        button = QPushButton(tr("&Answers…"))
        button.setToolTip(tr("Who comes to this date: the answers per date of the series"))
        button.clicked.connect(lambda: open_for(self.ctx, self, (self._record or {}).get("id"),
                                                next(iter(self.dates.selected_ids()), None)))
        return button

    def _date_buttons(self, ids: list[str]) -> None:
        rows = [self.dates.model.row_at(r) for r in range(self.dates.model.rowCount())
                if self.dates.model.id_at(r) in ids]
        for b in (self.edit_date_button, self.cancel_date_button, self.restore_date_button, self.answers_button):
            b.setVisible(self._record is not None and bool(self._record.get("dates")))
        self.edit_date_button.setEnabled(len(rows) == 1)
        self.date_warnings.set_warnings(rows[0]["warnings"] if len(rows) == 1 else [])
        self.cancel_date_button.setEnabled(any(r["status"] == "scheduled" for r in rows))
        self.restore_date_button.setEnabled(any(_restorable(r) for r in rows))
        self.restore_date_button.setToolTip(tr("Put the selected dates back as the series planned them "
                                               "(un-cancel, and move back a moved date)"))

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

    def _save_date(self, row: dict, values: dict, text: str = QT_TR_NOOP("Change the date of {when}")) -> None:
        """One undo step; ``text`` names it ("Restore the date of {when}")."""
        if not values:
            return
        zone_name = self._record["zone"] if self._record else row["zone"]
        old = {"start": row["start_utc"], "end": row["end_utc"]} if "start" in values else {}
        for key in ("status", "topic", "speaker_id"):
            if key in values:
                old[key] = row.get(key) if key != "topic" else (row.get("topic") or "")
        db = self.ctx.db
        when = day(utc_to_local(row["start_utc"], zone_name))
        push(self.ctx, self, tr(text).format(when=when),
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
                self._save_date(row, values, QT_TR_NOOP("Restore the date of {when}"))

    def set_date_status(self, status: str) -> None:
        rows = [r for r in self.dates.model.all_rows() if r["id"] in self.dates.selected_ids()
                and r["status"] != status]
        for row in rows:
            self._save_date(row, {"status": status}, QT_TR_NOOP("Cancel the date of {when}") if status == "cancelled"
                            else QT_TR_NOOP("Change the date of {when}"))
