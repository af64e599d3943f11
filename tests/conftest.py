"""Fixtures shared by every test: temporary databases, headless Qt, sample files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The backend switch (`backend`, `db_target`) and the PostgreSQL test server (`pg_server`, `pg_url`).
import sys  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))  # also under --import-mode=importlib
from backends import *  # noqa: E402,F401,F403
from qt_watchdog import _modal_watchdog, pytest_runtest_call  # noqa: E402,F401  (no test hangs on or leaves a modal)
from prepared import build_demo, copy_sqlite  # noqa: E402

# Headless Qt everywhere, and never touch the real user data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("QISTDESK_DATA_DIR", str(data))
    monkeypatch.setenv("QISTDESK_CONFIG_DIR", str(tmp_path_factory.mktemp("userconfig")))
    yield
    from qistdesk import messages

    messages.set_language("en")  # a test that showed the app in Danish leaves English behind


@pytest.fixture(scope="session")
def _english_catalogue_installed(qapp, tmp_path_factory):
    """The app's English as it shows it: its catalogue holds the plural forms ("1 day", "5 days")."""
    from qistdesk.gui import i18n

    os.environ.setdefault("QISTDESK_CACHE_DIR", str(tmp_path_factory.mktemp("i18n-cache")))
    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def _english_catalogue(request):
    """Every test with a Qt application runs in English with its catalogue (gui/i18n.py), installed
    once per session; headless tests never create a QApplication for it."""
    if "qapp" in request.fixturenames:
        request.getfixturevalue("_english_catalogue_installed")


@pytest.fixture
def office_details():
    """Invites and packets stop without real office details (issue 14): give the test office some."""
    from qistdesk.settings import load

    s = load()
    s.set("office.email", "science@icdk.example.net")
    s.set("office.phone", "+45 33 18 10 00")
    s.save()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture(scope="session")
def prepared_sqlite(tmp_path_factory) -> dict[str, Path]:
    """Two SQLite files made once per session: an empty migrated database and the demo programme.

    Running the migrations costs ~0.7 s and building the demo ~3 s; copying a prepared file
    takes milliseconds. Each is built by the same code the app runs (open_database, load_demo).
    """
    from qistdesk.store import open_database

    folder = tmp_path_factory.mktemp("prepared")
    files = {}
    for name in ("empty", "demo"):
        path = folder / f"{name}.sqlite3"
        database = open_database(path)
        if name == "demo":
            build_demo(database)
        database.close()
        files[name] = path
    return files


@pytest.fixture
def db(db_target, request):
    """An empty, migrated database: a temporary SQLite file, or a fresh PostgreSQL database
    for tests that run on every backend (tests/backends.py). When the test also asks for
    ``demo_db``, the same database already holds the demo programme.

    SQLite files are copies of the session's prepared files; ``open_database`` still runs on
    each copy (file check, revision check, daily backup) as it does in the app.
    """
    from qistdesk.store import open_database

    wants_demo = "demo_db" in request.fixturenames
    if isinstance(db_target, Path) and not db_target.exists():
        prepared = request.getfixturevalue("prepared_sqlite")
        copy_sqlite(prepared["demo" if wants_demo else "empty"], db_target)
    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """The demo programme (built once per session, copied per test) in a temporary database."""
    return db


@pytest.fixture
def samples_dir() -> Path:
    """../shared/samples, or a visible skip where it is absent."""
    if not SAMPLES.is_dir():
        pytest.skip(f"sample files not found at {SAMPLES} (the shared/ folder sits beside the checkout)")
    return SAMPLES
