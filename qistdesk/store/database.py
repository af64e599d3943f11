"""Open a database by path or URL and hand out units of work.

SQLite write transactions begin with ``BEGIN IMMEDIATE``: a deferred BEGIN
that later writes fails at once with "database is locked" when another
process holds the lock, and the busy timeout does not help it. With IMMEDIATE
and a busy timeout the second writer simply waits its turn. Reads use a plain
BEGIN so they never block writers (WAL mode).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from qistdesk.store.early import SQLITE_BUSY_TIMEOUT_MS, default_database_path  # noqa: F401 - where they were
from qistdesk.store.faults import lock_wait_listeners  # noqa: F401 - where it was

#: One place for SQLite's settings.
SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    # Freed pages and cells are overwritten with zeros, whatever the system's SQLite was built with:
    # an erased person's name must not linger in free space (issue 20).
    "PRAGMA secure_delete=ON",
    f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
)

_WRITE = "qistdesk_write"

#: A write that waits for another writer's lock says so after this long ...
LOCK_NOTICE_AFTER_MS = 3_000
#: ... and gives up (nothing changed) after this long in all.
LOCK_GIVE_UP_MS = SQLITE_BUSY_TIMEOUT_MS


def resolve_url(target: str | os.PathLike | None) -> URL:
    """Turn ``--db`` (a path, a SQLAlchemy URL or nothing) into a URL."""
    if target is None or str(target) == "":
        target = default_database_path()
    text = str(target)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for memory databases and servers."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _install_sqlite_behaviour(engine: Engine, path: Path | None, read_only: str | None) -> None:
    from qistdesk.store.faults import translate_sqlite

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not pysqlite, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            if read_only and "journal_mode" in pragma:
                continue  # a read-only file keeps the mode it has
            cursor.execute(pragma)
        cursor.close()
        if path is not None and not read_only:
            _private_side_files(path)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get(_WRITE):
            if read_only:
                from qistdesk.store.faults import refuse_write

                raise refuse_write(path, read_only)
            _begin_immediate(conn.connection.dbapi_connection, path)
        else:
            conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _translate(context):
        # One truthful line, never SQL or its parameters (see store/faults.py).
        return translate_sqlite(context.original_exception, path)


def _begin_immediate(raw, path: Path | None) -> None:
    """BEGIN IMMEDIATE that says it is waiting after a few seconds, and gives up clearly."""
    from qistdesk.store.faults import SQLITE_BUSY, SQLITE_LOCKED, sqlite_code, translate_sqlite

    started = time.monotonic()
    wait_ms, told = LOCK_NOTICE_AFTER_MS, False
    try:
        while True:
            raw.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if sqlite_code(exc) not in (SQLITE_BUSY, SQLITE_LOCKED):
                    raise translate_sqlite(exc, path) or exc
                waited_ms = (time.monotonic() - started) * 1000
                if waited_ms >= LOCK_GIVE_UP_MS - 1:
                    raise translate_sqlite(exc, path) from None
                if not told:
                    told = True
                    where = path.name if path else "the database"
                    for listener in list(lock_wait_listeners):
                        listener(f"waiting for another qistdesk window or attaché to finish writing to "
                                 f"{where} (an import?) …")
                wait_ms = max(1, LOCK_GIVE_UP_MS - waited_ms)
    finally:
        raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def _private_side_files(path: Path) -> None:
    """-wal and -shm owner read-write like the file: a left-over 0400 -shm blocks every edit."""
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        try:
            if side.exists() and stat.S_IMODE(side.stat().st_mode) != 0o600:
                os.chmod(side, 0o600)
        except OSError:  # pragma: no cover - not ours to change; SQLite will say so on write
            pass


def _make_private(path: Path) -> None:
    """Create a new database file readable and writable by its owner only.

    An existing file loses group and other access but never gains write permission:
    a file someone made read-only is opened read-only (see filecheck.assess).
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except FileExistsError:  # another start-up made it between our look and our create: use theirs
            pass
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:  # a read-only folder or filesystem: not ours to change
        pass


