"""Packets as a reader gets them: names print, paper fits, fonts embedded, pages not blank, markup inert."""

from __future__ import annotations

import io

import pytest

from pdf_helpers import MARKUP_NAME, ink_fraction, pdf_text, render_pngs

BASE14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
          "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
          "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def _event_pdf(programme, office, person, **kw):
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    event, card = packets.event_packet(programme.db, programme.event, person, **kw)
    return pdf.event_pdf(event, card, office)


def _exchange_pdf(programme, office, **kw):
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    return pdf.exchange_pdf(packets.exchange_packet(programme.db, programme.exchange, **kw), office)


def _fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) of every font every page refers to, descendant fonts included."""
    from pypdf import PdfReader

    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for f in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
                descriptor = f.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found.append((str(f.get("/BaseFont")), embedded))
    return found


def test_event_packet_prints_every_name_literally(programme, office):
    rendered = _event_pdf(programme, office, programme.us_person)
    text = pdf_text(rendered.pdf)
    for name in ("Søren", "Ærøskøbing", "Grace Okafor", "王芳", "Smith & Sons <Ltd>", "<&>", "Øresund",
                 "Quantum Days <2027> & more", "Panel <b>unbalanced", "Room & B"):
        assert name in text, name
    assert "<b>Bold" in text and "javascript:alert(1)" in text  # printed, not interpreted
    assert "Hidden" not in text  # did not consent to be listed
    assert any("ARABIC" in w.upper() for w in rendered.warnings)


def test_markup_in_user_text_is_never_interpreted(programme, office):
    from pypdf import PdfReader

    rendered = _event_pdf(programme, office, programme.markup_person)
    reader = PdfReader(io.BytesIO(rendered.pdf))
    for page in reader.pages:
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A", {})
            assert "javascript" not in str(action.get("/URI", "")).lower()
            assert action.get("/S") != "/JavaScript"
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    assert MARKUP_NAME.split()[0] in pdf_text(rendered.pdf)


def test_page_size_follows_the_recipient(programme, office):
    from pypdf import PdfReader

    us = PdfReader(io.BytesIO(_event_pdf(programme, office, programme.us_person).pdf))
    dk = PdfReader(io.BytesIO(_event_pdf(programme, office, programme.dk_person).pdf))
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in us.pages} == {(612, 792)}
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in dk.pages} == {(595, 842)}
    exchange = PdfReader(io.BytesIO(_exchange_pdf(programme, office).pdf))  # host in the US
    assert round(exchange.pages[0].mediabox.width) == 612


@pytest.mark.parametrize("kind", ["event", "exchange", "badges"])
def test_every_font_is_embedded_and_none_is_base14(programme, office, kind):
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    if kind == "event":
        data = _event_pdf(programme, office, programme.cjk_person).pdf
    elif kind == "exchange":
        data = _exchange_pdf(programme, office).pdf
    else:
        event, cards = packets.event_packets(programme.db, programme.event)
        data = pdf.badges_pdf(event, cards, office, "A4").pdf
    fonts = _fonts_of(data)
    assert fonts, "no fonts found"
    assert all(embedded for _, embedded in fonts), fonts
    assert not any(name.split("+")[-1].lstrip("/") in BASE14 for name, _ in fonts), fonts
    assert b"/Helvetica" not in data and b"/Times-Roman" not in data


def test_sensitive_fields_only_when_asked(programme, office):
    plain = pdf_text(_event_pdf(programme, office, programme.dk_person).pdf)
    assert "DK1234567" not in plain and "no nuts" not in plain
    asked = pdf_text(_event_pdf(programme, office, programme.dk_person, include_sensitive=True).pdf)
    assert "DK1234567" in asked and "no nuts" in asked
    exchange = pdf_text(_exchange_pdf(programme, office).pdf)
    assert "DK1234567" not in exchange


def test_exchange_packet_letter_itinerary_contacts(programme, office):
    rendered = _exchange_pdf(programme, office)
    text = pdf_text(rendered.pdf)
    assert "Hej Søren Ærøskøbing!" in text and "{bad}" in text  # unknown placeholder kept, visible
    assert "911" in text and "Grace Okafor" in text and "Room 12 <shared>" in text
    assert "Visum godkendt" in text  # Søren lives in Denmark: his checklist is in Danish (issue 18)
    assert any("placeholder" in w for w in rendered.warnings)


def test_five_thousand_words_do_not_crash_and_are_cut_visibly(programme, office):
    text = pdf_text(_event_pdf(programme, office, programme.us_person).pdf)
    assert "[cut" in text  # the long session title in a table cell


@pytest.mark.parametrize("kind", ["event", "exchange", "badges"])
def test_pages_render_and_are_not_blank(programme, office, tmp_path, kind):
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    if kind == "event":
        data = _event_pdf(programme, office, programme.us_person).pdf
    elif kind == "exchange":
        data = _exchange_pdf(programme, office).pdf
    else:
        event, cards = packets.event_packets(programme.db, programme.event)
        data = pdf.badges_pdf(event, cards, office, "Letter").pdf
    pages = render_pngs(data, tmp_path)
    assert pages
    for png in pages:
        assert ink_fraction(png) > 0.01, f"{png.name} looks blank"


@pytest.mark.parametrize("kind", ["svg", "png", "broken"])
def test_office_logo_prints_from_svg_or_png_and_a_broken_one_is_a_warning(programme, office, tmp_path, kind):
    """The logo on the cover: SVG as vectors (svglib), PNG as an image; an unreadable file warns, never fails."""
    from dataclasses import replace

    from PIL import Image

    red = (200, 16, 46)
    logo = tmp_path / f"logo.{'svg' if kind != 'png' else 'png'}"
    if kind == "svg":
        logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">'
                        '<rect width="120" height="60" fill="#c8102e"/></svg>', encoding="utf-8")
    elif kind == "png":
        Image.new("RGB", (120, 60), red).save(logo)
    else:
        logo.write_text("<svg this is not", encoding="utf-8")
    rendered = _exchange_pdf(programme, replace(office, logo=str(logo)))
    logo_warnings = [w for w in rendered.warnings if "logo" in w]
    cover = Image.open(render_pngs(rendered.pdf, tmp_path, dpi=40)[0]).convert("RGB")
    raw = cover.tobytes()
    reds = sum(1 for i in range(0, len(raw), 3) if abs(raw[i] - red[0]) < 30 and raw[i + 1] < 60 and raw[i + 2] < 80)
    if kind == "broken":
        assert logo_warnings and "could not be read" in logo_warnings[0]
        assert reds < 20
    else:
        assert logo_warnings == []
        assert reds > 200, f"no logo colour on the cover ({reds} red pixels)"


def test_body_pages_say_page_n_of_m_per_packet_in_one_document(programme, office, tmp_path):
    """Several packets in one file: each counts its own pages ("Page 2 of 5"), the cover carries none."""
    import re
    import shutil
    import subprocess

    from qistdesk.formats import pdf
    from qistdesk.services import packets

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: footers were not read")
    event, cards = packets.event_packets(programme.db, programme.event)
    rendered = pdf.event_pdfs(event, cards, office)
    source = tmp_path / "all.pdf"
    source.write_bytes(rendered.pdf)
    text = subprocess.run(["pdftotext", "-layout", str(source), "-"], capture_output=True, text=True,
                          check=True).stdout
    # Danish participants' packets say "Side N af M" (issue 18).
    footers = [re.search(r"(?:Page|Side) (\d+) (?:of|af) (\d+)", page) for page in text.split("\f") if page.strip()]
    packets_seen, current = [], None
    for match in footers:
        if match is None:  # a cover: a new packet begins
            current = []
            packets_seen.append(current)
        else:
            current.append((int(match.group(1)), int(match.group(2))))
    assert len(packets_seen) == len(cards)
    for pages in packets_seen:
        total = len(pages) + 1  # the cover counts as page 1
        assert pages == [(n, total) for n in range(2, total + 1)], pages
