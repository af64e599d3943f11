"""Fixtures shared by every test: temporary databases, headless Qt, sample files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The backend switch (`backend`, `db_target`) and the PostgreSQL test server (`pg_server`, `pg_url`).
import sys  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))  # also under --import-mode=importlib
from backends import *  # noqa: E402,F401,F403
from qt_watchdog import _modal_watchdog  # noqa: E402,F401  (Qt tests never hang on a modal)

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


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_target):
    """An empty, migrated database: a temporary SQLite file, or a fresh PostgreSQL database
    for tests that run on every backend (tests/backends.py)."""
    from qistdesk.store import open_database

    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """The demo programme loaded into a temporary database."""
    from qistdesk.services.demo import load_demo

    load_demo(db)
    return db


@pytest.fixture
def samples_dir() -> Path:
    """../shared/samples, or a visible skip where it is absent."""
    if not SAMPLES.is_dir():
        pytest.skip(f"sample files not found at {SAMPLES} (the shared/ folder sits beside the checkout)")
    return SAMPLES
