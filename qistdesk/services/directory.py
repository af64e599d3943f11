"""Organisations, people and venues: create, edit, delete, look up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from qistdesk.domain import Event, Exchange, Organization, Participation, Person, Venue
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
    with db.write() as s:
        return crud.create(s, Person, validate_person, _clean_person(fields), PERSON_FIELDS).id


def update_person(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    with db.write() as s:
        return crud.update(s, Person, validate_person, ident, _clean_person(fields), PERSON_FIELDS - {"id"},
                           expected_version).version


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
