"""Dialogs that create and edit events and the dates of a seminar series.

Times are typed as wall-clock times in the event's own zone (that is how an
attaché thinks: "16:00 Copenhagen"), with the other zone shown live beside
them. Invalid input turns the field red with a reason and disables OK;
scheduling warnings appear in amber under the times and never block. Nothing
is saved until OK; the view then calls the service through the undo stack.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from qistdesk.domain.enums import DateStatus, EventStatus
from qistdesk.domain.recurrence import RuleError, SeriesRule, expand, parse_rule
from qistdesk.gui.event_common import WarningsLabel, day, other_zone, preferences
from qistdesk.gui.event_forms import (Field, OtherZoneLabel, zone_combo)
from qistdesk.gui.widgets.datetime_edit import DateEdit, DateTimeEdit
from qistdesk.gui.widgets.pickers import RecordPicker, people_items
from qistdesk.services import scheduling
from qistdesk.timezones import TimeZoneError, is_valid_zone, local_to_utc, utc_to_local

#: Repeat choices: label -> (freq, interval), None for a single event.
REPEATS = {"Does not repeat": None, "Weekly": ("WEEKLY", 1), "Fortnightly": ("WEEKLY", 2),
           "Monthly": ("MONTHLY", 1), "Daily": ("DAILY", 1)}
OTHER_RULE = "Another rule"  # any RFC 5545 rule (from a calendar file), shown in words, edited as a rule


def offer_person(picker: RecordPicker, ctx, parent: QWidget) -> None:
    """A speaker or chair not in the directory yet: "+" makes them without leaving the dialog."""
    from qistdesk.gui.quick_create import offer_new
    from qistdesk.services import queries

    offer_new(picker, ctx, "person", lambda: people_items(queries.list_people(ctx.db)), parent)


class _Base(QDialog):
    """OK/Cancel, a form, a warnings line and debounced re-validation."""

    def __init__(self, ctx, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = preferences(ctx)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.warnings = WarningsLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)  # amber warnings appearing below never move the fields above
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.update_warnings)
        self.fields: dict[str, Field] = {}

    def add(self, label: str, key: str, control: QWidget, extra: QWidget | None = None) -> Field:
        control.setAccessibleName(control.accessibleName() or label.replace("&", "").rstrip(":"))
        field = Field(control, self, extra)
        self.form.addRow(label, field)
        self.fields[key] = field
        return field

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show service errors at their fields (unknown fields at the first one)."""
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        stray = [f"{k}: {v}" for k, v in errors.items() if k not in self.fields]
        if stray and self.fields:
            first = next(iter(self.fields.values()))
            first.set_error("; ".join(stray))
        self.ok_button.setEnabled(False)

    def revalidate(self) -> None:
        errors = self.validate()
        quiet = getattr(self, "_quiet", {})  # what was missing when the form opened: said once OK is tried
        for key, field in self.fields.items():
            message = errors.get(key)
            field.set_error(None if message and quiet.get(key) == message else message)
        self.ok_button.setEnabled(not errors)
        self.ok_button.setToolTip("Still needed: " + "; ".join(errors.values()) if errors else "")
        self._timer.start()

    def validate(self) -> dict[str, str]:
        return {}

    def update_warnings(self) -> None:
        pass

    def link_times(self) -> None:
        """Moving the start moves the end with it, as calendars do."""
        self._last_start = self.start_edit.value()
        self.start_edit.changed.connect(self._keep_length)

    def _keep_length(self) -> None:
        """Moving the start moves the end with it, as calendars do."""
        new = self.start_edit.value()
        shift = new - self._last_start
        self._last_start = new
        if shift:
            self.end_edit.blockSignals(True)
            self.end_edit.set_value(self.end_edit.value() + shift)
            self.end_edit.blockSignals(False)
            until = getattr(self, "until_edit", None)
            if until is not None and self._until_follows:  # a new series' last date follows its start
                until.blockSignals(True)
                until.set_value(until.value() + timedelta(days=(new.date() - (new - shift).date()).days))
                until.blockSignals(False)
            self.revalidate()

    def remember_values(self) -> None:
        """What the form held when it opened; OK with nothing changed then adds no undo step.

        A new form does not open in red ("A title is required" before one could type it): what
        is missing then is said when the user presses OK (OK stays disabled meanwhile)."""
        self._opened_with = self.values()
        self._quiet = dict(self.validate())
        self.revalidate()

    def unchanged(self) -> bool:
        return getattr(self, "_opened_with", None) == self.values()

    def accept(self) -> None:
        if self.validate():
            self._quiet = {}
            self.revalidate()
            return
        super().accept()


