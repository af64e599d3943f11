"""Run the service-level suites on SQLite and on a real PostgreSQL server.

Imported by ``tests/conftest.py``. A test runs on every backend when its module is
listed in :data:`ALL_BACKEND_MODULES` or marked ``all_backends``, and it uses the
``db`` fixture (through ``db_target``/``backend``). Everything else stays on SQLite:
pragma, file-backup and GUI tests are about the local file. Mark a test in a listed
module ``sqlite_only`` to keep it on SQLite.

``QISTDESK_TEST_BACKENDS`` chooses the backends (default ``sqlite,postgresql``).
Where no server can be started (no ``initdb``, no ``postgres`` user as root …) the
PostgreSQL cases are skipped with the reason shown by ``-ra``.

One server per test session; each test gets a fresh database made with
``CREATE DATABASE … TEMPLATE`` from a database migrated once (~0.15 s, against
~1 s for running the migrations every time).
"""

from __future__ import annotations

import itertools
import os

import pytest

from pg_server import PgServer, ServerUnavailable

#: Modules whose tests run on every backend (paths relative to tests/).
ALL_BACKEND_MODULES = {
    "core/test_services.py",
    "core/test_migrations.py",
    "core/test_demo.py",
    "core/test_synthetic.py",
    "formats/test_json_document.py",
}

TEMPLATE_DB = "qistdesk_template"
DEMO_TEMPLATE_DB = "qistdesk_demo_template"
_numbers = itertools.count(1)


def selected_backends() -> list[str]:
    raw = os.environ.get("QISTDESK_TEST_BACKENDS", "sqlite,postgresql")
    return [b.strip() for b in raw.split(",") if b.strip()]


def pytest_configure(config):
    config.addinivalue_line("markers", "all_backends: run this test on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: about the local SQLite file; never run on PostgreSQL")
    config.addinivalue_line("markers", "postgres: needs the PostgreSQL test server")


def _runs_on_all_backends(metafunc) -> bool:
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return False
    if metafunc.definition.get_closest_marker("all_backends"):
        return True
    path = str(metafunc.definition.path).replace(os.sep, "/")
    return any(path.endswith("tests/" + m) for m in ALL_BACKEND_MODULES)


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and _runs_on_all_backends(metafunc):
        metafunc.parametrize("backend", selected_backends(), indirect=True, scope="function")


@pytest.fixture
def backend(request) -> str:
    """'sqlite' unless the test is parametrised over backends."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL server, or a visible skip saying why there is none."""
    if "postgresql" not in selected_backends():
        pytest.skip("PostgreSQL tests are off (QISTDESK_TEST_BACKENDS does not list postgresql)")
    try:
        server = PgServer().start()
    except (ServerUnavailable, OSError) as exc:
        pytest.skip(f"no PostgreSQL test server: {exc}")
    except Exception as exc:  # noqa: BLE001 - e.g. initdb failing: show its output
        pytest.skip(f"no PostgreSQL test server: {type(exc).__name__}: {getattr(exc, 'stderr', '') or exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A database migrated to the head revision, copied for every test."""
    from qistdesk.store import open_database

    url = pg_server.create_database(TEMPLATE_DB)
    open_database(url).close()  # no connection may stay open on a template
    return TEMPLATE_DB


def _copy_of(pg_server, template: str, prefix: str):
    name = f"{prefix}_{os.getpid()}_{next(_numbers)}"
    pg_server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server, pg_template) -> str:
    """A fresh, migrated, empty database on the test server, dropped afterwards."""
    yield from _copy_of(pg_server, pg_template, "qistdesk_test")


@pytest.fixture(scope="session")
def pg_demo_template(pg_server, pg_template) -> str:
    """A database holding the demo programme, built once and copied for every ``demo_db`` test."""
    from prepared import build_demo
    from qistdesk.store import open_database

    pg_server.execute(f'CREATE DATABASE "{DEMO_TEMPLATE_DB}" TEMPLATE "{pg_template}" STRATEGY FILE_COPY')
    database = open_database(pg_server.url(DEMO_TEMPLATE_DB))
    build_demo(database)
    database.close()
    return DEMO_TEMPLATE_DB


@pytest.fixture
def pg_demo_url(pg_server, pg_demo_template) -> str:
    """A fresh copy of the demo database on the test server, dropped afterwards."""
    yield from _copy_of(pg_server, pg_demo_template, "qistdesk_demo")


@pytest.fixture
def pg_empty_url(pg_server) -> str:
    """A fresh database with no schema at all (for migration and transfer tests)."""
    name = f"qistdesk_empty_{os.getpid()}_{next(_numbers)}"
    yield pg_server.create_database(name)
    pg_server.drop_database(name)


@pytest.fixture
def db_target(backend, request):
    """What ``db`` opens: a temporary SQLite file, or a fresh PostgreSQL database URL."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_demo_url" if "demo_db" in request.fixturenames else "pg_url")
    return request.getfixturevalue("db_path")
