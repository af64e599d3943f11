"""Conferences and workshops: the list, and one event's timetable and participants.

The timetable lists sessions by day and time (both zones), with room,
speakers and chair; the participants tab is the invite list: who, in what
role, invited or not, their answer, and a waiting list once the event is full.
Seminar-style details (title, times, venue, warnings) come from the same
``EventDetail`` and ``EventListView`` (gui/views/event_list.py) the seminars view uses, so both read alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from qistdesk.domain.directory import display_name
from qistdesk.domain.enums import EventKind, EventStatus, InvitationStatus, Role
from qistdesk.gui.conference_dialogs import SessionDialog
from qistdesk.gui.event_common import (ask, day, hm, other_zone, place_name, preferences, push, versioned,
                                       warning_cell, when_columns)
from qistdesk.gui.views.conference_participants import ParticipantActions
from qistdesk.gui.views.event_list import EventListView
from qistdesk.gui.views.people import choice_label as _label, sector_label
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable, room_for_arrow
from qistdesk.services import events, pane_checks, queries, records, scheduling
from qistdesk.timezones import utc_to_local
from qistdesk.gui import locale_format
from qistdesk.gui.locale_format import label_of as enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP

KIND = "conferences"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _seats(row: dict) -> str:
    return f"{row['participants']} / {row['capacity']}" if row.get("capacity") else str(row["participants"])


def _participant_tone(row: dict) -> str | None:
    return {"declined": "muted", "waitlisted": "warning"}.get(row["invitation_status"])


class ConferencesView(ParticipantActions, EventListView):
    """Conferences & workshops: list (middle), detail with Timetable and Participants tabs (right)."""

    KIND = KIND
    NEW_KINDS = ["conference", "workshop"]
    kind_label = QT_TR_NOOP("event")
    LIST_NAME = QT_TR_NOOP("conferences and workshops")
    EMPTY_MESSAGE = QT_TR_NOOP("No conferences or workshops yet — create one, then add its sessions and participants.")
    EMPTY_ACTION = QT_TR_NOOP("New conference…")
    PLACEHOLDER = QT_TR_NOOP("Pick a conference or workshop on the left to see its timetable and participants.")
    LOST_ON_DELETE = (QT_TR_NOOP("its sessions and participant list"),
                      QT_TR_NOOP("their sessions and participant lists"))
    DELETE_TITLE = QT_TR_NOOP("Delete conferences and workshops")
    # the Check column (issue 16: the timetable's own checks) before Length when the list is narrow
    COLUMN_PRIORITY = {"when_other": 1, "warnings": 2, "days": 3, "participants": 4, "venue": 5, "kind": 6,
                       "status": 7}

    def _columns(self) -> list[Column]:
        prefs = preferences(self.ctx)

        def days(row):
            a, b = (utc_to_local(row[k], row["timezone"]) for k in ("start_utc", "end_utc"))
            return tr("%n day(s)", None, (b.date() - a.date()).days + 1)

        return [Column("title", tr("Title")),
                Column("kind", tr("Kind"), format=lambda r: enum_label_of(EventKind, r["kind"])),
                *when_columns(prefs, title=tr("Starts ({zone})").format(zone=place_name(prefs.home))),
                Column("days", tr("Length"), format=days, sort_key=lambda r: r["end_utc"] - r["start_utc"]),
                Column("warnings", tr("Check"), format=lambda r: warning_cell(r["warnings"]),
                       sort_key=lambda r: -len(r["warnings"])),
                Column("venue", tr("Venue")),
                Column("participants", tr("Participants"), format=_seats, sort_key=lambda r: r["participants"],
                       align=_RIGHT),
                Column("status", tr("Status"), format=lambda r: enum_label_of(EventStatus, r["status"]))]

    def build_details(self, layout: QVBoxLayout) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Timetable and participants"))
        self.tabs.addTab(self._timetable_tab(), tr("&Timetable"))
        self.tabs.addTab(self._participants_tab(), tr("&Participants"))
        layout.addWidget(self.tabs, 1)

    def set_detail_tab_order(self, after) -> None:
        self.setTabOrder(after, self.tabs)

    def _timetable_tab(self) -> QWidget:
        tab = QWidget()
        prefs = preferences(self.ctx)

        def slot(row, zone=None):
            zone = zone or row["zone"]
            return f"{hm(utc_to_local(row['start_utc'], zone))}–{hm(utc_to_local(row['end_utc'], zone))}"

        def other_slot(row):
            return slot(row, other_zone(row["zone"], prefs=prefs))

        def both(row):
            other = other_zone(row["zone"], prefs=prefs)
            return f"{slot(row)} {scheduling.place_name(row['zone'])} / {other_slot(row)} {scheduling.place_name(other)}"

        self.sessions = RecordsTable(
            [Column("day", tr("Day"), format=lambda r: day(utc_to_local(r["start_utc"], r["zone"]), with_year=False),
                    sort_key=lambda r: r["start_utc"]),
             Column("time", tr("Time"), format=slot, sort_key=lambda r: r["start_utc"], tooltip=both),
             Column("time_other", tr("Other zone"), format=other_slot, sort_key=lambda r: r["start_utc"], tooltip=both),
             Column("title", tr("Session")), Column("room", tr("Room")),
             Column("speakers", tr("Speakers"), format=lambda r: ", ".join(r["speakers"])),
             Column("chair", tr("Chair")),
             Column("warnings", tr("Check"), format=lambda r: warning_cell(r["warnings"]))],
            tab, kind="session", name=tr("sessions"),
            empty_message=tr("No sessions yet — add the first slot of the timetable."),
            empty_actions=[(tr("Add session…"), self.add_session)],
            row_tone=lambda r: "warning" if r["warnings"] else None)
        self.sessions.arrange(main="title", priority={"time_other": 1, "warnings": 2, "speakers": 3,
                                                            "room": 4, "chair": 5})
        self.sessions.activated.connect(self.edit_session)
        self.sessions.selection_changed.connect(self._session_buttons)
        self.add_session_button = QPushButton(tr("&Add session…"))
        self.edit_session_button = QPushButton(tr("Ed&it session…"))
        self.delete_session_button = QPushButton(tr("Remo&ve session"))
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button.clicked.connect(lambda: self.edit_session())
        self.delete_session_button.clicked.connect(self.delete_sessions)
        row = QHBoxLayout()
        for b in (self.add_session_button, self.edit_session_button, self.delete_session_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.sessions, 1)
        layout.addLayout(row)
        return tab

    def _participants_tab(self) -> QWidget:
        tab = QWidget()
        self.capacity_label = QLabel(tab)
        self.capacity_label.setAccessibleName(tr("Places"))
        self.capacity_label.setWordWrap(True)  # the pane's width is the lists', not this line's
        name = lambda r: display_name(r["given_name"], r["family_name"])  # noqa: E731
        self.participants = RecordsTable(
            [Column("name", tr("Name"), format=name), Column("organization", tr("Organisation")),
             Column("country", tr("Country")), Column("sector", tr("Sector"), format=sector_label),
             Column("role", tr("Role"), format=lambda r: _label(Role, r["role"])),
             Column("invitation_status", tr("Invitation"),
                    format=lambda r: _label(InvitationStatus, r["invitation_status"])),
             Column("rsvp_at", tr("Answered"),
                    format=lambda r: locale_format.short_date(r["rsvp_at"]) if r["rsvp_at"] else ""),
             Column("waitlist_position", tr("Waiting #"), align=_RIGHT)],
            tab, kind="participant", name=tr("participants"),
            empty_message=tr("Nobody invited yet — add people from the directory."),
            empty_actions=[(tr("Add from directory…"), self.add_participants)], row_tone=_participant_tone)
        self.participants.arrange(priority={"organization": 1, "role": 2, "waitlist_position": 3, "rsvp_at": 4,
                                            "country": 5, "sector": 6})
        self.participants.selection_changed.connect(self._participant_buttons)
        self.add_people_button = QPushButton(tr("Add &from directory…"))
        self.add_people_button.clicked.connect(self.add_participants)
        self.role_button = self._menu_button(tr("Set &role"), [(r.label, r.value) for r in Role], "role")
        self.status_button = self._menu_button(tr("Set &invitation"), [(s.label, s.value) for s in InvitationStatus],
                                               "invitation_status")
        self.promote_button = QPushButton(tr("Offer a &place"))
        self.promote_button.setToolTip(tr("Move the selected people from the waiting list to invited"))
        self.promote_button.clicked.connect(self.promote)
        self.remove_people_button = QPushButton(tr("Remo&ve"))
        self.remove_people_button.clicked.connect(self.remove_participants)
        row = QHBoxLayout()
        for b in (self.add_people_button, self.role_button, self.status_button, self.promote_button,
                  self.remove_people_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…") if b is self.add_people_button else
                                tr("{action} of selected participants").format(action=b.text().replace("&", "")))
            if b is not self.add_people_button:
                row.addWidget(b)
        row.addStretch(1)
        # Adding people sits beside the counts, the selection's actions under the list: one row
        # of five buttons made the pane too wide for the conference list beside it at 1280 px.
        top = QHBoxLayout()
        top.addWidget(self.capacity_label, 1)
        top.addWidget(self.add_people_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.participants, 1)
        layout.addLayout(row)
        return tab

    def _menu_button(self, text: str, choices: list[tuple[str, str]], field: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for label, value in choices:
            menu.addAction(label, lambda v=value: self.set_participation(field, v))
        button.setMenu(menu)
        room_for_arrow(button)
        return button

    # --- loading ------------------------------------------------------------------------------

    def _show_selected(self, ids: list[str]) -> None:
        event_id = ids[0] if len(ids) == 1 else None
        self._record = records.event_record(self.ctx.db, event_id) if event_id else None
        has = self._record is not None
        for w in (self.detail, self.edit_button, self.tabs):
            w.setVisible(has)
        self.delete_button.setVisible(bool(ids))
        self.placeholder.setVisible(not has)
        if not has:
            self.sessions.set_rows([])
            self.participants.set_rows([])
            return
        record, prefs = self._record, preferences(self.ctx)
        event_id = record["id"]
        self.detail.show_record(record, other_zone(record["zone"], prefs=prefs), self._known_warnings(event_id),
                                enum_label_of(EventKind, record["kind"]))
        sessions = queries.sessions_of(self.ctx.db, event_id)
        shown = {r["id"]: r.get("warnings", []) for r in self.sessions.model.all_rows()
                 if r.get("event_id") == event_id}  # a reload after an edit keeps them meanwhile
        for s in sessions:
            s.update(zone=record["zone"], event_id=event_id, warnings=shown.get(s["id"], []))
        self.sessions.set_rows(sessions)
        self.sessions.print_title = tr("Timetable — {title}").format(title=record["title"])
        self.participants.print_title = tr("Participants — {title}").format(title=record["title"])
        people = queries.participants_of(self.ctx.db, event_id)
        self.participants.set_rows(people)
        self._update_capacity(people)
        self._session_buttons(self.sessions.selected_ids())
        self._participant_buttons(self.participants.selected_ids())
        db, online = self.ctx.db, bool(record.get("online_url"))
        self._check_pane(event_id, lambda: pane_checks.conference_checks(db, event_id, record["zone"], sessions, online, prefs),
                         lambda found: self._show_checks(sessions, *found))

    def _show_checks(self, sessions: list[dict], warnings: list, per_session: dict) -> None:
        self.detail.warnings.set_warnings(warnings)
        for s in sessions:
            s["warnings"] = per_session.get(s["id"], [])
        self.sessions.set_rows(sessions)
        self._session_buttons(self.sessions.selected_ids())

    def _update_capacity(self, people: list[dict]) -> None:
        by = {s.value: 0 for s in InvitationStatus}
        for p in people:
            by[p["invitation_status"]] = by.get(p["invitation_status"], 0) + 1
        seated = len(people) - by["waitlisted"] - by["declined"] - by.get("delegated", 0)
        capacity = self._record.get("capacity")
        places = (tr("{seated} of {capacity} places taken").format(seated=seated, capacity=capacity) if capacity
                  else tr("{seated} taking part (no limit)").format(seated=seated))
        parts = [places, tr("{n} accepted").format(n=by["accepted"])]
        if by.get("tentative"):
            parts.append(tr("{n} tentative").format(n=by["tentative"]))
        if by.get("delegated"):
            parts.append(tr("{n} delegated").format(n=by["delegated"]))
        parts += [tr("{n} invited, no answer yet").format(n=by["invited"]), tr("{n} declined").format(n=by["declined"]),
                  tr("{n} on the waiting list").format(n=by["waitlisted"])]
        self.capacity_label.setText(" · ".join(parts))

    def _session_buttons(self, ids: list[str]) -> None:
        self.edit_session_button.setEnabled(len(ids) == 1)
        self.delete_session_button.setEnabled(bool(ids))

    def _participant_buttons(self, ids: list[str]) -> None:
        for b in (self.role_button, self.status_button, self.remove_people_button):
            b.setEnabled(bool(ids))
        rows = [r for r in self.participants.model.all_rows() if r["id"] in ids]
        self.promote_button.setEnabled(any(r["invitation_status"] == "waitlisted" for r in rows))

    def _context_menu(self, menu, ids) -> None:
        menu.addAction(tr("New conference or workshop…"), self.new_record)
        if len(ids) == 1:
            menu.addAction(tr("Edit…"), lambda: self.edit_event(ids[0]))
        if ids:
            menu.addAction(tr("Delete…"), self.delete_selected)

    # --- sessions -----------------------------------------------------------------------------

    def add_session(self) -> None:
        if self._record is None:
            return
        dialog = SessionDialog(self.ctx, self._record, queries.list_people(self.ctx.db), parent=self,
                               timetable=self.sessions.model.all_rows())
        self._dialog = dialog
        event_id, db = self._record["id"], self.ctx.db
        dialog.accepted.connect(lambda: push(
            self.ctx, self, tr("Add session “{title}”").format(title=dialog.values()["title"]),
            lambda _s: events.add_session(db, event_id, **dialog.values()),
            lambda sid: events.delete_session(db, sid)))
        dialog.open()

    def edit_session(self, session_id: str | None = None) -> None:
        ids = [session_id] if session_id else self.sessions.selected_ids()
        if len(ids) != 1 or self._record is None:
            return
        row = next(r for r in self.sessions.model.all_rows() if r["id"] == ids[0])
        dialog = SessionDialog(self.ctx, self._record, queries.list_people(self.ctx.db), row, self)
        self._dialog = dialog
        old = {"title": row["title"], "start": row["start_utc"], "end": row["end_utc"], "room": row["room"],
               "speaker_ids": row["speaker_ids"], "chair_id": row["chair_id"], "description": row["description"],
               "room_capacity": row.get("room_capacity"), "qist_area": row.get("qist_area", "")}
        db = self.ctx.db
        dialog.accepted.connect(lambda: dialog.unchanged() or push(
            self.ctx, self, tr("Edit session “{title}”").format(title=row["title"]),
            versioned(row["id"], row["version"], lambda v: events.update_session(db, row["id"], v, **dialog.values())),
            versioned(row["id"], None, lambda v: events.update_session(db, row["id"], v, **old)),
            on_reload=self.refresh))
        dialog.open()

    def delete_sessions(self) -> None:
        rows = [r for r in self.sessions.model.all_rows() if r["id"] in self.sessions.selected_ids()]
        if not rows or not ask(self, tr("Remove sessions"), tr(
                "Remove {sessions} from the timetable, with speakers and chair? You can undo this with Ctrl+Z.").format(
                sessions=", ".join(f"“{r['title']}”" for r in rows[:3])), tr("Remove")):
            return
        event_id, db = self._record["id"], self.ctx.db
        state = {r["id"]: r for r in rows}

        def do(_s):
            for sid, r in list(state.items()):
                events.delete_session(db, sid)
            return None

        def undo(_s):
            for sid, r in list(state.items()):
                new = events.add_session(db, event_id, title=r["title"], start=r["start_utc"], end=r["end_utc"],
                                         room=r["room"], speaker_ids=r["speaker_ids"], chair_id=r["chair_id"],
                                         description=r["description"])
                state[new] = state.pop(sid)
            return None

        push(self.ctx, self, tr("Remove %n session(s)", None, len(rows)), do, undo)
