"""Pieces of the Exchanges view: the exchange form, the milestone form, labels.

Kept apart from the view so each module stays readable; the view wires them.
"""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

from PySide6.QtWidgets import QCheckBox, QLineEdit

from qistdesk.domain.enums import MilestoneKind, Stage
from qistdesk.gui.widgets.forms import OptionalSpinBox, RecordForm, area_combo, combo, date_edit, text_edit
from qistdesk.gui.widgets.pickers import RecordPicker, organization_items, person_items
from qistdesk.gui.i18n import tr
from qistdesk.gui.locale_format import EnumLabels

STAGE_LABELS = EnumLabels(Stage)
STAGE_ORDER = {s: i for i, s in enumerate(Stage.values())}
DIRECTION_LABELS = {"US-DK": "US → DK", "DK-US": "DK → US"}


def person_name(row: dict) -> str:
    from qistdesk.domain.directory import display_name

    return display_name(row.get("given_name"), row.get("family_name"))


def today(zone: str | None = None) -> date:
    """Today (in ``zone`` when given), for overdue milestones and the dashboard.
    QISTDESK_TODAY=YYYY-MM-DD pins it (screenshots, demos of the 2027 programme); it changes
    nothing but what counts as upcoming or overdue on screen."""
    import os

    pinned = os.environ.get("QISTDESK_TODAY", "")
    try:
        if pinned:
            return date.fromisoformat(pinned)
    except ValueError:
        pass
    if zone:
        from qistdesk.timezones import UTC, utc_to_local

        return utc_to_local(datetime.now(UTC), zone).date()
    return date.today()


def due_text(due: date, done: bool, today: date) -> str:
    """'overdue 12 days', 'due today', 'due in 5 days', 'done'."""
    if done:
        return tr("done")
    days = (due - today).days
    if days < 0:
        return tr("overdue %n day(s)", None, -days)
    if days == 0:
        return tr("due today")
    return tr("due in %n day(s)", None, days)


def exchange_form(db, new: bool = False, ctx=None) -> RecordForm:
    from qistdesk.domain.validation import validate_exchange
    from qistdesk.services import queries

    def validate(values: dict) -> dict:
        values = dict(values)
        values.pop("with_default_milestones", None)
        values["funding_currency"] = (values.get("funding_currency") or "").upper()
        return validate_exchange(SimpleNamespace(**values))

    people = person_items(db)
    orgs = organization_items(db)
    programs = [(f"{p['name']} ({DIRECTION_LABELS.get(p['direction'], p['direction'])})", p["id"])
                for p in queries.list_programs(db)]
    form = RecordForm(validator=validate)
    form.add("person_id", tr("Participant"), RecordPicker(people, noun="person", placeholder=tr("Type part of a name…")),
             required=True)
    form.add("program_id", tr("Programme"), combo(programs, allow_empty=tr("— choose a programme —")), required=True)
    form.add("home_organization_id", tr("Home organisation"), RecordPicker(orgs, noun="organisation"))
    form.add("host_organization_id", tr("Host organisation"), RecordPicker(orgs, noun="organisation"))
    form.add("host_contact_id", tr("Host contact"), RecordPicker(people, noun="person"))
    form.add("start_date", tr("Start"), date_edit(), required=True)
    form.add("end_date", tr("End"), date_edit(), required=True)
    form.add("stage", tr("Stage"), combo([(STAGE_LABELS[s], s) for s in Stage.values()]))
    form.add("qist_area", tr("QIST area"), area_combo(), help=tr("For the joint committee's report"))
    form.add("housing", tr("Housing"), text_edit(2))
    form.add("funding", tr("Funding"), QLineEdit(), help=tr("Source of funding, e.g. a grant name"))
    form.add("funding_amount", tr("Amount"), OptionalSpinBox(100_000_000), help=tr("Whole currency units"))
    currency = QLineEdit()
    currency.setMaxLength(3)
    currency.setPlaceholderText(tr("DKK, USD, EUR"))
    form.add("funding_currency", tr("Currency"), currency)
    form.add("notes", tr("Notes"), text_edit(3))
    _home_follows_participant(db, form)
    if ctx is not None:  # a new participant, organisation or host contact without leaving the form
        from qistdesk.gui.quick_create import offer_new

        for key, kind, items in (("person_id", "person", person_items), ("home_organization_id", "organization",
                                 organization_items), ("host_organization_id", "organization", organization_items),
                                 ("host_contact_id", "person", person_items)):
            offer_new(form.editor(key), ctx, kind, lambda items=items: items(db), form)
    if new:
        box = QCheckBox(tr("Add the usual checklist (visa, insurance, housing, arrival, orientation, reports)"))
        box.setChecked(True)
        form.add("with_default_milestones", tr("Checklist"), box)
    return form


def _home_follows_participant(db, form: RecordForm) -> None:
    """Picking the participant fills in the home organisation (and so its country) from their
    organisation, unless one is already chosen."""
    from qistdesk.services.editing import fields_of

    person, home = form.editor("person_id"), form.editor("home_organization_id")

    def fill() -> None:
        ident = person.value()
        if getattr(form, "_loading", False) or not ident or home.text().strip():
            return
        try:
            org = fields_of(db, "person", ident).get("organization_id")
        except LookupError:
            return
        if org:
            home.set_value(org)

    person.changed.connect(fill)


def milestone_form() -> RecordForm:
    from qistdesk.domain.validation import validate_milestone

    form = RecordForm(validator=lambda v: validate_milestone(SimpleNamespace(**v)))
    form.add("title", tr("Milestone"), QLineEdit(), required=True)
    form.add("kind", tr("Kind"), combo([(m.label, m.value) for m in MilestoneKind]))
    form.add("due_date", tr("Due"), date_edit(), required=True)
    form.add("done", tr("Done"), QCheckBox(tr("Done")))
    form.add("notes", tr("Notes"), text_edit(2))
    return form
