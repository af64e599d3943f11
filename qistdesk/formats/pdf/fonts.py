"""Bundled fonts, glyph coverage and script warnings.

Why: reportlab's base-14 fonts know only Latin-1, so "Søren" survives but
"王芳" turns into black boxes, silently. Packets therefore embed DejaVu Sans
(Latin, Greek, Cyrillic, …) and Droid Sans Fallback (CJK), pick the font per
run of characters, and report any character that neither font can draw.
Arabic and Hebrew letters exist in DejaVu but reportlab neither shapes nor
reorders them, so :func:`visual` does it first: Arabic letters are joined
(arabic-reshaper, into presentation forms DejaVu has) and each line is put in
display order (python-bidi). :func:`rtl_scripts` still detects such text, so
the user is told to check it before printing: a long right-to-left passage
wraps line by line in display order.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from qistdesk.resources import resource_path

REGULAR = "QD-Sans"
BOLD = "QD-Sans-Bold"
FALLBACK = "QD-CJK"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", FALLBACK: "DroidSansFallback.ttf"}

#: Characters that need no glyph (line breaks, joiners, variation selectors…).
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}


@lru_cache(maxsize=None)
def _ttfont(name: str):
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont(name, str(resource_path("fonts", _FILES[name])))


@lru_cache(maxsize=None)
def register(name: str | None = None) -> None:
    """Register the bundled fonts with reportlab (once per process).

    With ``name``, only that font (the CJK fallback is 3.4 MB and is parsed
    only when some text needs it). Registering the regular and bold faces
    also declares them a family, so ``<b>`` in generated markup picks bold.
    """
    from reportlab.pdfbase import pdfmetrics

    from reportlab.lib.fonts import addMapping

    if name is not None:
        pdfmetrics.registerFont(_ttfont(name))
        if name == FALLBACK:  # no bold CJK face: bold and italic map to the regular one
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FALLBACK, bold, italic, FALLBACK)
        return
    from reportlab import rl_config

    # Binary (zlib-only) streams: ASCII85 costs time in pure Python and makes files 25 % larger.
    rl_config.useA85 = 0
    for face in (REGULAR, BOLD):
        register(face)

    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@lru_cache(maxsize=None)
def _cmap(name: str) -> frozenset[int]:
    return frozenset(_ttfont(name).face.charToGlyph)


def needs_glyph(ch: str) -> bool:
    return not (ch.isspace() or unicodedata.category(ch) in _INVISIBLE_CATEGORIES)


def font_for(ch: str, bold: bool = False) -> str | None:
    """The bundled font that draws ``ch``, or None when none does."""
    code = ord(ch)
    primary = BOLD if bold else REGULAR
    if code < 0x250 or code in _cmap(primary):  # Latin fast path: DejaVu has all of it
        return primary
    if code in _cmap(FALLBACK):
        return FALLBACK
    return None


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font, chunk) runs; characters no font draws stay in the primary font."""
    primary = BOLD if bold else REGULAR
    if text.isascii():
        return [(primary, text)] if text else []
    runs: list[tuple[str, str]] = []
    current, start = None, 0
    for i, ch in enumerate(text):
        font = primary if not needs_glyph(ch) else (font_for(ch, bold) or primary)
        if font != current:
            if current is not None:
                runs.append((current, text[start:i]))
            current, start = font, i
    if current is not None:
        runs.append((current, text[start:]))
    if any(font == FALLBACK for font, _ in runs):
        register(FALLBACK)  # parsed on first use only (cached)
    return runs


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` that no bundled font can draw, in order, once each."""
    if text.isascii():
        return []
    seen: list[str] = []
    for ch in text:
        if needs_glyph(ch) and ch not in seen and font_for(ch) is None and font_for(ch, True) is None:
            seen.append(ch)
    return seen


def rtl_scripts(text: str) -> list[str]:
    """Names of right-to-left scripts in ``text`` (e.g. ["ARABIC"]), empty when none."""
    if text.isascii():
        return []
    found: list[str] = []
    for ch in text:
        if unicodedata.bidirectional(ch) in ("R", "AL"):
            script = unicodedata.name(ch, "RIGHT-TO-LEFT").split()[0]
            if script not in found:
                found.append(script)
    return found


def describe_char(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')} ({ch})"


@lru_cache(maxsize=1)
def _arabic_reshaper():
    """Joins Arabic letters; of the ligatures only lam-alef, the ones the bundled fonts can draw."""
    import arabic_reshaper

    defaults = arabic_reshaper.ArabicReshaper().configuration
    config = {key: (("lam with alef" in key and "maksura" not in key) if key.startswith("arabic ligature")
                    else value) for key, value in defaults.items()}
    return arabic_reshaper.ArabicReshaper(configuration=config)


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Text as it must be drawn left to right: right-to-left runs joined and in display order.

    Text without right-to-left letters comes back unchanged (and fast). Line breaks are kept;
    each line is ordered on its own.
    """
    if text.isascii() or not rtl_scripts(text):
        return text
    from bidi.algorithm import get_display

    reshaper = _arabic_reshaper()
    # Left-to-right paragraphs: packets are in English, a right-to-left name is a run inside them.
    return "\n".join(get_display(reshaper.reshape(line), base_dir="L") for line in text.split("\n"))


def run_width(canv, text: str, font: str, size: float) -> float:
    """Width of ``text`` as :func:`draw_runs` draws it (runs the font lacks in the fallback font)."""
    return sum(canv.stringWidth(chunk, f if f == FALLBACK else font, size) for f, chunk in font_runs(text))


def draw_runs(canv, text: str, font: str, size: float, x: float, y: float) -> None:
    """Draw one line on a canvas in ``font``, CJK runs in the fallback font (registered on first use)."""
    for f, chunk in font_runs(text):
        face = f if f == FALLBACK else font
        if face == FALLBACK:
            register(FALLBACK)
        canv.setFont(face, size)
        canv.drawString(x, y, chunk)
        x += canv.stringWidth(chunk, face, size)
