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


@pytest.fixture
def cli(capsys, db_path, db):
    return Cli(capsys, db_path)


def python() -> str:
    return sys.executable


PASSPORT, DIET = "P9X4471203", "no shellfish, kosher"


def run_cli(capsys, path: Path, *argv):
    """``qistdesk --db path argv…`` in this process: (exit code, stdout, stderr)."""
    from qistdesk.cli.main import main

    capsys.readouterr()
    rc = main(["--db", str(path), *map(str, argv)])
    out, err = capsys.readouterr()
    return rc, out, err


def seed_person(path: Path) -> str:
    """A database file holding one person with sensitive values (passport, diet); the person's id."""
    from qistdesk.services.directory import create_person
    from qistdesk.store import open_database

    db = open_database(path)
    try:
        return create_person(db, given_name="Søren", family_name="Ørsted", passport_number=PASSPORT,
                             dietary_needs=DIET, email="soeren@example.dk")
    finally:
        db.close()  # the last connection checkpoints the WAL into the file and removes it
