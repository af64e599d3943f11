"""What one unit of work changed, row by row, so it can be taken back exactly (the app's Undo of an import).

One mechanism for every import (calendar files, CSV, JSON documents, replies),
not an inverse written per format: while a write unit of work is *recorded*,
the ORM's flush reports every row it inserts, updates or deletes (mapper
events, so rows removed as orphans of a collection count too). Before a row
is first updated or deleted its stored values are read; when the unit ends,
the stored values of every touched row are read again. The result, a
:class:`Changes`, holds per row (table, primary key) the whole row before and
after (``None``: the row did not exist). Rows that ended as they began drop out.

:func:`undo` and :func:`redo` apply it backwards or forwards in one transaction,
each with a version check as strict as it gets: every touched row must still
hold exactly the values the step left (or, for redo, found), otherwise nothing
is changed and :class:`ChangedSince` says which record moved. Whole rows are
written back, version counters and ``updated_at`` included, so after Undo the
database is what it was before the import, byte for byte in a dump.

Only ORM unit-of-work writes are seen; a bulk statement (``session.execute(update(…))``)
inside a recorded unit raises, so an import can never become silently
un-undoable.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Iterator

from sqlalchemy import Table, and_, event, select
from sqlalchemy.orm import Session

from qistdesk.domain import Base
from qistdesk.messages import N_, _
from qistdesk.services.errors import ServiceError
from qistdesk.store import Database

_KEY = "qistdesk.journal"

Row = dict[str, Any]


class ChangedSince(ServiceError):
    """A row the step touched holds other values now: undoing (or redoing) would overwrite someone's work."""


@dataclass
class Changes:
    """Per touched row: the table, its primary key, and the whole row before and after."""

    rows: dict[tuple[str, tuple], list[Row | None]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def count(self, table: str, how: str) -> int:
        """Rows of ``table`` that were ``"created"``, ``"changed"`` or ``"removed"``."""
        kinds = {"created": (False, True), "changed": (True, True), "removed": (True, False)}[how]
        return sum(1 for (t, _k), (b, a) in self.rows.items() if t == table and (b is not None, a is not None) == kinds)

    def ids(self, table: str, how: str = "created") -> list:
        kinds = {"created": (False, True), "changed": (True, True), "removed": (True, False)}[how]
        return [k[0] for (t, k), (b, a) in self.rows.items() if t == table and (b is not None, a is not None) == kinds]


# --- recording --------------------------------------------------------------------------------

def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _where(table: Table, key: tuple):
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key)))


def _read(connection, table: Table, key: tuple) -> Row | None:
    row = connection.execute(select(table).where(_where(table, key))).mappings().first()
    return dict(row) if row is not None else None


def _read_many(connection, table: Table, keys: list[tuple]) -> dict[tuple, Row]:
    pk = list(table.primary_key.columns)
    found: dict[tuple, Row] = {}
    if len(pk) == 1:
        for i in range(0, len(keys), 500):
            chunk = [k[0] for k in keys[i:i + 500]]
            for row in connection.execute(select(table).where(pk[0].in_(chunk))).mappings():
                found[(row[pk[0].key],)] = dict(row)
    else:
        for key in keys:
            row = _read(connection, table, key)
            if row is not None:
                found[key] = row
    return found


def _journal(target) -> Changes | None:
    session = Session.object_session(target)
    return session.info.get(_KEY) if session is not None else None


def _before_change(mapper, connection, target) -> None:
    changes = _journal(target)
    if changes is None:
        return
    from sqlalchemy import inspect

    key = tuple(inspect(target).identity or mapper.primary_key_from_instance(target))
    for table in mapper.tables:
        entry = (table.name, key)
        if entry not in changes.rows:
            changes.rows[entry] = [_read(connection, table, key), None]


