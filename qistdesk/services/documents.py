"""The whole database as one JSON document: export and import, one transaction each.

The format (``formats.json_document``) translates; this service reads the rows,
decides what an import creates or updates, and writes, all or nothing. Records carry
stable UUIDs: a record the database already has is updated (only the fields the
document names), a new one is added, nothing is deleted.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from qistdesk.domain import PersonEmail, SessionSpeaker, new_id
from qistdesk.formats.json_document import reader, writer
from qistdesk.formats.json_document.layout import EVENT, PARTS, Part
from qistdesk.formats.json_document.reader import DocumentError, ImportSummary
from qistdesk.messages import _
from qistdesk.services.crud import fill_defaults
from qistdesk.services.journal import recorded_write
from qistdesk.store import Database
from qistdesk.store.faults import ConstraintError


def export_document(db: Database, include_sensitive: bool = False) -> dict:
    """The document of everything in the database (sensitive person fields only when asked)."""
    with db.read() as s:
        speakers: dict[str, list[str]] = defaultdict(list)
        for link in s.execute(select(SessionSpeaker.session_id, SessionSpeaker.person_id)
                              .order_by(SessionSpeaker.session_id, SessionSpeaker.position)):
            speakers[link.session_id].append(link.person_id)
        rows, children = {}, {}
        for part in PARTS:
            table = part.model.__table__
            rows[part.key] = s.execute(select(table).order_by(table.c.id)).all()
            for child in part.children:
                children[child.key] = _children(s, child)
    return writer.build_document(rows, children, speakers, include_sensitive)


def _children(s, child: Part) -> dict[str, list]:
    table = child.model.__table__
    grouped: dict[str, list] = defaultdict(list)
    for row in s.execute(select(table).order_by(table.c.id)):
        grouped[getattr(row, child.parent_key)].append(row)
    return grouped


def write_document(db: Database, path: Path | str, include_sensitive: bool = False) -> dict[str, int]:
    """Write the document to ``path`` ("-" for standard output); return the count of each part."""
    doc = export_document(db, include_sensitive)
    writer.write_text(path, writer.dumps(doc), private=include_sensitive)
    return {part.key: len(doc[part.key]) for part in PARTS}


def import_document(db: Database, data: Any, record: bool = False) -> ImportSummary:
    """Check the document, then create or update its records in one transaction.

    ``record``: keep what was written in ``summary.changes`` (``services.journal``), for Undo.
    """
    data = reader.without_derived(data)
    reader.check_document(data)
    summary = ImportSummary()
    try:
        with recorded_write(db, record) as (s, summary.changes):
            for part in PARTS:
                for index, record in enumerate(data.get(part.key, [])):
                    _upsert(s, part, record, f"{part.key}[{index}]", summary, parent=None)
                s.flush()
    except (IntegrityError, ConstraintError) as exc:  # the store names a refused row ConstraintError
        raise DocumentError(_("the document refers to a record that is neither in it nor in the database "
                              "({reason}); nothing was imported").format(reason=_short(exc))) from None
    return summary


def read_into(db: Database, path: Path, record: bool = False) -> ImportSummary:
    """Import the document in the file at ``path``."""
    return import_document(db, reader.read_file(path), record)


def _short(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc.__cause__ or exc
    return str(orig).splitlines()[0] or "constraint failed"


def _upsert(s, part: Part, record: dict, where: str, summary: ImportSummary, parent) -> Any:
    model = part.model
    obj = s.get(model, record["id"])
    created = obj is None
    if created:
        obj = model(id=record["id"])
        fill_defaults(obj)
        if part.parent_key:
            setattr(obj, part.parent_key, parent.id)
    elif part.parent_key and getattr(obj, part.parent_key) != parent.id:
        raise DocumentError(_("{where}.id: {ident} belongs to another record").format(where=where, ident=record["id"]))
    for attr, value in reader.column_values(part, record, reader.zone_for(part, record, parent), where).items():
        setattr(obj, attr, value)
    if part is EVENT and not obj.ical_uid:
        obj.ical_uid = f"{new_id()}@qistdesk"
    validator = reader.VALIDATORS.get(part.key)
    errors = validator(obj) if validator else None
    if errors:
        raise reader.problem_of(part, errors, where)
    if part.model is PersonEmail and s.scalar(select(PersonEmail.id).where(PersonEmail.email == obj.email,
                                                                          PersonEmail.id != obj.id)):
        raise DocumentError(_("{where}.email: {email} is already another person's address; nothing was imported")
                            .format(where=where, email=obj.email))
    if created:
        s.add(obj)
        bucket = summary.created
    else:
        bucket = summary.updated if s.is_modified(obj) else summary.unchanged
    bucket[part.key] = bucket.get(part.key, 0) + 1
    for child in part.children:
        for index, item in enumerate(record.get(child.key, [])):
            _upsert(s, child, item, f"{where}.{child.key}[{index}]", summary, parent=obj)
    if part.key == "sessions" and "speaker_ids" in record:
        s.flush()
        obj.speaker_links = [SessionSpeaker(session_id=obj.id, person_id=pid, position=i)
                             for i, pid in enumerate(dict.fromkeys(record["speaker_ids"]))]
    return obj
