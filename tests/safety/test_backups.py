"""Backups: one-step copies with checksums, rotation, daily copies, restore of every kind,
damaged files kept aside at start-up, network-drive warnings, private files."""

from __future__ import annotations

import os
import stat
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from qistdesk.services.directory import create_person
from qistdesk.services.queries import list_people
from qistdesk.store import backup as store_backup
from qistdesk.store import daily_backup
from qistdesk.store import open_database
from qistdesk.store.backup import BackupError, BackupInfo, rotation_keep
from qistdesk.store.filecheck import DamagedDatabaseError, network_location
from qistdesk.services import backups

from .conftest import dump_digest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _names(db) -> list[str]:
    return sorted(p["given_name"] for p in list_people(db))


def test_copy_is_consistent_with_uncheckpointed_wal_and_has_checksum(db, db_path):
    for i in range(50):
        create_person(db, given_name=f"P{i}")  # stays in -wal while the engine is open
    assert Path(str(db_path) + "-wal").exists()
    copy = backups.create_backup(db)
    assert store_backup.checksum_status(copy) == "ok"
    assert store_backup.integrity_problem(copy) is None
    other = open_database(copy, migrate=False)
    try:
        assert len(list_people(other)) == 50
    finally:
        other.close()


@posix_only
def test_database_and_backups_are_private(db, db_path):
    create_person(db, given_name="Nina")
    copy = backups.create_backup(db)
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600


def test_copy_to_an_existing_file_is_refused(db, tmp_path):
    target = tmp_path / "mine.sqlite3"
    target.write_text("precious")
    with pytest.raises(FileExistsError):
        backups.create_backup(db, target)
    assert target.read_text() == "precious"


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = datetime(2026, 12, 31, 12, tzinfo=timezone.utc)
    copies = [BackupInfo(Path(f"d{i}"), "daily", start - timedelta(days=i), 1) for i in range(400)]
    keep = rotation_keep(copies)
    kept_days = sorted((start - next(c.created for c in copies if c.path == p)).days for p in keep)
    assert kept_days[:7] == list(range(7))
    assert len(keep) <= 7 + 4 + 12 and len(keep) >= 12
    assert max(kept_days) < 366


def test_daily_copy_at_most_daily_and_only_after_changes(db, db_path):
    assert daily_backup.maybe_daily_backup(db) is None  # empty: nothing to keep
    create_person(db, given_name="Nina")
    day1 = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
    first = daily_backup.maybe_daily_backup(db, now=day1)
    assert first is not None
    assert daily_backup.maybe_daily_backup(db, now=day1 + timedelta(hours=3)) is None  # same day
    assert daily_backup.maybe_daily_backup(db, now=day1 + timedelta(days=1)) is None  # no change
    create_person(db, given_name="Søren")
    assert daily_backup.maybe_daily_backup(db, now=day1 + timedelta(days=2)) is not None


def test_daily_rotation_deletes_old_dailies_but_never_manual_copies(db):
    create_person(db, given_name="Nina")
    manual = backups.create_backup(db)
    start = datetime(2025, 1, 1, 9, tzinfo=timezone.utc)
    for day in range(40):
        create_person(db, given_name=f"P{day}")
        daily_backup.maybe_daily_backup(db, now=start + timedelta(days=day))
    kinds = [b.kind for b in backups.list_backups(db)]
    assert kinds.count("daily") <= 7 + 4 + 12 and kinds.count("daily") >= 7
    assert manual.exists()
    leftovers = [p for p in store_backup.backup_dir(db).iterdir() if p.suffix == ".sha256"]
    assert all(Path(str(p)[:-7]).exists() for p in leftovers)


def _made(db, db_path, kind):
    if kind == "manual":
        return backups.create_backup(db)
    if kind == "daily":
        return daily_backup.maybe_daily_backup(db, now=datetime(2026, 1, 5, tzinfo=timezone.utc))
    if kind == "pre-migration":
        return store_backup.backup_before_migration(db, "0001_initial")
    if kind == "pre-restore":
        other = backups.create_backup(db)
        return backups.restore_backup(db, other).kept_at


