"""The app's early quick_check (qistdesk.store.early, issue 19): started on a thread before
SQLAlchemy loads, used by opening only when it passed and the file did not change since;
otherwise opening checks again itself, so damage is still found and moved aside."""

import os
import sqlite3
import subprocess
import sys

import pytest

from qistdesk.store import early, filecheck, open_database
from qistdesk.store.filecheck import DamagedDatabaseError


def _database(tmp_path):
    path = tmp_path / "x.sqlite3"
    open_database(path).close()
    return path


def _no_second_check(monkeypatch):
    calls = []
    real = filecheck._quick_check
    monkeypatch.setattr(filecheck, "_quick_check", lambda *a, **k: calls.append(a) or real(*a, **k))
    return calls


def test_a_passed_check_spares_the_check_when_opening(tmp_path, monkeypatch):
    path = _database(tmp_path)
    calls = _no_second_check(monkeypatch)
    early.start_check(path)
    open_database(path).close()
    assert calls == []
    open_database(path).close()  # each early check is used once
    assert len(calls) == 1


def test_a_write_after_the_check_means_checking_again(tmp_path, monkeypatch):
    path = _database(tmp_path)
    calls = _no_second_check(monkeypatch)
    early.start_check(path)
    early._checks[str(path)][0].join()
    with sqlite3.connect(path) as conn:  # another process writes after the check
        conn.execute("CREATE TABLE later (x)")
    open_database(path).close()
    assert len(calls) == 1


def test_a_damaged_file_is_still_moved_aside(tmp_path):
    path = _database(tmp_path)
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # wreck the b-tree pages, keep the header
        handle.seek(4096)
        handle.write(os.urandom(max(size - 4096, 8192)))
    early.start_check(path)
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert not path.exists() and any("-damaged-" in p.name for p in tmp_path.iterdir())


def test_files_it_does_not_check(tmp_path):
    """Missing, empty and read-only files are left to opening (it decides what they mean)."""
    missing, empty, read_only = tmp_path / "none.sqlite3", tmp_path / "empty.sqlite3", _database(tmp_path)
    empty.write_bytes(b"")
    read_only.chmod(0o400)
    try:
        for path in (missing, empty):
            early.start_check(path)
            assert not early.passed(path)
        if not os.access(read_only, os.W_OK):  # (root may write anyway)
            early.start_check(read_only)
            assert not early.passed(read_only)
    finally:
        read_only.chmod(0o600)
    assert early.local_file("postgresql://office/qistdesk") is None
    assert early.local_file(str(tmp_path / "a.sqlite3")) == tmp_path / "a.sqlite3"


def test_it_loads_no_sqlalchemy():
    code = ("import sys, qistdesk.store.early\n"
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy') or m == 'qistdesk.store.database'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_command_checks_the_file_while_sqlalchemy_loads(tmp_path, monkeypatch):
    """The CLI starts the early check too (run_handler): opening then does not check again."""
    from qistdesk.cli.main import main

    path = _database(tmp_path)
    calls = _no_second_check(monkeypatch)
    assert main(["--db", str(path), "list", "venues"]) == 0
    assert calls == [] and early._checks == {}
