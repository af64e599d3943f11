"""``migrate-to``: laptop → server → laptop, exact and verified, all or nothing."""

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from qistdesk.domain import Person
from qistdesk.formats.json_document import dumps
from qistdesk.services.documents import export_document
from qistdesk.services import directory, queries, transfer
from qistdesk.services.transfer import TransferError, copy_database, database_checksum
from qistdesk.store import open_database

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def demo_sqlite(tmp_path_factory):
    from qistdesk.services.demo import load_demo

    path = tmp_path_factory.mktemp("transfer") / "laptop.sqlite3"
    db = open_database(path)
    load_demo(db)
    directory.create_person(db, given_name="Zoë", family_name="Ærø-Smith", email="zoe@example.dk",
                            passport_number="DK-123", notes="Back\\slash C:\\Users\\Nina\r\nand a lone \r")
    db.close()
    return path


def _document(target) -> str:
    db = open_database(target)
    try:
        return dumps(export_document(db, include_sensitive=True))
    finally:
        db.close()


def test_laptop_to_server_and_back_is_exact(demo_sqlite, pg_empty_url, tmp_path):
    there = copy_database(demo_sqlite, pg_empty_url)
    assert there.counts["people"] > 60 and there.counts["session_speakers"] > 0
    back = copy_database(pg_empty_url, tmp_path / "back.sqlite3")
    assert back.checksum == there.checksum == database_checksum(open_database(demo_sqlite))[1]
    assert back.counts == there.counts
    assert _document(demo_sqlite) == _document(pg_empty_url) == _document(tmp_path / "back.sqlite3")
    server = open_database(pg_empty_url)
    # ids, version counters and editability survive the move
    person = next(p for p in queries.list_people(server) if p["given_name"] == "Zoë")
    assert directory.update_person(server, person["id"], expected_version=person["version"], job_title="PI") == 2
    server.close()


def test_a_target_with_data_is_refused_and_left_alone(demo_sqlite, pg_url):
    db = open_database(pg_url)
    directory.create_person(db, given_name="Already here")
    with pytest.raises(TransferError, match=r"already holds data \(1 people\)"):
        copy_database(demo_sqlite, pg_url)
    assert [p["given_name"] for p in queries.list_people(db)] == ["Already here"]
    db.close()


def test_a_database_of_another_application_is_refused(demo_sqlite, pg_server, pg_empty_url):
    from sqlalchemy.engine import make_url

    pg_server.execute("CREATE TABLE invoices (id int)", database=make_url(pg_empty_url).database)
    with pytest.raises(TransferError, match=r"holds tables that are not qistdesk's \(invoices\)"):
        copy_database(demo_sqlite, pg_empty_url)


def test_a_failure_half_way_leaves_the_target_empty(demo_sqlite, pg_url):
    def fail_at_events(table, n):
        if table == "events":
            raise RuntimeError("network cable pulled")

    with pytest.raises(RuntimeError, match="cable"):
        copy_database(demo_sqlite, pg_url, progress=fail_at_events)
    db = open_database(pg_url)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    db.close()
    assert copy_database(demo_sqlite, pg_url).counts["events"] == 4  # and it can be tried again


def test_a_copy_that_does_not_verify_is_rolled_back(demo_sqlite, pg_url, monkeypatch):
    real = transfer.content_digest
    calls = []

    def tampered(session):
        digests = real(session)
        calls.append(1)
        if len(calls) == 2:  # the copy, read back inside the target's transaction
            n, _ = digests["people"]
            digests["people"] = (n, "0" * 64)
        return digests

    monkeypatch.setattr(transfer, "content_digest", tampered)
    with pytest.raises(TransferError, match="verification failed before committing; nothing was written: the "
                                            "content of people differs"):
        copy_database(demo_sqlite, pg_url)
    monkeypatch.undo()
    assert queries.is_empty(open_database(pg_url))


def test_the_same_database_is_refused(demo_sqlite):
    with pytest.raises(TransferError, match="the same database"):
        copy_database(demo_sqlite, str(demo_sqlite))


def test_cli_migrate_to_prints_the_verification_and_refuses_a_second_run(demo_sqlite, pg_empty_url):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "qistdesk", "--db", str(demo_sqlite), *args],
                              capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)

    first = cli("migrate-to", pg_empty_url)
    assert first.returncode == 0, first.stderr
    assert "Verified: row counts and content checksum match" in first.stdout
    second = cli("migrate-to", pg_empty_url)
    assert second.returncode == 1 and "already holds data" in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1
