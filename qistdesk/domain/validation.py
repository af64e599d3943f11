"""Field-level validation of every entity.

Each ``validate_*`` function reads attributes from an entity (or anything with
the same attributes) and returns ``{field: message}``; an empty dict means
valid. Services raise :class:`ValidationError` with it, which the CLI prints
as one line and the GUI shows next to each field.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from qistdesk.domain import enums
from qistdesk.messages import N_, _, current_language
from qistdesk.timezones import is_valid_zone


class ValidationError(ValueError):
    """Bad input, with one message per field."""

    def __init__(self, errors: dict[str, str], entity: str = ""):
        self.errors = dict(errors)
        self.entity = entity
        parts = "; ".join(f"{field}: {msg}" for field, msg in self.errors.items())
        text = _(_INVALID[entity]) if entity in _INVALID else _("{entity} is not valid: {problems}")
        super().__init__(text.format(entity=entity, problems=parts) if entity else parts)


#: "event is not valid: …" for each kind of record a service refuses, whole so each language can
#: phrase it with its own article and gender.
_INVALID = {
    "organisation": N_("organisation is not valid: {problems}"), "person": N_("person is not valid: {problems}"),
    "venue": N_("venue is not valid: {problems}"), "event": N_("event is not valid: {problems}"),
    "series date": N_("series date is not valid: {problems}"), "session": N_("session is not valid: {problems}"),
    "participation": N_("participation is not valid: {problems}"),
    "programme": N_("programme is not valid: {problems}"), "exchange": N_("exchange is not valid: {problems}"),
    "milestone": N_("milestone is not valid: {problems}"), "search": N_("search is not valid: {problems}"),
    "reply": N_("reply is not valid: {problems}"),
}


_COUNTRY = re.compile(r"^[A-Z]{2}$")


def email_problem(address: str) -> str | None:
    """Offline e-mail syntax check (no DNS: attachés are often offline), said in the app's language."""
    problem = _email_syntax(address)
    if problem is None or current_language() == "en":
        return problem
    said = _(problem) if problem in EMAIL_PROBLEMS else problem
    return said if said != problem else _("is not a valid e-mail address")


@lru_cache(maxsize=4096)
def _email_syntax(address: str) -> str | None:
    """email_validator's own (English) words for what is wrong with ``address``."""
    if not address:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


#: email_validator's commonest messages, for the catalogue; the rarer ones read "is not a valid
#: e-mail address" in a language other than English.
EMAIL_PROBLEMS = {N_("An email address must have an @-sign."), N_("There must be something after the @-sign."),
                  N_("There must be something before the @-sign."),
                  N_("An email address cannot have two periods in a row."),
                  N_("The part after the @-sign is not valid. It should have a period."),
                  N_("The email address contains invalid characters before the @-sign."),
                  N_("The part after the @-sign is not valid. It is not within a valid top-level domain."),
                  N_("There can't be anything after the email address."),
                  N_("An email address cannot have a period immediately before the @-sign.")}


#: The years an event, a session or an exchange may fall in: far from datetime's ends, so a
#: series expanded from it or a zone conversion never overflows.
FIRST_YEAR, LAST_YEAR = 1900, 2999
INT64 = (-(2 ** 63), 2 ** 63 - 1)


def _column_values(errors: dict, obj) -> None:
    """What every door (forms, CSV, JSON, ICS) must refuse in any column: text holding a NUL or a
    lone surrogate (no file or database can store it), a number SQLite cannot hold."""
    table = getattr(obj, "__table__", None)
    if table is None:
        return
    for column in table.columns:
        value = getattr(obj, column.key, None)
        if isinstance(value, str):
            if "\x00" in value:
                errors.setdefault(column.key, _("contains a NUL character"))
            elif any("\ud800" <= ch <= "\udfff" for ch in value):
                errors.setdefault(column.key, _("contains a broken character (a lone UTF-16 surrogate)"))
        elif isinstance(value, int) and not isinstance(value, bool) and not INT64[0] <= value <= INT64[1]:
            errors.setdefault(column.key, _("is too large a number"))


def _years(errors: dict, obj, *fields: str) -> None:
    for field in fields:
        value = getattr(obj, field, None)
        if isinstance(value, (date, datetime)) and field not in errors and not FIRST_YEAR <= value.year <= LAST_YEAR:
            errors[field] = _("must be in the years {first}–{last}").format(first=FIRST_YEAR, last=LAST_YEAR)


def _series(errors: dict, obj) -> None:
    """A series rule passes the one rule check the editors use (recurrence.parse_rule)."""
    text = getattr(obj, "series_rule", "") or ""
    if not text or errors:
        return
    from qistdesk.domain.recurrence import RuleError, parse_rule

    try:
        parse_rule(text, getattr(obj, "start_utc", None), getattr(obj, "timezone", None))
    except RuleError as exc:
        errors["series_rule"] = str(exc)


def _required(errors: dict, obj, *fields: str) -> None:
    for field in fields:
        value = getattr(obj, field, None)
        if value is None or (isinstance(value, str) and not value.strip()):
            errors[field] = _("is required")


def _choice(errors: dict, obj, field: str, enum_cls, allow_empty: bool = False) -> None:
    value = getattr(obj, field, None)
    if (value in (None, "") and allow_empty) or field in errors:
        return
    if value not in enum_cls.values():
        errors[field] = _("{value} is not one of: {choices}").format(value=repr(value),
                                                                     choices=", ".join(enum_cls.values()))


def _country(errors: dict, obj, field: str = "country", allow_empty: bool = True) -> None:
    value = getattr(obj, field, None) or ""
    if not value and allow_empty or field in errors:
        return
    if not _COUNTRY.match(value):
        errors[field] = _("{value} is not a two-letter country code such as DK or US").format(value=repr(value))


