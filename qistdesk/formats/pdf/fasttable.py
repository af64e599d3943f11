"""A fast table of plain user text that splits across pages and never overflows.

Why not reportlab's Table of Paragraphs: Paragraph parses markup for every
cell, which made a 5-page event packet cost 0.3 s, and a row taller than a
page raises LayoutError. Here cells are plain text (never markup, so nothing
to escape), lines are wrapped greedily with cached width measurements (the
participant list of an event is the same in every packet), a cell longer than
``max_lines`` is cut with a visible marker, and the table splits between rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qistdesk.formats.pdf import fonts
from qistdesk.formats.pdf.text import clean, clean_plain, cut

_TOKEN = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\s\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]+\s*|\s+")


@lru_cache(maxsize=65536)
def text_width(text: str, bold: bool, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(chunk, font, size) for font, chunk in _runs(text, bold))


@lru_cache(maxsize=65536)
def _runs(text: str, bold: bool) -> tuple[tuple[str, str], ...]:
    runs = tuple(fonts.font_runs(text, bold))
    if any(f == fonts.FALLBACK for f, _ in runs):
        fonts.register(fonts.FALLBACK)
    return runs


@lru_cache(maxsize=32768)
def wrap_lines(text: str, width: float, bold: bool, size: float, max_lines: int) -> tuple[str, ...]:
    """Greedy line breaking at spaces (and between CJK characters); long words break anywhere."""
    lines: list[str] = []
    for para in clean_plain(text).split("\n"):  # cells were cleaned once already
        line = ""
        for token in _TOKEN.findall(para):
            candidate = line + token
            if text_width(candidate.rstrip(), bold, size) <= width:
                line = candidate
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = token.lstrip() if token.isspace() else token
            while text_width(line.rstrip(), bold, size) > width and len(line) > 1:
                cut_at = _fit_chars(line, width, bold, size)
                lines.append(line[:cut_at])
                line = line[cut_at:]
        lines.append(line.rstrip())
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _ellipsis(lines[-1], width, bold, size) 
    return tuple(lines) if any(lines) else ("",)


def _ellipsis(line: str, width: float, bold: bool, size: float) -> str:
    marker = " … [cut]"
    while line and text_width(line + marker, bold, size) > width:
        line = line[:-1]
    return line + marker


def _fit_chars(text: str, width: float, bold: bool, size: float) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid], bold, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return max(1, lo)


def make_table(header: list[str] | None, rows: list[list], widths: list[float], *, size: float = 8.5,
               bold_first: bool = False, zebra: bool = True, max_lines: int = 12, limit: int = 2000):
    """Build the flowable (reportlab imported here, not at module import)."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    from qistdesk.formats.pdf.templates import ACCENT, INK, RULE, ZEBRA

    pad_x, pad_y, leading = 4.0, 3.0, size * 1.3
    accent, ink, rule, zebra_fill = (colors.HexColor(c) for c in (ACCENT, INK, RULE, ZEBRA))
    body = [[cut(clean(v), limit) if v is not None else "" for v in row] for row in rows]

    def layout(row: list[str], is_head: bool) -> tuple[list[tuple[str, ...]], float]:
        cells = [wrap_lines(v, max(widths[i] - 2 * pad_x, 10), is_head or (bold_first and i == 0), size, max_lines)
                 for i, v in enumerate(row)]
        return cells, max(len(c) for c in cells) * leading + 2 * pad_y

    class TextTable(Flowable):
        def __init__(self, laid: list, head):
            super().__init__()
            self.laid, self.head = laid, head
            self.width = sum(widths)

        def wrap(self, aw, ah):
            self.height = sum(h for _, h in self.laid) + (self.head[1] if self.head else 0)
            return self.width, self.height

        def split(self, aw, ah):
            used = self.head[1] if self.head else 0
            for n, (_, h) in enumerate(self.laid):
                if used + h > ah:
                    break
                used += h
            else:
                return [self]
            if n == 0:
                return []
            return [TextTable(self.laid[:n], self.head), TextTable(self.laid[n:], self.head)]

        def draw(self):
            # One text object for the whole table: reportlab then emits a font change only when the
            # font really changes, instead of a BT/Tf/ET triple for every cell line.
            canv = self.canv
            y = self.height
            all_rows = ([(self.head, True)] if self.head else []) + [(r, False) for r in self.laid]
            canv.setLineWidth(0.4)
            canv.setStrokeColor(rule)
            shading = canv.beginPath()
            head_y = None
            lines_path = canv.beginPath()
            for k, ((_, h), is_head) in enumerate(all_rows):
                y -= h
                if is_head:
                    head_y = (y, h)
                elif zebra and k % 2 == (0 if self.head else 1):
                    shading.rect(0, y, self.width, h)
                lines_path.moveTo(0, y)
                lines_path.lineTo(self.width, y)
            if head_y:
                canv.setFillColor(accent)
                canv.rect(0, head_y[0], self.width, head_y[1], stroke=0, fill=1)
            canv.setFillColor(zebra_fill)
            canv.drawPath(shading, stroke=0, fill=1)
            canv.drawPath(lines_path, stroke=1, fill=0)
            text = canv.beginText()
            y = self.height
            current = None
            for (cells, h), is_head in all_rows:
                y -= h
                colour = "head" if is_head else "body"
                if colour != current:
                    text.setFillColor(colors.white if is_head else ink)
                    current = colour
                x = 0.0
                for i, lines in enumerate(cells):
                    bold = is_head or (bold_first and i == 0)
                    ty = y + h - pad_y - size
                    for line in lines:
                        if line:
                            lx = x + pad_x
                            for font, chunk in _runs(line, bold):
                                text.setFont(font, size)
                                text.setTextOrigin(lx, ty)
                                text.textOut(chunk)
                                lx += text_width(chunk, bold, size)
                        ty -= leading
                    x += widths[i]
            canv.drawText(text)

    head = layout([h for h in header], True) if header else None
    return TextTable([layout(r, False) for r in body], head)
