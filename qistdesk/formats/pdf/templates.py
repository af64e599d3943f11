"""Page templates, styles and the document that holds one or many packets.

Why one document type for everything: a single packet, a merged file of 500
packets and a badge sheet share fonts, the office header and footer, and the
per-recipient paper size. Each packet starts with a :class:`PacketStart`
marker; the page templates read it to print the right title and page
numbers that restart at 1 for every packet, and each packet's pages use the
paper its recipient needs (reportlab lets page templates differ in size).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qistdesk.document_text import translator
from qistdesk.formats.pdf import fonts
from qistdesk.formats.pdf.paper import A4, LETTER, page_size
from qistdesk.formats.pdf.text import clean, cut
from qistdesk.messages import _

INK = "#1b2a3a"
ACCENT = "#1f5f8b"
MUTED = "#5b6b7b"
RULE = "#c9d3dd"
ZEBRA = "#f1f5f9"

MARGIN_X = 54  # 19 mm: inside the printable area of every office printer
MARGIN_TOP = 64
MARGIN_BOTTOM = 54


@dataclass
class Styles:
    body: object
    small: object
    muted: object
    h1: object
    h2: object
    cover_title: object
    cover_sub: object
    cover_name: object
    cell: object
    cell_head: object
    letter: object


@lru_cache(maxsize=1)
def styles() -> Styles:
    """Paragraph styles, built once per process, all in the bundled fonts."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    base = ParagraphStyle("qd-body", fontName=fonts.REGULAR, fontSize=10, leading=14, textColor=colors.HexColor(INK),
                          splitLongWords=1, spaceAfter=4)
    return Styles(
        body=base,
        small=ParagraphStyle("qd-small", parent=base, fontSize=8.5, leading=11, spaceAfter=2),
        muted=ParagraphStyle("qd-muted", parent=base, fontSize=9, leading=12, textColor=colors.HexColor(MUTED)),
        h1=ParagraphStyle("qd-h1", parent=base, fontName=fonts.BOLD, fontSize=16, leading=20, spaceBefore=4,
                          spaceAfter=8, textColor=colors.HexColor(ACCENT)),
        h2=ParagraphStyle("qd-h2", parent=base, fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=10,
                          spaceAfter=4),
        cover_title=ParagraphStyle("qd-cover-title", parent=base, fontName=fonts.BOLD, fontSize=26, leading=32,
                                   spaceAfter=10, textColor=colors.HexColor(INK)),
        cover_sub=ParagraphStyle("qd-cover-sub", parent=base, fontSize=13, leading=18, spaceAfter=6,
                                 textColor=colors.HexColor(MUTED)),
        cover_name=ParagraphStyle("qd-cover-name", parent=base, fontName=fonts.BOLD, fontSize=20, leading=26,
                                  spaceBefore=18, spaceAfter=4, textColor=colors.HexColor(ACCENT)),
        cell=ParagraphStyle("qd-cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        cell_head=ParagraphStyle("qd-cell-head", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=11,
                                 spaceAfter=0, textColor=colors.HexColor("#ffffff")),
        letter=ParagraphStyle("qd-letter", parent=base, fontSize=10.5, leading=15.5, spaceAfter=8),
    )


