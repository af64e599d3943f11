"""Build the qistdesk app bundle for the machine this runs on: ``python packaging/build.py``.

Why one script in Python (not a shell script): the same command works on
Windows, macOS and Linux. It runs PyInstaller with ``packaging/qistdesk.spec``,
then starts the result once (``qistdesk --version``) so a bundle that cannot
even import is never handed out, and prints the build time and the size.

Output: ``packaging/dist/qistdesk/`` (one folder: the ``qistdesk`` program and
``_internal/``; on Linux also ``share/`` with the menu entry, AppStream
metadata and icons, and ``install.sh``), on macOS also ``packaging/dist/qistdesk.app``. ``--archive``
adds a ``.zip`` (Windows, macOS) or ``.tar.gz`` (Linux) of the folder beside it.

Needs PyInstaller in the running Python: ``pip install -e ".[packaging]"``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "qistdesk.spec"


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path`` (symlinks not followed, as an installer copies them)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(bundle: Path) -> Path:
    """The console program inside a bundle folder (qistdesk-cli.exe on Windows)."""
    if sys.platform == "win32":
        return bundle / "qistdesk-cli.exe"
    return bundle / "qistdesk"


def build(dist: Path, work: Path, *, clean: bool = True, quiet: bool = False) -> Path:
    """Run PyInstaller with the spec; return the bundle folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed in this Python: pip install -e \".[packaging]\"") from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist),
               "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    if quiet:
        command[3:3] = ["--log-level", "WARN"]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "qistdesk"


def compile_translations() -> None:
    """resources/i18n/*.ts -> *.qm beside them, so the bundle ships compiled translations
    (the bundle has no lrelease to compile them at run time). The .qm files are not committed."""
    from qistdesk.gui.i18n import release

    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        if not release(ts, ts.with_suffix(".qm")):
            raise SystemExit(f"could not compile {ts.name} (is PySide6 installed?)")


def smoke(bundle: Path) -> str:
    """``qistdesk --version`` from the bundle; raises when it does not start."""
    result = subprocess.run([str(executable(bundle)), "--version"], capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"the bundle does not start:\n{result.stdout}{result.stderr}")
    return result.stdout.strip()


def add_linux_desktop_files(bundle: Path) -> None:
    """Put the menu entry, AppStream metadata, hicolor icons and install.sh into the Linux bundle.

    Why in the folder: the archive an IT desk receives is then complete;
    ``install.sh`` copies these to where desktops look for them.
    """
    linux = PACKAGING / "linux"
    share = bundle / "share"
    for sub, name in (("applications", "qistdesk.desktop"), ("metainfo", "org.qistdesk.qistdesk.metainfo.xml")):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy2(linux / name, share / sub / name)
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("qistdesk-*.png"):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / "qistdesk.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "qistdesk.svg", scalable / "qistdesk.svg")
    shutil.copy2(linux / "install.sh", bundle / "install.sh")


def archive(bundle: Path) -> Path:
    """A zip (Windows, macOS) or tar.gz (Linux) of the bundle folder, named after version and platform."""
    from qistdesk import __version__

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = bundle.parent / f"qistdesk-{__version__}-{system}-{platform.machine().lower()}"
    fmt = "gztar" if sys.platform.startswith("linux") else "zip"
    return Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent, base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the qistdesk one-folder app bundle for this machine.")
    parser.add_argument("--dist", type=Path, default=PACKAGING / "dist", help="output folder (default: packaging/dist)")
    parser.add_argument("--work", type=Path, default=PACKAGING / "build", help="PyInstaller work folder")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache (faster rebuilds)")
    parser.add_argument("--archive", action="store_true", help="also pack the folder into a .zip/.tar.gz")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller prints warnings only")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the smoke run needs no display
    started = time.perf_counter()
    compile_translations()
    bundle = build(args.dist.resolve(), args.work.resolve(), clean=not args.no_clean, quiet=args.quiet)
    seconds = time.perf_counter() - started
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    version = smoke(bundle)
    size = folder_size(bundle)
    print(f"built {bundle} ({version}) in {seconds:.0f} s: {size / 1e6:.0f} MB "
          f"in {sum(1 for _ in bundle.rglob('*'))} files")
    if sys.platform == "darwin" and (args.dist / "qistdesk.app").exists():
        print(f"macOS app: {args.dist / 'qistdesk.app'}")
    if args.archive:
        packed = archive(bundle)
        print(f"archive {packed}: {packed.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
