"""Organiser summaries and printed lists as PDF: titled tables of plain text, nothing else.

Pure rendering: a summary (title, subtitle, tables of text cells, notes,
an optional "confidential" line, a sign-in flag) or a list (title, headers,
rows) in, PDF bytes out. Cells are user text drawn by the fast table (never
markup). A sign-in sheet gets rows tall enough to sign on and a ruled
signature column.
"""

from __future__ import annotations

from qistdesk.formats.pdf import fonts
from qistdesk.formats.pdf.paper import A4


def _document(office, paper: str, title: str, footer: str, build_story) -> bytes:
    from qistdesk.formats.pdf.templates import PacketState, build_pdf, load_logo, start_packet

    warnings: list[str] = []
    state = PacketState(office=office.name, office_contact=office.contact, logo=load_logo(office.logo, warnings),
                        extra={"office_email": office.email, "office_phone": office.phone})
    story: list = []
    start_packet(story, state, paper, title, footer, first=True)
    build_story(story)
    return build_pdf(story, state, paper, title, office.name)


def summary_pdf(summary, office, paper: str = A4) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    from qistdesk.formats.pdf.fasttable import make_table
    from qistdesk.formats.pdf.templates import body_width, styles
    from qistdesk.formats.pdf.text import label, one_line

    st = styles()
    width = body_width(paper)

    def story(s: list) -> None:
        s += [Paragraph(one_line(summary.title, 200), st.h1), Paragraph(one_line(summary.subtitle), st.cover_sub)]
        if summary.confidential:
            s.append(Paragraph(f"<b>{label(summary.confidential)}</b>", st.body))
        for note in summary.notes:
            s.append(Paragraph(one_line(note, 400), st.muted))
        for table in summary.tables:
            s += [Spacer(1, 4), Paragraph(one_line(table.title), st.h2)]
            widths = [w * width for w in (table.widths or [1 / len(table.headers)] * len(table.headers))]
            if summary.sign_in:
                s.append(sign_in_table(table, widths))
            elif table.rows:
                s.append(make_table(table.headers, table.rows, widths))
            else:
                s.append(Paragraph(label("None."), st.muted))

    footer = summary.confidential or summary.subtitle
    return _document(office, paper, summary.title, footer, story)


def sign_in_table(table, widths: list[float]):
    """A table with a row of 26 pt per person: name, organisation (one line each), a ruled space to sign."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table

    from qistdesk.formats.pdf.templates import ACCENT, RULE, styles, table_style
    from qistdesk.formats.pdf.text import markup

    size = 9.5
    from reportlab.lib.styles import ParagraphStyle

    cell = ParagraphStyle("qd-sign", parent=styles().body, fontSize=size, leading=size * 1.2, spaceAfter=0)
    data = [table.headers] + [[Paragraph(markup(fit_line(c, w - 8, size), None), cell) if c else ""
                               for c, w in zip(row, widths)] for row in table.rows]
    t = Table(data, colWidths=widths, rowHeights=[18] + [26] * len(table.rows), repeatRows=1, hAlign="LEFT")
    t.setStyle(table_style(header=True, zebra=False) + [
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT)), ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.6, colors.HexColor(RULE)),
        ("BOX", (-1, 1), (-1, -1), 0.6, colors.HexColor(RULE))])
    return t


def fit_line(text: str, width: float, size: float) -> str:
    """``text`` on one line of ``width`` points, cut with "…" when longer."""
    from qistdesk.formats.pdf.fasttable import text_width
    from qistdesk.formats.pdf.text import clean_plain

    text = " ".join(clean_plain(text).split())  # markup() applies clean() (right-to-left order) once, later
    if text_width(text, False, size) <= width:
        return text
    while text and text_width(text + "…", False, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def list_pdf(title: str, subtitle: str, headers: list[str], rows: list[list[str]], office,
             paper: str = A4, widths: list[float] | None = None) -> bytes:
    """A list as shown on screen: its columns in order, its rows in order, a title and the date."""
    from reportlab.platypus import Paragraph

    from qistdesk.formats.pdf.fasttable import make_table
    from qistdesk.formats.pdf.templates import body_width, styles
    from qistdesk.formats.pdf.text import label, one_line

    st = styles()
    width = body_width(paper)
    widths = [w * width / sum(widths) for w in widths] if widths else column_widths(headers, rows, width)

    def story(s: list) -> None:
        s += [Paragraph(one_line(title, 200), st.h1), Paragraph(one_line(subtitle, 400), st.muted)]
        if rows:
            s.append(make_table(headers, rows, widths, size=8))
        else:
            s.append(Paragraph(label("No rows."), st.muted))

    return _document(office, paper, title, subtitle, story)


def column_widths(headers: list[str], rows: list[list[str]], width: float, size: float = 8,
                  sample: int = 300) -> list[float]:
    """Widths in points: each column's natural width (its header, or the 90th percentile of its
    cells), short columns kept whole, the long ones sharing what is left when the page is too narrow."""
    from qistdesk.formats.pdf.fasttable import text_width

    pad = 10
    natural = []
    for i, head in enumerate(headers):
        cells = sorted(text_width(r[i], False, size) for r in rows[:sample] if i < len(r) and r[i]) or [0.0]
        typical = cells[min(len(cells) - 1, int(len(cells) * 0.9))]
        natural.append(max(text_width(head, True, size), min(typical, width * 0.6)) + pad)
    total = sum(natural)
    if total <= width:
        return [w * width / total for w in natural]
    fair = width / len(natural)
    short = [w for w in natural if w <= fair]
    rest = width - sum(short)
    long_total = sum(w for w in natural if w > fair) or 1
    return [w if w <= fair else w * rest / long_total for w in natural]
