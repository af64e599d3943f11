"""The CLI's start-up stays light: the entry point, ``--version`` and ``--help`` load neither
SQLAlchemy nor PySide6 (command modules declare options; implementations load in handlers).

Checked in fresh subprocesses (this test process has both loaded already), with
``sys.modules`` and with ``-X importtime``. Speed itself is measured in benchmarks/.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "PySide6", "alembic", "reportlab", "icalendar", "qistdesk.store", "qistdesk.services",
         "qistdesk.gui", "qistdesk.formats")


def _heavy(names) -> list[str]:
    return sorted(n for n in names if n.split(".")[0] in HEAVY or n.startswith(HEAVY))


def test_building_every_command_parser_loads_no_heavy_module():
    probe = ("import sys, json; from qistdesk.cli.main import build_parser; build_parser();"
             "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(out)
    assert "qistdesk.cli.cmd_server" in loaded and "qistdesk.cli.cmd_pdf" in loaded  # really registered
    assert _heavy(loaded) == []


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_no_heavy_module(flag):
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "qistdesk", flag],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-500:]
    assert ("qistdesk 0." in result.stdout) if flag == "--version" else ("export" in result.stdout)
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")]
    assert "qistdesk.cli.main" in imported
    assert _heavy(imported) == []
    assert "shutil" not in imported  # the help formatter is told the width (shutil brings bz2, lzma, zlib)


def test_listing_people_from_a_file_loads_no_sqlalchemy(tmp_path):
    """``list people`` (and ``organizations``, ``venues``) on a SQLite file at the current schema
    reads it with plain sqlite3 (store/reading.py): neither SQLAlchemy, Alembic nor the models
    load, and the run hook (the password prompt) is installed without them (issue 19)."""
    from qistdesk.services.directory import create_person
    from qistdesk.store import open_database

    path = tmp_path / "x.sqlite3"
    db = open_database(path)
    create_person(db, given_name="Åse", family_name="Ærø <&>")
    db.close()
    open_database(path).close()  # today's daily copy is made: listing has nothing to write
    for argv, shown in ((["list", "people", "--json"], "Ærø <&>"), (["list", "people"], "Ærø <&>"),
                        (["list", "venues", "--json"], "[]"), (["list", "organizations"], "(none)")):
        result = subprocess.run([sys.executable, "-X", "importtime", "-m", "qistdesk", "--db", str(path), *argv],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-500:]
        assert shown in result.stdout
        imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines()
                    if line.startswith("import time:")]
        assert "qistdesk.store.reading" in imported and "qistdesk.store.credentials" in imported
        assert [n for n in imported if n.split(".")[0] in ("sqlalchemy", "alembic", "PySide6")
                or n.startswith(("qistdesk.domain", "qistdesk.store.database"))] == []


def test_help_wraps_at_the_terminal_width():
    import os

    def lines(columns: str) -> list[str]:
        env = dict(os.environ, COLUMNS=columns)
        return subprocess.run([sys.executable, "-m", "qistdesk", "export", "packet", "--help"], capture_output=True,
                              text=True, env=env, check=True).stdout.splitlines()

    narrow, wide = lines("50"), lines("200")
    assert len(narrow) > len(wide) and max(map(len, wide)) > 100 and any("--exchange ID" in x for x in narrow)


def test_a_command_still_installs_the_password_prompt(tmp_path):
    """The prompt moved from registration to a run hook: running any command installs it."""
    from qistdesk.cli.main import main
    from qistdesk.store import credentials

    previous = credentials.set_prompt(None)
    try:
        assert main(["--db", str(tmp_path / "x.sqlite3"), "list", "people"]) == 0
        assert credentials.set_prompt(previous) is not None
    finally:
        credentials.set_prompt(previous)


def test_with_no_command_the_sub_parsers_are_not_built_and_the_help_is_the_same():
    """``qistdesk`` (the app) and ``qistdesk --help`` list the commands without building their
    ~60 parsers; the listing is the one the full parser prints, and commands still parse."""
    import argparse

    from qistdesk.cli.main import _build, _names_command, _Unbuilt, main

    assert _names_command([]) and _names_command(["--help"]) and _names_command(["--db", "x.sqlite3"])
    assert _names_command(["--db=list", "-h"])
    assert not _names_command(["list", "people"]) and not _names_command(["--db", "x", "export", "--help"])
    assert not _names_command(["--", "list"])
    full, named = _build()[0], _build(names_only=True)[0]
    assert named.format_help() == full.format_help()
    sub = next(a for a in named._actions if isinstance(a, argparse._SubParsersAction))
    assert "export" in sub.choices and all(isinstance(p, _Unbuilt) for p in sub.choices.values())
    assert named.parse_args(["--db", "x.sqlite3"]).command is None
    with pytest.raises(SystemExit):
        main(["--db", "x.sqlite3", "export", "packet", "--bogus"])