class Database:
    """An open database: an engine plus read and write units of work."""

    def __init__(self, url: URL, engine: Engine):
        self.url = url
        self.engine = engine
        self._write_engine = engine.execution_options(**{_WRITE: True})
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        #: Warnings found when the file was opened (e.g. on a network drive), for the UI to show.
        self.notices: list[str] = []
        #: Why the file is open read-only ("full", "read-only", "file-read-only", "io"), or None.
        self.read_only: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def display_name(self) -> str:
        return str(self.file) if self.file else self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write unit of work: commits on success, rolls back on any error."""
        session = self._write()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        session = self._read()
        try:
            with session.begin():
                yield session
                session.rollback()
        finally:
            session.close()

    def rows(self, sql: str, params: dict | None = None) -> Iterator[tuple]:
        """The rows of one read query as tuples, streamed in one read unit. ``sql`` is written so
        both SQLite and PostgreSQL read it, with ``:name`` parameters: the same call reads a file
        without SQLAlchemy (:class:`~qistdesk.store.reading.FileReader`)."""
        from sqlalchemy import text

        with self.read() as session:
            yield from session.connection().execute(text(sql).execution_options(yield_per=5000), params or {})

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read unit that sees one consistent state of the whole database (for copies).

        SQLite's read transaction already is one snapshot; PostgreSQL's default (READ
        COMMITTED) takes a new one per statement, so ask for REPEATABLE READ there.
        """
        if self.is_sqlite:
            with self.read() as session:
                yield session
            return
        session = Session(bind=self.engine.execution_options(isolation_level="REPEATABLE READ"),
                          expire_on_commit=False)
        try:
            with session.begin():
                yield session
                session.rollback()
        finally:
            session.close()

    def check_writable(self, table: str) -> None:
        """Raise before anything is written elsewhere (files) when this database cannot take the
        write that should follow: a read-only file, or a server account without INSERT on ``table``."""
        if self.read_only:
            from qistdesk.store.faults import refuse_write

            raise refuse_write(self.file, self.read_only)
        if self.is_sqlite:
            return
        from sqlalchemy import text

        with self.engine.connect() as conn:
            allowed = conn.execute(text("SELECT has_table_privilege(:t, 'INSERT')"), {"t": table}).scalar()
            conn.rollback()
        if not allowed:
            from qistdesk.store.server import ReadOnlyError

            raise ReadOnlyError(f"read-only: the database account '{self.url.username or ''}' may read but not "
                                f"change data (no right to add to {table}); nothing was written")

    def scrub(self) -> bool:
        """Move the WAL into the file and truncate it, so old page images (an erased name) go.

        True when done; False when another reader kept some frames (they go at its next checkpoint).
        PostgreSQL and read-only files have nothing to do here.
        """
        if not self.is_sqlite or self.file is None or self.read_only:
            return True
        with self.engine.connect() as conn:
            busy, _log, _moved = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            conn.rollback()
        return not busy

    def close(self) -> None:
        self.engine.dispose()


def create_engine_for(url: URL, read_only: str | None = None, immutable: bool = False) -> Engine:
    """An engine; ``read_only`` (a reason) opens a SQLite file with ``mode=ro`` (and
    ``immutable=1`` when its folder cannot hold the -shm file and no WAL is pending)."""
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is not None and not read_only:
            try:
                _make_private(path)
            except OSError as exc:
                from qistdesk.store.faults import translate_os_error

                raise translate_os_error(exc, path) or exc from None
        args = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if read_only and path is not None:
            uri = path.as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
            engine = create_engine(url, hide_parameters=True,
                                   creator=lambda: sqlite3.connect(uri, uri=True, **args))
        else:
            engine = create_engine(url, hide_parameters=True, connect_args=args)
        _install_sqlite_behaviour(engine, path, read_only)
        return engine
    from qistdesk.store.server import connect_args, install_server_behaviour

    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args(url))
    install_server_behaviour(engine, url)
    return engine
