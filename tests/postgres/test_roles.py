"""packaging/server/create_database.sql: owner, editors and read-only viewers on a real server."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from qistdesk.services import directory, queries
from qistdesk.store import open_database
from qistdesk.store.migrate import MigrationError
from qistdesk.store.server import ReadOnlyError

pytestmark = pytest.mark.postgres

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "server" / "create_database.sql"


@pytest.fixture(scope="module")
def office(pg_server):
    """The script applied twice (it must be re-runnable), plus one editor and one viewer."""
    for _ in range(2):
        out = pg_server.psql("-v", "dbname=office", "-f", str(SCRIPT))
    assert "office_owner" in out.stdout
    pg_server.execute("CREATE ROLE nina LOGIN IN ROLE office_editors")
    pg_server.execute("CREATE ROLE victor LOGIN IN ROLE office_viewers")
    yield {who: pg_server.url("office", user=who) for who in ("office_owner", "nina", "victor")}
    pg_server.drop_database("office")
    for role in ("nina", "victor", "office_owner", "office_editors", "office_viewers"):
        pg_server.execute(f"DROP ROLE IF EXISTS {role}")


def test_only_the_owner_creates_the_schema_and_editors_and_viewers_share_it(office):
    with pytest.raises(MigrationError, match="only its owner may make"):
        open_database(office["nina"]).close()
    open_database(office["office_owner"]).close()

    editor = open_database(office["nina"])
    org = directory.create_organization(editor, name="Niels Bohr Institute", sector="academia", country="DK")
    directory.update_organization(editor, org, expected_version=1, city="København")
    with pytest.raises(Exception, match="permission denied"):
        with editor.write() as s:
            s.execute(text("CREATE TABLE mine (x int)"))
    editor.close()

    viewer = open_database(office["victor"])
    assert [o["city"] for o in queries.list_organizations(viewer)] == ["København"]
    with pytest.raises(ReadOnlyError, match="^read-only: the database account 'victor' may read but not change"):
        directory.create_organization(viewer, name="X", sector="academia", country="DK")
    with pytest.raises(ReadOnlyError):
        directory.update_organization(viewer, org, city="Aarhus")
    with pytest.raises(ReadOnlyError):
        with viewer.write() as s:
            s.execute(text("DELETE FROM organizations"))
    assert [o["city"] for o in queries.list_organizations(viewer)] == ["København"]
    viewer.close()


def test_viewer_gets_a_one_line_read_only_message_from_the_cli(office, tmp_path):
    open_database(office["office_owner"]).close()
    exported = _cli(office["victor"], "export", "json", "-o", "-")
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(exported.stdout)
    doc["organizations"].append({"id": "0f0f0f0f-0000-4000-8000-000000000001", "name": "DTU", "sector": "academia",
                                 "country": "DK"})
    (tmp_path / "more.json").write_text(json.dumps(doc), encoding="utf-8")
    result = _cli(office["victor"], "import", "json", str(tmp_path / "more.json"))
    assert result.returncode == 1
    assert result.stderr.startswith("qistdesk: error: read-only: the database account 'victor'")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_nobody_else_may_connect(office, pg_server):
    pg_server.execute("CREATE ROLE stranger LOGIN")
    try:
        result = _cli(pg_server.url("office", user="stranger"), "list", "people")
        assert result.returncode == 1 and "permission denied for database" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    finally:
        pg_server.execute("DROP ROLE stranger")


def _cli(url, *args):
    return subprocess.run([sys.executable, "-m", "qistdesk", "--db", url, *args], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
