"""Changing copies after they were made: restoring one over the database, and rewriting one
(purging an erased person from the backups).

Split from :mod:`qistdesk.store.backup`, which makes, checks, lists and rotates copies.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from qistdesk.store.backup import (BackupError, _private, checksum_path, connect_file, connect_readable,
                                   make_backup, verify_copy, write_checksum, write_copy)


def read_rows(path: Path, sql: str, params: tuple = ()) -> list[tuple] | None:
    """Rows of one query on a copy (read-only), or None when the copy cannot answer it."""
    try:
        conn = connect_readable(path)
    except sqlite3.Error:
        return None
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def rewrite_copy(path: Path, change) -> Path:
    """Apply ``change(Database)`` to a backup copy and put it back with a new SHA-256.

    For purging an erased person from backups. The change runs on a working copy at the current
    schema only (an older copy is refused, not migrated: it is kept to go back to that schema);
    the result is written with VACUUM INTO (no free pages left) and renamed over the copy.
    """
    from qistdesk.store.opening import open_database
    from qistdesk.store.migrate import HEAD_REVISION

    path = Path(path)
    revision = (read_rows(path, "SELECT version_num FROM alembic_version") or [("unknown",)])[0][0]
    if revision != HEAD_REVISION:
        raise BackupError(f"written at schema {revision}, not the current one, so not rewritten")
    work = path.with_name(path.name + ".purging")
    _remove_with_journals(work)
    try:
        write_copy(path, work)
        checksum_path(work).unlink(missing_ok=True)
        copy_db = open_database(work, migrate=False)
        try:
            change(copy_db)
        finally:
            copy_db.close()
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        conn = connect_file(work)
        try:
            conn.execute("VACUUM INTO ?", (str(partial),))
        finally:
            conn.close()
        _private(partial)
        os.replace(partial, path)
        write_checksum(path)
    finally:
        _remove_with_journals(work)
    return path


def _remove_with_journals(path: Path) -> None:
    for extra in ("", "-wal", "-shm", ".sha256"):
        Path(str(path) + extra).unlink(missing_ok=True)


# --- restore ----------------------------------------------------------------------------------

def restore_copy(target: Path, backup_file: Path, require_checksum: bool = True) -> Path | None:
    """Replace the database at ``target`` with ``backup_file``; return where the old file went.

    The backup is verified first (hash, integrity, schema). The current file is kept: a
    sound one as a ``pre-restore`` copy (listed and restorable like any backup), a damaged
    one moved aside as it is. A sound file is overwritten through SQLite's backup API in one
    step, so other open connections see the restored data rather than a deleted file.
    """
    from qistdesk.store.filecheck import move_aside, quick_check_problem

    target, backup_file = Path(target), Path(backup_file)
    verify_copy(backup_file, require_checksum)
    if target.resolve() == backup_file.resolve():
        raise BackupError("the backup and the database are the same file")
    aside = None
    if target.exists() and target.stat().st_size > 0:
        if quick_check_problem(target) is None:
            aside = make_backup(target, "pre-restore")
        else:
            aside = move_aside(target, "damaged")
    elif target.exists():
        target.unlink()  # an empty file holds nothing to keep
    if target.exists():
        src, dst = connect_file(backup_file, readonly=True), connect_file(target)
        try:
            src.backup(dst, pages=-1)
        except sqlite3.Error as exc:
            raise BackupError(f"could not restore into {target}: {exc}; the previous data is kept at "
                              f"{aside}") from None
        finally:
            src.close()
            dst.close()
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(backup_file.read_bytes())
        _private(partial)
        os.replace(partial, target)
    _private(target)
    return aside
