"""Raw field values of one record, for edit forms and for undoing a delete.

Detail queries (``records``) give what a reader wants (names, ISO times);
an edit form needs the stored values themselves (ids of references, dates,
the version the form was opened at), and undoing a delete needs everything
that the delete removes, so it can be created again with the same ids.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from qistdesk.domain import Exchange, ExchangeProgram, Milestone, Organization, Participation, Person, Venue
from qistdesk.services import crud
from qistdesk.store import Database

MODELS = {"organization": Organization, "person": Person, "venue": Venue, "exchange": Exchange,
          "program": ExchangeProgram,
          "milestone": Milestone}


def _columns(obj) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key != "updated_at"}


def fields_of(db: Database, kind: str, ident: str) -> dict[str, Any]:
    """Every stored column of a record (``id`` and ``version`` included)."""
    with db.read() as s:
        return _columns(crud.get(s, MODELS[kind], ident))


def person_links(db: Database, ident: str) -> dict[str, list[dict[str, Any]]]:
    """What deleting a person removes with them: their participations."""
    with db.read() as s:
        items = s.scalars(select(Participation).where(Participation.person_id == ident)).all()
        return {"participations": [_columns(p) for p in items]}


def organization_members(db: Database, ident: str) -> list[str]:
    """Ids of the people of an organisation (deleting it leaves them without one)."""
    with db.read() as s:
        return list(s.scalars(select(Person.id).where(Person.organization_id == ident)))


def exchange_milestones(db: Database, ident: str) -> list[dict[str, Any]]:
    with db.read() as s:
        items = s.scalars(select(Milestone).where(Milestone.exchange_id == ident)
                          .order_by(Milestone.due_date)).all()
        return [_columns(m) for m in items]
