"""Packets in the recipient's language (issue 18): a Danish reader gets Danish, read back with pypdf."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from qistdesk.document_text import translator

ROOT = Path(__file__).resolve().parents[2]


def _text(pdf: bytes) -> str:
    import io

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _exchange(demo_db, lang: str | None):
    from qistdesk.services import packets, queries

    from qistdesk.formats import pdf

    ex_id = queries.list_exchanges(demo_db)[0]["id"]
    ex = packets.exchange_packet(demo_db, ex_id)
    if lang:
        ex.participant.language = lang
    return ex, pdf.exchange_pdf(ex, packets.office_info(), "A4")


def test_danish_exchange_packet_reads_danish(demo_db):
    ex, rendered = _exchange(demo_db, "da")
    text = _text(rendered.pdf)
    for words in ("Udvekslingsmappe", "I denne mappe", "Velkommen", "Kære ", "Rejseplan", "Tjekliste",
                  "Praktiske oplysninger", "Side 2 af", "Dansk-amerikansk samarbejde", "Nødnumre"):
        assert words in text, words
    for english in ("Exchange packet", "In this packet", "Itinerary", "Checklist", "Page 2 of", "Welcome letter"):
        assert english not in text, english
    from qistdesk.locale_text import format_day

    assert format_day(ex.start_date, "da") in text  # "tirs. 1. sep. 2026"


def test_recipient_language_follows_country_unless_chosen(demo_db):
    from qistdesk.services import directory, packets, queries

    ex_id = queries.list_exchanges(demo_db)[0]["id"]
    ex = packets.exchange_packet(demo_db, ex_id)
    expected = "da" if ex.participant.country == "DK" else "en"
    assert ex.participant.language == expected
    directory.update_person(demo_db, ex.participant.id, language="en" if expected == "da" else "da")
    assert packets.exchange_packet(demo_db, ex_id).participant.language != expected


def test_english_packet_stays_english(demo_db):
    _ex, rendered = _exchange(demo_db, "en")
    text = _text(rendered.pdf)
    assert "Exchange packet" in text and "In this packet" in text and "Udvekslingsmappe" not in text


def test_default_checklist_titles_have_danish_names():
    from datetime import date

    from qistdesk.services.exchanges import default_milestones

    t = translator("da")
    for step in default_milestones(date(2027, 1, 1), date(2027, 12, 31)):
        assert t(step["title"]) != step["title"], step["title"]


def test_every_document_text_has_a_danish_translation(tmp_path):
    pybabel = Path(sys.executable).parent / "pybabel"
    if not pybabel.exists():
        pytest.skip(f"pybabel (Babel) not installed beside {sys.executable}")
    sources = (ROOT / "scripts" / "document_sources.txt").read_text().split()
    pot = tmp_path / "documents.pot"
    subprocess.run([str(pybabel), "extract", "--no-location", "-k", "_", "-k", "t", "-k", "N_", "-k", "ngettext:1,2",
                    "-o", str(pot), *sources], cwd=ROOT, check=True, capture_output=True)
    from babel.messages.pofile import read_po

    with open(pot, "rb") as fh:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}
    with open(ROOT / "resources" / "i18n" / "documents_da.po", "rb") as fh:
        have = {(m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(fh, locale="da")
                if m.id and m.string and (isinstance(m.string, str) or all(m.string)) and not m.fuzzy}
    assert not sorted(wanted - have), "run scripts/update_translations.sh and translate these"


def test_the_apps_language_does_not_leak_into_an_english_packet(demo_db):
    """A Danish window (qistdesk.messages) writing an English reader's packet: the visa and insurance
    statuses, labels shown in the window's language, print in the reader's."""
    from qistdesk import messages

    messages.set_language("da")
    try:
        ex, rendered = _exchange(demo_db, "en")
    finally:
        messages.set_language("en")
    text = _text(rendered.pdf)
    from qistdesk.domain.exchanges import paperwork_label

    assert f"Visa {paperwork_label(ex.visa_status)}" in " ".join(text.split())
    for danish in ("Ikke nødvendigt", "Ikke påbegyndt", "I gang", "Udført"):
        assert danish not in text, danish
