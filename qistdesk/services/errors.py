"""Errors every service may raise; the CLI prints them as one line, the GUI as a message."""

from qistdesk.domain.validation import ValidationError
from qistdesk.domain.recurrence import RuleError
from qistdesk.timezones import TimeZoneError
from qistdesk.store.server import SERVER_ERRORS
from qistdesk.store.faults import StorageError
from qistdesk.formats.errors import FormatError
from qistdesk.messages import N_, _

#: The kinds of record a message names (``crud.KIND_NAMES``' values), for the catalogue.
KIND_WORDS = {"organisation": N_("organisation"), "person": N_("person"), "venue": N_("venue"),
              "event": N_("event"), "series date": N_("series date"), "session": N_("session"),
              "participation": N_("participation"), "programme": N_("programme"), "exchange": N_("exchange"),
              "milestone": N_("milestone")}


def kind_word(kind: str) -> str:
    """A kind of record as the app's language names it ("arrangement")."""
    return _(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


class ServiceError(Exception):
    """Base for errors a user can act on."""


class NotFoundError(ServiceError, LookupError):
    def __init__(self, kind: str, ident: str, detail: str = ""):
        self.kind, self.ident = kind, ident
        super().__init__(detail or _("no {kind} with id {ident}").format(kind=kind_word(kind), ident=repr(ident)))


class ConflictError(ServiceError):
    """The record changed elsewhere since it was opened: reload, then edit again."""

    def __init__(self, kind: str, ident: str, expected: int | None = None, actual: int | None = None,
                 fields: tuple[str, ...] = (), unsaved: tuple[str, ...] = ()):
        """``fields``: fields whose saved value now differs from the one submitted; ``unsaved``: the
        fields this change tried to write (when the other writer's change is not known). Names only:
        a message never holds the values."""
        self.kind, self.ident, self.expected, self.actual = kind, ident, expected, actual
        self.fields, self.unsaved = tuple(fields), tuple(unsaved)
        versions = (_(" (version {expected} → {actual})").format(expected=expected, actual=actual)
                    if expected is not None and actual is not None else "")
        what = ""
        if self.fields:
            what = _("; the saved record now differs from yours in: {fields}").format(fields=", ".join(self.fields))
        elif self.unsaved:
            what = _("; your change to {fields} was not saved").format(fields=", ".join(self.unsaved))
        super().__init__(_("this {kind} ({ident}) was changed elsewhere since you opened it{versions}{what}; "
                           "reload it and make your change again").format(
            kind=kind_word(kind), ident=str(ident)[:8], versions=versions, what=what))


class InUseError(ServiceError):
    """A record cannot be deleted while others refer to it."""


#: Everything a front end should show as a message rather than a traceback; the store's
#: server errors (unreachable, dropped, login refused, read-only) too, so a form keeps what
#: the user typed and can be saved again once the server is back.
#: A full disk, a read-only folder or a lock (StorageError) too: the message names it, nothing was saved.
#: A file a format cannot read (FormatError) names the place and the reason.
USER_ERRORS = (ServiceError, FormatError, ValidationError, RuleError, TimeZoneError, StorageError, *SERVER_ERRORS)

__all__ = ["ServiceError", "NotFoundError", "ConflictError", "InUseError", "ValidationError",
           "RuleError", "TimeZoneError", "StorageError", "FormatError", "USER_ERRORS"]
