"""Erasing a person leaves their name and passport number in no file of the data folder (issue 20):
not the database, not its WAL, not the invite ledger's file names, not the backups once purged."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import select

from qistdesk.domain import InviteRecord, Participation, Person
from qistdesk.services import directory
from qistdesk.services.demo import load_demo
from qistdesk.services.privacy import neutral_reference
from qistdesk.store import backup as store_backup
from qistdesk.store import open_database

from .conftest import run_cli as _cli

PASSPORT = "ZX4455667"


def _files_holding(folder: Path, *needles: str) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n}" for n in needles if n.encode("utf-8") in data]
    return found


def _invited_person(db) -> tuple[str, str, str, str]:
    with db.read() as s:
        # Someone the invites go to (not declined or waitlisted), chosen the same way every run.
        event_id, person_id = s.execute(select(Participation.event_id, Participation.person_id)
                                        .where(Participation.invitation_status.in_(("invited", "accepted")))
                                        .order_by(Participation.event_id, Participation.person_id)).first()
        person = s.get(Person, person_id)
        return event_id, person_id, person.family_name, person.email


def test_erase_and_purge_leave_no_trace_in_the_data_folder(tmp_path, capsys):
    data = tmp_path / "data"
    path = data / "office.sqlite3"
    db = open_database(path)
    try:
        load_demo(db)
        event_id, pid, family, email = _invited_person(db)
        family, email = "Zqxwyntoft", "zq.wyntoft@example.org"  # found nowhere else in the demo
        directory.update_person(db, pid, family_name=family, email=email, passport_number=PASSPORT,
                                dietary_needs="halal")
    finally:
        db.close()
    for key, value in (("office.email", "science@icdk.example.net"), ("office.phone", "+45 33 18 10 00")):
        assert _cli(capsys, path, "settings", key, value)[0] == 0  # invites stop without office details (issue 14)
    assert _cli(capsys, path, "export", "invites", "--event", event_id, "--out", tmp_path / "invites")[0] == 0
    assert _cli(capsys, path, "backup")[0] == 0
    older = store_backup.make_backup(path, "manual")  # one made at an older schema: cannot be rewritten
    conn = sqlite3.connect(older)
    conn.execute("UPDATE alembic_version SET version_num = '0002_old'")
    conn.commit()
    conn.close()
    store_backup.write_checksum(older)
    assert len(_files_holding(data, family, PASSPORT)) >= 4  # database and the copies hold them now

    rc, out, err = _cli(capsys, path, "erase-person", pid)
    assert rc == 0, err
    assert "backup copies still hold them" in out and older.name in out
    assert _files_holding(data, family, PASSPORT, email) == [
        f"{p.name}: {n}" for p in sorted(store_backup.backup_dir(path).iterdir()) if p.suffix == ".sqlite3"
        for n in (family, PASSPORT, email)]  # only the copies: not the database, not its WAL

    rc, out, err = _cli(capsys, path, "erase-person", pid, "--purge-backups")
    assert rc == 1  # one copy could not be rewritten, and it is named
    assert re.search(r"Purged from [1-9] backup cop", out) and f"{older.name} (written at schema 0002_old" in out
    older.unlink()
    store_backup.checksum_path(older).unlink()
    assert _files_holding(data, family, PASSPORT, email) == []
    assert all(info.checksum == "ok" for info in store_backup.list_copies(path, verify=True))
    db = open_database(path)
    try:
        with db.read() as s:
            names = [r.file_name for r in s.scalars(select(InviteRecord).where(InviteRecord.person_id == pid))]
        assert names and set(names) == {neutral_reference(pid)}
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        db.close()
