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

from qistdesk.services import backups
from qistdesk.services.directory import create_person, update_person
from qistdesk.store import backup as store_backup
from qistdesk.store import open_database
from qistdesk.store.faults import DiskFullError, ReadOnlyStorageError, StorageError

from .conftest import dump_digest

PASSPORT, DIET = "P9X4471203", "no shellfish, kosher"


def _cli(capsys, path: Path, *argv):
    from qistdesk.cli.main import main

    capsys.readouterr()
    rc = main(["--db", str(path), *map(str, argv)])
    out, err = capsys.readouterr()
    return rc, out, err


def _seed(path: Path) -> str:
    db = open_database(path)
    try:
        return create_person(db, given_name="Søren", family_name="Ørsted", passport_number=PASSPORT,
                             dietary_needs=DIET, email="soeren@example.dk")
    finally:
        db.close()  # the last connection checkpoints the WAL into the file and removes it


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


# --- backups of two databases in one folder (item 2) ------------------------------------------

def test_two_databases_in_one_folder_keep_their_backups_apart(tmp_path):
    from datetime import datetime, timedelta, timezone

    office, old = tmp_path / "office.sqlite3", tmp_path / "office-old.sqlite3"
    _seed(office)
    _seed(old)
    start = datetime(2026, 1, 1, 12, tzinfo=timezone.utc)
    for day in range(10):
        store_backup.make_backup(old, "daily", now=start + timedelta(days=day))
    mine = store_backup.make_backup(office, "manual")
    assert [b.path for b in store_backup.list_copies(office)] == [mine]
    assert len(store_backup.list_copies(old)) == 10
    store_backup.make_backup(office, "daily", now=start)
    store_backup.rotate(office)
    assert len(store_backup.list_copies(old)) == 10  # the other's dailies untouched
    assert backups.recovery_offer(office).path == mine


def test_legacy_flat_copies_are_told_apart_by_exact_name(tmp_path):
    office, old = tmp_path / "office.sqlite3", tmp_path / "office-old.sqlite3"
    _seed(office)
    _seed(old)
    flat = tmp_path / "backups"
    theirs = store_backup.make_backup(old, "daily", target=flat / store_backup.copy_name("office-old", "daily"))
    ours = store_backup.make_backup(office, "daily", target=flat / store_backup.copy_name("office", "daily"))
    assert [b.path for b in store_backup.list_copies(office)] == [ours]
    assert [b.path for b in store_backup.list_copies(old)] == [theirs]


def test_unreadable_backups_folder_is_an_error_not_none(db_path, monkeypatch, capsys):
    _seed(db_path)
    store_backup.make_backup(db_path, "manual")
    real = os.scandir

    def refuse(path="."):
        if "backups" in str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", refuse)
    rc, out, err = _cli(capsys, db_path, "backups")
    assert rc == 1 and "cannot read the backups folder" in err and "(none)" not in out


# --- a newer schema (item 10) ------------------------------------------------------------------

def test_newer_schema_is_refused_clearly_with_no_copy(db_path, capsys):
    _seed(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num='0099_from_the_future'")
    conn.commit()
    conn.close()
    before = dump_digest(db_path)
    for _ in range(2):
        rc, _, err = _cli(capsys, db_path, "list", "people")
        assert rc == 1 and err.count("\n") == 1
        assert "written by a newer qistdesk" in err and "update qistdesk" in err and "Can't locate" not in err
    assert store_backup.list_copies(db_path) == []
    assert dump_digest(db_path) == before


def test_pre_migration_copies_are_rotated(db_path):
    from datetime import datetime, timezone

    _seed(db_path)
    day = datetime(2026, 3, 2, 8, tzinfo=timezone.utc)
    for minute in range(5):  # five failed tries on one day
        store_backup.make_backup(db_path, "pre-migration", detail="0002_x", now=day.replace(minute=minute))
    store_backup.make_backup(db_path, "manual")
    store_backup.rotate(db_path)
    kinds = sorted(b.kind for b in store_backup.list_copies(db_path))
    assert kinds == ["manual", "pre-migration"]


# --- no personal value in a message after a failed write (item 3) -----------------------------

def test_failed_csv_import_message_holds_no_value(db_path, tmp_path, monkeypatch, capsys):
    """The disk fills during an import of sensitive columns: one line, no passport, no diet, no SQL."""
    from qistdesk.store import database

    _seed(db_path)
    conn = sqlite3.connect(db_path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    monkeypatch.setattr(database, "SQLITE_PRAGMAS", (*database.SQLITE_PRAGMAS, f"PRAGMA max_page_count={pages}"))
    rows = "".join(f"Person{i};Family{i};p{i}@example.dk;PASS{i:06d}X;diet-{i}-vegan\n" for i in range(300))
    source = tmp_path / "people.csv"
    source.write_text("Fornavn;Efternavn;E-mail;Passport;Diet\n" + rows, encoding="utf-8")
    before = dump_digest(db_path)
    rc, _, err = _cli(capsys, db_path, "import", "csv", source)
    assert rc == 1 and err.count("\n") == 1 and "is full" in err, err
    for leak in ("PASS0", "vegan", "Person1", "example.dk", "[SQL", "INSERT", "sqlalche.me"):
        assert leak not in err
    assert dump_digest(db_path) == before


def test_constraint_failure_names_the_field_not_the_value(db):
    from sqlalchemy import text

    from qistdesk.store.faults import ConstraintError

    with pytest.raises(ConstraintError) as caught:
        with db.write() as s:
            s.execute(text("INSERT INTO people (id, given_name, family_name, passport_number) "
                           "VALUES ('x1', NULL, 'Hemmelig', 'PX-445566')"))
    text_ = str(caught.value)
    assert "people.given_name" in text_ and "PX-445566" not in text_ and "Hemmelig" not in text_


def test_postgres_constraint_messages_drop_the_detail_values():
    from qistdesk.store.server import _constraint

    unique = _constraint("23505", 'duplicate key value violates unique constraint "people_email_key"\n'
                                  'DETAIL:  Key (email)=(nina@secret.dk) already exists.')
    assert "email" in str(unique) and "nina@secret.dk" not in str(unique)


# --- a conflict names the record and what changed (item 11) ----------------------------------

def test_conflict_names_record_and_fields_never_versions_of_none(db):
    from qistdesk.services.errors import ConflictError

    pid = create_person(db, given_name="Nina", job_title="Postdoc")
    update_person(db, pid, expected_version=1, job_title="Professor")
    with pytest.raises(ConflictError) as caught:
        update_person(db, pid, expected_version=1, job_title="Lecturer", phone="+45 1234")
    text_ = str(caught.value)
    assert pid[:8] in text_ and "job_title" in text_ and "version 1 → 2" in text_
    assert "Lecturer" not in text_ and "Professor" not in text_
    unknown = str(ConflictError("person", pid, unsaved=("email",)))  # PostgreSQL's StaleDataError path
    assert "None" not in unknown and "your change to email was not saved" in unknown
