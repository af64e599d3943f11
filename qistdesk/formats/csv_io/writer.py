"""Write CSV that opens in Excel with the right characters and runs no formulas.

- UTF-8 with a BOM: without it Excel reads UTF-8 as Windows-1252 and "Søren" becomes
  "SÃ¸ren". (A ``sep=;`` first line would make Excel ignore the BOM, so the delimiter is an
  option instead; Danish Excel opens ``;`` files by double-click.)
- CWE-1236: a cell that starts with ``= + - @``, a tab or a carriage return is a formula to
  Excel, LibreOffice and Google Sheets. Such cells get a leading apostrophe, which the
  import strips again so an export/import round trip keeps the text.
- The file is written under a temporary name and renamed, so a failure leaves no half file.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Iterable, Sequence

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """The cell text, with a leading apostrophe when a spreadsheet would run it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    stripped = text.lstrip(" ")
    if stripped.startswith(FORMULA_TRIGGERS) or text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise` on import (``'=1+1`` was written for ``=1+1``)."""
    if text.startswith("'") and text[1:].lstrip(" ").startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def write_rows(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence], delimiter: str = ",",
               private: bool = False) -> int:
    """Write a header and rows; every cell neutralised. Returns the number of rows.

    ``private`` (sensitive columns): the file is created 0600."""
    from qistdesk.private_files import open_new

    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    count = 0
    try:
        with open_new(tmp, "w", private, encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow([neutralise(h) for h in headers])
            for row in rows:
                writer.writerow([neutralise(v) for v in row])
                count += 1
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
