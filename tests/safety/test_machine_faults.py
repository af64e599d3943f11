"""When the machine misbehaves (issue 20): a full disk, a read-only folder or file, a lock,
a newer schema. The file stays where it is, reading keeps working, messages tell the truth
and hold none of the values being written.

Real faults where the machine allows (a small tmpfs, remounted read-only: needs root, as in
CI); the same paths are also driven by injected errors, which run everywhere.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from qistdesk.services.directory import update_person
from qistdesk.store import backup as store_backup
from qistdesk.store import open_database
from qistdesk.store.faults import DiskFullError, StorageError

from .conftest import PASSPORT, dump_digest
from .conftest import run_cli as _cli
from .conftest import seed_person as _seed

def _mount_tmpfs(where: Path, size: str = "8m") -> None:
    where.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a real full disk / read-only mount needs root on Linux; the injected-error tests cover it")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); the injected-error tests cover it")


@pytest.fixture
def mount(tmp_path):
    where = tmp_path / "mnt"
    _mount_tmpfs(where)
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(folder: Path) -> None:
    for name, block in (("filler", 65536), ("filler2", 512)):  # then the last partial block too
        with open(folder / name, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC


def _reading_commands_work(capsys, path: Path, outside: Path) -> None:
    for argv in (("check",), ("list", "people"), ("export", "json", "-o", outside / "all.json"),
                 ("backup", "-o", outside / "copy.sqlite3"), ("backups",)):
        rc, out, err = _cli(capsys, path, *argv)
        assert rc == 0, (argv, err)
        assert "damaged" not in err and "Traceback" not in err
    assert "Søren" in (outside / "all.json").read_text(encoding="utf-8")
    assert store_backup.checksum_status(outside / "copy.sqlite3") == "ok"


def _nothing_moved(path: Path) -> None:
    assert path.exists()
    assert not [p for p in path.parent.iterdir() if "-damaged-" in p.name]


def test_full_disk_keeps_the_file_and_reading_works(mount, tmp_path, capsys):
    path = mount / "office.sqlite3"
    pid = _seed(path)
    before = dump_digest(path)
    _fill(mount)
    rc, out, err = _cli(capsys, path, "list", "people")
    assert rc == 0 and "Søren" in out and "is full" in err and "read-only" in err
    _reading_commands_work(capsys, path, tmp_path)
    rc, out, err = _cli(capsys, path, "erase-person", pid)
    last = err.strip().splitlines()[-1]  # after the read-only notice
    assert rc == 1 and last.startswith("qistdesk: error:") and "is full" in last and "nothing was changed" in last
    assert "damaged" not in err and PASSPORT not in err and "Søren" not in err
    _nothing_moved(path)
    for filler in mount.glob("filler*"):
        filler.unlink()
    assert dump_digest(path) == before
    rc, out, _ = _cli(capsys, path, "list", "people")  # space is back: the same data, writable again
    assert rc == 0 and "Søren" in out


def test_read_only_folder_keeps_the_file_and_reading_works(mount, tmp_path, capsys):
    path = mount / "office.sqlite3"
    pid = _seed(path)
    before = dump_digest(path)
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    rc, out, err = _cli(capsys, path, "list", "people")
    assert rc == 0 and "Søren" in out and "read-only" in err
    _reading_commands_work(capsys, path, tmp_path)
    rc, _, err = _cli(capsys, path, "erase-person", pid)
    assert rc == 1 and "read-only" in err and "damaged" not in err and PASSPORT not in err
    rc, _, err = _cli(capsys, mount / "new.sqlite3", "list", "people")  # nothing can be created there
    assert rc == 1 and "read-only" in err and not (mount / "new.sqlite3").exists()
    _nothing_moved(path)
    subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
    assert dump_digest(path) == before


def test_failed_write_on_a_full_disk_names_no_value(mount, capsys):
    """The database is open (its -shm exists) when the disk fills: the write fails, the message
    says the disk is full and holds none of the values written."""
    path = mount / "office.sqlite3"
    pid = _seed(path)
    db = open_database(path)
    try:
        with db.read() as s:  # keep -shm alive
            pass
        _fill(mount)
        with pytest.raises(StorageError) as caught:
            update_person(db, pid, notes="x" * 2_000_000, passport_number="NEW-PASS-123")
        text = str(caught.value)
        assert "is full" in text and "NEW-PASS-123" not in text and "xxxx" not in text and "[SQL" not in text
    finally:
        db.close()
    _nothing_moved(path)


# --- the same paths, with injected errors (run everywhere) ------------------------------------

def _limit_pages(db) -> None:
    """SQLite's own "database or disk is full" at the next page it needs (max_page_count)."""
    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    db.engine.dispose()


def test_injected_full_database_error_names_no_value(db_path, capsys):
    pid = _seed(db_path)
    db = open_database(db_path)
    try:
        _limit_pages(db)
        with pytest.raises(DiskFullError) as caught:
            update_person(db, pid, notes="secret diary " * 5000, dietary_needs="NEW DIET vegan")
        text = str(caught.value)
        assert "is full" in text and "nothing was changed" in text
        assert "secret diary" not in text and "NEW DIET" not in text and "[SQL" not in text
    finally:
        db.close()


