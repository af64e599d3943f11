"""Venues: rooms and halls with their time zone, capacity and accessibility notes.

The zone of a venue is the zone its events are planned in, so it is chosen
from a list of IANA names (the programme's own zones first), never typed free.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from qistdesk.gui.views.people import country_edit
from qistdesk.gui.widgets.forms import OptionalSpinBox, RecordForm, text_edit
from qistdesk.gui.widgets.record_list_view import RecordListView, esc
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.zoned_time import zone_label
from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP


def zone_combo() -> QComboBox:
    from qistdesk.timezones import common_zones

    box = QComboBox()
    box.setEditable(False)
    for name in common_zones():
        box.addItem(name if zone_label(name) == name.rsplit("/", 1)[-1].replace("_", " ")
                    else f"{name} ({zone_label(name)})", name)
    return box


def venue_form() -> RecordForm:
    from qistdesk.domain.validation import validate_venue

    def validate(values: dict) -> dict:
        return validate_venue(SimpleNamespace(**dict(values, country=(values["country"] or "").upper())))

    form = RecordForm(validator=validate)
    form.add("name", tr("Name"), QLineEdit(), required=True)
    form.add("address", tr("Address"), text_edit(3))
    form.add("city", tr("City"), QLineEdit())
    form.add("country", tr("Country"), country_edit())
    form.add("timezone", tr("Time zone"), zone_combo(), required=True,
             help=tr("The zone events at this venue are planned in"))
    form.add("capacity", tr("Capacity"), OptionalSpinBox(100_000), help=tr("Seats; leave at — when unknown"))
    form.add("accessibility_notes", tr("Accessibility"), text_edit(3))
    form.add("map_url", tr("Map link"), QLineEdit())
    return form

class VenuesView(RecordListView):
    KIND = "venue"
    WHAT = "venues"
    NOUN = QT_TR_NOOP("venue")
    PLURAL = QT_TR_NOOP("venues")
    NEW_TEXT = QT_TR_NOOP("New venue…")
    DETAILS_NAME = QT_TR_NOOP("Venue details")
    HINT = QT_TR_NOOP("Select a venue to see the details here.")
    FIELDS_KIND = "venue"
    EMPTY = QT_TR_NOOP("No venues yet — add the rooms and halls where your events take place.")
    ALSO_REFRESH_ON = ("events",)
    COLUMN_PRIORITY = {"city": 1, "capacity": 2, "country": 3, "timezone": 4}

    def columns(self) -> list[Column]:
        return [
            Column("name", tr("Name")), Column("city", tr("City")), Column("country", tr("Country")),
            Column("timezone", tr("Time zone")),
            Column("capacity", tr("Capacity"), align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        ]

    def load_rows(self) -> list[dict]:
        from qistdesk.services import queries

        return queries.list_venues(self.ctx.db)

    def detail_html(self, ident: str) -> str:
        from qistdesk.services import queries
        from qistdesk.services.editing import fields_of

        v = fields_of(self.ctx.db, "venue", ident)
        _total, events = queries.events_brief(self.ctx.db, venue_id=ident)
        lines = [f"<h2>{esc(v['name'])}</h2>"]
        if v.get("address"):
            lines.append(f"<p>{esc(v['address']).replace(chr(10), '<br>')}</p>")
        facts = [", ".join(esc(x) for x in (v.get("city"), v.get("country")) if x),
                 tr("Time zone: {zone}").format(zone=esc(v["timezone"])),
                 tr("Capacity: {seats}").format(seats=locale_format.number(v["capacity"]))
                 if v.get("capacity") is not None else tr("Capacity: not set")]
        lines.append("<p>" + "<br>".join(f for f in facts if f) + "</p>")
        if v.get("accessibility_notes"):
            lines.append("<h3>" + tr("Accessibility") + f"</h3><p>{esc(v['accessibility_notes'])}</p>")
        if v.get("map_url"):
            lines.append(f"<p><a href='{esc(v['map_url'])}'>" + tr("Map") + "</a></p>")
        lines.append("<h3>" + tr("Events here ({count})").format(count=len(events)) + "</h3>")
        if events:
            lines.append("<ul>" + "".join(
                f"<li><a href='qistdesk://{'seminars' if e['kind'] == 'seminar' else 'conferences'}/{e['id']}'>"
                f"{esc(e['title'])}</a> · {locale_format.date_words(e['start_utc'])}</li>" for e in events) + "</ul>")
        return "\n".join(lines)

    def build_form(self) -> RecordForm:
        return venue_form()

    def create(self, fields: dict) -> str:
        from qistdesk.services import directory

        return directory.create_venue(self.ctx.db, **dict(fields, country=(fields.get("country") or "").upper()))

    def update(self, ident: str, version, fields: dict) -> int:
        from qistdesk.services import directory

        if "country" in fields:
            fields = dict(fields, country=(fields["country"] or "").upper())
        return directory.update_venue(self.ctx.db, ident, version, **fields)

    def delete(self, ident: str, version) -> None:
        from qistdesk.services import directory

        directory.delete_venue(self.ctx.db, ident, version)

    def snapshot(self, ident: str, fields: dict):
        from qistdesk.services import queries

        return [e["id"] for e in queries.events_brief(self.ctx.db, venue_id=ident)[1]]

    def loss_text(self, ident: str, fields: dict) -> str:
        used = self.snapshot(ident, fields)
        return tr("%n event(s) at {name} will have no venue (Undo puts it back).", None, len(used)).format(
            name=fields["name"]) if used else ""

    def restore(self, fields: dict, extra) -> None:
        from qistdesk.services import events

        ident = self.create(fields)
        for event_id in extra or []:
            events.update_event(self.ctx.db, event_id, None, venue_id=ident)
