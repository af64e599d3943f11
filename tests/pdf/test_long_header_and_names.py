"""Issue 20 item 12: a 250-character title is cut with a marker in the packet header instead of
running over the office name; file names made from names drop bidi controls (U+202E)."""

from __future__ import annotations

import io

from qistdesk.formats.pdf.bulk import file_name


def test_long_title_is_cut_with_a_marker_beside_the_office_name():
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from qistdesk.formats.pdf import fonts
    from qistdesk.formats.pdf.templates import PacketState, _body_page, _close_page_count

    fonts.register(fonts.REGULAR)
    state = PacketState(office="Innovation Centre Denmark – Science Office", title="Quantum " * 32,
                        recipient="Nina Holm", packet=1)
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(595, 842))
    _body_page(state)(canv, None)
    canv.showPage()
    _close_page_count(canv, state, 1)
    canv.save()
    runs = []
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: text.strip() and runs.append((tm[4], text)))
    office = next((x, t) for x, t in runs if "Science Office" in t)
    title = next((x, t) for x, t in runs if "Quantum" in t)
    assert office[1].strip() == state.office  # whole
    assert title[1].rstrip().endswith("…") and len(title[1]) < 120
    office_end = office[0] + canv.stringWidth(state.office, fonts.REGULAR, 8)
    assert title[0] > office_end  # starts after the office name ends
    assert title[0] + canv.stringWidth(title[1].strip(), fonts.REGULAR, 8) <= 595 - 54 + 1


def test_file_names_drop_bidi_controls():
    name = file_name(7, "Nina\u202egnp.exe")
    assert "\u202e" not in name and name == "007-Nina gnp.exe.pdf"
    assert file_name(1, "Søren\u200f\u2066Ærø\u2069") == "001-Søren Ærø.pdf"
