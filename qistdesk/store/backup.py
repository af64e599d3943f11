"""Copies of the database file made in one step (SQLite ``VACUUM INTO``).

Copying an open WAL database file loses what is still in ``-wal``; VACUUM INTO
writes a consistent, compact copy in one statement. Each copy gets its
SHA-256 beside it, because ``integrity_check`` checks structure, not data.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import text

from qistdesk.store.database import Database


def backup_dir(db: Database) -> Path:
    assert db.file is not None
    return db.file.parent / "backups"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_copy(db: Database, target: Path) -> Path:
    """Write a consistent copy of a SQLite database to ``target`` plus ``.sha256``."""
    if not db.is_sqlite or db.file is None:
        raise RuntimeError("file backups are for SQLite databases; use the server's own backups")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(target),))
    target.with_name(target.name + ".sha256").write_text(f"{sha256_of(target)}  {target.name}\n")
    return target


def backup_before_migration(db: Database, from_revision: str) -> Path | None:
    if not db.is_sqlite or db.file is None or not db.file.exists():
        return None
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{db.file.stem}-pre-migration-{from_revision}-{stamp}.sqlite3"
    return write_copy(db, backup_dir(db) / name)
