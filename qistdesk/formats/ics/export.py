"""Calendar files on disk: UTF-8 bytes, CRLF kept, written atomically.

What goes into them is read by :mod:`qistdesk.services.ics_export` (events, series, exchanges).
"""

from __future__ import annotations

import os
from pathlib import Path


def write_file(text: str, path: str | os.PathLike) -> Path:
    """Write calendar text as UTF-8 bytes (CRLF kept), atomically."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(text.encode("utf-8"))
    os.replace(tmp, target)
    return target
