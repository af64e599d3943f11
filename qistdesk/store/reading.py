"""Plain reads of a SQLite file through the standard library's ``sqlite3``, without SQLAlchemy.

Why: ``qistdesk list people --json`` on 100,000 people spent about 0.3 s importing SQLAlchemy
(and the models) and 0.25 s in its row handling, on top of SQLite's own 0.4 s (issue 19). A
read-only command that only streams rows gets a :class:`FileReader` from
:func:`open_for_reading` instead of a :class:`~qistdesk.store.database.Database`; both answer
``rows(sql, params)`` with plain tuples, so the service that writes the query and builds the
records is the same for both (e.g. ``services/directory_lists.py``).

A plain read is taken only when opening would do nothing more than read: the file is
writable, private and in WAL mode, its schema is :data:`~qistdesk.store.migrate.HEAD_REVISION`,
no daily copy is due, and it passes the same start-up check as ever (``filecheck``: damage
refused and moved aside, notices kept), awaited before the reader hands out a row. Anything
else (a server URL, a new, empty, read-only or old file, a copy to make) opens the database
the usual way, which migrates, makes the copy and so on. The file is opened with ``mode=ro``:
the listing cannot write to it (SQLite may leave an empty ``-wal`` and the ``-shm`` beside it,
which the next normal open removes).

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
    from collections.abc import Callable, Iterator

    from qistdesk.store.database import Database
    from qistdesk.store.filecheck import Assessment


class FileReader:
    """A SQLite database file open read-only for plain reads; ``rows`` as :meth:`Database.rows`.

    The file's check (``filecheck.verdict``, whose quick_check the CLI started on a thread at
    process start) is awaited after the first query's rows are fetched and before any is handed
    out, so SQLite reads while it checks (two cores: about 0.15 s of the 100,000-people list).
    Damage raises as ever; a file the check says must open read-only is then read through
    :func:`~qistdesk.store.opening.open_database` with that verdict, its notice added to
    :attr:`notices`.
    """

    is_sqlite = True

    def __init__(self, path: Path, notices: list[str], verdict: Callable[[], Assessment] | None = None,
                 conn: sqlite3.Connection | None = None):
        self.file = path
        #: Warnings found when the file was opened (as :attr:`Database.notices`).
        self.notices = notices
        self._verdict = verdict
        self._conn = conn
        self._db: Database | None = None

    @property
    def display_name(self) -> str:
        return str(self.file)

    def rows(self, sql: str, params: dict | None = None) -> Iterator[tuple]:
        """The rows of one query (SQL both SQLite and PostgreSQL read, ``:name`` parameters)."""
        if self._db is None:
            found, error = None, None
            try:
                found = self._connection().execute(sql, params or {}).fetchall()
            except sqlite3.Error as exc:
                error = exc
            if self._verdict is not None:
                self._finish_check()
            if self._db is None:
                if error is not None:  # as the engine's handler says it: one line, no SQL
                    from qistdesk.store.faults import StorageError, safe_message, translate_sqlite

                    raise translate_sqlite(error, self.file) or StorageError(safe_message(error)) from None
                yield from found
                return
        yield from self._db.rows(sql, params)

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect_read_only(self.file)
        return self._conn

    def _finish_check(self) -> None:
        """Await the file's verdict (connection closed: a damaged file is moved aside, not held)."""
        verdict, self._verdict = self._verdict, None
        self.close()
        checked = verdict()
        if checked.read_only:
            from qistdesk.store.opening import open_database

            self._db = open_database(self.file, checked=checked)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._db is not None:
            self._db.close()


def connect_read_only(path: Path) -> sqlite3.Connection:
    from qistdesk.store.early import SQLITE_BUSY_TIMEOUT_MS

    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None
    return conn


def open_for_reading(target: str | os.PathLike | None = None) -> FileReader | Database:
    """A :class:`FileReader` on ``target`` when a plain read is all opening it would do, else
    the database opened as :func:`~qistdesk.store.opening.open_database` opens it."""
    reader, checked = _plain(target)
    if reader is not None:
        return reader
    from qistdesk.store.opening import open_database

    return open_database(target, checked=checked)


def _plain(target) -> tuple[FileReader | None, Assessment | None]:
    """(the reader, None), or (None, the file's check if it was made) when opening must do more."""
    from qistdesk.store.early import local_file

    path = local_file(target)
    if path is None:
        return None, None  # a server (or a URL): SQLAlchemy's
    try:
        info = path.stat()
    except OSError:
        return None, None  # a new file, or one that cannot be looked at: opening says what to do
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0 or stat.S_IMODE(info.st_mode) & 0o077:
        return None, None  # empty (gets its schema), or readable by others (opening makes it private)
    from qistdesk.store import filecheck

    is_default = target is None or str(target) == ""
    found, complete = filecheck.first_look(path)
    if complete or found.read_only:
        # opening says why it is read-only, and refuses an upgrade
        return None, found if complete else filecheck.verdict(path, found, is_default)
    from qistdesk.store.backup import BackupError
    from qistdesk.store.daily_backup import daily_backup_due
    from qistdesk.store.migrate import HEAD_REVISION

    conn = None
    try:
        conn = connect_read_only(path)
        plain = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal" \
            and _revision(conn) == HEAD_REVISION and not daily_backup_due(path)
    except (sqlite3.Error, BackupError, OSError):
        plain = False  # whatever it is, opening the usual way reports it as ever
    if not plain:
        if conn is not None:
            conn.close()  # first: a damaged file is moved aside, not held open
        return None, filecheck.verdict(path, found, is_default)
    return FileReader(path, found.notices, lambda: filecheck.verdict(path, found, is_default), conn), None


def _revision(conn: sqlite3.Connection) -> str | None:
    found = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    if found.fetchone() is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
