"""The layers point one way: the contract in pyproject.toml ([tool.importlinter]), checked
by import-linter, plus a run-time proof that the core never loads Qt.

import-linter reads every import statement (inside functions too); the run-time checks
catch what no statement shows (a module loaded by name).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_layer_contract_is_kept():
    """gui|cli -> services -> formats -> domain -> store; formats never import store or services;
    nothing outside qistdesk.gui imports Qt. On failure, the output names each broken chain."""
    done = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
                           "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " kept, 0 broken." in done.stdout, done.stdout


def _loaded_qt(code: str) -> list[str]:
    probe = code + "\nimport sys\nprint(sorted(m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return eval(out.stdout.strip().splitlines()[-1])


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


def test_no_import_circles_inside_the_store():
    """store.database knows nothing of the modules that use it (opening, migrate, backup, filecheck)."""
    import grimp

    graph = grimp.build_graph("qistdesk")
    store = sorted(m for m in graph.modules if m.startswith("qistdesk.store.") and ".migrations" not in m)
    circles = [(a, b) for i, a in enumerate(store) for b in store[i + 1:]
               if graph.chain_exists(a, b) and graph.chain_exists(b, a)]
    assert circles == []
