"""The wheel and sdist carry the resources; a fresh venv with only the wheel works.

Why: attachés' IT desks may install with ``pipx install qistdesk-….whl``. A
wheel that lacks the fonts still imports fine and fails only when a packet is
printed, so this test builds the sdist and the wheel (``python -m build``
builds the wheel from the sdist, proving both), looks inside them, installs
the wheel into a new venv and runs the user scenario with that venv's
``qistdesk``, from a folder outside the checkout. ~40 s with pip's cache.
"""

from __future__ import annotations

import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from pkg_scenario import run, user_scenario

ROOT = Path(__file__).resolve().parents[2]

#: Files the installed package cannot work without, as wheel paths.
WHEEL_MUST_HOLD = [
    # The Danish translation, compiled by lrelease from resources/i18n/qistdesk_da.ts at build time.
    "qistdesk/_resources/i18n/qistdesk_da.qm",
    "qistdesk/_resources/fonts/DejaVuSans.ttf",
    "qistdesk/_resources/fonts/DejaVuSans-Bold.ttf",
    "qistdesk/_resources/fonts/DroidSansFallback.ttf",
    "qistdesk/_resources/fonts/LICENSE-DejaVu.txt",
    "qistdesk/_resources/fonts/LICENSE-DroidSansFallback.txt",
    "qistdesk/_resources/icons/qistdesk.svg",
    "qistdesk/_resources/icons/qistdesk-256.png",
    "qistdesk/_resources/licenses/LGPL-3.0.txt",
    "qistdesk/store/migrations/env.py",
    "qistdesk/cli/main.py",
]


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / (name + (".exe" if sys.platform == "win32" else ""))


@pytest.mark.slow
def test_wheel_and_sdist_install_into_a_fresh_venv(tmp_path):
    pytest.importorskip("build", reason="needs the packaging extra: pip install -e '.[test]'")
    started = time.perf_counter()
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--outdir", dist, ROOT])
    built = time.perf_counter()
    wheel, = dist.glob("qistdesk-*.whl")
    sdist, = dist.glob("qistdesk-*.tar.gz")

    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in WHEEL_MUST_HOLD if name not in names]
    assert not missing, f"the wheel lacks {missing}"
    assert any(n.startswith("qistdesk/store/migrations/versions/") and n.endswith(".py") for n in names)
    assert not any("__pycache__" in n for n in names)
    with tarfile.open(sdist) as tar:
        top = tar.getnames()[0].split("/")[0]
        members = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    for needed in ("setup.py", "pyproject.toml", "resources/fonts/DejaVuSans.ttf", "packaging/qistdesk.spec"):
        assert needed in members, f"the sdist {top} lacks {needed}"

    venv = tmp_path / "fresh"
    run([sys.executable, "-m", "venv", venv])
    run([_bin(venv, "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel])
    installed = time.perf_counter()
    where = run([_bin(venv, "python"), "-c", "import qistdesk.resources as r; print(r.resources_root())"],
                cwd=tmp_path).strip()
    assert Path(where).parent.parent == Path(run(
        [_bin(venv, "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).strip()), where
    assert where.endswith("_resources"), where

    work = tmp_path / "work"
    work.mkdir()
    timings = user_scenario([_bin(venv, "qistdesk")], work)
    print(f"wheel: build {built - started:.0f} s, venv+install {installed - built:.0f} s, steps {timings}")
