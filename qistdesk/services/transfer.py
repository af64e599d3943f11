"""Copy a whole database to an empty one (laptop → office server, or back), verified.

Why one transaction and a checksum: an office moving its data to the server
must end with either an exact copy or an untouched, empty target. Every table is
copied row for row (ids, version counters and time stamps kept) inside one write
unit of the target; before that unit commits, the target's content is read back
and compared with the source's, table by table (row count and a SHA-256 over the
rows). Any difference raises and rolls the whole copy back. After the commit the
copy is checked once more from a fresh connection.

The checksum does not depend on row order (the rows' own hashes are sorted), so
it is the same on SQLite and PostgreSQL whatever their collations. Values are
compared as Python sees them through the column types (aware UTC datetimes,
dates, booleans), which is what the app reads.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable

from sqlalchemy import Table, func, insert, inspect, select

from qistdesk.domain import Base
from qistdesk.services.errors import ServiceError
from qistdesk.store import Database, open_database
from qistdesk.store.database import resolve_url, sqlite_file
from qistdesk.store.migrate import upgrade_if_needed

BATCH = 5000

Progress = Callable[[str, int], None]


class TransferError(ServiceError):
    """The copy was refused or did not verify; the target is left as it was."""


@dataclass
class TransferReport:
    source: str
    target: str
    #: table name → rows copied
    counts: dict[str, int] = field(default_factory=dict)
    #: SHA-256 over the per-table digests; equal on both sides
    checksum: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def tables() -> list[Table]:
    """Every table of the app, parents before children (foreign keys)."""
    return list(Base.metadata.sorted_tables)


def _row_digest(row: Iterable) -> bytes:
    text = json.dumps([_plain(v) for v in row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).digest()


def _plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def table_digest(session, table: Table) -> tuple[int, str]:
    """(row count, SHA-256 of the sorted row hashes) of one table as the app reads it."""
    columns = sorted(table.columns, key=lambda c: c.name)
    hashes = sorted(_row_digest(r) for r in session.execute(select(*columns)).yield_per(BATCH))
    digest = hashlib.sha256(b"".join(hashes)).hexdigest()
    return len(hashes), digest


def content_digest(session) -> dict[str, tuple[int, str]]:
    return {t.name: table_digest(session, t) for t in tables()}


def combined(digests: dict[str, tuple[int, str]]) -> str:
    text = "\n".join(f"{name}:{n}:{d}" for name, (n, d) in sorted(digests.items()))
    return hashlib.sha256(text.encode()).hexdigest()


def database_checksum(db: Database) -> tuple[dict[str, int], str]:
    """Counts per table and one checksum of the whole content (for ``verify`` and tests)."""
    with db.snapshot() as s:
        digests = content_digest(s)
    return {name: n for name, (n, _) in digests.items()}, combined(digests)


def _same_place(a, b) -> bool:
    ua, ub = resolve_url(a), resolve_url(b)
    return ua.render_as_string(hide_password=True) == ub.render_as_string(hide_password=True)


def _open_source(source) -> Database:
    path = sqlite_file(resolve_url(source))
    if path is not None and not path.exists():
        raise TransferError(f"there is no database at {path}")
    return open_database(source)


def _open_empty_target(target) -> Database:
    """Open the target; refuse one holding other tables; create the schema if it has none."""
    db = open_database(target, migrate=False)
    try:
        names = set(inspect(db.engine).get_table_names())
        ours = {t.name for t in tables()} | {"alembic_version"}
        foreign = sorted(names - ours)
        if foreign:
            raise TransferError(f"{db.display_name} holds tables that are not qistdesk's "
                                f"({', '.join(foreign[:5])}); give an empty database")
        upgrade_if_needed(db)
    except BaseException:
        db.close()
        raise
    return db


def _refuse_data(session, where: str) -> None:
    held = {t.name: n for t in tables() if (n := session.scalar(select(func.count()).select_from(t)))}
    if held:
        listing = ", ".join(f"{n:,} {name}" for name, n in sorted(held.items()))
        raise TransferError(f"{where} already holds data ({listing}); migrate-to copies only into an empty "
                            f"database")


def copy_database(source: str | os.PathLike, target: str | os.PathLike,
                  progress: Progress | None = None) -> TransferReport:
    """Copy everything from ``source`` into the empty ``target`` (paths or URLs), all or nothing."""
    if _same_place(source, target):
        raise TransferError("the source and the target are the same database")
    src = _open_source(source)
    try:
        dst = _open_empty_target(target)
        try:
            return _copy(src, dst, progress)
        finally:
            dst.close()
    finally:
        src.close()


def _copy(src: Database, dst: Database, progress: Progress | None) -> TransferReport:
    report = TransferReport(src.display_name, dst.display_name)
    with src.snapshot() as rs:
        source_digests = content_digest(rs)
        with dst.write() as ws:
            _refuse_data(ws, dst.display_name)
            for table in tables():
                copied = 0
                result = rs.execute(select(table)).yield_per(BATCH)
                for batch in result.mappings().partitions():
                    ws.execute(insert(table), [dict(r) for r in batch])
                    copied += len(batch)
                    if progress:
                        progress(table.name, copied)
                report.counts[table.name] = copied
            ws.flush()
            copied_digests = content_digest(ws)
            _compare(source_digests, copied_digests, "before committing; nothing was written")
    report.checksum = combined(source_digests)
    with dst.snapshot() as check:
        _compare(source_digests, content_digest(check), "after committing; empty the target before retrying")
    return report


def _compare(expected: dict, actual: dict, when: str) -> None:
    for name, (n, digest) in expected.items():
        got_n, got_digest = actual.get(name, (0, ""))
        if got_n != n:
            raise TransferError(f"verification failed {when}: {name} has {got_n} rows in the target, "
                                f"{n} in the source")
        if got_digest != digest:
            raise TransferError(f"verification failed {when}: the content of {name} differs from the source")
