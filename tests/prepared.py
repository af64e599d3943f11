"""Prepared databases: the demo built once per test session, then copied for each test."""

from __future__ import annotations

from pathlib import Path


def build_demo(database) -> None:
    """The demo programme, always on its own fixed day (never "today"), so tests are reproducible."""
    from qistdesk.services import demo

    demo.load_demo(database, today=demo.DEMO_TODAY)


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never a half-checkpointed WAL file)."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
