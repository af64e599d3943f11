"""The one generic way to create, update and delete a record.

Every editable record goes through here, so validation, optimistic locking
and id look-up behave the same for organisations, people, events, exchanges…
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from sqlalchemy import inspect as inspect_state
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qistdesk.domain.validation import ValidationError
from qistdesk.messages import _
from qistdesk.services.errors import ConflictError, InUseError, NotFoundError, kind_word

T = TypeVar("T")

#: Human names of entities for messages.
KIND_NAMES: dict[str, str] = {
    "Organization": "organisation", "Person": "person", "Venue": "venue", "Event": "event",
    "SeriesDate": "series date", "ConferenceSession": "session", "Participation": "participation",
    "ExchangeProgram": "programme", "Exchange": "exchange", "Milestone": "milestone",
}


def kind_name(model) -> str:
    return KIND_NAMES.get(model.__name__, model.__name__.lower())


def get(session: Session, model: type[T], ident: str) -> T:
    """Fetch by full id or by a unique prefix of at least 4 characters (as git does)."""
    ident = (ident or "").strip()
    obj = session.get(model, ident) if ident else None
    if obj is not None:
        return obj
    if len(ident) >= 4:
        matches = session.scalars(select(model).where(model.id.startswith(ident, autoescape=True)).limit(2)).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(kind_name(model), ident, _("{ident} matches several {kind} ids; give more characters").format(
                ident=repr(ident), kind=kind_word(kind_name(model))))
    raise NotFoundError(kind_name(model), ident)


def apply_fields(obj, fields: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError({name: _("is not a field of this record") for name in sorted(unknown)})
    for name, value in fields.items():
        setattr(obj, name, value)


def check_version(obj, expected_version: int | None, fields: dict[str, Any] | None = None) -> None:
    """A stale form is a conflict naming the record and the submitted fields the saved record differs in."""
    if expected_version is not None and obj.version != expected_version:
        differ = tuple(sorted(k for k, v in (fields or {}).items() if getattr(obj, k, v) != v))
        raise ConflictError(kind_name(type(obj)), obj.id, expected_version, obj.version, fields=differ)


def create(session: Session, model: type[T], validator: Callable, fields: dict[str, Any], allowed: set[str]) -> T:
    obj = model()
    fill_defaults(obj)
    apply_fields(obj, fields, allowed)
    _raise_if_invalid(validator, obj, model)
    session.add(obj)
    session.flush()
    return obj


def update(session: Session, model: type[T], validator: Callable, ident: str, fields: dict[str, Any],
           allowed: set[str], expected_version: int | None = None) -> T:
    obj = get(session, model, ident)
    check_version(obj, expected_version, fields)
    apply_fields(obj, fields, allowed)
    _raise_if_invalid(validator, obj, model)
    flush(session, obj, expected_version)
    return obj


def flush(session: Session, obj, expected_version: int | None = None) -> None:
    """Write pending changes; a row changed by another writer meanwhile is a conflict.

    The id is read first: after StaleDataError the session is rolled back and ``obj``
    expired, so reading ``obj.id`` then would fail (seen on PostgreSQL, where a
    concurrent writer can commit between our read and our UPDATE).
    """
    ident = obj.id
    state = inspect_state(obj)
    unsaved = tuple(sorted(a.key for a in state.attrs if a.key != "version" and a.history.has_changes()))
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(kind_name(type(obj)), ident, unsaved=unsaved) from None


def delete(session: Session, model, ident: str, expected_version: int | None = None) -> None:
    obj = get(session, model, ident)
    check_version(obj, expected_version)
    session.delete(obj)
    flush(session, obj, expected_version)


def _raise_if_invalid(validator: Callable, obj, model) -> None:
    errors = validator(obj)
    if errors:
        raise ValidationError(errors, kind_name(model))


def refuse_if_used(session: Session, column, ident: str, message: Callable[[int], str]) -> None:
    """Raise InUseError (``message(count)``) while rows refer to ``ident`` through ``column``."""
    from sqlalchemy import func

    used = session.scalar(select(func.count()).select_from(column.class_).where(column == ident))
    if used:
        raise InUseError(message(used))


def fill_defaults(obj) -> None:
    """Give a new object its column defaults now, so validation sees them."""
    for column in obj.__table__.columns:
        if getattr(obj, column.key, None) is None and column.default is not None and column.default.is_scalar:
            setattr(obj, column.key, column.default.arg)


def editable_columns(model, exclude: tuple[str, ...] = ()) -> set[str]:
    skip = {"version", "updated_at", *exclude}
    return {c.key for c in model.__table__.columns if c.key not in skip}
