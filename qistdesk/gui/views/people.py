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
from qistdesk.gui.widgets.forms import RecordForm, combo, enum_choices, text_edit
from qistdesk.gui.widgets.pickers import organization_picker
from qistdesk.gui.widgets.record_list_view import RecordListView, esc
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.zoned_time import both_zones_text
from qistdesk.domain.enums import InvitationStatus, Role, Stage
from qistdesk.gui import locale_format
from qistdesk.gui.locale_format import label_of as enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.locale_format import EnumLabels
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.timezones import utc_to_local

STAGE_LABELS = EnumLabels(CareerStage)
SECTOR_LABELS = EnumLabels(Sector)


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
    edit.setPlaceholderText(tr("DK, US, …"))
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
    form.add("given_name", tr("Given name"), QLineEdit(), required=True)
    form.add("family_name", tr("Family name"), QLineEdit())
    form.add("email", tr("E-mail"), QLineEdit(), help=tr("Used for invites; checked offline"))
    form.add("other_emails", tr("Other e-mails"), QLineEdit(),
             help=tr("Private or old addresses, separated by commas: a reply sent from one still reaches this person"))
    form.add("phone", tr("Phone"), QLineEdit())
    form.add("organization_id", tr("Organisation"), organization_picker(db),
             help=tr("Type part of the organisation's name and pick it from the list"))
    form.add("job_title", tr("Role"), QLineEdit(), help=tr("Job title or role, e.g. Professor, Programme officer"))
    form.add("country", tr("Country"), country_edit(), help=tr("Two-letter code such as DK or US"))
    _country_follows_organisation(db, form.editor("organization_id"), form.editor("country"))
    form.add("career_stage", tr("Career stage"), combo(
        [(STAGE_LABELS[v], v) for _l, v in enum_choices(CareerStage)], allow_empty="—"))
    form.add("language", tr("Language"), combo([("Dansk", "da"), ("English", "en")], allow_empty=tr("By country")),
             help=tr("Invites, reminders and packets for this person are written in it "
                     "(by country: Danish for DK, English elsewhere)"))
    form.add("consent_listed", tr("Listed"), QCheckBox(tr("May appear on participant lists")))
    form.add("consent_photo", tr("Photos"), QCheckBox(tr("May be photographed")))
    form.add_section(tr("Sensitive (never exported unless asked for)"))
    form.add("dietary_needs", tr("Dietary needs"), text_edit(2))
    form.add("accessibility_needs", tr("Accessibility needs"), text_edit(2))
    form.add("notes", tr("Notes"), text_edit(3))
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
    NOUN = QT_TR_NOOP("person")
    PLURAL = QT_TR_NOOP("people")
    NEW_TEXT = QT_TR_NOOP("New person…")
    DETAILS_NAME = QT_TR_NOOP("Person details")
    HINT = QT_TR_NOOP("Select a person to see the details here.")
    FIELDS_KIND = "person"
    EMPTY = QT_TR_NOOP("No people yet — add a person, or load the demo programme to look around.")
    ALSO_REFRESH_ON = ("organizations", "events", "exchanges")
    COLUMN_PRIORITY = {"organization": 1, "email": 2, "country": 3, "sector": 4, "career_stage": 5, "job_title": 6}

    def columns(self) -> list[Column]:
        return [
            Column("name", tr("Name"), format=full_name,
                   sort_key=lambda r: (danish_sort_string(r["family_name"] or r["given_name"]),
                                       danish_sort_string(r["given_name"]))),
            Column("organization", tr("Organisation")),
            Column("sector", tr("Sector"), format=sector_label),
            Column("country", tr("Country")),
            Column("career_stage", tr("Career stage"),
                   format=lambda r: STAGE_LABELS.get(r["career_stage"] or "", r["career_stage"] or "")),
            Column("job_title", tr("Role")),
            Column("email", tr("E-mail")),
        ]

    def load_rows(self) -> list[dict]:
        from qistdesk.services import queries

        return queries.list_people(self.ctx.db)

    def label(self, fields: dict) -> str:
        return full_name(fields) or tr("person")

    # --- detail ---------------------------------------------------------------------------

    def detail_html(self, ident: str) -> str:
        from qistdesk.services.directory import person_activity
        from qistdesk.services.records import person_record

        p = person_record(self.ctx.db, ident)
        activity = person_activity(self.ctx.db, ident)
        org = p.get("organization")
        lines = [f"<h2>{esc(p['name'])}</h2>"]
        role = tr(" at ").join(esc(x) for x in (p.get("job_title"), org["name"] if org else "") if x)
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
            facts.append(tr("Country: {code}").format(code=esc(p["country"])))
        if p.get("career_stage"):
            facts.append(tr("Career stage: {stage}").format(stage=esc(STAGE_LABELS.get(p["career_stage"], p["career_stage"]))))
        if org and org.get("sector"):
            facts.append(tr("Sector: {sector}").format(sector=esc(SECTOR_LABELS.get(org["sector"], org["sector"]))))
        facts.append(tr("Listed on participant lists: yes") if p.get("consent_listed")
                     else tr("Listed on participant lists: no"))
        lines.append("<p>" + "<br>".join(facts) + "</p>")
        lines.append("<h3>" + tr("Events ({count})").format(count=len(activity["events"])) + "</h3>")
        if activity["events"]:
            lines.append("<ul>")
            for e in activity["events"]:
                view = "seminars" if e["kind"] == "seminar" else "conferences"
                when = locale_format.date_words(utc_to_local(e["start_utc"], e["timezone"])) if e["start_utc"] else ""
                times = both_zones_text(e["start_utc"], e["timezone"]) if e["start_utc"] else ""
                lines.append(f"<li><a href='qistdesk://{view}/{e['id']}'>{esc(e['title'])}</a><br>"
                             f"<small>{esc(when)}, {esc(times)} · {esc(enum_label_of(Role, e['role']))}, "
                             f"{esc(enum_label_of(InvitationStatus, e['invitation_status']))}</small></li>")
            lines.append("</ul>")
        else:
            lines.append("<p>" + tr("Not taking part in any event yet.") + "</p>")
        lines.append("<h3>" + tr("Exchanges ({count})").format(count=len(activity["exchanges"])) + "</h3>")
        if activity["exchanges"]:
            lines.append("<ul>")
            for x in activity["exchanges"]:
                lines.append(f"<li><a href='qistdesk://exchanges/{x['id']}'>{locale_format.date_words(x['start_date'])} – "
                             f"{locale_format.date_words(x['end_date'])}</a> · "
                             f"{esc(enum_label_of(Stage, x['stage']))}</li>")
            lines.append("</ul>")
        else:
            lines.append("<p>" + tr("No exchanges.") + "</p>")
        if p.get("notes"):
            lines.append("<h3>" + tr("Notes") + f"</h3><p>{esc(p['notes'])}</p>")
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
        labels = {"participations": lambda n: tr("%n participant list(s)", None, n),
                  "talks": lambda n: tr("%n talk(s) in timetables", None, n),
                  "chairs": lambda n: tr("%n chaired session(s)", None, n),
                  "series_dates": lambda n: tr("%n seminar date(s) as speaker", None, n),
                  "hosted": lambda n: tr("%n exchange(s) as host contact", None, n)}
        parts = [label(len(links[key])) for key, label in labels.items() if links.get(key)]
        if not parts:
            return ""
        return tr("{name} is on {what}; Undo puts all of it back.").format(name=self.label(fields),
                                                                            what=", ".join(parts))

    def restore(self, fields: dict, extra) -> None:
        from qistdesk.services.editing import restore_person

        restore_person(self.ctx.db, fields, extra)
