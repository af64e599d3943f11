"""Import people (optionally onto an event's list) from CSV, and export people or participants.

One import is one transaction: the plan is made and applied inside the same write unit
of work, and any problem in any row raises :class:`CsvError` listing the lines before
anything is saved. Duplicates are found by normalised e-mail: rows of the same file are
merged into the first; a person already in the directory is reused and only empty fields
are filled ("merge"), or left untouched ("skip"). Values that differ from what is stored
are shown as conflicts, never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import func, select

from qistdesk.domain import SENSITIVE_PERSON_FIELDS, Event, Organization, Participation, Person
from qistdesk.domain.enums import Sector
from qistdesk.domain.validation import validate_organization, validate_person
from qistdesk.formats.csv_io.mapping import (PARTICIPATION_TARGETS, check_mapping, convert, normalise_email,
                                             split_name)
from qistdesk.formats.csv_io.reader import CsvError, Problem, Table
from qistdesk.formats.csv_io.writer import write_rows
from qistdesk.services import crud
from qistdesk.store import Database

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

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def describe(self) -> str:
        parts = [f"{self.count('new')} new", f"{self.count('update')} updated",
                 f"{self.count('existing')} already in the directory",
                 f"{self.count('merged')} duplicate row(s) merged"]
        if self.new_organizations:
            review = [o["name"] for o in self.new_organizations.values() if o["sector"] == Sector.TO_REVIEW]
            parts.append(f"{len(self.new_organizations)} new organisation(s)"
                         + (f" ({len(review)} with sector “to review”: {', '.join(review)})" if review else ""))
        if self.event_title:
            added = sum(1 for r in self.rows if r.participation.get("add"))
            parts.append(f"{added} added to {self.event_title!r}")
        return ", ".join(parts)


def preview_import(db: Database, table: Table, mapping: dict[str, str], event_id: str | None = None,
                   on_duplicate: str = "merge") -> ImportPlan:
    """What :func:`import_people` would do, with every problem; nothing is written."""
    with db.read() as s:
        return plan_import(s, table, mapping, event_id, on_duplicate)


def import_people(db: Database, table: Table, mapping: dict[str, str], event_id: str | None = None,
                  on_duplicate: str = "merge") -> ImportPlan:
    """Plan and apply in one transaction: every row, or nothing."""
    with db.write() as s:
        plan = plan_import(s, table, mapping, event_id, on_duplicate)
        if plan.problems:
            raise CsvError(plan.problems)
        _apply(s, plan, event_id)
        return plan


def plan_import(s, table: Table, mapping: dict[str, str], event_id: str | None, on_duplicate: str) -> ImportPlan:
    if on_duplicate not in ("merge", "skip"):
        raise CsvError(f"on_duplicate must be merge or skip, not {on_duplicate!r}")
    reasons = check_mapping(mapping, table.headers)
    if reasons:
        raise CsvError([Problem(None, None, r) for r in reasons])
    plan = ImportPlan()
    event = crud.get(s, Event, event_id) if event_id else None
    plan.event_title = event.title if event else ""
    column_of = {target: header for header, target in mapping.items() if target}
    known = {normalise_email(e): pid for pid, e in s.execute(select(Person.id, Person.email)) if e}
    orgs = {name.casefold(): oid for oid, name in s.execute(select(Organization.id, Organization.name))}
    listed = set(s.scalars(select(Participation.person_id).where(Participation.event_id == event.id))) \
        if event else set()
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
        if org_name and org_name.casefold() not in orgs and org_name.casefold() not in plan.new_organizations:
            problem = _plan_organization(plan, org_name, values)
            if problem:
                plan.problems.append(Problem(row.line, column_of["organization"], problem))
        if errors:
            continue
        key = normalise_email(person.get("email", ""))
        item = RowPlan(row.line, "new", " ".join(p for p in (person.get("given_name"), person.get("family_name"))
                                                  if p), person.get("email", ""), fields=person,
                       organization=org_name,
                       participation={k: values[k] for k in PARTICIPATION_TARGETS if values.get(k)})
        if key and key in first_line:
            first = first_line[key]
            _merge_row(first, item)
            item.action, item.merged_into = "merged", first.line
        elif key:
            first_line[key] = item
        plan.rows.append(item)
    # Second pass, after rows of the file were merged: compare with the directory.
    for item in plan.rows:
        if item.action == "merged":
            continue
        key = normalise_email(item.email)
        if key and key in known:
            item.person_id = known[key]
            _plan_existing(s, item, on_duplicate)
        if event is not None:
            item.participation["add"] = item.person_id is None or item.person_id not in listed
            if not item.participation["add"]:
                item.notes.append(f"already on the list of {event.title!r}")
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
            later.notes.append(f"{name}: kept {_shown(name, current)} from line {first.line}, "
                               f"not {_shown(name, value)}")
    if not first.organization:
        first.organization = later.organization
    for name, value in later.participation.items():
        first.participation.setdefault(name, value)


def _plan_existing(s, item: RowPlan, on_duplicate: str) -> None:
    person = s.get(Person, item.person_id)
    item.action = "existing"
    item.notes.append(f"same e-mail as {person.full_name or 'a person'} ({person.id[:8]})")
    if on_duplicate == "skip":
        item.fields = {}
        return
    changes = {}
    for name, value in item.fields.items():
        current = getattr(person, name)
        if value in (None, "", False) or value == current:
            continue
        if current in (None, "", False):
            changes[name] = value
        else:
            item.notes.append(f"{name}: kept {_shown(name, current)}, not {_shown(name, value)}")
    item.fields = changes
    if changes:
        item.action = "update"


def _shown(name: str, value) -> str:
    return "(hidden)" if name in SENSITIVE_PERSON_FIELDS else repr(value)


def _apply(s, plan: ImportPlan, event_id: str | None) -> None:
    org_ids = {name.casefold(): oid for oid, name in s.execute(select(Organization.id, Organization.name))}
    for key, fields in plan.new_organizations.items():
        org_ids[key] = crud.create(s, Organization, validate_organization, fields,
                                   crud.editable_columns(Organization)).id
    people: dict[int, Person] = {}
    for item in plan.rows:
        if item.action == "merged":
            continue
        person = s.get(Person, item.person_id) if item.person_id else Person()
        if item.person_id is None:
            crud.fill_defaults(person)
            s.add(person)
        for name, value in item.fields.items():
            setattr(person, name, value)
        if item.organization and (item.person_id is None or person.organization_id is None):
            person.organization_id = org_ids[item.organization.casefold()]
        people[item.line] = person
    s.flush()
    for item in plan.rows:
        if item.person_id is None and item.line in people:
            item.person_id = people[item.line].id
    if event_id:
        _add_participants(s, crud.get(s, Event, event_id), plan, people)


def _add_participants(s, event: Event, plan: ImportPlan, people: dict[int, Person]) -> None:
    """Same rules as adding one participant: past the capacity people join the waiting list."""
    seated = s.scalar(select(func.count()).select_from(Participation).where(
        Participation.event_id == event.id, Participation.invitation_status.not_in(("waitlisted", "declined"))))
    waiting = s.scalar(select(func.max(Participation.waitlist_position)).where(
        Participation.event_id == event.id)) or 0
    for item in plan.rows:
        if item.action == "merged" or not item.participation.get("add"):
            continue
        status = item.participation.get("invitation_status") or "not-invited"
        entry = Participation(event_id=event.id, person_id=people[item.line].id,
                              role=item.participation.get("role") or "attendee", invitation_status=status, notes="")
        if status not in ("waitlisted", "declined"):
            if event.capacity is not None and seated >= event.capacity:
                entry.invitation_status = "waitlisted"
            else:
                seated += 1
        if entry.invitation_status == "waitlisted":
            waiting += 1
            entry.waitlist_position = waiting
        s.add(entry)
    s.flush()


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


def export_people(db: Database, path, include_sensitive: bool = False, delimiter: str = ",",
                  listed_only: bool = False) -> int:
    columns = PEOPLE_COLUMNS + (SENSITIVE_COLUMNS if include_sensitive else [])
    with db.read() as s:
        query = (select(Person, Organization.name).outerjoin(Organization, Person.organization_id == Organization.id)
                 .order_by(Person.family_name, Person.given_name, Person.id))
        if listed_only:
            query = query.where(Person.consent_listed.is_(True))
        rows = [_person_row(p, org, columns) for p, org in s.execute(query)]
    return write_rows(path, [title for _, title in columns], rows, delimiter)


def export_participants(db: Database, path, event_id: str | None = None, include_sensitive: bool = False,
                        delimiter: str = ",", listed_only: bool = False) -> int:
    columns = PARTICIPANT_COLUMNS + PEOPLE_COLUMNS + (SENSITIVE_COLUMNS if include_sensitive else [])
    with db.read() as s:
        query = (select(Participation, Event, Person, Organization.name)
                 .join(Event, Participation.event_id == Event.id).join(Person, Participation.person_id == Person.id)
                 .outerjoin(Organization, Person.organization_id == Organization.id)
                 .order_by(Event.start_utc, Event.id, Person.family_name, Person.given_name, Person.id))
        if event_id:
            query = query.where(Event.id == crud.get(s, Event, event_id).id)
        if listed_only:
            query = query.where(Person.consent_listed.is_(True))
        rows = []
        for part, event, person, org in s.execute(query):
            extra = {"event": event.title, "event_start": event.start_utc.strftime("%Y-%m-%d %H:%M"),
                     "role": part.role, "invitation_status": part.invitation_status}
            rows.append(_person_row(person, org, columns, extra))
    return write_rows(path, [title for _, title in columns], rows, delimiter)


def _person_row(person: Person, org_name: str | None, columns, extra: dict | None = None) -> list:
    values = {"organization": org_name or "", **(extra or {})}
    return [values[key] if key in values else getattr(person, key) for key, _ in columns]
