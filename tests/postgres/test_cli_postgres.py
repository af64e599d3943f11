"""The CLI end-to-end suite (tests/e2e/test_cli.py) again, with the demo database on PostgreSQL.

The suite's tests are collected here a second time with ``demo_file`` replaced by
a server URL, so every command runs as a user with ``--db postgresql+psycopg://…``
would run it. Tests that make their own SQLite files (JSON round trip to another
laptop, demo --scale) then copy between the server and a file, which is wanted.
"""

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.postgres

_spec = importlib.util.spec_from_file_location("_cli_suite", Path(__file__).resolve().parents[1] / "e2e" / "test_cli.py")
_suite = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_suite)

SKIP = {"test_version", "test_every_command_has_one_line_help", "test_scale_dataset_is_generated"}
globals().update({name: fn for name, fn in vars(_suite).items()
                  if name.startswith("test_") and callable(fn) and name not in SKIP})


@pytest.fixture(scope="module")
def demo_file(pg_server, pg_template):
    """The demo programme in a fresh database on the test server (a URL, given to --db)."""
    name = "qistdesk_cli_demo"
    pg_server.drop_database(name)
    url = pg_server.create_database(name, template=pg_template)
    out = _suite.run("demo", db=url)
    assert "Loaded into" in out.stdout
    yield url
    pg_server.drop_database(name)
