"""Raw field values of one record, for edit forms and for undoing a delete.

Detail queries (``records``) give what a reader wants (names, ISO times);
an edit form needs the stored values themselves (ids of references, dates,
the version the form was opened at), and undoing a delete needs everything
that the delete removes, so it can be created again with the same ids.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, InviteRecord, Milestone,
                             Organization, Participation, Person, SeriesDate, SessionSpeaker, Venue)
from qistdesk.services import crud
from qistdesk.store import Database

MODELS = {"organization": Organization, "person": Person, "venue": Venue, "exchange": Exchange,
          "program": ExchangeProgram,
          "milestone": Milestone}


def _columns(obj) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key != "updated_at"}


def fields_of(db: Database, kind: str, ident: str) -> dict[str, Any]:
    """Every stored column of a record (``id`` and ``version`` included); a person's other
    addresses too (``other_emails``, one text: "a@x.dk, b@y.com")."""
    with db.read() as s:
        fields = _columns(crud.get(s, MODELS[kind], ident))
        if kind == "person":
            from qistdesk.services.directory import other_emails

            fields["other_emails"] = ", ".join(other_emails(s, fields["id"]))
        return fields


def person_links(db: Database, ident: str) -> dict[str, list[Any]]:
    """Everything deleting a person removes or empties: participations, talks, chairs, a series
    date's speaker, events they organise, exchanges they host, their lines in the invite ledger."""
    with db.read() as s:
        def ids(model, column) -> list[str]:
            return list(s.scalars(select(model.id).where(column == ident)))

        return {
            "participations": [_columns(p) for p in
                               s.scalars(select(Participation).where(Participation.person_id == ident))],
            "talks": [{"session_id": t.session_id, "position": t.position} for t in
                      s.scalars(select(SessionSpeaker).where(SessionSpeaker.person_id == ident))],
            "chairs": ids(ConferenceSession, ConferenceSession.chair_id),
            "series_dates": ids(SeriesDate, SeriesDate.speaker_id),
            "organized": ids(Event, Event.organizer_id),
            "hosted": ids(Exchange, Exchange.host_contact_id),
            "invites": ids(InviteRecord, InviteRecord.person_id),
        }


def restore_person(db: Database, fields: dict[str, Any], links: dict[str, list[Any]] | None) -> str:
    """Undo a delete: the person again, with the same id, and every link :func:`person_links` saw,
    in one transaction. Links to records deleted meanwhile are left out."""
    from qistdesk.domain.validation import validate_person
    from qistdesk.services.directory import PERSON_FIELDS

    links = links or {}
    with db.write() as s:
        person = crud.create(s, Person, validate_person, {k: v for k, v in fields.items() if k in PERSON_FIELDS},
                             PERSON_FIELDS)
        if fields.get("other_emails"):
            from qistdesk.services.directory import set_other_emails

            set_other_emails(s, person, fields["other_emails"])
        for cols in links.get("participations", []):
            if s.get(Event, cols["event_id"]) is not None:
                s.add(Participation(**{k: v for k, v in cols.items() if k != "version"}))
        for talk in links.get("talks", []):
            if s.get(ConferenceSession, talk["session_id"]) is not None:
                s.add(SessionSpeaker(session_id=talk["session_id"], person_id=person.id, position=talk["position"]))
        for model, column, key in ((ConferenceSession, "chair_id", "chairs"), (SeriesDate, "speaker_id", "series_dates"),
                                   (Event, "organizer_id", "organized"), (Exchange, "host_contact_id", "hosted"),
                                   (InviteRecord, "person_id", "invites")):
            ident_list = links.get(key, [])
            if ident_list:
                s.execute(update(model).where(model.id.in_(ident_list), getattr(model, column).is_(None))
                          .values({column: person.id}).execution_options(synchronize_session=False))
        s.flush()
        return person.id


def organization_members(db: Database, ident: str) -> list[str]:
    """Ids of the people of an organisation (deleting it leaves them without one)."""
    with db.read() as s:
        return list(s.scalars(select(Person.id).where(Person.organization_id == ident)))


def exchange_milestones(db: Database, ident: str) -> list[dict[str, Any]]:
    with db.read() as s:
        items = s.scalars(select(Milestone).where(Milestone.exchange_id == ident)
                          .order_by(Milestone.due_date)).all()
        return [_columns(m) for m in items]