class EventDialog(_Base):
    """Create or edit a seminar (possibly a series), a conference or a workshop."""

    def __init__(self, ctx, kinds: list[str], venues: list[dict], record: dict | None = None,
                 parent: QWidget | None = None):
        title = ("Edit " if record else "New ") + (kinds[0] if len(kinds) == 1 else "event")
        super().__init__(ctx, title, parent)
        self.record = record or {}
        zone_name = self.record.get("zone") or self.prefs.home
        self.title_edit = QLineEdit(self.record.get("title", ""))
        self.add("&Title:", "title", self.title_edit)
        self.kind_combo = QComboBox()
        for kind in kinds:
            self.kind_combo.addItem(kind.capitalize(), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(self.record.get("kind"))))
        if len(kinds) > 1:
            self.add("&Kind:", "kind", self.kind_combo)
        self.zone_edit = zone_combo(zone_name)
        self.start_edit, self.end_edit = DateTimeEdit("Start"), DateTimeEdit("End")
        self.start_other, self.end_other = OtherZoneLabel(), OtherZoneLabel()
        start, end = self._initial_times(kinds[0])
        self.start_edit.set_value(start)
        self.end_edit.set_value(end)
        self.add("&Starts:", "start", self.start_edit, self.start_other)
        self.add("&Ends:", "end", self.end_edit, self.end_other)
        self.add("Time &zone:", "timezone", self.zone_edit)
        self.venue_combo = QComboBox()
        self.venue_combo.addItem("— none (online) —", None)
        for v in venues:
            self.venue_combo.addItem(f"{v['name']}" + (f", {v['city']}" if v.get("city") else ""), v["id"])
        venue = self.record.get("venue") or {}
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(venue.get("id"))))
        self.new_venue_button = QPushButton("New venue…")
        self.new_venue_button.setToolTip("Add a venue to the directory and use it here")
        self.new_venue_button.clicked.connect(self.new_venue)
        self.add("&Venue:", "venue_id", self.venue_combo, self.new_venue_button)
        self.url_edit = QLineEdit(self.record.get("online_url") or "")
        self.url_edit.setPlaceholderText("https://…")
        self.add("Online &link:", "online_url", self.url_edit)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText("no limit")
        self.capacity_spin.setValue(self.record.get("capacity") or 0)
        self.add("&Capacity:", "capacity", self.capacity_spin)
        self.status_combo = QComboBox()
        for status in EventStatus:
            self.status_combo.addItem(status.label, status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self.record.get("status", "planned"))))
        self.add("Stat&us:", "status", self.status_combo)
        from qistdesk.gui.widgets.forms import area_combo

        self.area_combo = area_combo(self.record.get("qist_area"))
        self.add("QIST &area:", "qist_area", self.area_combo)
        self.description_edit = QPlainTextEdit(self.record.get("description") or "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.add("&Description:", "description", self.description_edit)
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
        box = QGroupBox("Repeats")
        self.repeat_combo = QComboBox()
        self.repeat_combo.addItems([*REPEATS, OTHER_RULE])
        self.repeat_combo.setAccessibleName("Repeats")
        self.count_radio, self.until_radio = QRadioButton("&for"), QRadioButton("&until")
        self.count_radio.setAccessibleName("End after a number of dates")
        self.until_radio.setAccessibleName("End on a date")
        group = QButtonGroup(box)
        group.addButton(self.count_radio)
        group.addButton(self.until_radio)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 500)
        self.count_spin.setValue(6)
        self.count_spin.setSuffix(" dates")
        self.count_spin.setAccessibleName("Number of dates")
        self.until_edit = DateEdit(self.start_edit.value().date() + timedelta(weeks=12))
        self.until_edit.setAccessibleName("Last date")
        self.count_radio.setChecked(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("Series preview")
        self.rule_edit = QLineEdit("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10")
        self.rule_edit.setAccessibleName("Rule (RFC 5545 RRULE)")
        self.rule_edit.setToolTip("An RRULE such as FREQ=MONTHLY;BYDAY=2TU;COUNT=8 (the second Tuesday, 8 times)")
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
            self.repeat_combo.setCurrentText(label)
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
        if self.repeat_combo.currentText() == OTHER_RULE:  # kept exactly as typed (or as the file had it)
            text = self.rule_edit.text().strip().upper().removeprefix("RRULE:")
            r = parse_rule(text)
            return SeriesRule(r.freq, r.interval, r.count, r.until, r.text or text)
        if REPEATS[self.repeat_combo.currentText()] is None:
            return None
        freq, interval = REPEATS[self.repeat_combo.currentText()]
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
            errors["title"] = "A title is required"
        zone_name = self.zone_name()
        if not is_valid_zone(zone_name):
            errors["timezone"] = f"Unknown time zone “{zone_name}” (pick one such as Europe/Copenhagen)"
            return errors
        other = other_zone(zone_name, prefs=self.prefs)
        for key, edit, label in (("start", self.start_edit, self.start_other),
                                 ("end", self.end_edit, self.end_other)):
            problem = label.show_for(edit.value(), zone_name, other)
            if problem:
                errors[key] = problem
        if "start" not in errors and "end" not in errors and self.end_edit.value() <= self.start_edit.value():
            errors["end"] = "Must be after the start"
        url = self.url_edit.text().strip()
        if url and not url.lower().startswith(("https://", "http://", "teams://", "zoommtg://")):
            errors["online_url"] = "Must start with https://"
        if self.repeat_box is not None:
            problem = self._series_preview(zone_name)
            if self.until_radio.isChecked() and self.until_edit.error():
                problem = self.until_edit.error()
            if problem:
                errors["series_rule"] = problem
        return errors

    def _series_preview(self, zone_name: str) -> str | None:
        other = self.repeat_combo.currentText() == OTHER_RULE
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
            self.preview.setText("One date only.")
            return None
        try:
            starts = expand(rule, local_to_utc(self.start_edit.value(), zone_name), zone_name)
        except (RuleError, TimeZoneError) as exc:
            self.preview.setText("")
            return str(exc)
        if not starts or (rule.until and rule.until < self.start_edit.value().date()):
            self.preview.setText("No dates: the last date is before the first.")
            return "The last date is before the first"
        last = utc_to_local(starts[-1], zone_name)
        if not rule.is_simple:
            ending = "no end" if rule.open_ended else f"{len(starts)} dates, the last on {day(last)}"
            self.preview.setText(f"{rule.describe().split(', ')[0]} ({ending}).")
            return None
        self.preview.setText(f"{len(starts)} dates, {rule.describe().split(',')[0].lower()}, "
                             f"the last on {day(last)}.")
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
                label = f"{utc_to_local(later, zone_name):%d %b %Y}"
                found += scheduling.check_time(later, later + length, zone_name, self.prefs, label=label)
        self.warnings.set_warnings(found)


class SeriesDateDialog(_Base):
    """One date of a series: move it, cancel or restore it, set its speaker and topic."""

    def __init__(self, ctx, zone_name: str, row: dict, people: list[dict], parent: QWidget | None = None):
        super().__init__(ctx, "Edit series date", parent)
        self.row, self.zone = row, zone_name
        self.event_id = row.get("event_id")
        local_start = utc_to_local(row["start_utc"], zone_name).replace(tzinfo=None)
        local_end = utc_to_local(row["end_utc"], zone_name).replace(tzinfo=None)
        original = utc_to_local(row["original_start_utc"], zone_name)
        info = QLabel(f"Planned for {day(original)} (as the series has it).")
        self.form.addRow(info)
        self.start_edit, self.start_other = DateTimeEdit("Start"), OtherZoneLabel()
        self.end_edit, self.end_other = DateTimeEdit("End"), OtherZoneLabel()
        self.start_edit.set_value(local_start)
        self.end_edit.set_value(local_end)
        self.add("&Starts:", "start", self.start_edit, self.start_other)
        self.add("&Ends:", "end", self.end_edit, self.end_other)
        self.status_combo = QComboBox()
        for status in DateStatus:
            self.status_combo.addItem(status.label, status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.get("status"))))
        self.add("Stat&us:", "status", self.status_combo)
        self.speaker = RecordPicker(people_items(people), self, noun="person", placeholder="Nobody — type a name…")
        offer_person(self.speaker, ctx, self)
        self.speaker.set_value(row.get("speaker_id"))
        self.add("S&peaker:", "speaker_id", self.speaker)
        self.topic_edit = QLineEdit(row.get("topic") or "")
        self.add("&Topic:", "topic", self.topic_edit)
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
            errors["end"] = "Must be after the start"
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
