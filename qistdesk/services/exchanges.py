"""Exchange programmes, exchanges and their milestone checklists."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from qistdesk.domain import Exchange, ExchangeProgram, Milestone, Organization, Person
from qistdesk.domain.enums import MilestoneKind, Stage
from qistdesk.domain.validation import (ValidationError, validate_exchange, validate_milestone,
                                        validate_program)
from qistdesk.messages import _, ngettext
from qistdesk.services import crud
from qistdesk.store import Database

PROGRAM_FIELDS = crud.editable_columns(ExchangeProgram)
EXCHANGE_FIELDS = crud.editable_columns(Exchange)
MILESTONE_FIELDS = crud.editable_columns(Milestone, exclude=("exchange_id",))


def default_milestones(start: date, end: date, needs_visa: bool = True) -> list[dict]:
    """The usual checklist of an exchange, with due dates relative to its dates."""
    steps = []
    if needs_visa:
        steps.append(("visa", "Visa approved", start - timedelta(days=45)))
    steps += [
        ("insurance", "Health insurance confirmed", start - timedelta(days=30)),
        ("housing", "Housing arranged", start - timedelta(days=21)),
        ("arrival", "Arrival", start),
        ("orientation", "Orientation meeting", start + timedelta(days=3)),
    ]
    if (end - start).days > 90:
        steps.append(("report", "Mid-term report", start + (end - start) / 2))
    steps.append(("report", "Final report", end + timedelta(days=30)))
    return [{"kind": k, "title": t, "due_date": d} for k, t, d in steps]


def create_program(db: Database, **fields) -> str:
    with db.write() as s:
        return crud.create(s, ExchangeProgram, validate_program, fields, PROGRAM_FIELDS).id


def delete_program(db: Database, ident: str, expected_version: int | None = None) -> None:
    """Delete a programme (refused while exchanges belong to it, or if it changed since ``expected_version``)."""
    with db.write() as s:
        program = crud.get(s, ExchangeProgram, ident)
        crud.refuse_if_used(s, Exchange.program_id, program.id,
                            lambda n: ngettext("the programme {name} has {n} exchange; delete or move it first",
                                               "the programme {name} has {n} exchanges; delete or move those first",
                                               n).format(name=repr(program.name), n=n))
        crud.delete(s, ExchangeProgram, program.id, expected_version)


def update_program(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    with db.write() as s:
        return crud.update(s, ExchangeProgram, validate_program, ident, fields, PROGRAM_FIELDS - {"id"},
                           expected_version).version


def create_exchange(db: Database, *, milestones: list[dict] | None = None, with_default_milestones: bool = False,
                    needs_visa: bool = True, **fields) -> str:
    """Create an exchange and its checklist in one transaction (the usual checklist has a visa step
    unless ``needs_visa`` is false: the checklist is where visa and insurance status live)."""
    with db.write() as s:
        _check_refs(s, fields)
        exchange = crud.create(s, Exchange, validate_exchange, fields, EXCHANGE_FIELDS)
        steps = list(milestones or [])
        if with_default_milestones and not steps:
            steps = default_milestones(exchange.start_date, exchange.end_date, needs_visa)
        for step in steps:
            _new_milestone(s, exchange, step)
        s.flush()
        return exchange.id


def update_exchange(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    with db.write() as s:
        _check_refs(s, fields)
        return crud.update(s, Exchange, validate_exchange, ident, fields, EXCHANGE_FIELDS - {"id"},
                           expected_version).version


def set_stage(db: Database, ident: str, stage: str, expected_version: int | None = None,
              complete_milestones_until: date | None = None) -> int:
    """Move an exchange to a stage; optionally tick off its milestones due by a date.

    Both changes happen in one transaction: all or nothing.
    """
    with db.write() as s:
        exchange = crud.update(s, Exchange, validate_exchange, ident, {"stage": stage}, {"stage"},
                               expected_version)
        if complete_milestones_until is not None:
            for m in exchange.milestones:
                if not m.done and m.due_date <= complete_milestones_until:
                    m.done, m.done_on = True, date.today()
        crud.flush(s, exchange, expected_version)
        return exchange.version


def delete_exchange(db: Database, ident: str, expected_version: int | None = None) -> None:
    with db.write() as s:
        crud.delete(s, Exchange, ident, expected_version)


def add_milestone(db: Database, exchange_id: str, **fields) -> str:
    with db.write() as s:
        exchange = crud.get(s, Exchange, exchange_id)
        item = _new_milestone(s, exchange, fields)
        s.flush()
        return item.id


def update_milestone(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    if fields.get("done") is True and "done_on" not in fields:
        fields["done_on"] = date.today()
    if fields.get("done") is False:
        fields["done_on"] = None
    with db.write() as s:
        return crud.update(s, Milestone, validate_milestone, ident, fields, MILESTONE_FIELDS - {"id"},
                           expected_version).version


def delete_milestone(db: Database, ident: str, expected_version: int | None = None) -> None:
    with db.write() as s:
        crud.delete(s, Milestone, ident, expected_version)


def _new_milestone(s, exchange: Exchange, fields: dict) -> Milestone:
    fields = {"kind": MilestoneKind.OTHER.value, **fields}
    item = Milestone(exchange=exchange)
    crud.fill_defaults(item)
    crud.apply_fields(item, fields, MILESTONE_FIELDS)
    errors = validate_milestone(item)
    if errors:
        raise ValidationError(errors, "milestone")
    s.add(item)
    return item


def _check_refs(s, fields: dict) -> None:
    """Resolve id prefixes to full ids and report unknown ones at their field."""
    refs = {"person_id": Person, "program_id": ExchangeProgram, "home_organization_id": Organization,
            "host_organization_id": Organization, "host_contact_id": Person}
    for field, model in refs.items():
        value = fields.get(field)
        if value:
            try:
                fields[field] = crud.get(s, model, value).id
            except LookupError as exc:
                raise ValidationError({field: str(exc)}, "exchange") from None
    if "stage" in fields and fields["stage"] not in Stage.values():
        raise ValidationError({"stage": _("{value} is not one of: {choices}").format(
            value=repr(fields["stage"]), choices=", ".join(Stage.values()))})


def exchanges_of_program(db: Database, program_id: str) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Exchange.id).where(Exchange.program_id == program_id)))
