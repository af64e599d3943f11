"""The Linux PyInstaller bundle builds, holds only the Qt it needs, and works headless.

Why: the bundle is what an IT desk installs; modules imported by name
(command modules, holidays' countries, reportlab's barcodes) or read from disk
(Alembic migrations, fonts) are exactly what a frozen app loses silently. So
the test builds the bundle with the same command as the README
(``packaging/build.py``), checks what went in, then runs the user scenario
with the bundle's own ``qistdesk``: demo database, ``.ics``, PDF packet, app
started offscreen until its first paint.

The build takes about 1–2 minutes on two cores, so it runs with the suite;
``QISTDESK_BUILD_BUNDLE=0`` skips it on a developer machine in a hurry.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from pkg_scenario import run, user_scenario

ROOT = Path(__file__).resolve().parents[2]

#: Qt libraries a bundle must not carry: the app imports QtCore/QtGui/QtWidgets only.
UNWANTED_QT = ("Qml", "Quick", "WebEngine", "3D", "Multimedia", "Pdf", "Charts", "Designer", "Sql", "Test")
#: Generous ceiling (bytes) so a regression that pulls in a big library is noticed.
MAX_SIZE = 260_000_000


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI bundle is the Linux one")
@pytest.mark.skipif(os.environ.get("QISTDESK_BUILD_BUNDLE") == "0", reason="QISTDESK_BUILD_BUNDLE=0")
@pytest.mark.skipif(shutil.which("objdump") is None, reason="PyInstaller needs binutils (.ci/run installs it)")
def test_linux_bundle_builds_and_works_headless(tmp_path):
    pytest.importorskip("PyInstaller", reason="needs the packaging extra: pip install -e '.[test]'")
    started = time.perf_counter()
    out = run([sys.executable, ROOT / "packaging" / "build.py", "--quiet",
               "--dist", tmp_path / "dist", "--work", tmp_path / "work"], timeout=900)
    build_s = time.perf_counter() - started
    bundle = tmp_path / "dist" / "qistdesk"
    exe = bundle / "qistdesk"
    assert exe.is_file() and os.access(exe, os.X_OK), out

    internal = bundle / "_internal"
    qt_libs = [p.name for p in internal.rglob("libQt6*")]
    assert any(name.startswith("libQt6Widgets") for name in qt_libs)
    unwanted = [name for name in qt_libs if any(f"libQt6{part}" in name for part in UNWANTED_QT)]
    assert not unwanted, f"Qt modules the app does not use went in: {unwanted}"
    translations = sorted(p.name for p in internal.rglob("*.qm"))
    # Danish (ours and Qt's own), and English plural forms ("1 day" / "3 days"); no other Qt language.
    assert translations == ["qistdesk_da.qm", "qistdesk_en.qm", "qtbase_da.qm"], translations
    for needed in ("resources/fonts/DejaVuSans.ttf", "resources/icons/qistdesk-256.png",
                   "resources/licenses/LGPL-3.0.txt", "qistdesk/store/migrations/env.py"):
        assert (internal / needed).is_file(), f"the bundle lacks {needed}"
    for needed in ("share/applications/qistdesk.desktop", "share/metainfo/org.qistdesk.qistdesk.metainfo.xml",
                   "share/icons/hicolor/256x256/apps/qistdesk.png", "install.sh"):
        assert (bundle / needed).is_file(), f"the bundle lacks {needed}"
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_SIZE, f"the bundle grew to {size / 1e6:.0f} MB"

    work = tmp_path / "work-user"
    work.mkdir()
    timings = user_scenario([exe], work)
    print(f"bundle: build {build_s:.0f} s, {size / 1e6:.0f} MB, steps {timings}")
