"""Delete an event and undo that delete: one transaction each, same ids, same calendar UID.

Deleting an event removes its series dates, sessions (with their speakers), participants
and invite-ledger lines with it (the foreign keys cascade). The delete returns a snapshot of
every one of those rows as stored; the undo writes them back verbatim in one transaction,
so the restored event keeps its id and its ``ical_uid``/``ical_sequence`` (invites sent
before still match it) and every dependent row keeps its id.

The dependent tables are found from the schema (every foreign key that cascades from
``events``, and on down), so a new kind of event detail is covered without code here.
References kept by ``SET NULL`` (a venue, an organiser) are put back only if the record
they pointed at still exists; a row that depends on a record deleted since (a participant
whose person was erased) is left out.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, insert, select

from qistdesk.domain import Base, Event
from qistdesk.services import crud
from qistdesk.services.errors import ConflictError
from qistdesk.store import Database

Snapshot = dict[str, list[dict[str, Any]]]


def _cascading_children(table: Table) -> list[tuple[Table, Any, Any]]:
    """(child table, its column, the parent column) for each foreign key that cascades from ``table``."""
    out = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and (fk.ondelete or "").upper() == "CASCADE":
                out.append((child, fk.parent, fk.column))
    return out


def _collect(s, table: Table, rows: list[dict], snapshot: Snapshot) -> None:
    for child, column, parent_column in _cascading_children(table):
        keys = [r[parent_column.key] for r in rows]
        if not keys:
            continue
        found = [dict(r._mapping) for r in s.execute(select(child).where(column.in_(keys)))]
        if found:
            snapshot.setdefault(child.name, []).extend(found)
            _collect(s, child, found, snapshot)


def delete_event(db: Database, ident: str, expected_version: int | None = None) -> Snapshot:
    """Delete the event (refused if it changed since ``expected_version``) and return everything the
    delete removed, for :func:`restore_event`; all in one transaction."""
    events = Event.__table__
    with db.write() as s:
        event = crud.get(s, Event, ident)
        crud.check_version(event, expected_version)
        snapshot: Snapshot = {events.name: [dict(s.execute(select(events).where(events.c.id == event.id)).one()._mapping)]}
        _collect(s, events, snapshot[events.name], snapshot)
        crud.delete(s, Event, event.id, expected_version)
    return snapshot


def restore_event(db: Database, snapshot: Snapshot) -> str:
    """Undo :func:`delete_event`: every row written back as it was, in one transaction. Returns the
    event's id (the same as before)."""
    events = Event.__table__
    event_id = snapshot[events.name][0]["id"]
    with db.write() as s:
        if s.get(Event, event_id) is not None:
            raise ConflictError("event", event_id)
        restored: dict[str, set] = {}
        for table in Base.metadata.sorted_tables:  # parents before children
            rows = [_fit(s, table, row, restored) for row in snapshot.get(table.name, [])]
            rows = [r for r in rows if r is not None]
            if rows:
                s.execute(insert(table), rows)
                pk = list(table.primary_key.columns)
                restored[table.name] = {tuple(r[c.key] for c in pk) if len(pk) > 1 else r[pk[0].key] for r in rows}
    return event_id


def _fit(s, table: Table, row: dict, restored: dict[str, set]) -> dict | None:
    """The row as it can go back now: a SET NULL reference to a record gone since becomes empty;
    a row whose required parent is gone is left out."""
    row = dict(row)
    for fk in table.foreign_keys:
        value = row.get(fk.parent.key)
        if value is None:
            continue
        target = fk.column.table
        if value in restored.get(target.name, ()):
            continue
        if s.execute(select(fk.column).where(fk.column == value)).first() is not None:
            continue
        if (fk.ondelete or "").upper() == "SET NULL":
            row[fk.parent.key] = None
        else:
            return None
    return row
