"""Helpers for PDF tests: text extraction, rendering to PNG, ink measurement."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

LONG_TEXT = " ".join(["quantum"] * 5000)
MARKUP_NAME = '<b>Bold <img src="/etc/passwd"/> <a href="javascript:alert(1)">click</a>'


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def render_pngs(pdf: bytes, tmp_path: Path, dpi: int = 30) -> list[Path]:
    """Pages as PNG through poppler's pdftoppm; skips visibly when it is not installed."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed: pages were not rendered")
    src = tmp_path / "render.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(tmp_path / "page")], check=True,
                   timeout=120)
    return sorted(tmp_path.glob("page*.png"))


def ink_fraction(png: Path) -> float:
    from PIL import Image

    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)
