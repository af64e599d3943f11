"""What went wrong with the file, named as what it is: full, read-only, busy, I/O, damaged.

Why: SQLite reports a full disk as "disk I/O error" when it cannot grow its shared-memory
file, a read-only folder as "unable to open database file", a lock as "database is locked
[SQL: BEGIN IMMEDIATE] …". Calling any of these "damaged" once moved a healthy file
aside and started an empty one. Only a failed integrity check (or SQLite's own CORRUPT /
NOTADB codes) means damage; everything else is the machine, and the message says which
part of it and that nothing was changed.

The messages never hold SQL parameters (the values a user typed: passport numbers,
diets): they name the file, the table and the field.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_CONSTRAINT, SQLITE_NOTADB, SQLITE_AUTH = 19, 26, 23

#: Below this many free bytes a failed write is called a full disk.
FULL_THRESHOLD = 1 << 20
NOTHING_CHANGED = "nothing was changed"

#: Called with a one-line message when a write starts waiting for a lock (CLI: stderr, GUI: status
#: bar). Here, not in ``database``, so the CLI can listen without loading SQLAlchemy.
lock_wait_listeners: list = []


class StorageError(OSError):
    """The machine (disk, folder, lock) stopped a step; the data is as it was.

    An ``OSError`` on purpose: every front end already shows those as one line.
    """


class DiskFullError(StorageError):
    pass


class ReadOnlyStorageError(StorageError, PermissionError):
    pass


class DatabaseBusyError(StorageError):
    pass


class DiskIOError(StorageError):
    pass


class ConstraintError(StorageError):
    """The database refused a row (unique, not null, foreign key); names table and field only."""


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (or of what it wraps), else None."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    if code is None and isinstance(inner, sqlite3.Error):
        return _code_from_text(str(inner))
    return None if code is None else code & 0xFF


def _code_from_text(text: str) -> int | None:
    lower = text.lower()
    for needle, code in (("disk is full", SQLITE_FULL), ("disk i/o error", SQLITE_IOERR),
                         ("readonly database", SQLITE_READONLY), ("unable to open", SQLITE_CANTOPEN),
                         ("database is locked", SQLITE_BUSY), ("malformed", SQLITE_CORRUPT),
                         ("not a database", SQLITE_NOTADB), ("constraint failed", SQLITE_CONSTRAINT)):
        if needle in lower:
            return code
    return None


def is_damage(exc: BaseException) -> bool:
    """True only for SQLite's own verdicts that the file's content is broken."""
    return sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def free_bytes(folder: Path) -> int | None:
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):  # pragma: no cover - Windows has no statvfs
        return None
    return stat.f_bavail * stat.f_frsize


def folder_writable(folder: Path) -> bool:
    """``access(W_OK)``: false on a read-only mount even for root, and for a folder without write permission."""
    return os.access(folder, os.W_OK)


def environment_reason(path: Path) -> str | None:
    """Why writing next to ``path`` fails, when the machine can tell: full, read-only, or None."""
    folder = Path(path).parent
    free = free_bytes(folder)
    if free is not None and free < FULL_THRESHOLD:
        return "full"
    if folder.exists() and not folder_writable(folder):
        return "read-only"
    return None


def describe_place(path: Path | None, reason: str) -> str:
    where = str(path) if path else "the database"
    if reason == "full":
        return f"the disk holding {where} is full: free space and try again; {NOTHING_CHANGED}"
    if reason == "read-only":
        return (f"cannot write to {where}: its folder is read-only (or you may not write there); "
                f"{NOTHING_CHANGED}")
    if reason == "denied":
        return f"no permission to use {where}; {NOTHING_CHANGED}"
    if reason == "file-read-only":
        return f"cannot write to {where}: the file is read-only; {NOTHING_CHANGED}"
    if reason == "busy":
        return (f"the database {where} is busy: another qistdesk window or attaché is still writing "
                f"(an import?); {NOTHING_CHANGED}, try again when it has finished")
    return (f"the disk holding {where} reported an input/output error; {NOTHING_CHANGED} and the file "
            "was left where it is. Check the disk (or cable, or network share) and try again")


def refuse_write(path: Path | None, reason: str) -> StorageError:
    """The error for a write to a database opened read-only for ``reason``."""
    cls = {"full": DiskFullError, "io": DiskIOError}.get(reason, ReadOnlyStorageError)
    return cls(describe_place(path, reason) + " (the database is open read-only)")


def translate_sqlite(exc: BaseException, path: Path | None) -> StorageError | None:
    """A one-line :class:`StorageError` for a SQLite failure, or None when it is not the machine's."""
    code = sqlite_code(exc)
    if code is None:
        return None
    if code == SQLITE_FULL:
        return DiskFullError(describe_place(path, "full"))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(describe_place(path, "busy"))
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH):
        reason = environment_reason(path) if path else None
        if reason is None and code == SQLITE_READONLY:
            reason = "file-read-only"
        if reason == "full":
            return DiskFullError(describe_place(path, reason))
        if reason in ("read-only", "file-read-only"):
            return ReadOnlyStorageError(describe_place(path, reason))
        return DiskIOError(describe_place(path, "io"))
    if code == SQLITE_CONSTRAINT:
        return ConstraintError(describe_constraint(str(getattr(exc, "orig", exc))))
    return None


_CONSTRAINT = re.compile(r"(UNIQUE|NOT NULL|CHECK) constraint failed: ([\w.]+(?:, [\w.]+)*)", re.I)


def describe_constraint(text: str) -> str:
    """Name the table and field a constraint protects; never the value."""
    match = _CONSTRAINT.search(text)
    if match:
        kind, fields = match.group(1).upper(), match.group(2)
        what = {"UNIQUE": "must be unique: another record already has this value",
                "NOT NULL": "must have a value", "CHECK": "holds a value the database does not allow"}[kind]
        return f"could not save: the field {fields} {what}; {NOTHING_CHANGED}"
    if "foreign key" in text.lower():
        return ("could not save: a record refers to another record that does not exist (or is still "
                f"referred to); {NOTHING_CHANGED}")
    return f"could not save: the database refused the record; {NOTHING_CHANGED}"


def translate_os_error(exc: OSError, path: Path | None = None) -> StorageError | None:
    """ENOSPC, EROFS, EACCES… on a file the app writes, as one truthful line."""
    where = Path(exc.filename) if getattr(exc, "filename", None) else path
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFullError(describe_place(where, "full"))
    if exc.errno == errno.EROFS:
        return ReadOnlyStorageError(describe_place(where, "read-only"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ReadOnlyStorageError(describe_place(where, "denied"))
    if exc.errno == errno.EIO:
        return DiskIOError(describe_place(where, "io"))
    return None


def safe_message(exc: BaseException) -> str:
    """The text of any database error without SQL, parameters or links (for messages and logs)."""
    if isinstance(exc, StorageError):
        return str(exc)
    translated = translate_sqlite(exc, None)
    if translated is not None:
        return str(translated)
    text = str(getattr(exc, "orig", None) or exc)
    for marker in ("\n[SQL:", "[SQL:", "[parameters:", "(Background on this error"):
        text = text.split(marker)[0]
    return " ".join(text.split()) or type(exc).__name__
