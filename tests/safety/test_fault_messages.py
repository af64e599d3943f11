"""When the machine misbehaves (issue 20), continued: the backups of two databases in one folder,
a newer schema, and what a message may say after a failed write (never a personal value) or a
conflict (the record and the fields, never version numbers).
"""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from qistdesk.services import backups
from qistdesk.services.directory import create_person, update_person
from qistdesk.store import backup as store_backup

from .conftest import dump_digest
from .conftest import run_cli as _cli
from .conftest import seed_person as _seed


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
