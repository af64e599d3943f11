"""User text to reportlab paragraph markup, safely.

Why: reportlab's Paragraph parses its text as markup. Unescaped user text
makes ``Smith & Sons <Ltd>`` lose ``<Ltd>``, an unbalanced ``<b>`` crash the
build, ``<img src=…>`` read a local file and ``<a href="javascript:…">``
become a live link. Every piece of user text therefore passes through
:func:`markup`, which escapes it, picks a font per run of characters (CJK
goes to the fallback font) and cuts text beyond a limit with a visible
marker. Table cells are short by construction; a 5,000-word description in a
table cell would otherwise raise LayoutError (a row cannot split).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from xml.sax.saxutils import escape

from qistdesk.formats.pdf import fonts

#: Limits in characters: generous for flowing text, tight for table cells and badges.
LIMIT_TEXT = 20_000
LIMIT_CELL = 400
LIMIT_LINE = 160

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_plain(value) -> str:
    """Any value to text: None is empty, control characters go, CR LF become LF (idempotent)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def clean(value) -> str:
    """:func:`clean_plain`, then right-to-left text joined and put in display order.

    Apply it once per piece of text (twice would reverse right-to-left runs again).
    """
    text = clean_plain(value)
    if text.isascii():
        return text
    from qistdesk.formats.pdf.fonts import visual

    return visual(text)


#: Set by :func:`strict` while a document is rebuilt after a LayoutError.
_STRICT_LIMIT: int | None = None


@contextmanager
def strict(limit: int = 300):
    """Cut every piece of user text at ``limit`` characters (the second try after a LayoutError)."""
    global _STRICT_LIMIT
    previous, _STRICT_LIMIT = _STRICT_LIMIT, limit
    try:
        yield
    finally:
        _STRICT_LIMIT = previous


def cut(text: str, limit: int | None) -> str:
    """``text`` itself, or its first ``limit`` characters and a marker that says what is missing."""
    if _STRICT_LIMIT is not None:
        limit = min(limit or _STRICT_LIMIT, _STRICT_LIMIT)
    if limit is None or len(text) <= limit:
        return text
    rest = len(text) - limit
    return text[:limit].rstrip() + f" … [cut: {rest:,} more characters]"


def markup(value, limit: int | None = LIMIT_TEXT, bold: bool = False) -> str:
    """Escaped paragraph markup for user text, fonts chosen per character run."""
    text = cut(clean(value), limit)
    if not text:
        return ""
    parts = []
    for font, chunk in fonts.font_runs(text, bold):
        body = escape(chunk).replace("\n", "<br/>")
        if font == fonts.FALLBACK:
            fonts.register(fonts.FALLBACK)
            body = f'<font face="{fonts.FALLBACK}">{body}</font>'
        parts.append(body)
    out = "".join(parts)
    return f"<b>{out}</b>" if bold else out


def one_line(value, limit: int = LIMIT_LINE) -> str:
    """Text for a single line (names, titles): line breaks become spaces, then :func:`markup`."""
    return markup(" ".join(clean_plain(value).split()), limit)  # markup() applies clean() once


def para(value, style, limit: int | None = LIMIT_TEXT, bold: bool = False):
    """A Paragraph of user text (never markup)."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup(value, limit, bold), style)


def cell(value, style, limit: int = LIMIT_CELL):
    """A table cell: a Paragraph, so it wraps; cut at ``limit`` so a row always fits a page."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup(value, limit), style)


def label(text: str) -> str:
    """Markup for the app's own fixed text (headings, field names): still escaped."""
    return escape(text)