def _before_flush(session, _context, _instances) -> None:
    """Read the stored rows of every changed or deleted object in one query per table (1,000 answers
    of an import: one SELECT, not 1,000); rows the flush touches beyond these (orphans) are read
    one by one in :func:`_before_change`."""
    changes = session.info.get(_KEY)
    if changes is None:
        return
    from sqlalchemy import inspect

    wanted: dict[str, list[tuple]] = {}
    for obj in list(session.dirty) + list(session.deleted):
        state = inspect(obj)
        if state.identity is None:
            continue
        for table in state.mapper.tables:
            if (table.name, tuple(state.identity)) not in changes.rows:
                wanted.setdefault(table.name, []).append(tuple(state.identity))
    connection = session.connection()
    for name, keys in wanted.items():
        found = _read_many(connection, _table(name), keys)
        for key in keys:
            changes.rows.setdefault((name, key), [found.get(key), None])


def _after_insert(mapper, connection, target) -> None:
    changes = _journal(target)
    if changes is None:
        return
    key = tuple(mapper.primary_key_from_instance(target))
    for table in mapper.tables:
        changes.rows.setdefault((table.name, key), [None, None])


def _refuse_bulk(orm_state) -> None:
    if _KEY in orm_state.session.info and (orm_state.is_insert or orm_state.is_update or orm_state.is_delete):
        raise RuntimeError("a bulk statement inside a recorded unit of work cannot be undone; "
                           "change the rows through the ORM")


_installed = False


def _install() -> None:
    global _installed
    if _installed:
        return
    event.listen(Base, "before_update", _before_change, propagate=True)
    event.listen(Base, "before_delete", _before_change, propagate=True)
    event.listen(Base, "after_insert", _after_insert, propagate=True)
    event.listen(Session, "do_orm_execute", _refuse_bulk)
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_transaction_create", _unit_begins)
    event.listen(Session, "before_commit", _unit_commits)
    event.listen(Session, "after_transaction_end", _unit_ends)
    _installed = True


def _current(connection, changes: Changes) -> Iterator[tuple[tuple[str, tuple], Row | None]]:
    """Each touched row's entry and its stored values now (None: it is not there), a query per table."""
    by_table: dict[str, list[tuple]] = {}
    for name, key in changes.rows:
        by_table.setdefault(name, []).append(key)
    for name, keys in by_table.items():
        now = _read_many(connection, _table(name), keys)
        for key in keys:
            yield (name, key), now.get(key)


def finish(session: Session, changes: Changes) -> None:
    """Read the touched rows as they are now and drop those that ended as they began."""
    session.flush()
    for entry, now in list(_current(session.connection(), changes)):
        changes.rows[entry][1] = now
    for entry in [e for e, (b, a) in changes.rows.items() if b == a]:
        del changes.rows[entry]


@contextmanager
def recording(session: Session) -> Iterator[Changes]:
    """Record what ``session`` writes inside the block (call it inside a write unit of work)."""
    _install()
    changes = Changes()
    session.info[_KEY] = changes
    try:
        yield changes
        finish(session, changes)
    finally:
        session.info.pop(_KEY, None)


@contextmanager
def recorded_write(db: Database, record: bool = True) -> Iterator[tuple[Session, Changes | None]]:
    """A write unit of work whose changes are recorded (``record=False``: a plain one, no cost)."""
    with db.write() as s:
        if not record:
            yield s, None
            return
        with recording(s) as changes:
            yield s, changes


_COLLECTOR = "qistdesk.journal.collector"
_collecting: ContextVar[Changes | None] = ContextVar("qistdesk_journal_collecting", default=None)


def _unit_begins(session, transaction) -> None:
    collector = _collecting.get()
    if collector is None or transaction.parent is not None or _KEY in session.info:
        return
    session.info[_KEY] = session.info[_COLLECTOR] = Changes()


def _unit_commits(session) -> None:
    mine = session.info.pop(_COLLECTOR, None)
    if mine is None:
        return
    collector = _collecting.get()
    if session.info.get(_KEY) is mine:
        finish(session, mine)
        session.info.pop(_KEY, None)
        if collector is not None:
            for entry, (before, after) in mine.rows.items():
                if entry in collector.rows:
                    collector.rows[entry][1] = after
                else:
                    collector.rows[entry] = [before, after]


