"""Render the app icon's SVG into PNG sizes, a Windows ICO and a macOS ICNS.

Why a script (and why the results are committed): the SVG in
``resources/icons/qistdesk.svg`` is the one source; every raster form is made
from it the same way, so a changed icon is one edit plus ``python
packaging/make_icons.py``. Builds then need no image tools at all.

The SVG is drawn by Qt's own ``QSvgRenderer`` (PySide6-Essentials ships
QtSvg), so no extra dependency. ICO and ICNS are written here: both are small
containers of embedded PNG images (ICO since Windows Vista, ICNS since
macOS 10.7), which needs a dozen lines each rather than Pillow or iconutil.

Usage: ``python packaging/make_icons.py [--out DIR]`` (default: the folder
of the SVG). Run with ``QT_QPA_PLATFORM=offscreen`` on a machine without a
display; the script sets it when unset.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "qistdesk.svg"

#: PNG sizes written next to the SVG (Linux hicolor theme sizes and the
#: window icon; 1024 for macOS Retina).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
#: Sizes inside the ICO: Windows picks from these for title bar, taskbar,
#: Explorer views; 256 is the largest an ICO entry can declare.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a square transparent image of ``size`` pixels, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are the given PNGs (size -> PNG data).

    Layout: ICONDIR (reserved 0, type 1, count), one 16-byte ICONDIRENTRY per
    image (width/height as a byte, 0 meaning 256; 32 bits per pixel; data
    length and offset), then the PNG data.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: ``icns`` + total length, then (type, length, PNG) elements; big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_all(svg: Path = SVG, out: Path | None = None) -> list[Path]:
    """Write every PNG size, ``qistdesk.ico`` and ``qistdesk.icns``; return the paths."""
    from PySide6.QtGui import QGuiApplication

    out = out or svg.parent
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs one
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = out / f"qistdesk-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    stem = svg.stem
    for name, data in ((f"{stem}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       (f"{stem}.icns", icns_bytes(pngs))):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the app icon SVG into PNG sizes, ICO and ICNS.")
    parser.add_argument("--svg", type=Path, default=SVG, help=f"SVG source (default: {SVG.relative_to(ROOT)})")
    parser.add_argument("--out", type=Path, help="output folder (default: the SVG's folder)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in make_all(args.svg, args.out):
        print(f"{path.stat().st_size:>9,} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
