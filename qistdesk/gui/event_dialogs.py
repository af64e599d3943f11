"""The dialog that creates and edits an event: a seminar (one date or a series), a conference or a workshop.

One date of a series has its own dialog (:mod:`.series_date_dialog`); what both share is in
:mod:`.event_dialog_base`.

Times are typed as wall-clock times in the event's own zone (that is how an
attaché thinks: "16:00 Copenhagen"), with the other zone shown live beside
them. Invalid input turns the field red with a reason and disables OK;
scheduling warnings appear in amber under the times and never block. Nothing
is saved until OK; the view then calls the service through the undo stack.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from qistdesk.domain.enums import EventKind, EventStatus
from qistdesk.domain.recurrence import RuleError, SeriesRule, expand, parse_rule
from qistdesk.gui.event_common import day, other_zone
from qistdesk.gui.event_dialog_base import EventDialogBase
from qistdesk.gui.event_forms import Field, OtherZoneLabel, zone_combo
from qistdesk.gui.enum_text import enum_label
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.widgets.date_text import format_date
from qistdesk.gui.widgets.datetime_edit import DateEdit, DateTimeEdit
from qistdesk.services import scheduling
from qistdesk.timezones import TimeZoneError, is_valid_zone, local_to_utc, utc_to_local

#: Repeat choices: label -> (freq, interval), None for a single event. The English label is the
#: pick list's item data; the item shows it in the app's language.
REPEATS = {QT_TR_NOOP("Does not repeat"): None, QT_TR_NOOP("Weekly"): ("WEEKLY", 1),
           QT_TR_NOOP("Fortnightly"): ("WEEKLY", 2), QT_TR_NOOP("Monthly"): ("MONTHLY", 1),
           QT_TR_NOOP("Daily"): ("DAILY", 1)}
#: Any RFC 5545 rule (from a calendar file), shown in words, edited as a rule.
OTHER_RULE = QT_TR_NOOP("Another rule")
#: The title of a new or edited event of one kind ("New seminar"); several kinds: "New event".
TITLES = {(False, "seminar"): QT_TR_NOOP("New seminar"), (True, "seminar"): QT_TR_NOOP("Edit seminar"),
          (False, "conference"): QT_TR_NOOP("New conference"), (True, "conference"): QT_TR_NOOP("Edit conference"),
          (False, "workshop"): QT_TR_NOOP("New workshop"), (True, "workshop"): QT_TR_NOOP("Edit workshop"),
          (False, "event"): QT_TR_NOOP("New event"), (True, "event"): QT_TR_NOOP("Edit event")}


class EventDialog(EventDialogBase):
    """Create or edit a seminar (possibly a series), a conference or a workshop."""

    def __init__(self, ctx, kinds: list[str], venues: list[dict], record: dict | None = None,
                 parent: QWidget | None = None):
        title = tr(TITLES.get((bool(record), kinds[0] if len(kinds) == 1 else "event"), TITLES[(bool(record), "event")]))
        super().__init__(ctx, title, parent)
        self.record = record or {}
        zone_name = self.record.get("zone") or self.prefs.home
        self.title_edit = QLineEdit(self.record.get("title", ""))
        self.add(tr("&Title:"), "title", self.title_edit)
        self.kind_combo = QComboBox()
        for kind in kinds:
            self.kind_combo.addItem(enum_label(EventKind(kind)) if kind in EventKind.values() else kind.capitalize(),
                                    kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(self.record.get("kind"))))
        if len(kinds) > 1:
            self.add(tr("&Kind:"), "kind", self.kind_combo)
        self.zone_edit = zone_combo(zone_name)
        self.start_edit, self.end_edit = DateTimeEdit(tr("Start")), DateTimeEdit(tr("End"))
        self.start_other, self.end_other = OtherZoneLabel(), OtherZoneLabel()
        start, end = self._initial_times(kinds[0])
        self.start_edit.set_value(start)
        self.end_edit.set_value(end)
        self.add(tr("&Starts:"), "start", self.start_edit, self.start_other)
        self.add(tr("&Ends:"), "end", self.end_edit, self.end_other)
        self.add(tr("Time &zone:"), "timezone", self.zone_edit)
        self.venue_combo = QComboBox()
        self.venue_combo.addItem(tr("— none (online) —"), None)
        for v in venues:
            self.venue_combo.addItem(f"{v['name']}" + (f", {v['city']}" if v.get("city") else ""), v["id"])
        venue = self.record.get("venue") or {}
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(venue.get("id"))))
        self.new_venue_button = QPushButton(tr("New venue…"))
        self.new_venue_button.setToolTip(tr("Add a venue to the directory and use it here"))
        self.new_venue_button.clicked.connect(self.new_venue)
        self.add(tr("&Venue:"), "venue_id", self.venue_combo, self.new_venue_button)
        self.url_edit = QLineEdit(self.record.get("online_url") or "")
        self.url_edit.setPlaceholderText("https://…")
        self.add(tr("Online &link:"), "online_url", self.url_edit)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(tr("no limit"))
        self.capacity_spin.setValue(self.record.get("capacity") or 0)
        self.add(tr("&Capacity:"), "capacity", self.capacity_spin)
        self.status_combo = QComboBox()
        for status in EventStatus:
            self.status_combo.addItem(enum_label(status), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self.record.get("status", "planned"))))
        self.add(tr("Stat&us:"), "status", self.status_combo)
        from qistdesk.gui.widgets.forms import area_combo

        self.area_combo = area_combo(self.record.get("qist_area"))
        self.add(tr("QIST &area:"), "qist_area", self.area_combo)
        self.description_edit = QPlainTextEdit(self.record.get("description") or "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.add(tr("&Description:"), "description", self.description_edit)
        editing_single = bool(record) and not self.record.get("series_rule")
        self.repeat_box = self._repeat_box() if "seminar" in kinds and not editing_single else None
        for signal in (self.title_edit.textChanged, self.start_edit.changed, self.end_edit.changed,
                       self.zone_edit.currentTextChanged, self.venue_combo.currentIndexChanged,
                       self.url_edit.textChanged, self.kind_combo.currentIndexChanged):
            signal.connect(self.revalidate)
        self.link_times()
        if not record:  # issue 16: a new event can ask the scheduling assistant for its time
            from qistdesk.gui.find_slot_dialog import add_to_event_dialog

            add_to_event_dialog(self)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        self.revalidate()
        self.remember_values()

    def new_venue(self) -> None:
        """A venue not in the directory yet: make it here, and pick it (and its zone)."""
        from qistdesk.gui.quick_create import create_record
        from qistdesk.services import queries

        ident = create_record(self.ctx, "venue", self)
        if not ident:
            return
        venue = next(v for v in queries.list_venues(self.ctx.db) if v["id"] == ident)
        self.venue_combo.addItem(venue["name"] + (f", {venue['city']}" if venue.get("city") else ""), ident)
        self.venue_combo.setCurrentIndex(self.venue_combo.count() - 1)
        if venue.get("timezone") and self.zone_name() != venue["timezone"]:
            self.zone_edit.setCurrentText(venue["timezone"])

    def _initial_times(self, kind: str) -> tuple[datetime, datetime]:
        if self.record.get("start"):
            return (datetime.fromisoformat(self.record["start"]).replace(tzinfo=None),
                    datetime.fromisoformat(self.record["end"]).replace(tzinfo=None))
        base = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=14)
        if kind == "seminar":
            start = base.replace(hour=16)
            return start, start + timedelta(hours=1)
        start = base.replace(hour=9)
        return start, start.replace(hour=17) + timedelta(days=1 if kind == "conference" else 0)

    def _repeat_box(self) -> QGroupBox:
        box = QGroupBox(tr("Repeats"))
        self.repeat_combo = QComboBox()
        for label in (*REPEATS, OTHER_RULE):
            self.repeat_combo.addItem(tr(label), label)
        self.repeat_combo.setAccessibleName(tr("Repeats"))
        self.count_radio, self.until_radio = QRadioButton(tr("&for")), QRadioButton(tr("&until"))
        self.count_radio.setAccessibleName(tr("End after a number of dates"))
        self.until_radio.setAccessibleName(tr("End on a date"))
        group = QButtonGroup(box)
        group.addButton(self.count_radio)
        group.addButton(self.until_radio)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 500)
        self.count_spin.setValue(6)
        self.count_spin.setSuffix(tr(" dates"))
        self.count_spin.setAccessibleName(tr("Number of dates"))
        self.until_edit = DateEdit(self.start_edit.value().date() + timedelta(weeks=12))
        self.until_edit.setAccessibleName(tr("Last date"))
        self.count_radio.setChecked(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(tr("Series preview"))
        self.rule_edit = QLineEdit("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10")
        self.rule_edit.setAccessibleName(tr("Rule (RFC 5545 RRULE)"))
        self.rule_edit.setToolTip(tr("An RRULE such as FREQ=MONTHLY;BYDAY=2TU;COUNT=8 (the second Tuesday, 8 times)"))
        self.rule_edit.setMinimumWidth(300)
        row = QHBoxLayout()
        for w in (self.repeat_combo, self.count_radio, self.count_spin, self.until_radio, self.until_edit):
            row.addWidget(w)
        row.addWidget(self.rule_edit, 1)
        row.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(self.preview)
        self.series_field = Field(box, self)
        self.fields["series_rule"] = self.series_field
        self.layout().insertWidget(1, self.series_field)
        rule = self.record.get("series_rule")
        if rule:  # a series stays a series (undo could not bring its dates back otherwise)
            self.repeat_combo.removeItem(0)
            parsed = parse_rule(rule)
            label = next((k for k, v in REPEATS.items() if v == (parsed.freq, parsed.interval)), OTHER_RULE)
            if not self.record.get("series_simple", True) or label == OTHER_RULE:
                label = OTHER_RULE
                self.rule_edit.setText(rule)
            self.repeat_combo.setCurrentIndex(max(0, self.repeat_combo.findData(label)))
            if parsed.is_simple and parsed.count:
                self.count_spin.setValue(parsed.count)
            elif parsed.is_simple and parsed.until:
                self.until_radio.setChecked(True)
                self.until_edit.set_value(parsed.until)
        self._until_follows = not rule  # until the user sets the last date of a new series
        self.until_edit.changed.connect(lambda: setattr(self, "_until_follows", False))
        for signal in (self.repeat_combo.currentIndexChanged, self.count_spin.valueChanged,
                       self.until_edit.changed, self.count_radio.toggled, self.rule_edit.textChanged):
            signal.connect(self.revalidate)
        return box

    # --- values -------------------------------------------------------------------------------

    def zone_name(self) -> str:
        return self.zone_edit.currentText().strip()

    def series_rule(self) -> SeriesRule | None:
        """The rule chosen; raises RuleError for a rule typed under "Another rule" that is not one."""
        if self.repeat_box is None:
            return None
        if self.repeat_combo.currentData() == OTHER_RULE:  # kept exactly as typed (or as the file had it)
            text = self.rule_edit.text().strip().upper().removeprefix("RRULE:")
            r = parse_rule(text)
            return SeriesRule(r.freq, r.interval, r.count, r.until, r.text or text)
        if REPEATS[self.repeat_combo.currentData()] is None:
            return None
        freq, interval = REPEATS[self.repeat_combo.currentData()]
        if self.count_radio.isChecked():
            return SeriesRule(freq, interval, count=self.count_spin.value())
        return SeriesRule(freq, interval, until=self.until_edit.value())

    def values(self) -> dict:
        """Keyword arguments for ``events.create_event`` / ``update_event``."""
        out = {"kind": self.kind_combo.currentData(), "title": self.title_edit.text().strip(),
               "start": self.start_edit.value(), "end": self.end_edit.value(), "timezone": self.zone_name(),
               "venue_id": self.venue_combo.currentData(), "online_url": self.url_edit.text().strip(),
               "capacity": self.capacity_spin.value() or None, "status": self.status_combo.currentData(),
               "description": self.description_edit.toPlainText(), "qist_area": self.area_combo.currentData()}
        rule = self.series_rule()
        if rule is not None:
            out["series"] = rule
        return out

    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.title_edit.text().strip():
            errors["title"] = tr("A title is required")
        zone_name = self.zone_name()
        if not is_valid_zone(zone_name):
            errors["timezone"] = tr("Unknown time zone “{zone}” (pick one such as Europe/Copenhagen)").format(zone=zone_name)
            return errors
        other = other_zone(zone_name, prefs=self.prefs)
        for key, edit, label in (("start", self.start_edit, self.start_other),
                                 ("end", self.end_edit, self.end_other)):
            problem = label.show_for(edit.value(), zone_name, other)
            if problem:
                errors[key] = problem
        if "start" not in errors and "end" not in errors and self.end_edit.value() <= self.start_edit.value():
            errors["end"] = tr("Must be after the start")
        url = self.url_edit.text().strip()
        if url and not url.lower().startswith(("https://", "http://", "teams://", "zoommtg://")):
            errors["online_url"] = tr("Must start with https://")
        if self.repeat_box is not None:
            problem = self._series_preview(zone_name)
            if self.until_radio.isChecked() and self.until_edit.error():
                problem = self.until_edit.error()
            if problem:
                errors["series_rule"] = problem
        return errors

    def _series_preview(self, zone_name: str) -> str | None:
        other = self.repeat_combo.currentData() == OTHER_RULE
        for w in (self.count_radio, self.count_spin, self.until_radio, self.until_edit):
            w.setVisible(not other)
        self.rule_edit.setVisible(other)
        try:
            rule = self.series_rule()
        except RuleError as exc:
            self.preview.setText("")
            return str(exc)
        self.until_edit.setEnabled(self.until_radio.isChecked() and rule is not None)
        self.count_spin.setEnabled(self.count_radio.isChecked() and rule is not None)
        if rule is None:
            self.preview.setText(tr("One date only."))
            return None
        try:
            starts = expand(rule, local_to_utc(self.start_edit.value(), zone_name), zone_name)
        except (RuleError, TimeZoneError) as exc:
            self.preview.setText("")
            return str(exc)
        if not starts or (rule.until and rule.until < self.start_edit.value().date()):
            self.preview.setText(tr("No dates: the last date is before the first."))
            return tr("The last date is before the first")
        last = utc_to_local(starts[-1], zone_name)
        if not rule.is_simple:
            ending = (tr("no end") if rule.open_ended
                      else tr("%n date(s), the last on {last}", None, len(starts)).format(last=day(last)))
            self.preview.setText(f"{rule.describe().split(', ')[0]} ({ending}).")
            return None
        self.preview.setText(tr("%n date(s), {repeat}, the last on {last}.", None, len(starts)).format(
            repeat=self.repeat_combo.currentText().lower(), last=day(last)))
        return None

    def update_warnings(self) -> None:
        if self.validate():
            self.warnings.set_warnings([])
            return
        zone_name = self.zone_name()
        start, end = (local_to_utc(e.value(), zone_name) for e in (self.start_edit, self.end_edit))
        found = scheduling.check_proposed(
            self.ctx.db, start, end, zone_name, venue_id=self.venue_combo.currentData(),
            event_id=self.record.get("id"), prefs=self.prefs,
            both_zones_work=self.kind_combo.currentData() == "seminar" or bool(self.url_edit.text().strip()))
        rule = self.series_rule()
        if rule is not None:
            length = end - start
            for later in expand(rule, start, zone_name, limit=60)[1:]:
                label = format_date(utc_to_local(later, zone_name).date())
                found += scheduling.check_time(later, later + length, zone_name, self.prefs, label=label)
        self.warnings.set_warnings(found)
