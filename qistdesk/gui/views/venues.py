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
    form.add("name", "Name", QLineEdit(), required=True)
    form.add("address", "Address", text_edit(3))
    form.add("city", "City", QLineEdit())
    form.add("country", "Country", country_edit())
    form.add("timezone", "Time zone", zone_combo(), required=True,
             help="The zone events at this venue are planned in")
    form.add("capacity", "Capacity", OptionalSpinBox(100_000), help="Seats; leave at — when unknown")
    form.add("accessibility_notes", "Accessibility", text_edit(3))
    form.add("map_url", "Map link", QLineEdit())
    return form

class VenuesView(RecordListView):
    KIND = "venue"
    WHAT = "venues"
    NOUN = "venue"
    PLURAL = "venues"
    FIELDS_KIND = "venue"
    EMPTY = "No venues yet — add the rooms and halls where your events take place."
    ALSO_REFRESH_ON = ("events",)
    COLUMN_PRIORITY = {"city": 1, "capacity": 2, "country": 3, "timezone": 4}

    def columns(self) -> list[Column]:
        return [
            Column("name", "Name"), Column("city", "City"), Column("country", "Country"),
            Column("timezone", "Time zone"),
            Column("capacity", "Capacity", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
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
                 f"Time zone: {esc(v['timezone'])}",
                 f"Capacity: {v['capacity']}" if v.get("capacity") is not None else "Capacity: not set"]
        lines.append("<p>" + "<br>".join(f for f in facts if f) + "</p>")
        if v.get("accessibility_notes"):
            lines.append(f"<h3>Accessibility</h3><p>{esc(v['accessibility_notes'])}</p>")
        if v.get("map_url"):
            lines.append(f"<p><a href='{esc(v['map_url'])}'>Map</a></p>")
        lines.append(f"<h3>Events here ({len(events)})</h3>")
        if events:
            lines.append("<ul>" + "".join(
                f"<li><a href='qistdesk://{'seminars' if e['kind'] == 'seminar' else 'conferences'}/{e['id']}'>"
                f"{esc(e['title'])}</a> · {e['start_utc']:%d %b %Y}</li>" for e in events) + "</ul>")
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
        return f"{len(used)} event(s) at {fields['name']} will have no venue (Undo puts it back)." if used else ""

    def restore(self, fields: dict, extra) -> None:
        from qistdesk.services import events

        ident = self.create(fields)
        for event_id in extra or []:
            events.update_event(self.ctx.db, event_id, None, venue_id=ident)
