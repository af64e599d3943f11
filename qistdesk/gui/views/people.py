"""People: the directory of stakeholders, and each person's page.

A person's page lists their events and exchanges (``person_activity``), each
a link to the record, with times in the event's zone and the other zone of
the programme. Sensitive fields (dietary, accessibility needs) are edited in
their own section and never shown in the list.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QCompleter, QLineEdit

from qistdesk.domain.collation import danish_sort_string
from qistdesk.domain.directory import display_name
from qistdesk.domain.enums import CareerStage, Sector
from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.forms import RecordForm, combo, enum_choices, text_edit
from qistdesk.gui.widgets.pickers import organization_picker
from qistdesk.gui.widgets.record_list_view import RecordListView, esc
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.zoned_time import both_zones_text

STAGE_LABELS = {m.value: m.label for m in CareerStage} | {"phd": "PhD", "early-career": "Early-career",
                                                          "mid-career": "Mid-career"}
SECTOR_LABELS = {m.value: m.label for m in Sector}


def sector_label(row: dict) -> str:
    """"Academia", "To review": the same words in every list, pick list and pane."""
    return SECTOR_LABELS.get(row.get("sector") or "", row.get("sector") or "")


def choice_label(enum_cls, value: str | None) -> str:
    """"Attendee", "Invited": the words the pick lists use, not the stored values."""
    return enum_cls(value).label if value in enum_cls.values() else (value or "")


COMMON_COUNTRIES = ["DK", "US", "SE", "NO", "DE", "NL", "GB", "FI", "FR", "CA", "CN", "JP", "IN", "GR", "UA", "EG"]


def full_name(row: dict) -> str:
    """The name as the person writes it (王芳, not "芳 王"): the domain's one rule."""
    return display_name(row.get("given_name"), row.get("family_name"))


class _CountryValidator(QRegularExpressionValidator):
    """Letters only, upper-cased as typed (in the validator: a setText would undo the completion)."""

    def __init__(self, parent=None):
        super().__init__(QRegularExpression("[A-Za-z]{0,2}"), parent)

    def validate(self, text: str, pos: int):
        state, _text, pos = super().validate(text, pos)
        return state, text.upper(), pos


def country_edit() -> QLineEdit:
    """Two-letter ISO country code, upper-cased as typed, with common codes offered."""
    edit = QLineEdit()
    edit.setMaxLength(2)
    edit.setPlaceholderText("DK, US, …")
    edit.setValidator(_CountryValidator(edit))
    completer = QCompleter(COMMON_COUNTRIES, edit)
    # Inline ("D" offers "DK", selected): a pop-up list took the next click (seen on Xvfb).
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit.setCompleter(completer)
    edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 10 + 30)
    return edit


def _country_follows_organisation(db, organisation, country: QLineEdit) -> None:
    """Picking the organisation fills an empty country with the organisation's."""
    from qistdesk.services import queries

    countries: dict[str, str] = {}

    def follow() -> None:
        ident = organisation.value()
        if not ident or country.text():
            return
        if ident not in countries:  # made a moment ago (its own "+"): read the directory again
            countries.update({r["id"]: r.get("country") or "" for r in queries.list_organizations(db)})
        if countries.get(ident):
            country.setText(countries[ident])

    organisation.changed.connect(follow)


def person_form(db) -> RecordForm:
    from qistdesk.domain.validation import validate_person

    def validate(values: dict) -> dict:
        values = dict(values, country=(values.get("country") or "").upper())
        return validate_person(SimpleNamespace(**values)) | _other_emails_problem(values.get("other_emails"))

    form = RecordForm(validator=validate)
    form.add("given_name", "Given name", QLineEdit(), required=True)
    form.add("family_name", "Family name", QLineEdit())
    form.add("email", "E-mail", QLineEdit(), help="Used for invites; checked offline")
    form.add("other_emails", tr("Other e-mails"), QLineEdit(),
             help=tr("Private or old addresses, separated by commas: a reply sent from one still reaches this person"))
    form.add("phone", "Phone", QLineEdit())
    form.add("organization_id", "Organisation", organization_picker(db),
             help="Type part of the organisation's name and pick it from the list")
    form.add("job_title", "Role", QLineEdit(), help="Job title or role, e.g. Professor, Programme officer")
    form.add("country", "Country", country_edit(), help="Two-letter code such as DK or US")
    _country_follows_organisation(db, form.editor("organization_id"), form.editor("country"))
    form.add("career_stage", "Career stage", combo(
        [(STAGE_LABELS[v], v) for _l, v in enum_choices(CareerStage)], allow_empty="—"))
    form.add("language", "Language", combo([("Dansk", "da"), ("English", "en")], allow_empty="By country"),
             help="Invites, reminders and packets for this person are written in it "
                  "(by country: Danish for DK, English elsewhere)")
    form.add("consent_listed", "Listed", QCheckBox("May appear on participant lists"))
    form.add("consent_photo", "Photos", QCheckBox("May be photographed"))
    form.add_section("Sensitive (never exported unless asked for)")
    form.add("dietary_needs", "Dietary needs", text_edit(2))
    form.add("accessibility_needs", "Accessibility needs", text_edit(2))
    form.add("notes", "Notes", text_edit(3))
    return form

def _other_emails_problem(text: str | None) -> dict[str, str]:
    from qistdesk.domain.validation import email_problem
    from qistdesk.services.directory import split_addresses

    for address in split_addresses(text):
        problem = email_problem(address)
        if problem:
            return {"other_emails": f"{address}: {problem}"}
    return {}


