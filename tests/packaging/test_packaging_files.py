"""The packaging files an installer reads are well formed and agree with the code (fast, no build).

Why: a broken .desktop file, an ICO Windows cannot read or an AppStream
release that names last year's version fail only on someone else's machine;
these checks catch them in a second. The validators ``desktop-file-validate``
and ``appstreamcli`` run too where installed (Debian: desktop-file-utils,
appstream); the structural checks below do not need them.
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qistdesk import __version__
from qistdesk.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(PACKAGING))
import make_icons  # noqa: E402  (packaging/ is scripts, not a package)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_png_sizes_are_rendered_from_the_svg():
    assert (ICONS / "qistdesk.svg").is_file()
    for size in make_icons.PNG_SIZES:
        assert _png_size((ICONS / f"qistdesk-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_one_png_per_size_up_to_256():
    data = (ICONS / "qistdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        width, height, _c, _r, _planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        side = width or 256
        assert _png_size(data[offset:offset + length]) == (side, side) and bits == 32
        sizes.append(side)
    assert sorted(sizes) == sorted(make_icons.ICO_SIZES)


def test_icns_elements_are_pngs_of_their_declared_size():
    data = (ICONS / "qistdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        found[kind] = _png_size(data[pos + 8:pos + length])[0]
        pos += length
    assert found == {kind: size for kind, size in make_icons.ICNS_TYPES}


def test_pillow_reads_the_icons_if_installed():
    image = pytest.importorskip("PIL.Image")
    with image.open(ICONS / "qistdesk.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
    with image.open(ICONS / "qistdesk.icns") as icns:
        assert icns.size == (1024, 1024)


def test_desktop_entry(qapp):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(PACKAGING / "linux" / "qistdesk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "qistdesk"
    assert entry["Exec"].split()[0] == "qistdesk" and entry["Icon"] == "qistdesk"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    # The desktop file name is the app id Qt reports on Wayland: the one the app really sets.
    from PySide6.QtWidgets import QApplication

    from qistdesk.gui.launch import name_application

    app = QApplication.instance() or QApplication([])
    name_application(app)
    assert app.desktopFileName() + ".desktop" == "qistdesk.desktop"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", PACKAGING / "linux" / "qistdesk.desktop"],
                                capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_appstream_metainfo():
    path = PACKAGING / "linux" / "org.qistdesk.qistdesk.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == path.name.removesuffix(".metainfo.xml")
    for tag in ("name", "summary", "metadata_license", "project_license"):
        assert (root.findtext(tag) or "").strip(), f"<{tag}> is required"
    assert root.findtext("metadata_license") in ("CC0-1.0", "FSFAP", "MIT")
    assert root.findtext("project_license") == "MIT"  # as pyproject.toml says
    assert root.find("description/p") is not None
    assert root.findtext("launchable[@type='desktop-id']") == "qistdesk.desktop"
    assert root.findtext("provides/binary") == "qistdesk"
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version (newest first)"
    if shutil.which("appstreamcli"):
        result = subprocess.run(["appstreamcli", "validate", "--no-net", path], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_windows_version_resource_fills_to_valid_python():
    text = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    filled = text.replace("{filevers}", "(0, 1, 0, 0)").replace("{version}", __version__)
    tree = ast.parse(filled, mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert f"'{__version__}'" in filled and "{" not in filled


def test_spec_keeps_every_qt_module_the_app_imports():
    """If the GUI starts using another Qt module, the bundle must keep it (packaging/qistdesk.spec)."""
    used = set()
    for source in (ROOT / "qistdesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    spec = (PACKAGING / "qistdesk.spec").read_text(encoding="utf-8")
    keep = set(ast.literal_eval(re.search(r"QT_KEEP = (\{[^}]*\})", spec).group(1)))
    assert used <= keep, f"add {sorted(used - keep)} to QT_KEEP in packaging/qistdesk.spec"


def test_resources_are_found_from_the_checkout():
    assert resources_root() == ROOT / "resources"
    for parts in (("fonts", "DejaVuSans.ttf"), ("icons", "qistdesk.svg"), ("licenses", "LGPL-3.0.txt")):
        assert resource_path(*parts).is_file()
    with pytest.raises(FileNotFoundError):
        resource_path("fonts", "NoSuchFont.ttf")


def test_ico_writer_puts_entries_before_the_png_data():
    pngs = {size: (ICONS / f"qistdesk-{size}.png").read_bytes() for size in (16, 32)}
    ico = make_icons.ico_bytes(pngs)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    assert ico[6 + 32:] == pngs[16] + pngs[32]
