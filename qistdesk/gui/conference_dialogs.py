"""Dialogs of the conference view: a timetable session, and people to invite.

A session's time is typed in the conference's own zone with the other zone
beside it; speakers and the chair are picked from the directory, and a person
booked elsewhere at that time shows up in amber at once. Adding participants
is a filtered, multi-select list of the directory (never a one-by-one form).
"""

from __future__ import annotations

from qistdesk.domain.directory import display_name
from datetime import datetime, timedelta

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from qistdesk.domain.enums import CareerStage, InvitationStatus, Role, Sector
from qistdesk.gui.event_common import other_zone
from qistdesk.gui.event_dialog_base import EventDialogBase, offer_person
from qistdesk.gui.event_forms import OtherZoneLabel, PeopleList
from qistdesk.gui.widgets.datetime_edit import DateTimeEdit
from qistdesk.gui.widgets.pickers import RecordPicker, people_items
from qistdesk.gui.enum_text import enum_label, enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.locale_format import day_and_time
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.services import scheduling
from qistdesk.timezones import local_to_utc, utc_to_local


def next_slot(event_start: datetime, event_end: datetime,
              sessions: list[tuple[datetime, datetime]]) -> tuple[datetime, datetime]:
    """Where a new session goes: right after the last one, as long as the one before it.

    When that day is over (the slot would end after the event's daily end time), the next
    day of the event at its daily start time; an empty timetable starts with the event.
    """
    if not sessions:
        return event_start, event_start + timedelta(minutes=45)
    last_start, last_end = max(sessions, key=lambda se: (se[1], se[0]))
    length = last_end - last_start if timedelta(0) < last_end - last_start <= timedelta(hours=4) \
        else timedelta(minutes=45)
    start = last_end
    day_end = datetime.combine(start.date(), event_end.time())
    if event_end.time() > event_start.time() and start + length > day_end and start.date() < event_end.date():
        start = datetime.combine(start.date() + timedelta(days=1), event_start.time())
    return start, start + length


