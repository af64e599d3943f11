"""Plain reads of a SQLite file through the standard library's ``sqlite3``, without SQLAlchemy.

Why: ``qistdesk list people --json`` on 100,000 people spent about 0.3 s importing SQLAlchemy
(and the models) and 0.25 s in its row handling, on top of SQLite's own 0.4 s (issue 19). A
read-only command that only streams rows gets a :class:`FileReader` from
:func:`open_for_reading` instead of a :class:`~qistdesk.store.database.Database`; both answer
``rows(sql, params)`` with plain tuples, so the service that writes the query and builds the
records is the same for both (e.g. ``services/people_list.py``).

A plain read is taken only when opening would do nothing more than read: the file passes the
same start-up check as ever (``filecheck.assess``: damage refused, notices kept), it is
writable, private and in WAL mode, its schema is :data:`~qistdesk.store.migrate.HEAD_REVISION`,
and no daily copy is due. Anything else (a server URL, a new, empty, read-only or old file, a
copy to make) opens the database the usual way, which migrates, makes the copy and so on. The
file is opened with ``mode=ro``: the listing cannot write to it.

Only the standard library and the light store modules here: importing this must not load
SQLAlchemy (tests/core/test_cli_imports.py).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

    from qistdesk.store.database import Database
    from qistdesk.store.filecheck import Assessment


class FileReader:
    """A SQLite database file open read-only for plain reads; ``rows`` as :meth:`Database.rows`."""

    is_sqlite = True

    def __init__(self, path: Path, conn: sqlite3.Connection, notices: list[str]):
        self.file = path
        self._conn = conn
        #: Warnings found when the file was opened (as :attr:`Database.notices`).
        self.notices = notices

    @property
    def display_name(self) -> str:
        return str(self.file)

    def rows(self, sql: str, params: dict | None = None) -> Iterator[tuple]:
        """The rows of one query (SQL both SQLite and PostgreSQL read, ``:name`` parameters)."""
        from qistdesk.store.faults import StorageError, safe_message, translate_sqlite

        try:
            yield from self._conn.execute(sql, params or {})
        except sqlite3.Error as exc:  # as the engine's handler says it: one line, no SQL
            raise translate_sqlite(exc, self.file) or StorageError(safe_message(exc)) from None

    def close(self) -> None:
        self._conn.close()


def open_for_reading(target: str | os.PathLike | None = None) -> FileReader | Database:
    """A :class:`FileReader` on ``target`` when a plain read is all opening it would do, else
    the database opened as :func:`~qistdesk.store.opening.open_database` opens it."""
    reader, checked = _plain(target)
    if reader is not None:
        return reader
    from qistdesk.store.opening import open_database

    return open_database(target, checked=checked)


def _plain(target) -> tuple[FileReader | None, Assessment | None]:
    """(the reader, the file's check), or (None, the check if it was made) when opening must do more."""
    from qistdesk.store.early import SQLITE_BUSY_TIMEOUT_MS, local_file

    path = local_file(target)
    if path is None:
        return None, None  # a server (or a URL): SQLAlchemy's
    try:
        info = path.stat()
    except OSError:
        return None, None  # a new file, or one that cannot be looked at: opening says what to do
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0 or stat.S_IMODE(info.st_mode) & 0o077:
        return None, None  # empty (gets its schema), or readable by others (opening makes it private)
    from qistdesk.store.filecheck import assess

    checked = assess(path, is_default=target is None or str(target) == "")
    if checked.read_only:
        return None, checked  # opening says why it is read-only and refuses an upgrade
    from qistdesk.store.backup import BackupError, daily_backup_due
    from qistdesk.store.migrate import HEAD_REVISION

    conn = None
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        conn.isolation_level = None
        plain = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal" \
            and _revision(conn) == HEAD_REVISION and not daily_backup_due(path)
    except (sqlite3.Error, BackupError, OSError):
        plain = False  # whatever it is, opening the usual way reports it as ever
    if not plain:
        if conn is not None:
            conn.close()
        return None, checked
    return FileReader(path, conn, checked.notices), checked


def _revision(conn: sqlite3.Connection) -> str | None:
    found = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    if found.fetchone() is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
