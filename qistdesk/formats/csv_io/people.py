"""People in CSV: rows of a table to a plan of people (and their place on an event's list),
and people to export rows. Pure translation: ``services.people_csv`` reads the database,
compares the plan with the directory, and writes it in one transaction.

Rows of the same file with the same normalised e-mail are merged into the first; values
that differ are noted, never silently taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from qistdesk.domain import SENSITIVE_PERSON_FIELDS, Person
from qistdesk.domain.directory import display_name
from qistdesk.domain.enums import Sector
from qistdesk.domain.validation import validate_organization, validate_person
from qistdesk.formats.csv_io.mapping import (PARTICIPATION_TARGETS, check_mapping, convert, normalise_email,
                                             split_name)
from qistdesk.formats.csv_io.reader import CsvError, Problem, Table
from qistdesk.messages import _, ngettext

PERSON_TARGETS = ("given_name", "family_name", "email", "phone", "job_title", "country", "career_stage",
                  "consent_listed", "consent_photo", "retention_until", "notes", *SENSITIVE_PERSON_FIELDS)


@dataclass
class RowPlan:
    line: int
    action: str  # "new", "update", "existing", "merged"
    name: str
    email: str
    person_id: str | None = None
    fields: dict = field(default_factory=dict)
    organization: str = ""
    participation: dict = field(default_factory=dict)
    merged_into: int | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_organizations: dict[str, dict] = field(default_factory=dict)
    event_title: str = ""
    #: What the import wrote, row by row, when it was recorded for Undo (``services.journal.Changes``).
    changes: object = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def describe(self) -> str:
        merged = self.count("merged")
        parts = [_("{n} new").format(n=self.count("new")), _("{n} updated").format(n=self.count("update")),
                 _("{n} already in the directory").format(n=self.count("existing")),
                 ngettext("{n} duplicate row(s) merged", "{n} duplicate row(s) merged", merged).format(n=merged)]
        if self.new_organizations:
            review = [o["name"] for o in self.new_organizations.values() if o["sector"] == Sector.TO_REVIEW]
            n = len(self.new_organizations)
            parts.append(ngettext("{n} new organisation(s)", "{n} new organisation(s)", n).format(n=n)
                         + (_(" ({n} with sector “to review”: {names})").format(n=len(review), names=", ".join(review))
                            if review else ""))
        if self.event_title:
            added = sum(1 for r in self.rows if r.participation.get("add"))
            parts.append(_("{n} added to {title}").format(n=added, title=repr(self.event_title)))
        return ", ".join(parts)


def plan_rows(table: Table, mapping: dict[str, str], organizations: set[str], on_duplicate: str = "merge") -> ImportPlan:
    """The rows of ``table`` read through ``mapping``: every value converted and checked, rows with the
    same e-mail merged, organisations not in ``organizations`` (casefolded names) planned as new."""
    if on_duplicate not in ("merge", "skip"):
        raise CsvError(f"on_duplicate must be merge or skip, not {on_duplicate!r}")
    reasons = check_mapping(mapping, table.headers)
    if reasons:
        raise CsvError([Problem(None, None, r) for r in reasons])
    plan = ImportPlan()
    column_of = {target: header for header, target in mapping.items() if target}
    first_line: dict[str, RowPlan] = {}  # normalised e-mail → first row with it
    for row in table.rows:
        values, bad = {}, False
        for header, target in mapping.items():
            if not target:
                continue
            try:
                values[target] = convert(target, row.values.get(header, ""))
            except ValueError as exc:
                plan.problems.append(Problem(row.line, header, str(exc)))
                bad = True
        if bad:
            continue
        if not any(v not in ("", None, False) for v in values.values()):
            continue
        if "full_name" in values:
            given, family = split_name(values.pop("full_name"))
            values.setdefault("given_name", given)
            values.setdefault("family_name", family)
        person = {k: v for k, v in values.items() if k in PERSON_TARGETS}
        errors = validate_person(SimpleNamespace(**{**_blank_person(), **person}))
        for name, message in errors.items():
            column = column_of.get(name) or column_of.get("full_name")
            if name == "given_name" and message == "is required":
                message = "no name given"
            plan.problems.append(Problem(row.line, column, message))
        org_name = " ".join(values.get("organization", "").split())
        if org_name and org_name.casefold() not in organizations and org_name.casefold() not in plan.new_organizations:
            problem = _plan_organization(plan, org_name, values)
            if problem:
                plan.problems.append(Problem(row.line, column_of["organization"], problem))
        if errors:
            continue
        key = normalise_email(person.get("email", ""))
        item = RowPlan(row.line, "new", display_name(person.get("given_name"), person.get("family_name")),
                       person.get("email", ""), fields=person,
                       organization=org_name,
                       participation={k: values[k] for k in PARTICIPATION_TARGETS if values.get(k)})
        if key and key in first_line:
            first = first_line[key]
            _merge_row(first, item)
            item.action, item.merged_into = "merged", first.line
        elif key:
            first_line[key] = item
        plan.rows.append(item)
    return plan


def _blank_person() -> dict:
    return {"given_name": "", "family_name": "", "email": "", "phone": "", "country": "", "career_stage": "",
            "date_of_birth": None}


def _plan_organization(plan: ImportPlan, name: str, values: dict) -> str | None:
    # A participant list names organisations, never their sector: a new one is created
    # "to review" (listed in the summary, found by that filter), never a reason to refuse the file.
    sector = values.get("sector", "") or Sector.TO_REVIEW.value
    country = values.get("country", "")
    org = SimpleNamespace(name=name, sector=sector, country=country, city="")
    errors = validate_organization(org)
    if errors:
        return f"cannot create organisation {name!r}: " + "; ".join(f"{k} {v}" for k, v in errors.items())
    plan.new_organizations[name.casefold()] = {"name": name, "sector": sector, "country": country}
    return None


def _merge_row(first: RowPlan, later: RowPlan) -> None:
    """Fill the first row's empty fields from a later row with the same e-mail."""
    for name, value in later.fields.items():
        current = first.fields.get(name)
        if current in (None, "", False) and value not in (None, "", False):
            first.fields[name] = value
        elif value not in (None, "", False) and value != current and name != "email":
            later.notes.append(f"{name}: kept {shown(name, current)} from line {first.line}, "
                               f"not {shown(name, value)}")
    if not first.organization:
        first.organization = later.organization
    for name, value in later.participation.items():
        first.participation.setdefault(name, value)


def shown(name: str, value) -> str:
    return "(hidden)" if name in SENSITIVE_PERSON_FIELDS else repr(value)


# --- export -----------------------------------------------------------------------------------

PEOPLE_COLUMNS = [("id", "Id"), ("given_name", "Given name"), ("family_name", "Family name"),
                  ("email", "E-mail"), ("phone", "Phone"), ("organization", "Organisation"),
                  ("job_title", "Job title"), ("country", "Country"), ("career_stage", "Career stage"),
                  ("consent_listed", "Consent to be listed"), ("consent_photo", "Consent to photos"),
                  ("retention_until", "Keep data until")]
SENSITIVE_COLUMNS = [("dietary_needs", "Dietary needs"), ("accessibility_needs", "Accessibility needs"),
                     ("passport_number", "Passport number"), ("date_of_birth", "Date of birth")]
PARTICIPANT_COLUMNS = [("event", "Event"), ("event_start", "Event start (UTC)"), ("role", "Role"),
                       ("invitation_status", "Invitation status")]


def person_row(person: Person, org_name: str | None, columns, extra: dict | None = None) -> list:
    values = {"organization": org_name or "", **(extra or {})}
    return [values[key] if key in values else getattr(person, key) for key, _label in columns]
