"""Write the whole database as one deterministic JSON document.

Deterministic on purpose: lists are sorted by id and bookkeeping columns are
left out, so export -> import into an empty database -> export gives the same
bytes, and two laptops' files can be compared with a plain diff.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from qistdesk.domain import SessionSpeaker
from qistdesk.formats.json_document.layout import EVENT, FORMAT_NAME, FORMAT_VERSION, PARTS, Part, columns
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local


def _value(value: Any, zone_name: str) -> Any:
    if isinstance(value, datetime):
        return utc_to_local(value, zone_name).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _record(part: Part, row, cols, zone_name: str) -> dict:
    return {part.json_name(c.key): _value(getattr(row, c.key), zone_name) for c in cols}


def export_document(db: Database, include_sensitive: bool = False) -> dict:
    doc: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                           "includes_sensitive": include_sensitive}
    with db.read() as s:
        speakers: dict[str, list[str]] = defaultdict(list)
        for link in s.execute(select(SessionSpeaker.session_id, SessionSpeaker.person_id)
                              .order_by(SessionSpeaker.session_id, SessionSpeaker.position)):
            speakers[link.session_id].append(link.person_id)
        for part in PARTS:
            cols = columns(part, include_sensitive)
            table = part.model.__table__
            rows = s.execute(select(table).order_by(table.c.id)).all()
            children = {child.key: _children(s, child) for child in part.children}
            out = []
            for row in rows:
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


def _children(s, child: Part) -> dict[str, list]:
    table = child.model.__table__
    grouped: dict[str, list] = defaultdict(list)
    for row in s.execute(select(table).order_by(table.c.id)):
        grouped[getattr(row, child.parent_key)].append(row)
    return grouped


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_document(db: Database, path: Path | str, include_sensitive: bool = False) -> dict[str, int]:
    """Write the document to ``path`` ("-" for standard output).

    A regular file is written atomically (temp file + rename) so a crash never
    leaves half a file; anything else (a pipe, a device) is written directly.
    """
    doc = export_document(db, include_sensitive)
    text = dumps(doc)
    counts = {part.key: len(doc[part.key]) for part in PARTS}
    if str(path) == "-":
        import sys

        sys.stdout.write(text)
        sys.stdout.flush()
        return counts
    path = Path(path)
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        return counts
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    tmp.replace(path)
    return counts
