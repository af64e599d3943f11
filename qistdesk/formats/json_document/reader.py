"""Read a qistdesk JSON document into the database, all or nothing.

Records carry stable UUIDs: a record the database already has is updated
(only the fields the document names), a new one is added, nothing is deleted.
The document is checked against the generated JSON Schema first, then every
record through the domain's validators, and every problem is reported with
its place in the document (``events[2].end: must be after the start``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Date, select
from sqlalchemy.exc import IntegrityError

from qistdesk.domain import SessionSpeaker, new_id
from qistdesk.domain import validation as v
from qistdesk.domain.base import UTCDateTime
from qistdesk.formats.json_document.layout import (EVENT, FORMAT_NAME, FORMAT_VERSION, PARTS, Part,
                                                   document_schema)
from qistdesk.services.crud import fill_defaults
from qistdesk.services.errors import ServiceError
from qistdesk.store import Database
from qistdesk.timezones import TimeZoneError, parse_iso_instant

VALIDATORS = {
    "organizations": v.validate_organization, "people": v.validate_person, "venues": v.validate_venue,
    "events": v.validate_event, "sessions": v.validate_session, "participants": v.validate_participation,
    "programs": v.validate_program, "exchanges": v.validate_exchange, "milestones": v.validate_milestone,
}


class DocumentError(ServiceError):
    """The document cannot be imported; the message names the place and the reason."""


@dataclass
class ImportSummary:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        keys = [k for k in dict.fromkeys([*self.created, *self.updated]) if self.created.get(k) or self.updated.get(k)]
        if not keys:
            return "nothing new: every record in the file is already in the database"
        return ", ".join(f"{k}: {self.created.get(k, 0)} new, {self.updated.get(k, 0)} updated" for k in keys)


def read_file(path: Path) -> dict:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path.name} is not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise DocumentError(f"{path.name} nests lists or objects too deeply to be a qistdesk document") from None
    return data


def check_document(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise DocumentError("this is not a qistdesk document (its \"format\" is not \"qistdesk\")")
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise DocumentError(f"the document has format version {version}; this qistdesk reads version "
                            f"{FORMAT_VERSION} — update qistdesk first")
    import jsonschema

    validator = jsonschema.Draft202012Validator(document_schema())
    try:
        error = next(iter(sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])),
                     None)
    except RecursionError:
        raise DocumentError("the document nests lists or objects too deeply") from None
    if error is not None:
        raise DocumentError(f"{_path(error.absolute_path) or 'document'}: {_schema_message(error)}")


def _schema_message(error) -> str:
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field(s)")
    return error.message


def _path(parts) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def import_document(db: Database, data: Any) -> ImportSummary:
    check_document(data)
    summary = ImportSummary()
    try:
        with db.write() as s:
            for part in PARTS:
                for index, record in enumerate(data.get(part.key, [])):
                    _upsert(s, part, record, f"{part.key}[{index}]", summary, parent=None)
                s.flush()
    except IntegrityError as exc:
        raise DocumentError(f"the document refers to a record that is neither in it nor in the database "
                            f"({_short(exc)}); nothing was imported") from None
    return summary


def _short(exc: IntegrityError) -> str:
    return str(exc.orig).splitlines()[0] if exc.orig else "constraint failed"


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
        raise DocumentError(f"{where}.id: {record['id']} belongs to another record")
    zone_name = _zone_for(part, record, parent)
    by_json = {part.json_name(c.key): c for c in model.__table__.columns}
    for key, raw in record.items():
        if key in by_json and key != "id":
            setattr(obj, by_json[key].key, _convert(by_json[key], raw, zone_name, f"{where}.{key}"))
    if part is EVENT and not obj.ical_uid:
        obj.ical_uid = f"{new_id()}@qistdesk"
    validator = VALIDATORS.get(part.key)
    if validator:
        errors = validator(obj)
        if errors:
            name, message = next(iter(errors.items()))
            json_name = {c.key: part.json_name(c.key) for c in model.__table__.columns}.get(name, name)
            raise DocumentError(f"{where}.{json_name.removesuffix('_utc')}: {message}")
    if created:
        s.add(obj)
    if created:
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


def _zone_for(part: Part, record: dict, parent) -> str:
    if part is EVENT:
        return record.get("zone") or "UTC"
    if parent is not None and hasattr(parent, "timezone"):
        return parent.timezone
    return "UTC"


def _convert(column, raw: Any, zone_name: str, where: str) -> Any:
    if raw is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, UTCDateTime):
            return parse_iso_instant(raw, zone_name)
        if isinstance(kind, Date):
            return date.fromisoformat(raw)
    except (TimeZoneError, ValueError) as exc:
        raise DocumentError(f"{where}: {exc}") from None
    return raw


def read_into(db: Database, path: Path) -> ImportSummary:
    return import_document(db, read_file(path))


def existing_ids(db: Database, part: Part) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(part.model.id)))
