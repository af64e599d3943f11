"""Backups and recovery for the CLI and the GUI: one call per user action.

The file work (VACUUM INTO, checksums, rotation, quick_check) lives in the store,
which is the only layer that knows about SQLite; this module names things the
way a user sees them and turns "where is my database" into a path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qistdesk.messages import _
from qistdesk.store import Database
from qistdesk.store import backup as store_backup
from qistdesk.store.backup import BackupError, BackupInfo
from qistdesk.store.backup_edit import restore_copy
from qistdesk.store.database import resolve_url, sqlite_file
from qistdesk.store.filecheck import DamagedDatabaseError, newest_good_backup

__all__ = ["BackupError", "BackupInfo", "DamagedDatabaseError", "RestoreResult", "database_file",
           "create_backup", "list_backups", "backups_folder", "restore_backup", "recovery_offer", "describe"]


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    backup: Path
    #: where the file that was replaced is kept (a pre-restore copy, or the damaged file)
    kept_at: Path | None


def database_file(target: Database | str | os.PathLike | None) -> Path:
    """The SQLite file behind a Database, a ``--db`` value or the default location."""
    if isinstance(target, Database):
        path = target.file
    else:
        path = sqlite_file(resolve_url(target))
    if path is None:
        raise BackupError(_("backups are for the local database file; a server database has its own backups"))
    return path


def create_backup(db: Database, output: str | os.PathLike | None = None) -> Path:
    """A manual copy, in the backups folder or at ``output``."""
    target = Path(output).expanduser() if output else None
    if target is not None and target.is_dir():
        raise BackupError(_("{target} is a folder; give a file name such as {example}").format(
            target=target, example=target / "qistdesk-copy.sqlite3"))
    return store_backup.make_backup(database_file(db), "manual", target=target)


def backups_folder(target: Database | str | os.PathLike | None) -> Path:
    return store_backup.backup_dir(database_file(target))


def list_backups(target: Database | str | os.PathLike | None, verify: bool = True) -> list[BackupInfo]:
    """Every copy in the backups folder, newest first, with its checksum status."""
    return store_backup.list_copies(database_file(target), verify=verify)


def restore_backup(target: Database | str | os.PathLike | None, backup_file: str | os.PathLike,
                   require_checksum: bool = True) -> RestoreResult:
    """Verify ``backup_file`` (hash and integrity), keep the current file aside, restore.

    With an open :class:`Database` the restored file is brought up to the current schema
    at once, so restoring a pre-migration copy leaves a usable database.
    """
    path = database_file(target)
    backup_file = Path(backup_file).expanduser()
    if not backup_file.exists():  # a name from `qistdesk backups`
        for folder in (store_backup.backup_dir(path), store_backup.legacy_backup_dir(path)):
            if (folder / backup_file.name).exists():
                backup_file = folder / backup_file.name
                break
    kept = restore_copy(path, backup_file, require_checksum)
    if isinstance(target, Database):
        from qistdesk.store.migrate import upgrade_if_needed

        target.engine.dispose()  # pooled connections may cache the old schema
        upgrade_if_needed(target)
    return RestoreResult(path, Path(backup_file), kept)


def recovery_offer(target: Database | str | os.PathLike | None) -> BackupInfo | None:
    """What to offer after a damaged file was moved aside: the newest verified copy."""
    return newest_good_backup(database_file(target))


def describe(info: BackupInfo) -> dict:
    """A row for lists (CLI table, Backups window)."""
    status = {"ok": "verified", "missing": "no checksum", "mismatch": "DAMAGED (hash differs)",
              "unchecked": "not checked"}[info.checksum]
    return {"created": info.created.astimezone().strftime("%Y-%m-%d %H:%M"), "kind": info.kind,
            "size": _size(info.size), "status": status, "file": info.path.name, "path": str(info.path)}


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover
