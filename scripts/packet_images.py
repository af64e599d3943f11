"""Page images of each packet kind, printed from the demo programme, for docs/pdf-packets.md.

Run: .venv/bin/python scripts/packet_images.py   (needs pdftoppm from poppler-utils)
Writes docs/images/packet-*.png and badges-a4.png (A4 pages at 60 dpi), so the pictures in the
docs are what the commands print.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"


def page_image(pdf: bytes, page: int, name: str) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "p.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", "-png",
                        str(source), str(OUT / name)], check=True)
    return OUT / f"{name}.png"


def first_page_with(pdf: bytes, words: str, default: int) -> int:
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        if words in (page.extract_text() or ""):
            return number
    return default


def main() -> int:
    os.environ.setdefault("QISTDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="qistdesk-images-config-"))
    from qistdesk.formats import pdf
    from qistdesk.services import packets, queries
    from qistdesk.services.demo import load_demo
    from qistdesk.store import open_database

    OUT.mkdir(parents=True, exist_ok=True)
    db = open_database(Path(tempfile.mkdtemp(prefix="qistdesk-images-")) / "demo.sqlite3")
    load_demo(db)
    office = packets.office_info()
    for row in queries.list_exchanges(db):
        rendered = pdf.exchange_pdf(packets.exchange_packet(db, row["id"]), office)
        if rendered.paper == "A4":
            break
    print(page_image(rendered.pdf, 1, "packet-exchange-cover"))
    print(page_image(rendered.pdf, 2, "packet-exchange-letter"))
    conference = max(queries.list_events(db), key=lambda e: e["participants"])
    event, cards = packets.event_packets(db, conference["id"])
    card = next(c for c in cards if pdf.paper_for(c.country, pdf.AUTO) == "A4")
    rendered = pdf.event_pdf(event, card, office)
    from pypdf import PdfReader

    last = len(PdfReader(io.BytesIO(rendered.pdf)).pages)
    print(page_image(rendered.pdf, first_page_with(rendered.pdf, "Your role", 2), "packet-event-programme"))
    print(page_image(rendered.pdf, last, "packet-event-participants-badge"))
    badges = pdf.badges_pdf(event, cards, office, paper="A4")
    print(page_image(badges.pdf, 1, "badges-a4"))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
