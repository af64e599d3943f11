"""The invite ledger: which calendar version (METHOD, SEQUENCE) went to whom, and when.

The ledger decides what the next invite must be: the first REQUEST, an
update (SEQUENCE raised because time, place or title changed since the last
REQUEST), or a CANCEL to everyone who was sent a REQUEST. Writing the files
is the calendar module's job; this service only reads the history and
records a batch of sent files in one transaction.

The event's ``ical_sequence`` is bookkeeping, not something a user edits, so it
is set with a plain UPDATE that does not bump the row's version: a form open
on the event is not told "changed elsewhere" because invites went out.
"""

from __future__ import annotations

from qistdesk.domain.directory import display_name
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from qistdesk.domain import Event, InviteRecord, Participation, Person
from qistdesk.domain.enums import InvitationStatus
from qistdesk.services import crud
from qistdesk.store import Database


@dataclass
class LedgerState:
    """What went out so far for one event."""

    max_sequence: int = 0
    last_request_fingerprint: str | None = None
    requested: dict[str, str] = field(default_factory=dict)  # person_id -> email of REQUEST recipients
    cancelled_event: bool = False
    cancelled_dates: set[datetime] = field(default_factory=set)
    #: Dates of a series the recipients do not have: left out of the latest REQUEST (EXDATE), or
    #: cancelled by a CANCEL written after it.
    off_dates: set[datetime] = field(default_factory=set)

    @property
    def ever_sent(self) -> bool:
        return self.last_request_fingerprint is not None


def state(db: Database, event_id: str) -> LedgerState:
    with db.read() as s:
        event = crud.get(s, Event, event_id)
        return _state(s, event)


def _state(s, event: Event) -> LedgerState:
    st = LedgerState(max_sequence=event.ical_sequence or 0)
    rows = s.scalars(select(InviteRecord).where(InviteRecord.event_id == event.id)
                     .order_by(InviteRecord.written_at, InviteRecord.sequence)).all()
    last_request_at, excluded, cancels = None, set(), {}
    for r in rows:
        if r.method not in ("REQUEST", "CANCEL"):
            continue  # answers (REPLY, MANUAL) carry the sender's SEQUENCE, not ours
        st.max_sequence = max(st.max_sequence, r.sequence)
        if r.method == "REQUEST":
            st.last_request_fingerprint = r.fingerprint
            last_request_at = r.written_at
            excluded = {datetime.fromisoformat(t) for t in (r.excluded_utc or "").split()}
            if r.person_id:
                st.requested[r.person_id] = r.recipient_email
        elif r.method == "CANCEL":
            if r.recurrence_id_utc is None:
                st.cancelled_event = True
            else:
                st.cancelled_dates.add(r.recurrence_id_utc)
                cancels[r.recurrence_id_utc] = r.written_at
    st.off_dates = excluded | {d for d, at in cancels.items() if last_request_at is None or at > last_request_at}
    return st


def record(db: Database, event_id: str, rows: list[dict[str, Any]], sequence: int) -> int:
    """Store a batch of written invites and the event's new SEQUENCE, all or nothing.

    People who were ``not-invited`` become ``invited``. Returns the number of rows.
    """
    with db.write() as s:
        event = crud.get(s, Event, event_id)
        for row in rows:
            s.add(InviteRecord(event_id=event.id, **row))
        if sequence != event.ical_sequence:
            s.execute(update(Event).where(Event.id == event.id).values(ical_sequence=sequence)
                      .execution_options(synchronize_session=False))
        invited = {r["person_id"] for r in rows if r.get("person_id") and r["method"] == "REQUEST"}
        if invited:
            for p in s.scalars(select(Participation).where(Participation.event_id == event.id,
                                                           Participation.person_id.in_(invited))):
                if p.invitation_status == InvitationStatus.NOT_INVITED.value:
                    p.invitation_status = InvitationStatus.INVITED.value
        s.flush()
        return len(rows)


def ledger(db: Database, event_id: str) -> list[dict[str, Any]]:
    """The ledger of one event, newest first, with the recipient's name."""
    with db.read() as s:
        event = crud.get(s, Event, event_id)
        rows = s.execute(
            select(InviteRecord.id, InviteRecord.method, InviteRecord.sequence, InviteRecord.recipient_email,
                   InviteRecord.recurrence_id_utc, InviteRecord.written_at, InviteRecord.summary,
                   InviteRecord.file_name, InviteRecord.person_id, Person.given_name, Person.family_name)
            .outerjoin(Person, InviteRecord.person_id == Person.id)
            .where(InviteRecord.event_id == event.id)
            .order_by(InviteRecord.written_at.desc(), InviteRecord.sequence.desc(), InviteRecord.recipient_email))
        out = []
        for r in rows:
            d = dict(r._mapping)
            d["name"] = display_name(d.pop("given_name"), d.pop("family_name"))
            out.append(d)
        return out
