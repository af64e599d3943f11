"""Name badges: one badge for a packet, or sheets of badges to cut for holders.

Sizes (inserts of common clip-on badge holders):

* ``4x3`` — 4 × 3 inch (101.6 × 76.2 mm), the usual US conference holder;
  6 per sheet (2 × 3). The default on US Letter.
* ``90x55`` — 90 × 55 mm, the usual European holder (business-card size);
  10 per sheet on A4 (2 × 5), 8 on Letter. The default on A4.

Both sizes fit both papers; 4 × 3 on A4 leaves a 3.4 mm side margin, which
some printers crop: the dotted cut line may then be missing, the text is not.
The name is shrunk to fit its width, then wrapped to two lines, then cut with
"…" — a long name never runs off the badge.
"""

from __future__ import annotations

from qistdesk.formats.pdf import fonts
from qistdesk.formats.pdf.blocks import card_name, role_label
from qistdesk.formats.pdf.paper import LETTER, page_size
from qistdesk.formats.pdf.templates import ACCENT, INK, MUTED, RULE
from qistdesk.formats.pdf.text import clean

MM = 72 / 25.4
BADGE_SIZES = {"4x3": (4 * 72, 3 * 72), "90x55": (90 * MM, 55 * MM)}
ROLE_COLOURS = {"speaker": "#c05621", "chair": "#6b46c1", "organiser": "#2f855a", "panelist": "#2c7a7b"}
COUNTRY_NAMES = {"DK": "Denmark", "US": "United States", "DE": "Germany", "SE": "Sweden", "NO": "Norway",
                 "GB": "United Kingdom", "NL": "Netherlands", "FR": "France", "CN": "China", "JP": "Japan",
                 "GR": "Greece", "UA": "Ukraine", "EG": "Egypt", "KR": "South Korea", "IN": "India"}


def default_size(paper: str) -> str:
    return "4x3" if paper == LETTER else "90x55"


_width = fonts.run_width


def _draw(canv, text: str, font: str, size: float, x: float, y: float, centre: bool = True) -> None:
    if centre:
        x -= _width(canv, text, font, size) / 2
    fonts.draw_runs(canv, text, font, size, x, y)


def _fit(canv, text: str, font: str, max_size: float, min_size: float, width: float) -> tuple[list[str], float]:
    """Lines and size so ``text`` fits ``width``: shrink, then two lines, then cut with '…'."""
    single_floor = max(min_size, max_size * 0.7)  # below this, two lines read better than one tiny one
    size = max_size
    while size >= single_floor:
        if _width(canv, text, font, size) <= width:
            return [text], size
        size -= 1
    words = text.split()
    if len(words) > 1:
        best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
        lines = [" ".join(words[:best]), " ".join(words[best:])]
    else:
        lines = [text]
    size = max_size
    while size > min_size and max(_width(canv, line, font, size) for line in lines) > width:
        size -= 1
    out = []
    for line in lines:
        while len(line) > 1 and _width(canv, line, font, size) > width:
            line = line[:-2] + "…"
        out.append(line)
    return out, size


def draw_badge(canv, card, event_title: str, x: float, y: float, w: float, h: float) -> None:
    """One badge with its lower-left corner at (x, y): event, name, organisation, country, role."""
    from reportlab.lib import colors

    scale = h / (3 * 72)
    pad = 12 * scale
    inner = w - 2 * pad
    canv.saveState()
    canv.setStrokeColor(colors.HexColor(RULE))
    canv.setDash(2, 3)
    canv.setLineWidth(0.5)
    canv.rect(x, y, w, h)
    canv.setDash()
    canv.setFillColor(colors.HexColor(MUTED))
    title = " ".join(clean(event_title).split())
    lines, size = _fit(canv, title, fonts.REGULAR, 9 * scale + 1, 6, inner)
    _draw(canv, lines[0], fonts.REGULAR, size, x + w / 2, y + h - pad - size)
    name_lines, name_size = _fit(canv, " ".join(clean(card_name(card)).split()) or "—", fonts.BOLD,
                                 28 * scale + 2, 11, inner)
    canv.setFillColor(colors.HexColor(INK))
    top = y + h * 0.62 + (name_size * 0.6 if len(name_lines) > 1 else 0)
    for i, line in enumerate(name_lines):
        _draw(canv, line, fonts.BOLD, name_size, x + w / 2, top - i * name_size * 1.15)
    canv.setFillColor(colors.HexColor(MUTED))
    org_lines, org_size = _fit(canv, " ".join(clean(card.organization).split()), fonts.REGULAR, 11 * scale + 1, 6.5,
                               inner)
    base = y + h * 0.34 + (org_size * 0.6 if len(org_lines) > 1 else 0)
    for i, line in enumerate(org_lines[:2]):
        _draw(canv, line, fonts.REGULAR, org_size, x + w / 2, base - i * org_size * 1.2)
    country = COUNTRY_NAMES.get(card.country, card.country or "")
    band = 22 * scale
    _draw(canv, country, fonts.REGULAR, 9 * scale + 1, x + w / 2, y + band + 6 * scale)
    canv.setFillColor(colors.HexColor(ROLE_COLOURS.get(card.role, ACCENT)))
    canv.rect(x + 1, y + 1, w - 2, band, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    role = role_label(card.role, getattr(card, "language", "en"))  # in the wearer's language
    _draw(canv, role.upper(), fonts.BOLD, 9 * scale + 1, x + w / 2, y + band / 2 - 3.5 * scale)
    canv.restoreState()


def badge_flowable(card, event_title: str, size: str = "4x3"):
    """A badge at its real size, to place in a packet's story."""
    from reportlab.platypus import Flowable

    w, h = BADGE_SIZES[size]

    class Badge(Flowable):
        def wrap(self, aw, ah):
            return w, h

        def draw(self):
            draw_badge(self.canv, card, event_title, 0, 0, w, h)

    return Badge()


def sheet_layout(paper: str, size: str) -> tuple[int, int, float, float]:
    """(columns, rows, left, bottom) of the badge grid, centred on the page."""
    pw, ph = page_size(paper)
    bw, bh = BADGE_SIZES[size]
    cols = max(1, int((pw - 18) // bw))
    rows = max(1, int((ph - 36) // bh))
    return cols, rows, (pw - cols * bw) / 2, (ph - rows * bh) / 2


def badge_sheets(cards: list, event_title: str, paper: str, size: str | None, office: str) -> bytes:
    """All badges of an event on sheets of ``paper`` (canvas drawing: fast for 500 badges)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    size = size or default_size(paper)
    if size not in BADGE_SIZES:
        raise ValueError(f"unknown badge size {size!r}: use {', '.join(BADGE_SIZES)}")
    out = io.BytesIO()
    pw, ph = page_size(paper)
    canv = Canvas(out, pagesize=(pw, ph), initialFontName=fonts.REGULAR, initialFontSize=10)
    canv.setTitle(f"Badges – {clean(event_title)}")
    canv.setAuthor(office)
    canv.setCreator("qistdesk")
    cols, rows, left, bottom = sheet_layout(paper, size)
    bw, bh = BADGE_SIZES[size]
    per_page = cols * rows
    for i, card in enumerate(cards or [None]):
        slot = i % per_page
        if i and slot == 0:
            canv.showPage()
        if card is None:
            _draw(canv, "No participants to print badges for.", fonts.REGULAR, 12, pw / 2, ph / 2)
            break
        col, row = slot % cols, slot // cols
        draw_badge(canv, card, event_title, left + col * bw, bottom + (rows - 1 - row) * bh, bw, bh)
    canv.showPage()
    canv.save()
    return out.getvalue()