def test_injected_io_error_at_start_opens_read_only_and_moves_nothing(db_path, monkeypatch, capsys):
    """quick_check fails with "disk I/O error" (what a full disk gives): not damage."""
    from qistdesk.store import filecheck

    _seed(db_path)
    before = dump_digest(db_path)
    real = filecheck._quick_check

    def failing(path, uri_flags=""):
        if not uri_flags:
            err = sqlite3.OperationalError("disk I/O error")
            err.sqlite_errorcode, err.sqlite_errorname = 4874, "SQLITE_IOERR_SHMSIZE"
            return None, err
        return real(path, uri_flags)

    monkeypatch.setattr(filecheck, "_quick_check", failing)
    monkeypatch.setattr("qistdesk.store.faults.free_bytes", lambda folder: 0)
    db = open_database(db_path)
    try:
        assert db.read_only == "full" and "is full" in db.notices[0]
        with pytest.raises(DiskFullError):
            update_person(db, _first_person(db), notes="x")
    finally:
        db.close()
    _nothing_moved(db_path)
    assert dump_digest(db_path) == before


def _first_person(db) -> str:
    from qistdesk.services.queries import list_people

    return list_people(db)[0]["id"]


def test_injected_enospc_while_backing_up_says_full(db_path, monkeypatch, tmp_path, capsys):
    _seed(db_path)
    real_replace = os.replace

    def no_space(src, dst):
        if str(src).endswith(".partial"):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", no_space)
    rc, _, err = _cli(capsys, db_path, "backup", "-o", tmp_path / "c.sqlite3")
    last = err.strip().splitlines()[-1]  # (the daily backup found the disk full too, and said so)
    assert rc == 1 and last.startswith("qistdesk: error:") and "is full" in last and "damaged" not in err


def test_injected_read_only_folder_for_a_new_database(tmp_path, monkeypatch, capsys):
    real_open = os.open

    def refuse(path, flags, *args):
        if str(path).endswith("new.sqlite3") and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    rc, _, err = _cli(capsys, tmp_path / "new.sqlite3", "list", "people")
    assert rc == 1 and "read-only" in err and err.count("\n") == 1


def test_an_empty_database_never_replaces_one_moved_aside(db_path, capsys):
    from .test_backups import _damage

    _seed(db_path)
    _damage(db_path)
    rc, _, err = _cli(capsys, db_path, "list", "people")
    assert rc == 1 and "damaged" in err
    rc, out, err = _cli(capsys, db_path, "list", "people")  # the next command must not start afresh
    assert rc == 1 and "moved aside as damaged" in err and "Nothing was created" in err
    assert not db_path.exists()


# --- read-only file, left-over -shm (item 8) ---------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_read_only_file_opens_read_only_and_stays_read_only(db_path, capsys):
    pid = _seed(db_path)
    os.chmod(db_path, 0o400)
    rc, out, err = _cli(capsys, db_path, "list", "people")
    assert rc == 0 and "Søren" in out and "is read-only" in err
    rc, _, err = _cli(capsys, db_path, "erase-person", pid)
    assert rc == 1 and "read-only" in err and err.count("\n") == 2  # the notice, then the error
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o400  # never made writable behind the user's back


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_left_over_read_only_shm_is_made_writable_with_the_file(db_path):
    pid = _seed(db_path)
    holder = sqlite3.connect(db_path)  # keeps -wal/-shm in place
    holder.execute("SELECT count(*) FROM people").fetchone()
    shm = Path(str(db_path) + "-shm")
    os.chmod(shm, 0o400)
    db = open_database(db_path)
    try:
        update_person(db, pid, notes="fine")
        assert stat.S_IMODE(shm.stat().st_mode) == 0o600
    finally:
        db.close()
        holder.close()


# --- locks (item 11) -----------------------------------------------------------------------------

def test_a_long_lock_wait_says_so_then_gives_up_clearly(db_path, monkeypatch, capsys):
    from qistdesk.store import database

    pid = _seed(db_path)
    monkeypatch.setattr(database, "LOCK_NOTICE_AFTER_MS", 200)
    monkeypatch.setattr(database, "LOCK_GIVE_UP_MS", 1200)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        rc, _, err = _cli(capsys, db_path, "erase-person", pid)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    lines = err.strip().splitlines()
    assert rc == 1 and len(lines) == 2
    assert "waiting for another qistdesk window or attaché" in lines[0]
    assert "is busy" in lines[1] and "nothing was changed" in lines[1]
    assert "BEGIN" not in err and "sqlalche.me" not in err


def test_a_short_lock_wait_just_waits(db_path, monkeypatch):
    from qistdesk.store import database

    pid = _seed(db_path)
    monkeypatch.setattr(database, "LOCK_NOTICE_AFTER_MS", 100)
    told: list[str] = []
    monkeypatch.setattr(database, "lock_wait_listeners", [told.append])
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.6, lambda: holder.execute("ROLLBACK")).start()
    db = open_database(db_path)
    try:
        update_person(db, pid, notes="after the wait")
    finally:
        db.close()
        holder.close()
    assert len(told) == 1 and "waiting" in told[0]