class SessionDialog(EventDialogBase):
    """Create or edit one timetable slot: title, time, room, speakers, chair."""

    def __init__(self, ctx, event: dict, people: list[dict], session: dict | None = None,
                 parent: QWidget | None = None, timetable: list[dict] | None = None):
        super().__init__(ctx, tr("Edit session") if session else tr("New session"), parent)
        self.event, self.session = event, session or {}
        self.timetable = timetable or []  # the sessions there are: a new one starts after the last
        self.zone = event["zone"]
        self.title_edit = QLineEdit(self.session.get("title", ""))
        self.add(tr("&Title:"), "title", self.title_edit)
        self.start_edit, self.start_other = DateTimeEdit(tr("Start")), OtherZoneLabel()
        self.end_edit, self.end_other = DateTimeEdit(tr("End")), OtherZoneLabel()
        start, end = self._initial_times()
        self.start_edit.set_value(start)
        self.end_edit.set_value(end)
        self.add(tr("&Starts:"), "start", self.start_edit, self.start_other)
        self.add(tr("&Ends:"), "end", self.end_edit, self.end_other)
        self.room_edit = QLineEdit(self.session.get("room") or "")
        self.room_edit.setPlaceholderText(tr("e.g. Auditorium A"))
        self.add(tr("&Room:"), "room", self.room_edit)
        from PySide6.QtWidgets import QSpinBox

        from qistdesk.gui.widgets.forms import area_combo

        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(0, 100_000)
        self.seats_spin.setSpecialValueText(tr("the venue's capacity"))
        self.seats_spin.setValue(self.session.get("room_capacity") or 0)
        self.seats_spin.setAccessibleName(tr("Seats in the room"))
        self.add(tr("S&eats:"), "room_capacity", self.seats_spin)
        self.area_combo = area_combo(self.session.get("qist_area"), empty=tr("Same as the event"))
        self.add(tr("QIST &area:"), "qist_area", self.area_combo)
        self.speakers = PeopleList(people, tr("speakers"), self)
        self.speakers.set_ids(self.session.get("speaker_ids") or [])
        self.add(tr("S&peakers:"), "speaker_ids", self.speakers)
        self.chair = RecordPicker(people_items(people), self, noun="person", placeholder=tr("Nobody — type a name…"))
        offer_person(self.chair, ctx, self)
        offer_person(self.speakers.picker, ctx, self)
        self.chair.set_value(self.session.get("chair_id"))
        self.add(tr("C&hair:"), "chair_id", self.chair)
        self.description_edit = QPlainTextEdit(self.session.get("description") or "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.add(tr("&Description:"), "description", self.description_edit)
        zone_note = QLabel(tr("Times are in {place}, the conference's zone.").format(
            place=scheduling.place_name(self.zone)))
        self.form.insertRow(0, zone_note)
        for signal in (self.title_edit.textChanged, self.start_edit.changed, self.end_edit.changed,
                       self.speakers.changed, self.chair.changed):
            signal.connect(self.revalidate)
        self.link_times()
        self.resize(self.fontMetrics().averageCharWidth() * 85, self.sizeHint().height())
        self.revalidate()
        self.remember_values()

    def _local(self, iso_or_dt) -> datetime:
        value = datetime.fromisoformat(iso_or_dt) if isinstance(iso_or_dt, str) else iso_or_dt
        return utc_to_local(value, self.zone).replace(tzinfo=None)

    def _initial_times(self) -> tuple[datetime, datetime]:
        if self.session.get("start_utc"):
            return self._local(self.session["start_utc"]), self._local(self.session["end_utc"])
        return next_slot(self._local(self.event["start"]), self._local(self.event["end"]),
                         [(self._local(r["start_utc"]), self._local(r["end_utc"])) for r in self.timetable])

    def values(self) -> dict:
        """Keyword arguments for ``events.add_session`` / ``update_session``."""
        return {"title": self.title_edit.text().strip(), "start": self.start_edit.value(), "end": self.end_edit.value(),
                "room": self.room_edit.text().strip(), "speaker_ids": self.speakers.ids(),
                "chair_id": self.chair.value(), "description": self.description_edit.toPlainText(),
                "room_capacity": self.seats_spin.value() or None, "qist_area": self.area_combo.currentData()}

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.title_edit.text().strip():
            errors["title"] = tr("A title is required")
        other = other_zone(self.zone, prefs=self.prefs)
        for key, edit, label in (("start", self.start_edit, self.start_other), ("end", self.end_edit, self.end_other)):
            problem = label.show_for(edit.value(), self.zone, other)
            if problem:
                errors[key] = problem
        if "start" in errors or "end" in errors:
            return errors
        start, end = self.start_edit.value(), self.end_edit.value()
        if end <= start:
            errors["end"] = tr("Must be after the start")
        first, last = self._local(self.event["start"]), self._local(self.event["end"])
        if start < first or end > last:
            errors["start"] = tr("Must lie within the conference: {first} – {last}").format(
                first=day_and_time(first), last=day_and_time(last))
        return errors

    def update_warnings(self) -> None:
        if self.validate():
            self.warnings.set_warnings([])
            return
        start, end = (local_to_utc(e.value(), self.zone) for e in (self.start_edit, self.end_edit))
        people = self.speakers.ids() + ([self.chair.value()] if self.chair.value() else [])
        found = scheduling.check_proposed(self.ctx.db, start, end, self.zone, person_ids=people,
                                          event_id=self.event["id"], item_id=self.session.get("id") or "<new>",
                                          both_zones_work=bool(self.event.get("online_url")), prefs=self.prefs)
        # The conference itself was checked for holidays and clock weeks; here only what this slot adds.
        self.warnings.set_warnings([w for w in found if w.kind in ("person", "hours")])


class AddParticipantsDialog(EventDialogBase):
    """Pick people from the directory (filter, multi-select), with one role and status."""

    def __init__(self, ctx, people: list[dict], already: set[str], capacity: int | None, seated: int,
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("Add participants"), parent)
        self.table = RecordsTable([Column("name", tr("Name"), format=lambda r: display_name(r["given_name"],
                                                                                              r["family_name"])),
                                   Column("organization", tr("Organisation")), Column("country", tr("Country")),
                                   Column("sector", tr("Sector"), format=lambda r: enum_label_of(Sector, r["sector"])),
                                   Column("career_stage", tr("Career stage"), format=lambda r: enum_label_of(
                                       CareerStage, r["career_stage"]))],
                                  self, kind="person", name=tr("people in the directory"),
                                  empty_message=tr("Everyone in the directory is on the list already, or the "
                                                   "directory is empty: add people in the People view first."))
        self.table.set_rows([p for p in people if p["id"] not in already])
        self.layout().insertWidget(0, self.table, 100)  # the list takes the dialog's height, not a blank
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(enum_label(role), role.value)
        self.add(tr("&Role:"), "role", self.role_combo)
        self.status_combo = QComboBox()
        for status in (InvitationStatus.NOT_INVITED, InvitationStatus.INVITED, InvitationStatus.ACCEPTED):
            self.status_combo.addItem(enum_label(status), status.value)
        self.add(tr("&Invitation:"), "invitation_status", self.status_combo)
        self.capacity, self.seated = capacity, seated
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.table.selection_changed.connect(lambda _ids: self.revalidate())
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 34)
        self.revalidate()

    def person_ids(self) -> list[str]:
        return self.table.selected_ids()

    def values(self) -> dict:
        return {"person_ids": self.person_ids(), "role": self.role_combo.currentData(),
                "invitation_status": self.status_combo.currentData()}

    def validate(self) -> dict[str, str]:
        n = len(self.person_ids())
        text = tr("%n selected.", None, n) if n else tr("Select people (Ctrl+click or Shift+click for several).")
        if self.capacity is not None and n:
            free = max(self.capacity - self.seated, 0)
            if n > free:
                text += " " + tr("Only %n place(s) left of {capacity}: {waiting} will join the waiting list.", None, free).format(capacity=self.capacity, waiting=n - free)
        self.note.setText(text)
        return {} if n else {"person_ids": tr("Nobody selected")}
