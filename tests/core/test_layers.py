"""The core never imports Qt: domain, store, services, formats and the CLI run headless."""

import subprocess
import sys

import pytest

HEADLESS_MODULES = [
    "qistdesk.timezones", "qistdesk.settings", "qistdesk.domain", "qistdesk.domain.recurrence",
    "qistdesk.store", "qistdesk.store.migrate", "qistdesk.store.backup", "qistdesk.store.health",
    "qistdesk.services.directory", "qistdesk.services.events", "qistdesk.services.exchanges",
    "qistdesk.services.queries", "qistdesk.services.records", "qistdesk.services.integrity",
    "qistdesk.formats.json_document", "qistdesk.cli.main", "qistdesk.cli.cmd_data", "qistdesk.cli.cmd_json",
]


def _loaded_qt(code: str) -> list[str]:
    probe = code + "\nimport sys\nprint(sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return eval(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", HEADLESS_MODULES)
def test_core_module_does_not_import_qt(module):
    assert _loaded_qt(f"import {module}") == []


def test_every_non_gui_module_is_headless():
    """Walk the whole package (except qistdesk.gui) so new modules are covered too."""
    code = (
        "import pkgutil, importlib, qistdesk\n"
        "for m in pkgutil.walk_packages(qistdesk.__path__, 'qistdesk.'):\n"
        "    if m.name.startswith('qistdesk.gui') or m.name.startswith('qistdesk.store.migrations') "
        "or m.name == 'qistdesk.__main__':\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
    )
    assert _loaded_qt(code) == []


def test_cli_commands_run_without_qt(tmp_path):
    db = tmp_path / "x.sqlite3"
    code = (f"from qistdesk.cli.main import main\n"
            f"assert main(['--db', {str(db)!r}, 'list', 'people', '--json']) == 0\n"
            f"assert main(['--db', {str(db)!r}, 'check']) == 0\n")
    assert _loaded_qt(code) == []
