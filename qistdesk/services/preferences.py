"""Change the app's settings with the same checks from the Preferences dialog and the command line.

The settings themselves are declared in :mod:`qistdesk.settings` (key, default,
description). Here each user-facing setting gets its rule: a zone must exist,
an e-mail address must look like one, working hours must be an interval, a
logo must be a PNG, JPEG or SVG file that exists. Values typed on the command
line arrive as text and are converted to the default's type first.

Window geometry and other keys the app keeps for itself are not offered
(:data:`USER_KEYS` lists what is).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qistdesk.domain.validation import ValidationError, email_problem
from qistdesk.messages import _
from qistdesk.services.errors import ServiceError
from qistdesk.settings import SETTINGS, Settings
from qistdesk.timezones import is_valid_zone

#: Settings a user sets (in File ▸ Preferences… or ``qistdesk settings``); the rest is the app's own state.
USER_KEYS: tuple[str, ...] = tuple(s.key for s in SETTINGS if not s.key.startswith("window."))
_DEFAULTS = {s.key: s.default for s in SETTINGS}
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
CHOICES = {
    "office.country": ("DK", "US"),
    "packets.paper": ("auto", "A4", "Letter"),
    "database.location": ("local", "server"),
    "ui.language": ("", "da", "en"),
}


def describe() -> list[dict[str, Any]]:
    """Every user setting with its description and default (``qistdesk settings``)."""
    return [{"key": s.key, "default": s.default, "description": s.description} for s in SETTINGS
            if s.key in USER_KEYS]


def convert(key: str, text: str) -> Any:
    """Text from the command line -> the setting's type (bool, int, float or str)."""
    if key not in USER_KEYS:
        raise ValidationError({key: _("unknown setting; 'qistdesk settings' lists them ({keys} …)").format(
            keys=", ".join(USER_KEYS[:3]))})
    default = _DEFAULTS[key]
    if isinstance(default, bool):
        lowered = text.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ValidationError({key: _("{value} is not yes or no").format(value=repr(text))})
    if isinstance(default, int):
        try:
            return int(text.strip())
        except ValueError:
            raise ValidationError({key: _("{value} is not a whole number").format(value=repr(text))}) from None
    if isinstance(default, float):
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            raise ValidationError({key: _("{value} is not a number").format(value=repr(text))}) from None
    return text.replace("\\n", "\n") if key == "office.contact" else text  # a typed \n is a line break


def problems(values: dict[str, Any], current: Settings | None = None) -> dict[str, str]:
    """``{key: message}`` for the values that break a rule (checked together with the current settings)."""
    merged = {**(current.as_dict() if current is not None else dict(_DEFAULTS)), **values}
    errors: dict[str, str] = {}
    for key, value in values.items():
        if key not in USER_KEYS:
            errors[key] = _("unknown setting")
            continue
        default = _DEFAULTS[key]
        if isinstance(default, bool) and not isinstance(value, bool):
            errors[key] = _("must be yes or no")
        elif isinstance(default, (int, float)) and not isinstance(default, bool) and (
                isinstance(value, bool) or not isinstance(value, (int, float))):
            errors[key] = _("must be a number")
        elif isinstance(default, str) and not isinstance(value, str):
            errors[key] = _("must be text")
        elif key in CHOICES and value not in CHOICES[key]:
            errors[key] = _("choose one of {choices}").format(choices=", ".join(CHOICES[key]))
    if errors:
        return errors
    for key in ("zones.home", "zones.other"):
        if key in values and not is_valid_zone(values[key]):
            errors[key] = _("{value} is not a time zone name like Europe/Copenhagen or America/New_York").format(
                value=repr(values[key]))
    if "office.email" in values:
        problem = email_problem(values["office.email"].strip()) if values["office.email"].strip() else \
            _("the organiser's address is needed on invites")
        if problem:
            errors["office.email"] = problem
    if "office.name" in values and not values["office.name"].strip():
        errors["office.name"] = _("the office name is printed on invites and packets; it cannot be empty")
    start, end = merged["schedule.work_start_hour"], merged["schedule.work_end_hour"]
    for key, hour in (("schedule.work_start_hour", start), ("schedule.work_end_hour", end)):
        if key in values and not 0 <= hour <= 24:
            errors[key] = _("an hour from 0 to 24")
    if start >= end:
        for key in {"schedule.work_start_hour", "schedule.work_end_hour"} & set(values):
            errors[key] = _("working hours must end after they start ({start}:00 to {end}:00)").format(
                start=start, end=end)
    if "invites.reminder_minutes" in values and not 0 <= values["invites.reminder_minutes"] <= 40320:
        errors["invites.reminder_minutes"] = _("minutes from 0 (no reminder) to 40320 (four weeks)")
    if "ui.font_scale" in values and not 0.5 <= values["ui.font_scale"] <= 3.0:
        errors["ui.font_scale"] = _("a scale from 0.5 to 3.0")
    if values.get("database.server_url"):
        errors.update(_server_url_problem(values["database.server_url"]))
    if values.get("office.logo"):
        errors.update(_logo_problem(values["office.logo"]))
    return errors


