"""Errors every service may raise; the CLI prints them as one line, the GUI as a message."""

from qistdesk.domain.validation import ValidationError
from qistdesk.domain.recurrence import RuleError
from qistdesk.timezones import TimeZoneError
from qistdesk.store.server import SERVER_ERRORS
from qistdesk.store.faults import StorageError
from qistdesk.formats.errors import FormatError


class ServiceError(Exception):
    """Base for errors a user can act on."""


class NotFoundError(ServiceError, LookupError):
    def __init__(self, kind: str, ident: str, detail: str = ""):
        self.kind, self.ident = kind, ident
        super().__init__(detail or f"no {kind} with id {ident!r}")


class ConflictError(ServiceError):
    """The record changed elsewhere since it was opened: reload, then edit again."""

    def __init__(self, kind: str, ident: str, expected: int | None = None, actual: int | None = None,
                 fields: tuple[str, ...] = (), unsaved: tuple[str, ...] = ()):
        """``fields``: fields whose saved value now differs from the one submitted; ``unsaved``: the
        fields this change tried to write (when the other writer's change is not known). Names only:
        a message never holds the values."""
        self.kind, self.ident, self.expected, self.actual = kind, ident, expected, actual
        self.fields, self.unsaved = tuple(fields), tuple(unsaved)
        versions = f" (version {expected} → {actual})" if expected is not None and actual is not None else ""
        what = ""
        if self.fields:
            what = f"; the saved record now differs from yours in: {', '.join(self.fields)}"
        elif self.unsaved:
            what = f"; your change to {', '.join(self.unsaved)} was not saved"
        super().__init__(f"this {kind} ({str(ident)[:8]}) was changed elsewhere since you opened it{versions}"
                         f"{what}; reload it and make your change again")


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
