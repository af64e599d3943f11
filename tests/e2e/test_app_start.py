"""The desktop app starts as a user starts it, paints, and exits 0.

``QISTDESK_QUIT_AFTER_PAINT=1`` makes ``qistdesk`` quit once its window has
painted with data and print its timings; the start-up benchmark reads the
same line. A database that cannot be opened gives a one-line error and exit 1.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def run_app(tmp_path, *args, **env):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", QISTDESK_QUIT_AFTER_PAINT="1",
                       QISTDESK_CONFIG_DIR=str(tmp_path / "config"), QISTDESK_DATA_DIR=str(tmp_path / "data"),
                       **env)
    return subprocess.run([sys.executable, "-m", "qistdesk", *args], capture_output=True, text=True,
                          env=environment, timeout=120)


def test_app_starts_paints_and_exits_cleanly(tmp_path):
    db = tmp_path / "new.sqlite3"
    result = run_app(tmp_path, "--db", str(db))
    assert result.returncode == 0, result.stderr
    match = re.search(r"first_paint_s=([\d.]+) ready_s=([\d.]+)", result.stdout)
    assert match, result.stdout
    assert float(match.group(1)) <= float(match.group(2))
    assert db.exists()  # created and migrated on first run
    assert (tmp_path / "config" / "settings.json").exists()  # window state remembered


def test_app_on_the_demo_programme(tmp_path):
    db = tmp_path / "demo.sqlite3"
    demo = subprocess.run([sys.executable, "-m", "qistdesk", "--db", str(db), "demo"], capture_output=True,
                          text=True, env=dict(os.environ, QISTDESK_DATA_DIR=str(tmp_path / "data")), timeout=120)
    assert demo.returncode == 0, demo.stderr
    result = run_app(tmp_path, "--db", str(db))
    assert result.returncode == 0, result.stderr


def test_unopenable_database_exits_1_with_a_message(tmp_path):
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    result = run_app(tmp_path, "--db", str(bad))
    assert result.returncode == 1
    assert "cannot open the database" in result.stderr