def _zone(errors: dict, obj, field: str = "timezone") -> None:
    value = getattr(obj, field, None)
    if field not in errors and not is_valid_zone(value):
        errors[field] = _("unknown time zone {value} (use an IANA name such as Europe/Copenhagen)").format(
            value=repr(value))


def _max_len(errors: dict, obj, limits: dict[str, int]) -> None:
    for field, limit in limits.items():
        value = getattr(obj, field, None)
        if isinstance(value, str) and len(value) > limit:
            errors[field] = _("is too long ({n} characters, at most {limit})").format(n=len(value), limit=limit)


def _non_negative(errors: dict, obj, field: str) -> None:
    value = getattr(obj, field, None)
    if value is not None and (not isinstance(value, int) or value < 0):
        errors[field] = _("must be a whole number, zero or more")


def _order(errors: dict, start, end, start_field: str, end_field: str) -> None:
    if start is None or end is None or start_field in errors or end_field in errors:
        return
    if isinstance(start, datetime) != isinstance(end, datetime):
        return
    if end <= start if isinstance(start, datetime) else end < start:
        errors[end_field] = (_("must be after the start date") if start_field == "start_date"
                             else _("must be after the start"))


def validate_organization(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    review = getattr(obj, "sector", "") == enums.Sector.TO_REVIEW
    _column_values(errors, obj)
    _required(errors, obj, "name", "sector", *(() if review else ("country",)))
    _choice(errors, obj, "sector", enums.Sector)
    _country(errors, obj, allow_empty=review)  # an imported organisation may not say where it is yet
    _max_len(errors, obj, {"name": 300, "city": 120})
    return errors


def validate_person_email(obj) -> dict[str, str]:
    """Another address of a person: written in lower case (replies are matched on it), and well formed."""
    obj.email = (getattr(obj, "email", "") or "").strip().lower()
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "email")
    _max_len(errors, obj, {"email": 320})
    problem = email_problem(obj.email)
    if problem and "email" not in errors:
        errors["email"] = problem
    return errors


def validate_person(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "given_name")
    _max_len(errors, obj, {"given_name": 200, "family_name": 200, "email": 320, "phone": 60})
    problem = email_problem(getattr(obj, "email", "") or "")
    if problem and "email" not in errors:
        errors["email"] = problem
    _country(errors, obj)
    _choice(errors, obj, "career_stage", enums.CareerStage, allow_empty=True)
    _choice(errors, obj, "language", enums.Language, allow_empty=True)
    dob = getattr(obj, "date_of_birth", None)
    if isinstance(dob, date) and dob > date.today():
        errors["date_of_birth"] = _("is in the future")
    return errors


def validate_venue(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "name", "timezone")
    _zone(errors, obj)
    _country(errors, obj)
    _non_negative(errors, obj, "capacity")
    return errors


def validate_event(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "kind", "title", "start_utc", "end_utc", "timezone")
    _choice(errors, obj, "kind", enums.EventKind)
    _choice(errors, obj, "status", enums.EventStatus)
    _choice(errors, obj, "qist_area", enums.QistArea, allow_empty=True)
    _zone(errors, obj)
    _max_len(errors, obj, {"title": 300, "online_url": 500})
    _non_negative(errors, obj, "capacity")
    _order(errors, getattr(obj, "start_utc", None), getattr(obj, "end_utc", None), "start", "end")
    if "end_utc" in errors and "end" in errors:
        errors.pop("end_utc")
    url = getattr(obj, "online_url", "") or ""
    if url and not re.match(r"^(https?|teams|zoommtg)://", url, re.I):
        errors["online_url"] = _("must start with https:// (or http://)")
    _years(errors, obj, "start_utc", "end_utc")
    if getattr(obj, "series_rule", "") and getattr(obj, "kind", None) != enums.EventKind.SEMINAR.value:
        errors["series_rule"] = _("only seminars can be a series")
    _series(errors, obj)
    return errors


def validate_session(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "title", "start_utc", "end_utc")
    _choice(errors, obj, "qist_area", enums.QistArea, allow_empty=True)
    _non_negative(errors, obj, "room_capacity")
    _years(errors, obj, "start_utc", "end_utc")
    _order(errors, getattr(obj, "start_utc", None), getattr(obj, "end_utc", None), "start", "end")
    return errors


def validate_participation(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _choice(errors, obj, "role", enums.Role)
    _choice(errors, obj, "invitation_status", enums.InvitationStatus)
    return errors


def validate_program(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "name", "kind", "direction")
    _choice(errors, obj, "kind", enums.ProgramKind)
    _choice(errors, obj, "direction", enums.Direction)
    return errors


def validate_exchange(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "person_id", "program_id", "start_date", "end_date")
    _choice(errors, obj, "stage", enums.Stage)
    _choice(errors, obj, "qist_area", enums.QistArea, allow_empty=True)
    _years(errors, obj, "start_date", "end_date")
    _order(errors, getattr(obj, "start_date", None), getattr(obj, "end_date", None), "start_date", "end_date")
    _non_negative(errors, obj, "funding_amount")
    currency = getattr(obj, "funding_currency", "") or ""
    if currency and not re.match(r"^[A-Z]{3}$", currency):
        errors["funding_currency"] = _("{value} is not a currency code such as DKK or USD").format(value=repr(currency))
    return errors


def validate_milestone(obj) -> dict[str, str]:
    errors: dict[str, str] = {}
    _column_values(errors, obj)
    _required(errors, obj, "title", "due_date")
    _choice(errors, obj, "kind", enums.MilestoneKind)
    return errors