def _unit_ends(session, transaction) -> None:
    if transaction.parent is None and _COLLECTOR in session.info:  # rolled back: nothing to keep
        if session.info.get(_KEY) is session.info.pop(_COLLECTOR):
            session.info.pop(_KEY, None)


@contextmanager
def collected(db: Database) -> Iterator[Changes]:
    """Record every write unit of work that commits inside the block as ONE :class:`Changes` (a user's
    decision that a service makes in several transactions, e.g. a new venue and then the event's times).

    When the block raises, what its units already committed is undone (the database is as before)
    and the error goes on.
    """
    _install()
    changes = Changes()
    token = _collecting.set(changes)
    try:
        yield changes
    except BaseException:
        _collecting.reset(token)
        token = None
        _drop_unchanged(changes)
        if changes:
            undo(db, changes)
        raise
    finally:
        if token is not None:
            _collecting.reset(token)
    _drop_unchanged(changes)


def _drop_unchanged(changes: Changes) -> None:
    for entry in [e for e, (b, a) in changes.rows.items() if b == a]:
        del changes.rows[entry]


# --- undo and redo ----------------------------------------------------------------------------

def undo(db: Database, changes: Changes) -> None:
    """Put every touched row back as it was before the step; one transaction."""
    _apply(db, changes, backwards=True)


def redo(db: Database, changes: Changes) -> None:
    """Make the step again, row for row (the same ids); one transaction."""
    _apply(db, changes, backwards=False)


def _apply(db: Database, changes: Changes, backwards: bool) -> None:
    expected = 1 if backwards else 0
    wanted = 0 if backwards else 1
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}  # parents before children
    with db.write() as s:
        connection = s.connection()
        for (name, key), now in _current(connection, changes):
            if now != changes.rows[(name, key)][expected]:
                raise ChangedSince(_("a record it touched ({what} {ident}) was changed elsewhere since; "
                                     "nothing was changed").format(what=_what(name), ident=str(key[0])[:8]))
        tables = sorted({name for name, _k in changes.rows}, key=lambda n: order.get(n, 0))

        def rows_of(name: str, kind: tuple[bool, bool]) -> list[tuple[tuple, Row | None]]:
            return [(k, r[wanted]) for (n, k), r in changes.rows.items()
                    if n == name and (r[expected] is not None, r[wanted] is not None) == kind]

        # One statement per table and kind (executemany): 1,000 answers undone in three statements.
        for name in tables:  # rows to bring back, parents first
            brought = [row for _k, row in rows_of(name, (False, True))]
            if brought:
                connection.execute(_table(name).insert(), brought)
        for name in tables:
            table = _table(name)
            changed = [{**_pk_params(k), **row} for k, row in rows_of(name, (True, True))]
            if changed:
                connection.execute(table.update().where(_pk_match(table)), changed)
        for name in reversed(tables):  # rows to remove, children first
            table = _table(name)
            gone = [_pk_params(k) for k, _row in rows_of(name, (True, False))]
            if gone:
                connection.execute(table.delete().where(_pk_match(table)), gone)


def _pk_params(key: tuple) -> dict[str, Any]:
    return {f"_pk{i}": v for i, v in enumerate(key)}


def _pk_match(table: Table):
    from sqlalchemy import bindparam

    return and_(*(c == bindparam(f"_pk{i}") for i, c in enumerate(table.primary_key.columns)))


#: How a table's row is named in a message, for the catalogue.
_WHAT = {"people": N_("person"), "organizations": N_("organisation"), "events": N_("event"), "venues": N_("venue"),
         "participations": N_("participant"), "series_dates": N_("series date"), "sessions": N_("session"),
         "invite_ledger": N_("ledger row"), "reply_reviews": N_("reply to review")}


def _what(table: str) -> str:
    return _(_WHAT[table]) if table in _WHAT else table
