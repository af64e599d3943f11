"""Helpers for the data safety tests: run the CLI in-process, fingerprint a database."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
WORKER = HERE / "worker.py"
CORPUS = HERE / "corpus"


def dump_digest(path: Path) -> str:
    """SHA-256 of the logical content (schema and rows), independent of page layout."""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


class Cli:
    """Run ``qistdesk.cli.main.main`` in this process and capture its output."""

    def __init__(self, capsys, db_path: Path):
        self.capsys, self.db_path = capsys, db_path

    def __call__(self, *argv: str):
        from qistdesk.cli.main import main

        self.capsys.readouterr()
        rc = main(["--db", str(self.db_path), *map(str, argv)])
        out, err = self.capsys.readouterr()
        return rc, out, err

    def commands(self) -> set[str]:
        """Registered top-level commands and ``group format`` pairs (e.g. "import ics")."""
        from qistdesk.cli.main import build_parser

        parser = build_parser()
        names = set()
        for action in parser._subparsers._group_actions:
            for name, sub in action.choices.items():
                names.add(name)
                if sub._subparsers is not None:
                    for child in sub._subparsers._group_actions:
                        names.update(f"{name} {c}" for c in child.choices)
        return names


@pytest.fixture
def cli(capsys, db_path, db):
    return Cli(capsys, db_path)


def python() -> str:
    return sys.executable
