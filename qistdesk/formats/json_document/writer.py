"""Turn database rows into one deterministic JSON document (pure translation).

Deterministic on purpose: lists are sorted by id and bookkeeping columns are
left out, so export -> import into an empty database -> export gives the same
bytes, and two laptops' files can be compared with a plain diff. The rows come
from ``services.documents``, which reads them in one transaction.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping, Sequence

from qistdesk.formats.json_document.layout import EVENT, FORMAT_NAME, FORMAT_VERSION, PARTS, Part, columns
from qistdesk.timezones import utc_to_local


def _value(value: Any, zone_name: str) -> Any:
    if isinstance(value, datetime):
        return utc_to_local(value, zone_name).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _record(part: Part, row, cols, zone_name: str) -> dict:
    return {part.json_name(c.key): _value(getattr(row, c.key), zone_name) for c in cols}


def build_document(rows: Mapping[str, Sequence], children: Mapping[str, Mapping[str, Sequence]],
                   speakers: Mapping[str, list[str]], include_sensitive: bool = False) -> dict:
    """The document from table rows: ``rows[part.key]`` sorted by id, ``children[child.key][parent id]``,
    ``speakers[session id]`` in speaking order. Rows are anything with the columns as attributes."""
    doc: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                           "includes_sensitive": include_sensitive}
    for part in PARTS:
        cols = columns(part, include_sensitive)
        out = []
        for row in rows[part.key]:
            zone_name = row.timezone if part is EVENT else "UTC"
            record = _record(part, row, cols, zone_name)
            for child in part.children:
                child_cols = columns(child)
                items = []
                for child_row in children[child.key].get(row.id, []):
                    item = _record(child, child_row, child_cols, zone_name)
                    if child.key == "sessions":
                        item["speaker_ids"] = speakers.get(child_row.id, [])
                    items.append(item)
                record[child.key] = items
            out.append(record)
        doc[part.key] = out
    return doc


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_text(path: Path | str, text: str, private: bool = False) -> None:
    """Write ``text`` to ``path`` ("-" for standard output); ``private`` creates it 0600.

    A regular file is written atomically (temp file + rename) so a crash never
    leaves half a file; anything else (a pipe, a device) is written directly.
    """
    if str(path) == "-":
        import sys

        sys.stdout.write(text)
        sys.stdout.flush()
        return
    path = Path(path)
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        return
    from qistdesk.private_files import open_new

    tmp = path.with_name(path.name + ".part")
    with open_new(tmp, "w", private, encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    tmp.replace(path)
