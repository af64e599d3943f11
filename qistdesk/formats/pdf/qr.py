"""QR codes for map and online links, drawn as vectors by reportlab.

Why reportlab's own encoder: it draws squares, so the code stays sharp at
any print resolution and needs no image library in the worker processes.
"""

from __future__ import annotations


def qr_flowable(data: str, size: float):
    """A square Drawing of ``size`` points encoding ``data`` (a URL)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(data, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def map_link(address: str, explicit: str = "") -> str:
    """The venue's own map link, else an OpenStreetMap search for the address ('' when neither)."""
    if explicit.strip():
        return explicit.strip()
    query = " ".join(address.split())
    if not query:
        return ""
    from urllib.parse import quote_plus

    return "https://www.openstreetmap.org/search?query=" + quote_plus(query)
