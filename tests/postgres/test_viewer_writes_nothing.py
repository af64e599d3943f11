"""Issue 20 item 12: permission to act is checked before anything is written. A viewer's refused
`export invites` on the office server leaves the folder empty (it had written 56 files)."""

import pytest

from qistdesk.services import directory, events
from qistdesk.store import open_database
from qistdesk.store.server import ReadOnlyError

pytestmark = pytest.mark.postgres

SCRIPT = __import__("pathlib").Path(__file__).resolve().parents[2] / "packaging" / "server" / "create_database.sql"


@pytest.fixture(scope="module")
def office(pg_server):
    pg_server.psql("-v", "dbname=office20", "-f", str(SCRIPT))
    pg_server.execute("CREATE ROLE vera LOGIN IN ROLE office20_viewers")
    yield {who: pg_server.url("office20", user=who) for who in ("office20_owner", "vera")}
    pg_server.drop_database("office20")
    for role in ("vera", "office20_owner", "office20_editors", "office20_viewers"):
        pg_server.execute(f"DROP ROLE IF EXISTS {role}")


def test_viewer_invites_write_no_file(office, tmp_path):
    from qistdesk.formats.ics.invites import Office
    from qistdesk.services.ics_invites import write_invites

    owner = open_database(office["office20_owner"])
    try:
        event = events.create_event(owner, kind="seminar", title="Qubits", start="2027-05-03T16:00",
                                    end="2027-05-03T17:00", timezone="Europe/Copenhagen")
        for i in range(3):
            pid = directory.create_person(owner, given_name=f"P{i}", email=f"p{i}@example.dk")
            events.add_participant(owner, event, pid)
    finally:
        owner.close()
    viewer = open_database(office["vera"])
    out = tmp_path / "invites"
    try:
        with pytest.raises(ReadOnlyError, match="nothing was written"):
            write_invites(viewer, event, out, office=Office("Science Office", "science@icdk.example.net"))
    finally:
        viewer.close()
    assert not out.exists() or not any(out.iterdir())
