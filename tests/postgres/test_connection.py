"""A server that cannot be reached or drops mid-session, and logging in with a password."""

import os
import socket
import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pg_server import PASSWORD_GROUP, PgServer
from qistdesk.domain import Organization
from qistdesk.services import directory, queries
from qistdesk.store import credentials, open_database
from qistdesk.store.server import DatabaseUnavailableError, LoginRefusedError

pytestmark = pytest.mark.postgres


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(url, *args, env=None):
    return subprocess.run([sys.executable, "-m", "qistdesk", "--db", url, *args], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})})


def test_closed_port_gives_one_clear_line():
    url = f"postgresql+psycopg://nina@127.0.0.1:{_closed_port()}/qistdesk"
    with pytest.raises(DatabaseUnavailableError, match=r"^cannot reach the database server at 127\.0\.0\.1:\d+: "
                                                       r"connection refused"):
        open_database(url)
    result = _cli(url, "list", "people")
    assert result.returncode == 1
    assert result.stderr.startswith("qistdesk: error: cannot reach the database server at 127.0.0.1:")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_connection_dropped_mid_step_saves_nothing_and_the_next_step_reconnects(pg_server, pg_url):
    db = open_database(pg_url)
    with pytest.raises(DatabaseUnavailableError, match="cannot reach the database server at 127.0.0.1"):
        with db.write() as s:
            s.add(Organization(name="First half", sector="academia", country="DK"))
            s.flush()
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            pg_server.execute(f"SELECT pg_terminate_backend({pid})")
            s.add(Organization(name="Second half", sector="academia", country="DK"))
            s.flush()
    assert queries.list_organizations(db) == []
    directory.create_organization(db, name="After", sector="academia", country="DK")
    assert [o["name"] for o in queries.list_organizations(db)] == ["After"]
    db.close()


def test_server_stopping_mid_session_is_reported_and_nothing_is_half_saved():
    with PgServer() as server:
        url = server.create_database("office")
        db = open_database(url)
        org = directory.create_organization(db, name="Kept", sector="academia", country="DK")
        server.pg_ctl("stop", "-m", "fast")
        with pytest.raises(DatabaseUnavailableError, match=f"at 127.0.0.1:{server.port}: connection refused"):
            directory.update_organization(db, org, expected_version=1, city="Lost")
        result = _cli(url, "list", "organizations")
        assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
        assert "cannot reach the database server" in result.stderr
        server.pg_ctl("start")
        assert [(o["name"], o["city"], o["version"]) for o in queries.list_organizations(db)] == [("Kept", "", 1)]
        db.close()


# --- passwords ------------------------------------------------------------------------------


class MemoryKeyring:
    """A stand-in for the OS keyring (the CI machine has none)."""

    def __init__(self):
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1
            store: dict = {}

            def get_password(self, service, username):
                return self.store.get((service, username))

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def delete_password(self, service, username):
                self.store.pop((service, username), None)

        self.backend = Backend()


@pytest.fixture
def secured(pg_server, pg_url):
    """pg_url's database with a role that must log in with a password (scram)."""
    pg_server.execute(f"CREATE ROLE pat LOGIN PASSWORD 'correct horse' IN ROLE {PASSWORD_GROUP}")
    pg_server.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO pat", database=make_url(pg_url).database)
    url = make_url(pg_url).set(username="pat")
    yield url
    credentials.forget_password(url)
    pg_server.execute(f"DROP OWNED BY pat", database=make_url(pg_url).database)
    pg_server.execute("DROP ROLE pat")


def test_without_a_password_the_message_says_how_to_give_one(secured):
    previous = credentials.set_prompt(None)
    try:
        with pytest.raises(LoginRefusedError, match="refused the login of 'pat': a password is required"):
            open_database(secured)
    finally:
        credentials.set_prompt(previous)
    result = _cli(secured.render_as_string(), "list", "people")
    assert result.returncode == 1 and "a password is required" in result.stderr
    assert _cli(secured.render_as_string(), "list", "people", env={"PGPASSWORD": "correct horse"}).returncode == 0


def test_the_prompt_is_asked_again_after_a_wrong_password_and_only_once_per_process(secured):
    asked = []
    answers = iter(["wrong", "correct horse"])
    previous = credentials.set_prompt(lambda where, user, retry: asked.append((where, user, retry)) or next(answers))
    try:
        db = open_database(secured)
        assert queries.list_people(db) == []
        db.engine.dispose()  # new connections use the password typed before
        assert queries.list_people(db) == []
        db.close()
    finally:
        credentials.set_prompt(previous)
    assert [(user, retry) for _, user, retry in asked] == [("pat", False), ("pat", True)]
    assert asked[0][0].endswith(f"/{secured.database}")


def test_a_password_in_the_keyring_is_used_without_asking(secured):
    keyring = pytest.importorskip("keyring")
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring().backend)
    previous = credentials.set_prompt(lambda *a: pytest.fail("asked although the keyring knows it"))
    try:
        assert credentials.save_password(secured, "correct horse")
        assert ("qistdesk", f"pat@127.0.0.1:{secured.port}/{secured.database}") in keyring.get_keyring().store
        db = open_database(secured)
        assert queries.list_people(db) == []
        db.close()
    finally:
        credentials.set_prompt(previous)
        credentials.forget_password(secured)
        keyring.set_keyring(before)


def test_no_keyring_backend_is_not_an_error(secured, monkeypatch):
    keyring = pytest.importorskip("keyring")
    import keyring.backends.fail

    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert credentials.keyring_password(secured) is None
        assert credentials.save_password(secured, "x") is False
    finally:
        keyring.set_keyring(before)
