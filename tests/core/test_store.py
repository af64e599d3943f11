"""The store's SQLite behaviour: pragmas, IMMEDIATE writes, private file, URLs."""

import os
import stat
import sys

import pytest
from sqlalchemy import text

from qistdesk.store import open_database, resolve_url
from qistdesk.store.database import default_database_path


def test_pragmas_are_set(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_write_units_begin_immediate(db):
    """A write unit holds the write lock from its first statement (BEGIN IMMEDIATE); a read does not."""
    import sqlite3

    other = sqlite3.connect(db.file, timeout=0, isolation_level=None)
    try:
        with db.write() as s:
            s.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        with db.read() as s:
            s.execute(text("SELECT 1"))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_write_unit_rolls_back_on_error(db):
    from qistdesk.domain import Organization

    with pytest.raises(RuntimeError):
        with db.write() as s:
            s.add(Organization(name="X", sector="academia", country="DK"))
            s.flush()
            raise RuntimeError("boom")
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM organizations")) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_database_file_is_private(db_path):
    open_database(db_path).close()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_default_database_lives_in_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("QISTDESK_DATA_DIR", str(tmp_path / "data"))
    assert default_database_path() == tmp_path / "data" / "qistdesk.sqlite3"
    assert resolve_url(None).database == str(tmp_path / "data" / "qistdesk.sqlite3")


def test_paths_and_urls_are_both_accepted(tmp_path):
    assert resolve_url(str(tmp_path / "a.db")).get_backend_name() == "sqlite"
    assert resolve_url("postgresql+psycopg://u@h/db").get_backend_name() == "postgresql"