@pytest.mark.parametrize("kind", store_backup.KINDS)
def test_restore_from_each_kind(db, db_path, kind, cli):
    create_person(db, given_name="Nina")
    copy = _made(db, db_path, kind)
    assert copy is not None and store_backup.parse_name(copy)[0] == kind
    create_person(db, given_name="Later")
    rc, out, err = cli("restore", copy)
    assert rc == 0, err
    assert _names(db) == ["Nina"]
    kept = [b for b in backups.list_backups(db) if b.kind == "pre-restore"]
    assert kept, "the replaced file is kept as a pre-restore copy"
    restored_before = open_database(kept[0].path, migrate=False)
    try:
        assert "Later" in _names(restored_before)
    finally:
        restored_before.close()


def test_restore_refuses_a_copy_that_does_not_match_its_hash(db, db_path, cli):
    create_person(db, given_name="Nina")
    copy = backups.create_backup(db)
    with open(copy, "r+b") as handle:
        handle.seek(4096 + 100)
        handle.write(b"\xff\xff\xff")
    before = dump_digest(db_path)
    rc, _, err = cli("restore", copy)
    assert rc == 1 and "does not match its SHA-256" in err and err.count("\n") == 1
    assert dump_digest(db_path) == before


def test_restore_without_checksum_needs_the_option(db, db_path, cli):
    create_person(db, given_name="Nina")
    copy = backups.create_backup(db)
    store_backup.checksum_path(copy).unlink()
    rc, _, err = cli("restore", copy)
    assert rc == 1 and "--no-checksum" in err
    assert cli("restore", copy, "--no-checksum")[0] == 0


def test_restore_refuses_a_file_that_is_not_a_qistdesk_database(db, cli, tmp_path):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    rc, _, err = cli("restore", bogus, "--no-checksum")
    assert rc == 1 and err.startswith("qistdesk: error:")


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # wreck the b-tree pages, keep the header
        handle.seek(4096)
        handle.write(os.urandom(size - 4096))


def test_damaged_file_at_start_up_is_kept_aside_and_good_backup_offered(db, db_path, capsys):
    create_person(db, given_name="Nina")
    good = backups.create_backup(db)
    db.close()  # the last connection checkpoints the WAL into the file
    _damage(db_path)
    original = db_path.read_bytes()
    from qistdesk.cli.main import main

    rc = main(["--db", str(db_path), "list", "people"])
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert "damaged" in err and good.name in err and "qistdesk restore" in err
    aside = [p for p in db_path.parent.iterdir() if "-damaged-" in p.name and p.suffix == ".sqlite3"]
    assert len(aside) == 1 and aside[0].read_bytes() == original  # kept, byte for byte
    assert not db_path.exists()
    assert backups.recovery_offer(db_path).path == good
    assert main(["--db", str(db_path), "restore", good.name]) == 0
    again = open_database(db_path)
    try:
        assert _names(again) == ["Nina"]
    finally:
        again.close()


def test_a_wrong_non_database_file_is_not_moved(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database at all " * 100)
    with pytest.raises(DamagedDatabaseError, match="not a SQLite database"):
        open_database(path)
    assert path.exists()


MOUNTS = """sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw 0 0
//fileserver/office /mnt/office cifs rw 0 0
server:/export /home/nina/shared\\040drive nfs4 rw 0 0
"""


@pytest.mark.parametrize("path,remote", [
    ("/home/nina/qistdesk.sqlite3", False),
    ("/mnt/office/qistdesk.sqlite3", True),
    ("/mnt/officeX/qistdesk.sqlite3", False),
    ("/home/nina/shared drive/q.sqlite3", True),
    ("\\\\fileserver\\office\\q.sqlite3", True),
])
def test_network_location(path, remote):
    assert bool(network_location(Path(path) if not path.startswith("\\") else path, MOUNTS, "linux")) == remote


def test_network_warning_reaches_the_cli(db_path, capsys, monkeypatch):
    from qistdesk.store import filecheck

    monkeypatch.setattr(filecheck, "network_location", lambda path: "a network filesystem (cifs at /mnt)")
    from qistdesk.cli.main import main

    assert main(["--db", str(db_path), "list", "people"]) == 0
    assert "qistdesk: warning:" in capsys.readouterr().err


def test_backup_of_a_server_database_says_what_to_do(capsys):
    with pytest.raises(BackupError, match="server"):
        backups.database_file("postgresql://office/qistdesk")
