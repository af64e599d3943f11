"""Organisations: universities, agencies, companies and foundations of both countries.

An organisation's page lists its people (links). Deleting one leaves its
people without an organisation; Undo gives it back to them.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from qistdesk.domain.enums import Sector
from qistdesk.gui.views.people import SECTOR_LABELS, country_edit, full_name, sector_label
from qistdesk.gui.widgets.forms import RecordForm, combo, text_edit
from qistdesk.gui.widgets.record_list_view import RecordListView, esc
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP


def organization_form() -> RecordForm:
    from qistdesk.domain.validation import validate_organization

    def validate(values: dict) -> dict:
        return validate_organization(SimpleNamespace(**dict(values, country=(values["country"] or "").upper())))

    form = RecordForm(validator=validate)
    form.add("name", tr("Name"), QLineEdit(), required=True)
    # No sector chosen for the user: a default (it was Government) quietly mis-filed new organisations.
    form.add("sector", tr("Sector"), combo([(SECTOR_LABELS[m.value], m.value) for m in Sector],
                                           allow_empty=tr("— choose a sector —")), required=True)
    form.add("country", tr("Country"), country_edit(), required=True, help=tr("Two-letter code such as DK or US"))
    form.add("city", tr("City"), QLineEdit())
    form.add("website", tr("Website"), QLineEdit())
    form.add("address", tr("Address"), text_edit(3))
    return form

class OrganizationsView(RecordListView):
    KIND = "organization"
    WHAT = "organizations"
    NOUN = QT_TR_NOOP("organisation")
    PLURAL = QT_TR_NOOP("organisations")
    NEW_TEXT = QT_TR_NOOP("New organisation…")
    DETAILS_NAME = QT_TR_NOOP("Organisation details")
    HINT = QT_TR_NOOP("Select an organisation to see the details here.")
    FIELDS_KIND = "organization"
    EMPTY = QT_TR_NOOP("No organisations yet — add one, or load the demo programme to look around.")
    ALSO_REFRESH_ON = ("people",)
    COLUMN_PRIORITY = {"sector": 1, "country": 2, "people": 3, "city": 4}

    def columns(self) -> list[Column]:
        return [
            Column("name", tr("Name")),
            Column("sector", tr("Sector"), format=sector_label),
            Column("country", tr("Country")),
            Column("city", tr("City")),
            Column("people", tr("People"), align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        ]

    def load_rows(self) -> list[dict]:
        from qistdesk.services import queries

        return queries.list_organizations(self.ctx.db)

    def detail_html(self, ident: str) -> str:
        from qistdesk.services import queries
        from qistdesk.services.editing import fields_of

        org = fields_of(self.ctx.db, "organization", ident)
        people = queries.list_people(self.ctx.db, organization_id=ident)
        where = ", ".join(esc(x) for x in (org.get("city"), org.get("country")) if x)
        lines = [f"<h2>{esc(org['name'])}</h2>",
                 f"<p>{esc(SECTOR_LABELS.get(org['sector'], org['sector']))} · {where}</p>"]
        if org.get("website"):
            lines.append(f"<p><a href='{esc(org['website'])}'>{esc(org['website'])}</a></p>")
        if org.get("address"):
            lines.append(f"<p>{esc(org['address']).replace(chr(10), '<br>')}</p>")
        lines.append("<h3>" + tr("People ({count})").format(count=len(people)) + "</h3>")
        if people:
            lines.append("<ul>" + "".join(
                f"<li><a href='qistdesk://people/{p['id']}'>{esc(full_name(p))}</a>"
                f"{' · ' + esc(p['job_title']) if p.get('job_title') else ''}</li>" for p in people) + "</ul>")
        else:
            lines.append("<p>" + tr("Nobody from this organisation is in the directory yet.") + "</p>")
        return "\n".join(lines)

    def build_form(self) -> RecordForm:
        return organization_form()

    def create(self, fields: dict) -> str:
        from qistdesk.services import directory

        return directory.create_organization(self.ctx.db, **fields)

    def update(self, ident: str, version, fields: dict) -> int:
        from qistdesk.services import directory

        return directory.update_organization(self.ctx.db, ident, version, **fields)

    def delete(self, ident: str, version) -> None:
        from qistdesk.services import directory

        directory.delete_organization(self.ctx.db, ident, version)

    def snapshot(self, ident: str, fields: dict):
        from qistdesk.services.editing import organization_members

        return organization_members(self.ctx.db, ident)

    def loss_text(self, ident: str, fields: dict) -> str:
        members = self.snapshot(ident, fields)
        return (tr("%n people of {name} will have no organisation (Undo gives it back).", None, len(members)).format(
            name=fields["name"]) if members else "")

    def restore(self, fields: dict, extra) -> None:
        from qistdesk.services import directory

        ident = self.create(fields)
        for person_id in extra or []:
            directory.update_person(self.ctx.db, person_id, None, organization_id=ident)
