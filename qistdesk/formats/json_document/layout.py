"""The layout of the qistdesk JSON document (format version 1).

One table of truth: which entities appear, where they nest, and which fields
they carry. The JSON Schema used to validate imports is generated from this
layout and the ORM columns, so the two cannot drift apart; ``docs/json-format.md``
describes it for people and ``docs/qistdesk-v1.schema.json`` is its generated copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, Integer

from qistdesk.domain import (SENSITIVE_PERSON_FIELDS, ConferenceSession, Event, Exchange, ExchangeProgram,
                             InviteRecord, Milestone, Organization, Participation, Person, PersonEmail, SeriesDate,
                             Venue)
from qistdesk.domain import enums
from qistdesk.domain.base import UTCDateTime

FORMAT_NAME = "qistdesk"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Part:
    """One kind of record in the document."""

    key: str              # JSON key of its list
    model: type
    parent_key: str = ""  # the foreign key column that nesting implies (omitted in JSON)
    children: tuple["Part", ...] = ()
    rename: dict[str, str] = field(default_factory=dict)  # column -> JSON name
    enums: dict[str, type] = field(default_factory=dict)
    required: tuple[str, ...] = ()

    def json_name(self, column: str) -> str:
        return self.rename.get(column, column)


_EVENT_TIMES = {"start_utc": "start", "end_utc": "end"}

SESSION = Part("sessions", ConferenceSession, "event_id", rename=_EVENT_TIMES, required=("id", "title", "start", "end"))
DATE = Part("dates", SeriesDate, "event_id",
            rename={**_EVENT_TIMES, "original_start_utc": "original_start"},
            enums={"status": enums.DateStatus}, required=("id", "original_start", "start", "end"))
PARTICIPANT = Part("participants", Participation, "event_id",
                   enums={"role": enums.Role, "invitation_status": enums.InvitationStatus},
                   required=("id", "person_id"))
EVENT = Part("events", Event, children=(DATE, SESSION, PARTICIPANT),
             rename={**_EVENT_TIMES, "timezone": "zone"},
             enums={"kind": enums.EventKind, "status": enums.EventStatus},
             required=("id", "kind", "title", "start", "end", "zone"))
#: A person's other addresses (a private one, an old one): replies from them still match the person.
OTHER_EMAILS = Part("other_emails", PersonEmail, "person_id", required=("id", "email"))
MILESTONE = Part("milestones", Milestone, "exchange_id", enums={"kind": enums.MilestoneKind},
                 required=("id", "title", "due_date"))
EXCHANGE = Part("exchanges", Exchange, children=(MILESTONE,),
                enums={"stage": enums.Stage},
                required=("id", "person_id", "program_id", "start_date", "end_date"))

#: Top-level parts, in dependency order (a record only refers to earlier parts).
PARTS: tuple[Part, ...] = (
    Part("organizations", Organization, enums={"sector": enums.Sector}, required=("id", "name", "sector", "country")),
    Part("people", Person, children=(OTHER_EMAILS,), enums={"career_stage": enums.CareerStage,
                                                            "language": enums.Language}, required=("id", "given_name")),
    Part("venues", Venue, required=("id", "name", "timezone")),
    EVENT,
    Part("programs", ExchangeProgram, enums={"kind": enums.ProgramKind, "direction": enums.Direction},
         required=("id", "name", "kind", "direction")),
    EXCHANGE,
    Part("invite_ledger", InviteRecord, required=("id", "event_id", "method", "sequence", "written_at")),
)

#: Columns never written: bookkeeping that differs between laptops.
SKIPPED_COLUMNS = {"version", "updated_at"}


def columns(part: Part, include_sensitive: bool = False) -> list:
    cols = []
    for column in part.model.__table__.columns:
        if column.key in SKIPPED_COLUMNS or column.key == part.parent_key:
            continue
        if part.model is Person and column.key in SENSITIVE_PERSON_FIELDS and not include_sensitive:
            continue
        cols.append(column)
    return sorted(cols, key=lambda c: c.key != "id")  # id first, then table order


def column_schema(part: Part, column) -> dict:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        schema: dict = {"type": "string", "format": "date-time",
                        "description": "ISO 8601 with UTC offset"}
    elif isinstance(kind, Date):
        schema = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    elif isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer):
        schema = {"type": "integer"}
    else:
        schema = {"type": "string"}
        length = getattr(kind, "length", None)
        if length:
            schema["maxLength"] = length
    if column.key in part.enums:
        schema["enum"] = part.enums[column.key].values()
        if column.default is not None and column.default.is_scalar and column.default.arg == "":
            schema["enum"] = ["", *schema["enum"]]
    if column.nullable and column.key not in ("id",):
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def part_schema(part: Part) -> dict:
    props = {part.json_name(c.key): column_schema(part, c) for c in columns(part, include_sensitive=True)}
    if part is SESSION:
        props["speaker_ids"] = {"type": "array", "items": {"type": "string"}}
    for child in part.children:
        props[child.key] = {"type": "array", "items": part_schema(child)}
    return {"type": "object", "properties": props, "required": list(part.required), "additionalProperties": False}


def document_schema() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "qistdesk database document, format version 1",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"const": FORMAT_VERSION},
            "includes_sensitive": {"type": "boolean"},
            **{p.key: {"type": "array", "items": part_schema(p)} for p in PARTS},
        },
        "required": ["format", "format_version"],
        "additionalProperties": False,
    }


if __name__ == "__main__":  # python -m qistdesk.formats.json_document.layout > docs/qistdesk-v1.schema.json
    import json
    import sys

    sys.stdout.write(json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n")
