"""Open a database by path or URL and hand out units of work.

SQLite write transactions begin with ``BEGIN IMMEDIATE``: a deferred BEGIN
that later writes fails at once with "database is locked" when another
process holds the lock, and the busy timeout does not help it. With IMMEDIATE
and a busy timeout the second writer simply waits its turn. Reads use a plain
BEGIN so they never block writers (WAL mode).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

#: One place for SQLite's settings.
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
)

_WRITE = "qistdesk_write"


def default_database_path() -> Path:
    """The default SQLite file in the platform's user data folder."""
    override = os.environ.get("QISTDESK_DATA_DIR")
    if override:
        base = Path(override)
    else:
        from platformdirs import user_data_path

        base = user_data_path("qistdesk", appauthor=False)
    return base / "qistdesk.sqlite3"


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


def _install_sqlite_behaviour(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not pysqlite, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get(_WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def _make_private(path: Path) -> None:
    """Create the database file readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        os.chmod(path, 0o600)
    except OSError:  # pragma: no cover - e.g. a filesystem without modes
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

    def close(self) -> None:
        self.engine.dispose()


def create_engine_for(url: URL) -> Engine:
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is not None:
            _make_private(path)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                                                  "check_same_thread": False})
        _install_sqlite_behaviour(engine)
        return engine
    from qistdesk.store.server import connect_args, install_server_behaviour

    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args(url))
    install_server_behaviour(engine, url)
    return engine


def open_database(target: str | os.PathLike | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at ``target``."""
    url = resolve_url(target)
    notices: list[str] = []
    path = sqlite_file(url)
    if path is not None:
        # Damaged files are moved aside (never deleted) and reported with the newest good backup.
        from qistdesk.store.filecheck import check_before_open

        notices = check_before_open(path, is_default=target is None or str(target) == "")
    engine = create_engine_for(url)
    db = Database(url, engine)
    db.notices = notices
    if migrate:
        from qistdesk.store.migrate import upgrade_if_needed

        upgrade_if_needed(db)
        _daily_backup(db)
    return db


def _daily_backup(db: Database) -> None:
    """At most one automatic copy a day, and only when data changed; never stops start-up."""
    if db.file is None:
        return
    import sqlite3

    from qistdesk.store.backup import BackupError, maybe_daily_backup

    try:
        maybe_daily_backup(db)
    except (BackupError, OSError, sqlite3.Error) as exc:
        db.notices.append(f"the daily backup could not be made: {exc}")
