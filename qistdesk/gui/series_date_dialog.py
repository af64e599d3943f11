"""One date of a seminar series: its own time, speaker and topic, or cancelled.

Times are wall-clock times in the series' zone, with the other zone beside them, as in the
event dialog (:mod:`.event_dialog_base` gives both their fields and checks).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from qistdesk.domain.enums import DateStatus
from qistdesk.gui.event_common import day, other_zone
from qistdesk.gui.event_dialog_base import EventDialogBase, offer_person
from qistdesk.gui.enum_text import enum_label
from qistdesk.gui.event_forms import OtherZoneLabel
from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.datetime_edit import DateTimeEdit
from qistdesk.gui.widgets.pickers import RecordPicker, people_items
from qistdesk.services import scheduling
from qistdesk.timezones import local_to_utc, utc_to_local


class SeriesDateDialog(EventDialogBase):
    """One date of a series: move it, cancel or restore it, set its speaker and topic."""

    def __init__(self, ctx, zone_name: str, row: dict, people: list[dict], parent: QWidget | None = None):
        super().__init__(ctx, tr("Edit series date"), parent)
        self.row, self.zone = row, zone_name
        self.event_id = row.get("event_id")
        local_start = utc_to_local(row["start_utc"], zone_name).replace(tzinfo=None)
        local_end = utc_to_local(row["end_utc"], zone_name).replace(tzinfo=None)
        original = utc_to_local(row["original_start_utc"], zone_name)
        info = QLabel(tr("Planned for {day} (as the series has it).").format(day=day(original)))
        self.form.addRow(info)
        self.start_edit, self.start_other = DateTimeEdit(tr("Start")), OtherZoneLabel()
        self.end_edit, self.end_other = DateTimeEdit(tr("End")), OtherZoneLabel()
        self.start_edit.set_value(local_start)
        self.end_edit.set_value(local_end)
        self.add(tr("&Starts:"), "start", self.start_edit, self.start_other)
        self.add(tr("&Ends:"), "end", self.end_edit, self.end_other)
        self.status_combo = QComboBox()
        for status in DateStatus:
            self.status_combo.addItem(enum_label(status), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.get("status"))))
        self.add(tr("Stat&us:"), "status", self.status_combo)
        self.speaker = RecordPicker(people_items(people), self, noun="person", placeholder=tr("Nobody — type a name…"))
        offer_person(self.speaker, ctx, self)
        self.speaker.set_value(row.get("speaker_id"))
        self.add(tr("S&peaker:"), "speaker_id", self.speaker)
        self.topic_edit = QLineEdit(row.get("topic") or "")
        self.add(tr("&Topic:"), "topic", self.topic_edit)
        for signal in (self.start_edit.changed, self.end_edit.changed,
                       self.speaker.changed, self.status_combo.currentIndexChanged):
            signal.connect(self.revalidate)
        self.link_times()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())
        self.revalidate()

    def values(self) -> dict:
        """Only what changed, as keyword arguments for ``events.update_series_date``."""
        out: dict = {}
        start, end = self.start_edit.value(), self.end_edit.value()
        if start != utc_to_local(self.row["start_utc"], self.zone).replace(tzinfo=None) or \
                end != utc_to_local(self.row["end_utc"], self.zone).replace(tzinfo=None):
            out["start"], out["end"] = start, end
        if self.status_combo.currentData() != self.row.get("status"):
            out["status"] = self.status_combo.currentData()
        if self.speaker.value() != self.row.get("speaker_id"):
            out["speaker_id"] = self.speaker.value()
        if self.topic_edit.text() != (self.row.get("topic") or ""):
            out["topic"] = self.topic_edit.text()
        return out

    def validate(self) -> dict[str, str]:
        errors = {}
        other = other_zone(self.zone, prefs=self.prefs)
        for key, edit, label in (("start", self.start_edit, self.start_other), ("end", self.end_edit, self.end_other)):
            problem = label.show_for(edit.value(), self.zone, other)
            if problem:
                errors[key] = problem
        if not errors and self.end_edit.value() <= self.start_edit.value():
            errors["end"] = tr("Must be after the start")
        return errors

    def update_warnings(self) -> None:
        if self.validate() or self.status_combo.currentData() == "cancelled":
            self.warnings.set_warnings([])
            return
        start, end = (local_to_utc(e.value(), self.zone) for e in (self.start_edit, self.end_edit))
        speaker = self.speaker.value()
        self.warnings.set_warnings(scheduling.check_proposed(
            self.ctx.db, start, end, self.zone, person_ids=[speaker] if speaker else [],
            venue_id=self.row.get("venue_id"), event_id=self.event_id, item_id=self.row.get("id"), prefs=self.prefs))
