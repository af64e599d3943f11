"""QR codes for map and online links, drawn as vectors by reportlab.

Why reportlab's own encoder: it draws squares, so the code stays sharp at
any print resolution and needs no image library in the worker processes.
"""

from __future__ import annotations


from functools import lru_cache


@lru_cache(maxsize=256)
def qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """(modules per side, dark runs as (row, first column, length)); encoding is cached because every
    packet of an event carries the same link and the encoder costs ~30 ms."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(data)
    qr.make()
    n = qr.getModuleCount()
    runs = []
    for r in range(n):
        c = 0
        while c < n:
            if qr.isDark(r, c):
                start = c
                while c < n and qr.isDark(r, c):
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return n, tuple(runs)


@lru_cache(maxsize=256)
def qr_operators(data: str, size: float) -> str:
    """The PDF path operators that fill the dark modules, one rectangle per run, cached."""
    n, runs = qr_runs(data)
    cell = size / (n + 4)
    ops = " ".join(f"{(c + 2) * cell:.3f} {size - (r + 3) * cell:.3f} {length * cell:.3f} {cell:.3f} re"
                   for r, c, length in runs)
    return f"q 0 g {ops} f Q"


def qr_flowable(data: str, size: float):
    """A square flowable of ``size`` points encoding ``data`` (a URL), with a quiet zone of 2 modules."""
    from reportlab.platypus import Flowable

    class QR(Flowable):
        def wrap(self, aw, ah):
            return size, size

        def draw(self):
            self.canv.addLiteral(qr_operators(data, size))

    return QR()


def map_link(address: str, explicit: str = "") -> str:
    """The venue's own map link, else an OpenStreetMap search for the address ('' when neither)."""
    if explicit.strip():
        return explicit.strip()
    query = " ".join(address.split())
    if not query:
        return ""
    from urllib.parse import quote_plus

    return "https://www.openstreetmap.org/search?query=" + quote_plus(query)
