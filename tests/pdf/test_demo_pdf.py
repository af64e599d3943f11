"""Every name in the demo programme prints: no missing glyphs, names found in the PDFs."""

from __future__ import annotations

import unicodedata

from pdf_helpers import pdf_text


def test_every_demo_name_has_glyphs_and_prints_on_badges(demo_db, office):
    from qistdesk.formats import pdf
    from qistdesk.services import packets, queries

    people = queries.list_people(demo_db)
    assert people
    for p in people:
        assert pdf.preflight(p["given_name"], p["family_name"], p["organization"] or "") == [] or any(
            "right-to-left" in w for w in pdf.preflight(p["given_name"], p["family_name"])), p
    printed = ""
    for e in queries.list_events(demo_db):
        event, cards = packets.event_packets(demo_db, e["id"])
        printed += pdf_text(pdf.badges_pdf(event, cards, office).pdf)
        if cards:
            printed += pdf_text(pdf.event_pdf(event, cards[0], office).pdf)
    for x in queries.list_exchanges(demo_db):
        printed += pdf_text(pdf.exchange_pdf(packets.exchange_packet(demo_db, x["id"]), office).pdf)
    # Arabic prints joined: its presentation forms read back as letters again under NFKC.
    compact = unicodedata.normalize("NFKC", "".join(printed.split()))
    shown = {pid for e in queries.list_events(demo_db) for pid in
             (p["person_id"] for p in queries.participants_of(demo_db, e["id"]) if p["invitation_status"] != "declined")}

    def found(part: str) -> bool:
        # pypdf hands right-to-left text back in visual order (reversed): accept either.
        part = "".join(part.split())
        return part in compact or part[::-1] in compact

    missing = [f'{p["given_name"]} {p["family_name"]}' for p in people if p["id"] in shown
               and not (found(p["given_name"]) and found(p["family_name"]))]
    assert not missing, missing


def test_demo_warns_about_arabic_only(demo_db, office):
    from qistdesk.formats import pdf
    from qistdesk.services import packets, queries

    warnings = set()
    for e in queries.list_events(demo_db):
        event, cards = packets.event_packets(demo_db, e["id"])
        warnings |= set(pdf.preflight(event, cards))
    assert warnings, "the demo has an Arabic name: expected a right-to-left warning"
    assert all("right-to-left" in w for w in warnings), warnings
