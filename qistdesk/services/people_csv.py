"""People from and to CSV: import (optionally onto an event's list) and export.

One import is one transaction: the plan is made and applied inside the same write unit
of work, and any problem in any row raises :class:`CsvError` listing the lines before
anything is saved. The format (``formats.csv_io``) reads the rows into a plan; here the
plan is compared with the directory: a person already in it (same normalised e-mail) is
reused and only empty fields are filled ("merge"), or left untouched ("skip"); values that
differ from what is stored are shown as conflicts, never overwritten. People go onto an
event's list through the one participation rule (``events.enlist``: waiting list past the
capacity, role and status checked).
"""

from __future__ import annotations

from sqlalchemy import select

from qistdesk.domain import Event, Organization, Participation, Person
from qistdesk.domain.validation import validate_organization
from qistdesk.formats.csv_io.mapping import normalise_email
from qistdesk.formats.csv_io.people import (PARTICIPANT_COLUMNS, PEOPLE_COLUMNS, SENSITIVE_COLUMNS, ImportPlan,
                                            RowPlan, person_row, plan_rows, shown)
from qistdesk.formats.csv_io.reader import CsvError, Table
from qistdesk.formats.csv_io.writer import write_rows
from qistdesk.services import crud
from qistdesk.services.events import enlist
from qistdesk.services.journal import recorded_write
from qistdesk.store import Database


def preview_import(db: Database, table: Table, mapping: dict[str, str], event_id: str | None = None,
                   on_duplicate: str = "merge") -> ImportPlan:
    """What :func:`import_people` would do, with every problem; nothing is written."""
    with db.read() as s:
        return plan_import(s, table, mapping, event_id, on_duplicate)


def import_people(db: Database, table: Table, mapping: dict[str, str], event_id: str | None = None,
                  on_duplicate: str = "merge", record: bool = False) -> ImportPlan:
    """Plan and apply in one transaction: every row, or nothing.

    ``record``: keep what was written in ``plan.changes`` (``services.journal``), for Undo.
    """
    with recorded_write(db, record) as (s, changes):
        plan = plan_import(s, table, mapping, event_id, on_duplicate)
        if plan.problems:
            raise CsvError(plan.problems)
        _apply(s, plan, event_id)
        plan.changes = changes
    return plan


def plan_import(s, table: Table, mapping: dict[str, str], event_id: str | None, on_duplicate: str) -> ImportPlan:
    event = crud.get(s, Event, event_id) if event_id else None
    orgs = {name.casefold() for name in s.scalars(select(Organization.name))}
    plan = plan_rows(table, mapping, orgs, on_duplicate)
    plan.event_title = event.title if event else ""
    known = {normalise_email(e): pid for pid, e in s.execute(select(Person.id, Person.email)) if e}
    listed = set(s.scalars(select(Participation.person_id).where(Participation.event_id == event.id))) \
        if event else set()
    # After rows of the file were merged: compare with the directory.
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
            item.notes.append(f"{name}: kept {shown(name, current)}, not {shown(name, value)}")
    item.fields = changes
    if changes:
        item.action = "update"


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
        event = crud.get(s, Event, event_id)
        for item in plan.rows:
            if item.action != "merged" and item.participation.get("add"):
                enlist(s, event, people[item.line], role=item.participation.get("role") or "attendee",
                       invitation_status=item.participation.get("invitation_status") or "not-invited")


def export_people(db: Database, path, include_sensitive: bool = False, delimiter: str = ",",
                  listed_only: bool = False) -> int:
    columns = PEOPLE_COLUMNS + (SENSITIVE_COLUMNS if include_sensitive else [])
    with db.read() as s:
        query = (select(Person, Organization.name).outerjoin(Organization, Person.organization_id == Organization.id)
                 .order_by(Person.family_name, Person.given_name, Person.id))
        if listed_only:
            query = query.where(Person.consent_listed.is_(True))
        rows = [person_row(p, org, columns) for p, org in s.execute(query)]
    return write_rows(path, [title for _, title in columns], rows, delimiter, private=include_sensitive)


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
            rows.append(person_row(person, org, columns, extra))
    return write_rows(path, [title for _, title in columns], rows, delimiter, private=include_sensitive)
