"""Organisations, people and venues: create, edit, delete, look up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from qistdesk.domain import Event, Exchange, Organization, Participation, Person, PersonEmail, Venue, utcnow
from qistdesk.domain.validation import validate_organization, validate_person, validate_venue
from qistdesk.messages import ngettext
from qistdesk.services import crud
from qistdesk.services.errors import InUseError
from qistdesk.store import Database

ORG_FIELDS = crud.editable_columns(Organization)
PERSON_FIELDS = crud.editable_columns(Person)
VENUE_FIELDS = crud.editable_columns(Venue)


def _clean_person(fields: dict[str, Any]) -> dict[str, Any]:
    fields = dict(fields)
    if "email" in fields and isinstance(fields["email"], str):
        fields["email"] = fields["email"].strip()
    for key in ("country",):
        if isinstance(fields.get(key), str):
            fields[key] = fields[key].strip().upper()
    return fields


def create_organization(db: Database, **fields) -> str:
    if isinstance(fields.get("country"), str):
        fields["country"] = fields["country"].strip().upper()
    with db.write() as s:
        return crud.create(s, Organization, validate_organization, fields, ORG_FIELDS).id


def update_organization(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    with db.write() as s:
        return crud.update(s, Organization, validate_organization, ident, fields, ORG_FIELDS - {"id"},
                           expected_version).version


def delete_organization(db: Database, ident: str, expected_version: int | None = None) -> None:
    with db.write() as s:
        org = crud.get(s, Organization, ident)
        used = s.scalar(select(func.count()).select_from(Exchange).where(
            or_(Exchange.home_organization_id == org.id, Exchange.host_organization_id == org.id)))
        if used:
            raise InUseError(ngettext("{name} is the home or host of {n} exchange; change it first",
                                      "{name} is the home or host of {n} exchanges; change those first",
                                      used).format(name=org.name, n=used))
        crud.delete(s, Organization, org.id, expected_version)


def create_person(db: Database, **fields) -> str:
    """A new person; ``other_emails`` (text or a list) are their other addresses."""
    others = fields.pop("other_emails", None)
    with db.write() as s:
        person = crud.create(s, Person, validate_person, _clean_person(fields), PERSON_FIELDS)
        if others:
            set_other_emails(s, person, others)
        return person.id


def update_person(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    others = fields.pop("other_emails", None)
    with db.write() as s:
        person = crud.update(s, Person, validate_person, ident, _clean_person(fields), PERSON_FIELDS - {"id"},
                             expected_version)
        if others is not None and set_other_emails(s, person, others):
            person.updated_at = utcnow()  # a new version: another window's form of this person is stale
            s.flush()
        return person.version


def split_addresses(value: str | list[str] | None) -> list[str]:
    """"a@x.dk, b@y.com; c@z.org" (or a list) → the addresses, lower case, each once, in order."""
    import re

    items = value if isinstance(value, (list, tuple)) else re.split(r"[\s,;]+", value or "")
    return list(dict.fromkeys(a.strip().lower() for a in items if a and a.strip()))


def other_emails(s, person_id: str) -> list[str]:
    return list(s.scalars(select(PersonEmail.email).where(PersonEmail.person_id == person_id)
                          .order_by(PersonEmail.email)))


def set_other_emails(s, person: Person, value: str | list[str]) -> bool:
    """Make ``value`` the person's other addresses (their main one left out); True when that changed anything.

    Each is checked offline; one that belongs to someone else is refused with their name.
    """
    from qistdesk.domain.validation import ValidationError, email_problem

    wanted = [a for a in split_addresses(value) if a != (person.email or "").strip().lower()]
    for address in wanted:
        problem = email_problem(address)
        if problem:
            raise ValidationError({"other_emails": f"{address}: {problem}"}, "person")
        owner = s.scalar(select(Person).outerjoin(PersonEmail, PersonEmail.person_id == Person.id)
                         .where(or_(PersonEmail.email == address, func.lower(Person.email) == address),
                                Person.id != person.id).limit(1))
        if owner is not None:
            raise ValidationError({"other_emails": f"{address} is already an address of {owner.full_name}"}, "person")
    rows = {r.email: r for r in s.scalars(select(PersonEmail).where(PersonEmail.person_id == person.id))}
    if set(rows) == set(wanted):
        return False
    for address, row in rows.items():
        if address not in wanted:
            s.delete(row)
    s.flush()
    for address in wanted:
        if address not in rows:
            s.add(PersonEmail(person_id=person.id, email=address))
    s.flush()
    return True


def delete_person(db: Database, ident: str, expected_version: int | None = None) -> None:
    with db.write() as s:
        person = crud.get(s, Person, ident)
        crud.refuse_if_used(s, Exchange.person_id, person.id,
                            lambda n: ngettext("{name} takes part in {n} exchange; delete it first",
                                               "{name} takes part in {n} exchanges; delete those first",
                                               n).format(name=person.full_name, n=n))
        crud.delete(s, Person, person.id, expected_version)


def create_venue(db: Database, **fields) -> str:
    with db.write() as s:
        return crud.create(s, Venue, validate_venue, fields, VENUE_FIELDS).id


def update_venue(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    with db.write() as s:
        return crud.update(s, Venue, validate_venue, ident, fields, VENUE_FIELDS - {"id"}, expected_version).version


def delete_venue(db: Database, ident: str, expected_version: int | None = None) -> None:
    with db.write() as s:
        crud.delete(s, Venue, ident, expected_version)


def person_activity(db: Database, ident: str) -> dict[str, list[dict]]:
    """The events and exchanges a person takes part in (for their page)."""
    with db.read() as s:
        person = crud.get(s, Person, ident)
        events = s.execute(
            select(Event.id, Event.kind, Event.title, Event.start_utc, Event.timezone,
                   Participation.role, Participation.invitation_status)
            .join(Participation, Participation.event_id == Event.id)
            .where(Participation.person_id == person.id).order_by(Event.start_utc)).all()
        exchanges = s.execute(
            select(Exchange.id, Exchange.start_date, Exchange.end_date, Exchange.stage)
            .where(Exchange.person_id == person.id).order_by(Exchange.start_date)).all()
        return {
            "events": [dict(r._mapping) for r in events],
            "exchanges": [dict(r._mapping) for r in exchanges],
        }