def table_style(header: bool = True, zebra: bool = True) -> list:
    """TableStyle commands; the font is set even for empty cells so no base-14 font is referenced."""
    from reportlab.lib import colors

    cmds = [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE))]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT))]
    if zebra:
        cmds += [("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, colors.HexColor(ZEBRA)])]
    return cmds


@dataclass
class PacketState:
    """What the page decorations need to know about the packet being drawn."""

    office: str = ""
    office_contact: str = ""
    title: str = ""
    recipient: str = ""
    first_page: int = 1
    packet: int = 0  # which packet of the document is being drawn (1, 2, …)
    logo: object = None
    extra: dict = field(default_factory=dict)
    lang: str = "en"  # the language of the packet being drawn (page footers, cover line)


def make_marker(state: PacketState, title: str, recipient: str, lang: str = "en"):
    """A zero-size flowable that, when drawn, tells the page decorations a new packet began."""
    from reportlab.platypus import Flowable

    class PacketStart(Flowable):
        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            if state.packet:  # the previous packet ended on the page before this cover
                _close_page_count(self.canv, state, self.canv.getPageNumber() - 1)
            state.packet += 1
            state.title, state.recipient, state.lang = title, recipient, lang
            state.first_page = self.canv.getPageNumber()

    return PacketStart()


def end_marker(state: PacketState):
    """A zero-size flowable at the end of the story: the last packet's page count becomes known."""
    from reportlab.platypus import Flowable

    class DocumentEnd(Flowable):
        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            if state.packet:
                _close_page_count(self.canv, state, self.canv.getPageNumber())

    return DocumentEnd()


def _page_count_form(state: PacketState) -> str:
    return f"qdPageCount{state.packet}"


def _close_page_count(canv, state: PacketState, last_page: int) -> None:
    """Define the form that prints "M" in "Page N of M" on every body page of the current packet.

    The pages were drawn before M was known; they refer to this form by name, and PDF
    resolves the name when the file is written (reportlab allows forms to be defined late).
    """
    from reportlab.lib import colors

    canv.beginForm(_page_count_form(state))
    canv.setFillColor(colors.HexColor(MUTED))
    canv.setFont(fonts.REGULAR, 8)
    canv.drawString(0, 0, str(last_page - state.first_page + 1))
    canv.endForm()


def start_packet(story: list, state: PacketState, paper: str, title: str, recipient: str, first: bool,
                 lang: str = "en") -> None:
    """Begin a packet on a fresh cover page of ``paper`` (the first packet's template comes first)."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    if not first:
        story += [NextPageTemplate(f"cover-{paper}"), PageBreak()]
    story.append(make_marker(state, title, recipient, lang))
    story.append(NextPageTemplate(f"body-{paper}"))


def _line(canv, font: str, size: float, x: float, y: float, text: str, right: bool = False, width: float = 0):
    """One line of page decoration in the bundled fonts (CJK runs in the fallback font).

    ``width`` (points): a longer text is cut to fit, ending in "…", so a 250-character title
    never runs over the office name beside it.
    """
    text = cut(" ".join(clean(text).split()), 120)
    if width and _width(canv, text, font, size) > width:
        low, high = 0, len(text)
        while low < high:  # the longest start that fits with the marker
            mid = (low + high + 1) // 2
            if _width(canv, text[:mid].rstrip() + "…", font, size) <= width:
                low = mid
            else:
                high = mid - 1
        text = text[:low].rstrip() + "…"
    if right:
        x -= fonts.run_width(canv, text, font, size)
    fonts.draw_runs(canv, text, font, size, x, y)


_width = fonts.run_width


def _cover_page(state: PacketState):
    """The cover's band and office lines, drawn when the cover page is complete: by then the packet
    that starts on it has said its language (a merged file may mix Danish and English packets)."""
    from reportlab.lib import colors

    def draw(canv, doc):
        w, h = canv._pagesize
        canv.saveState()
        canv.setFillColor(colors.HexColor(ACCENT))
        canv.rect(0, h - 92, w, 92, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        _line(canv, fonts.BOLD, 14, MARGIN_X, h - 52, state.office)
        t = translator(state.lang)
        _line(canv, fonts.REGULAR, 9, MARGIN_X, h - 70, t("US–Denmark cooperation in quantum science and technology"))
        if state.logo is not None:
            _draw_logo(canv, state.logo, w - MARGIN_X, h - 86, 72)
        canv.setFillColor(colors.HexColor(MUTED))
        contact = " · ".join(p for p in (state.office_contact, state.extra.get("office_email", ""),
                                         state.extra.get("office_phone", "")) if p)
        if contact:
            _line(canv, fonts.REGULAR, 8, MARGIN_X, 30, contact)
        canv.restoreState()

    return draw


def _body_page(state: PacketState):
    from reportlab.lib import colors

    def draw(canv, doc):
        w, h = canv._pagesize
        canv.saveState()
        canv.setFillColor(colors.HexColor(MUTED))
        half = (w - 2 * MARGIN_X - 12) / 2  # office left, title right: neither runs into the other
        office_width = min(_width(canv, " ".join(clean(state.office).split()), fonts.REGULAR, 8), half)
        _line(canv, fonts.REGULAR, 8, MARGIN_X, h - 36, state.office, width=half)
        _line(canv, fonts.REGULAR, 8, w - MARGIN_X, h - 36, state.title, right=True,
              width=w - 2 * MARGIN_X - 12 - office_width)
        canv.setStrokeColor(colors.HexColor(RULE))
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, h - 42, w - MARGIN_X, h - 42)
        canv.line(MARGIN_X, 38, w - MARGIN_X, 38)
        _line(canv, fonts.REGULAR, 8, MARGIN_X, 26, state.recipient, width=(w - 2 * MARGIN_X) / 2)
        page = canv.getPageNumber() - state.first_page + 1
        count_x = w - MARGIN_X - canv.stringWidth("888", fonts.REGULAR, 8)  # room for the page count
        t = translator(state.lang)
        _line(canv, fonts.REGULAR, 8, count_x - canv.stringWidth(" ", fonts.REGULAR, 8), 26,
              t("Page {page} of").format(page=page), right=True)
        canv.translate(count_x, 26)
        canv.doForm(_page_count_form(state))
        canv.restoreState()

    return draw


class SvgLogo:
    """An SVG logo as a reportlab Drawing: printed as vectors, sharp at any size."""

    def __init__(self, drawing):
        self.drawing = drawing

    def getSize(self) -> tuple[float, float]:  # noqa: N802 - the ImageReader interface
        return self.drawing.width, self.drawing.height


def _draw_logo(canv, logo, right: float, bottom: float, max_height: float) -> None:
    iw, ih = logo.getSize()
    scale = min(max_height / ih, 160 / iw)
    if isinstance(logo, SvgLogo):
        from reportlab.graphics import renderPDF

        canv.saveState()
        canv.translate(right - iw * scale, bottom)
        canv.scale(scale, scale)
        renderPDF.draw(logo.drawing, canv, 0, 0)
        canv.restoreState()
        return
    canv.drawImage(logo, right - iw * scale, bottom, iw * scale, ih * scale, mask="auto")


def load_logo(path: str, warnings: list[str]):
    """The office logo (PNG, JPEG or SVG) ready to draw, or None with a warning; never an exception."""
    if not path:
        return None
    try:
        if path.lower().endswith(".svg"):
            logo = _load_svg(path)
        else:
            from reportlab.lib.utils import ImageReader

            logo = ImageReader(path)
        width, height = logo.getSize()
        if not (width > 0 and height > 0):
            raise ValueError("it has no size")
        return logo
    except Exception as exc:  # noqa: BLE001 - any unreadable image is a warning, never a crash
        warnings.append(_("logo {path} could not be read ({reason}); no logo was printed").format(path=path, reason=exc))
        return None


def _load_svg(path: str) -> SvgLogo:
    import logging

    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.ERROR)  # unsupported SVG features are its own warnings
    if not Path(path).is_file():
        raise FileNotFoundError(f"no such file: {path}")
    drawing = svg2rlg(path)
    if drawing is None:
        raise ValueError("not an SVG image")
    return SvgLogo(drawing)


def build_pdf(story: list, state: PacketState, first_paper: str, title: str, author: str = "") -> bytes:
    """Lay out ``story`` (which starts with a packet on ``first_paper``) and return the PDF bytes."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    templates = []
    for paper in sorted((A4, LETTER), key=lambda p: p != first_paper):
        w, h = page_size(paper)
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - 92 - 40 - MARGIN_BOTTOM, id=f"cf-{paper}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = Frame(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM, id=f"bf-{paper}",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=f"cover-{paper}", frames=[cover], onPageEnd=_cover_page(state),
                                      pagesize=(w, h)))
        templates.append(PageTemplate(id=f"body-{paper}", frames=[body], onPage=_body_page(state),
                                      pagesize=(w, h)))
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=page_size(first_paper), pageTemplates=templates, title=title,
                          author=author or state.office, creator="qistdesk", initialFontName=fonts.REGULAR,
                          initialFontSize=10, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM)
    doc.build(story + [end_marker(state)])
    return out.getvalue()


def body_width(paper: str) -> float:
    return page_size(paper)[0] - 2 * MARGIN_X
