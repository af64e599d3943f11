"""The packet preview: pages shown as images, warnings in amber, nothing written before Save."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_preview_shows_pages_and_warnings_and_saves(qtbot, programme, office, tmp_path):
    from qistdesk.formats import pdf
    from qistdesk.gui.pdf_preview import PdfPreviewDialog
    from qistdesk.services import packets

    event, card = packets.event_packet(programme.db, programme.event, programme.us_person)
    rendered = pdf.event_pdf(event, card, office)
    dialog = PdfPreviewDialog(rendered.pdf, rendered.warnings, "packet.pdf")
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) >= 4
    image = dialog.page_labels[0].pixmap().toImage()
    assert image.width() > 500
    assert not dialog.warnings.isHidden() and "right-to-left" in dialog.warnings.text()
    assert not list(tmp_path.glob("*.pdf"))
    dialog.save_to(tmp_path / "out")
    assert (tmp_path / "out.pdf").read_bytes() == rendered.pdf and dialog.saved_to == tmp_path / "out.pdf"


def test_preview_pages_are_not_blank(qtbot, programme, office):
    from qistdesk.formats import pdf
    from qistdesk.gui.pdf_preview import page_images
    from qistdesk.services import packets

    rendered = pdf.exchange_pdf(packets.exchange_packet(programme.db, programme.exchange), office)
    images, total = page_images(rendered.pdf, width_px=200)
    assert total == len(images) >= 3
    first = images[0]
    dark = sum(1 for x in range(0, first.width(), 4) for y in range(0, first.height(), 4)
               if first.pixelColor(x, y).lightness() < 200)
    assert dark > 50
