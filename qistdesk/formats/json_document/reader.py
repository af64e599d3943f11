"""Read a qistdesk JSON document: bytes to checked plain data (pure translation).

The document is checked against the generated JSON Schema; each record's values
are turned into the column values of its domain class (instants in the event's
zone, dates), and every problem is reported with its place in the document
(``events[2].end: must be after the start``). ``services.documents`` writes the
records into the database, all or nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Date

from qistdesk.domain import validation as v
from qistdesk.domain.base import UTCDateTime
from qistdesk.formats.json_document.layout import EVENT, FORMAT_NAME, FORMAT_VERSION, Part, document_schema
from qistdesk.formats.errors import FormatError
from qistdesk.messages import _
from qistdesk.timezones import TimeZoneError, parse_iso_instant

VALIDATORS = {
    "organizations": v.validate_organization, "people": v.validate_person, "venues": v.validate_venue,
    "events": v.validate_event, "sessions": v.validate_session, "participants": v.validate_participation,
    "programs": v.validate_program, "exchanges": v.validate_exchange, "milestones": v.validate_milestone,
    "other_emails": v.validate_person_email,
}


class DocumentError(FormatError):
    """The document cannot be imported; the message names the place and the reason."""


@dataclass
class ImportSummary:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    #: What the import wrote, row by row, when it was recorded for Undo (``services.journal.Changes``).
    changes: object = None

    def describe(self) -> str:
        keys = [k for k in dict.fromkeys([*self.created, *self.updated]) if self.created.get(k) or self.updated.get(k)]
        if not keys:
            return _("nothing new: every record in the file is already in the database")
        return ", ".join(_("{kind}: {new} new, {updated} updated").format(
            kind=k, new=self.created.get(k, 0), updated=self.updated.get(k, 0)) for k in keys)


def read_file(path: Path) -> dict:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path.name} is not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise DocumentError(f"{path.name} nests lists or objects too deeply to be a qistdesk document") from None
    return data


#: Fields older documents carry that are derived now: an exchange's visa and insurance status
#: come from its checklist (milestones of kind visa/insurance), which the document holds.
DERIVED_FIELDS = {"exchanges": ("visa_status", "insurance_status")}


def without_derived(data: Any) -> Any:
    """``data`` without :data:`DERIVED_FIELDS` (a document written before they were derived)."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    for key, names in DERIVED_FIELDS.items():
        if isinstance(out.get(key), list):
            out[key] = [{k: v for k, v in r.items() if k not in names} if isinstance(r, dict) else r
                        for r in out[key]]
    return out


#: Stands for an integer with more digits than any column holds (Python refuses to convert
#: 5,000 digits at all); validation then names the field it sits in as "too large a number".
_TOO_MANY_DIGITS = 10 ** 40


def _bounded_int(digits: str) -> int:
    return int(digits) if len(digits.lstrip("-")) <= 30 else _TOO_MANY_DIGITS


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


def column_values(part: Part, record: dict, zone_name: str, where: str) -> dict[str, Any]:
    """The record's fields as ``{attribute: value}`` of ``part.model`` (id and children left out)."""
    by_json = {part.json_name(c.key): c for c in part.model.__table__.columns}
    return {by_json[key].key: _convert(by_json[key], raw, zone_name, f"{where}.{key}")
            for key, raw in record.items() if key in by_json and key != "id"}


def problem_of(part: Part, errors: dict[str, str], where: str) -> DocumentError:
    """The first validation error of a record, named by its place in the document."""
    name, message = next(iter(errors.items()))
    json_name = {c.key: part.json_name(c.key) for c in part.model.__table__.columns}.get(name, name)
    return DocumentError(f"{where}.{json_name.removesuffix('_utc')}: {message}")


def zone_for(part: Part, record: dict, parent) -> str:
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