def _logo_problem(path_text: str) -> dict[str, str]:
    path = Path(path_text).expanduser()
    if path.suffix.lower() not in LOGO_SUFFIXES:
        return {"office.logo": _("a PNG, JPEG or SVG file")}
    if not path.is_file():
        return {"office.logo": _("no such file: {path}").format(path=path)}
    return {}


def _server_url_problem(text: str) -> dict[str, str]:
    from sqlalchemy.engine import make_url

    try:
        url = make_url(text.strip())
    except Exception:  # noqa: BLE001 - any unparsable URL gets the same message
        url = None
    if url is None or not url.drivername.startswith("postgresql") or not url.host or not url.database:
        return {"database.server_url": _("a PostgreSQL address like postgresql+psycopg://nina@db.office.example/qistdesk")}
    if url.password:
        return {"database.server_url": _("leave the password out: qistdesk asks for it or takes it from the "
                                         "system keyring, and never writes it in a file")}
    return {}


def apply(settings: Settings, values: dict[str, Any]) -> dict[str, Any]:
    """Check ``values`` and, when every one is right, store them all; otherwise change nothing.

    Returns the values that differed from before.
    """
    errors = problems(values, settings)
    if errors:
        raise ValidationError(errors)
    changed = {k: v for k, v in values.items() if settings.get(k) != v}
    for key, value in changed.items():
        settings.set(key, value.strip() if isinstance(value, str) and key != "office.contact" else value)
    if changed:
        settings.save()
    return changed


def reset(settings: Settings, key: str) -> Any:
    """Back to the declared default; returns it."""
    if key not in USER_KEYS:
        raise ValidationError({key: _("unknown setting")})
    settings.set(key, _DEFAULTS[key])
    settings.save()
    return _DEFAULTS[key]


# --- office details before anything goes out ---------------------------------------------------

#: Mail domains that reach nobody (RFC 2606): the placeholder address uses one.
PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net")


class OfficeDetailsMissing(ServiceError):
    """Invites, drafts and packets would go out without the office's name, address or phone."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(_("the office details are not complete ({problems}): set them with `qistdesk settings` "
                           "(in the app: File ▸ Preferences); nothing was written").format(problems="; ".join(problems)))


def office_problems(settings: Settings | None = None) -> list[str]:
    """What keeps the office details from going out to others, in words (empty: all is well)."""
    if settings is None:
        from qistdesk.settings import load

        settings = load()
    problems = []
    if not str(settings.get("office.name") or "").strip():
        problems.append(_("office.name is empty"))
    address = str(settings.get("office.email") or "").strip()
    domain = address.rpartition("@")[2].lower()
    if not address:
        problems.append(_("office.email (the sender address) is empty"))
    elif domain in PLACEHOLDER_DOMAINS:
        problems.append(_("office.email is the placeholder {address}").format(address=address))
    elif email_problem(address):
        problems.append(f"office.email: {email_problem(address)}")
    if not str(settings.get("office.phone") or "").strip():
        problems.append(_("office.phone is empty"))
    return problems


def require_office(settings: Settings | None = None) -> None:
    """Raise :class:`OfficeDetailsMissing` unless invites and packets can go out as the office."""
    problems = office_problems(settings)
    if problems:
        raise OfficeDetailsMissing(problems)
