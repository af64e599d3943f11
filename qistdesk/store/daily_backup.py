"""The automatic daily copy: once per local calendar day, when the data changed since the last one.

Why its own module: opening a database asks it on every start (``store/opening.py``) and a plain
read asks whether one is due (``store/reading.py``); the copies themselves, their checks and their
rotation are :mod:`qistdesk.store.backup`. Only the standard library here, like that module, so a
plain read loads no SQLAlchemy.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from qistdesk.store.backup import is_file_target, source_file, connect_file, list_copies, make_backup, rotate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from qistdesk.store.database import Database


def fingerprint(path: Path) -> str | None:
    """A cheap summary of the data (row counts, versions, newest edit); None when empty.

    Comparing it with the newest daily copy tells whether data changed since, without
    hashing files (a checkpoint changes the file's bytes but not the data).
    """
    conn = connect_file(path, readonly=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        parts, rows = [], 0
        for table in tables:
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            terms = ["count(*)", "total(rowid)"]
            terms += [t for c, t in (("version", "total(version)"), ("updated_at", "max(updated_at)"),
                                     ("written_at", "max(written_at)")) if c in columns]
            values = conn.execute(f'SELECT {", ".join(terms)} FROM "{table}"').fetchone()
            rows += values[0]
            parts.append(f"{table}:{values!r}")
    finally:
        conn.close()
    if not rows:
        return None
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def maybe_daily_backup(db: Database | Path, now: datetime | None = None) -> Path | None:
    """Once per local calendar day, copy the database if its data changed since the last copy.

    Cheap when nothing is due: one directory listing. Returns the new copy, if any.
    """
    if not is_file_target(db) and (not db.is_sqlite or db.file is None):
        return None
    source = source_file(db)
    now = now or datetime.now(timezone.utc)
    if not daily_backup_due(source, now):
        return None
    made = make_backup(source, "daily", now=now)
    rotate(source)
    return made


def daily_backup_due(source: Path, now: datetime | None = None) -> bool:
    """True when :func:`maybe_daily_backup` would make a copy of ``source`` now: no daily copy
    yet today (local calendar day) and the data changed since the newest one. Only reads."""
    if not source.exists() or source.stat().st_size == 0:
        return False
    now = now or datetime.now(timezone.utc)
    dailies = [b for b in list_copies(source) if b.kind == "daily"]
    if dailies and dailies[0].created.astimezone().date() >= now.astimezone().date():
        return False
    current = fingerprint(source)
    if current is None:
        return False
    if dailies:
        try:
            if fingerprint(dailies[0].path) == current:
                return False
        except sqlite3.Error:
            pass  # an unreadable last copy is one more reason to make a new one
    return True