class PeopleView(RecordListView):
    KIND = "person"
    WHAT = "people"
    NOUN = "person"
    PLURAL = "people"
    FIELDS_KIND = "person"
    EMPTY = "No people yet — add a person, or load the demo programme to look around."
    ALSO_REFRESH_ON = ("organizations", "events", "exchanges")
    COLUMN_PRIORITY = {"organization": 1, "email": 2, "country": 3, "sector": 4, "career_stage": 5, "job_title": 6}

    def columns(self) -> list[Column]:
        return [
            Column("name", "Name", format=full_name,
                   sort_key=lambda r: (danish_sort_string(r["family_name"] or r["given_name"]),
                                       danish_sort_string(r["given_name"]))),
            Column("organization", "Organisation"),
            Column("sector", "Sector", format=sector_label),
            Column("country", "Country"),
            Column("career_stage", "Career stage",
                   format=lambda r: STAGE_LABELS.get(r["career_stage"] or "", r["career_stage"] or "")),
            Column("job_title", "Role"),
            Column("email", "E-mail"),
        ]

    def load_rows(self) -> list[dict]:
        from qistdesk.services import queries

        return queries.list_people(self.ctx.db)

    def label(self, fields: dict) -> str:
        return full_name(fields) or "person"

    # --- detail ---------------------------------------------------------------------------

    def detail_html(self, ident: str) -> str:
        from qistdesk.services.directory import person_activity
        from qistdesk.services.records import person_record

        p = person_record(self.ctx.db, ident)
        activity = person_activity(self.ctx.db, ident)
        org = p.get("organization")
        lines = [f"<h2>{esc(p['name'])}</h2>"]
        role = " at ".join(esc(x) for x in (p.get("job_title"), org["name"] if org else "") if x)
        if role:
            lines.append(f"<p>{role}</p>")
        facts = []
        if p.get("email"):
            facts.append(f"<a href='mailto:{esc(p['email'])}'>{esc(p['email'])}</a>")
        if p.get("other_emails"):
            facts.append(esc(tr("Also: {addresses}").format(addresses=", ".join(p["other_emails"]))))
        if p.get("phone"):
            facts.append(esc(p["phone"]))
        if p.get("country"):
            facts.append(f"Country: {esc(p['country'])}")
        if p.get("career_stage"):
            facts.append(f"Career stage: {esc(STAGE_LABELS.get(p['career_stage'], p['career_stage']))}")
        if org and org.get("sector"):
            facts.append(f"Sector: {esc(SECTOR_LABELS.get(org['sector'], org['sector']))}")
        facts.append("Listed on participant lists: " + ("yes" if p.get("consent_listed") else "no"))
        lines.append("<p>" + "<br>".join(facts) + "</p>")
        lines.append(f"<h3>Events ({len(activity['events'])})</h3>")
        if activity["events"]:
            lines.append("<ul>")
            for e in activity["events"]:
                view = "seminars" if e["kind"] == "seminar" else "conferences"
                when = e["start_utc"].astimezone().strftime("%d %b %Y") if e["start_utc"] else ""
                times = both_zones_text(e["start_utc"], e["timezone"]) if e["start_utc"] else ""
                lines.append(f"<li><a href='qistdesk://{view}/{e['id']}'>{esc(e['title'])}</a><br>"
                             f"<small>{esc(when)}, {esc(times)} · {esc(e['role'])}, "
                             f"{esc((e['invitation_status'] or '').replace('-', ' '))}</small></li>")
            lines.append("</ul>")
        else:
            lines.append("<p>Not taking part in any event yet.</p>")
        lines.append(f"<h3>Exchanges ({len(activity['exchanges'])})</h3>")
        if activity["exchanges"]:
            lines.append("<ul>")
            for x in activity["exchanges"]:
                lines.append(f"<li><a href='qistdesk://exchanges/{x['id']}'>{x['start_date']:%d %b %Y} – "
                             f"{x['end_date']:%d %b %Y}</a> · {esc(x['stage'].replace('-', ' '))}</li>")
            lines.append("</ul>")
        else:
            lines.append("<p>No exchanges.</p>")
        if p.get("notes"):
            lines.append(f"<h3>Notes</h3><p>{esc(p['notes'])}</p>")
        return "\n".join(lines)

    # --- form -----------------------------------------------------------------------------

    def build_form(self) -> RecordForm:
        from qistdesk.gui.quick_create import offer_nested

        form = person_form(self.ctx.db)
        offer_nested(form, self.ctx)  # a new organisation without leaving the person's form
        return form

    # --- services -------------------------------------------------------------------------

    def create(self, fields: dict) -> str:
        from qistdesk.services import directory

        return directory.create_person(self.ctx.db, **fields)

    def update(self, ident: str, version, fields: dict) -> int:
        from qistdesk.services import directory

        return directory.update_person(self.ctx.db, ident, version, **fields)

    def delete(self, ident: str, version) -> None:
        from qistdesk.services import directory

        directory.delete_person(self.ctx.db, ident, version)

    def snapshot(self, ident: str, fields: dict):
        from qistdesk.services.editing import person_links

        return person_links(self.ctx.db, ident)

    def loss_text(self, ident: str, fields: dict) -> str:
        links = self.snapshot(ident, fields)
        parts = [f"{len(links[key])} {label}" for key, label in (
            ("participations", "participant list(s)"), ("talks", "talk(s) in timetables"),
            ("chairs", "chaired session(s)"), ("series_dates", "seminar date(s) as speaker"),
            ("hosted", "exchange(s) as host contact")) if links.get(key)]
        if not parts:
            return ""
        return f"{self.label(fields)} is on {', '.join(parts)}; Undo puts all of it back."

    def restore(self, fields: dict, extra) -> None:
        from qistdesk.services.editing import restore_person

        restore_person(self.ctx.db, fields, extra)
