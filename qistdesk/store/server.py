"""PostgreSQL specifics: logging in, and turning driver errors into one clear line.

The CLI and the GUI must not know which database is in use, yet a user of the
office server needs messages such as "cannot reach the database server at
db.office:5432: connection refused" or "read-only: …", not a driver traceback.
So the engine's ``handle_error`` hook replaces the driver's exceptions with the
small classes below. They subclass ``ConnectionError``/``PermissionError`` on
purpose: every front end already shows ``OSError`` as one line (the CLI exits 1),
and a failed unit of work has been rolled back by the server, so nothing is
half-saved.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine

from qistdesk.store import credentials

CONNECT_TIMEOUT_S = 10


class DatabaseUnavailableError(ConnectionError):
    """The server cannot be reached, or the connection dropped mid-step (nothing was saved)."""


class LoginRefusedError(PermissionError):
    """The server refused the user name or password."""


class ReadOnlyError(PermissionError):
    """The database account may read but not change data (a viewer)."""


class SchemaOwnerError(PermissionError):
    """The schema needs an upgrade that only the database's owner may run."""


#: What a front end shows as one line (``services.errors.USER_ERRORS`` includes these).
SERVER_ERRORS = (DatabaseUnavailableError, LoginRefusedError, ReadOnlyError, SchemaOwnerError)


def connect_args(url: URL) -> dict:
    """Fail within seconds when the server is away, and name the app in pg_stat_activity."""
    return {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "qistdesk"}


def install_server_behaviour(engine: Engine, url: URL) -> None:
    """Ask for a password when needed, and translate driver errors (see module docstring)."""

    @event.listens_for(engine, "do_connect")
    def _connect(dialect, _record, cargs, cparams):
        if cparams.get("password"):
            return None  # given in the URL (discouraged, never stored): libpq uses it
        known = credentials.password_for(url)
        if known:
            cparams["password"] = known
        retry = False
        while True:
            try:
                connection = dialect.loaded_dbapi.connect(*cargs, **cparams)
                if retry:
                    credentials.accepted(url, cparams["password"])
                return connection
            except dialect.loaded_dbapi.OperationalError as exc:
                if not credentials.is_login_refusal(str(exc)):
                    raise
                typed = credentials.ask(url, retry)
                if not typed:
                    raise
                cparams["password"], retry = typed, True

    @event.listens_for(engine, "handle_error")
    def _translate(context):
        if context.is_pre_ping:
            return None  # the pool reconnects by itself after a server restart
        return translate(context.original_exception, url, context.is_disconnect)


def translate(exc: BaseException, url: URL, is_disconnect: bool = False) -> Exception | None:
    """A one-line error for ``exc`` from the driver, or None to keep the original."""
    message = " ".join(str(exc).split())
    lower = message.lower()
    state = getattr(exc, "sqlstate", None) or ""
    place = f"{url.host or 'localhost'}:{url.port or 5432}"
    if state in ("42501", "25006"):  # insufficient_privilege, read_only_sql_transaction
        detail = message.split(" LINE ")[0]
        if "permission denied for schema" in lower or "must be owner" in lower:
            return SchemaOwnerError(f"the database needs a schema change that only its owner may make "
                                    f"({detail})")
        return ReadOnlyError(f"read-only: the database account '{url.username or ''}' may read but not change "
                             f"data ({detail})")
    if state.startswith("23"):  # integrity: name the field, never the value (DETAIL: Key (x)=(value))
        return _constraint(state, message)
    if credentials.is_login_refusal(message) or state.startswith("28"):
        return LoginRefusedError(f"the database server at {place} refused the login of "
                                 f"'{url.username or ''}': {_reason(lower, message)}")
    if 'database "' in lower and "does not exist" in lower:
        return DatabaseUnavailableError(f"the database server at {place} has no database "
                                        f"'{url.database}'")
    if is_disconnect or state.startswith("08") or state.startswith("57P") or _looks_like_network(lower):
        return DatabaseUnavailableError(f"cannot reach the database server at {place}: "
                                        f"{_reason(lower, message)}")
    return None


def _constraint(state: str, message: str) -> Exception:
    import re

    from qistdesk.store.faults import ConstraintError, describe_constraint

    column = re.search(r'Key \(([^)]*)\)', message) or re.search(r'column "([^"]+)"', message)
    table = re.search(r'(?:relation|table) "([^"]+)"', message)
    name = ".".join(p for p in ((table.group(1) if table else ""), (column.group(1) if column else "")) if p)
    kind = {"23505": "UNIQUE", "23502": "NOT NULL", "23514": "CHECK"}.get(state)
    if kind and name:
        return ConstraintError(describe_constraint(f"{kind} constraint failed: {name}"))
    return ConstraintError(describe_constraint("foreign key" if state == "23503" else ""))


def _looks_like_network(lower: str) -> bool:
    return any(w in lower for w in ("connection refused", "could not connect", "connection failed",
                                    "timeout expired", "server closed the connection", "connection is closed",
                                    "could not translate host name", "no route to host", "network is unreachable",
                                    "terminating connection", "consuming input failed"))


def _reason(lower: str, message: str) -> str:
    for needle, reason in (
        ("connection refused", "connection refused (is the server running and accepting TCP/IP connections?)"),
        ("timeout expired", f"no answer within {CONNECT_TIMEOUT_S} s"),
        ("could not translate host name", "unknown host name"),
        ("no route to host", "no route to host"),
        ("network is unreachable", "network is unreachable"),
        ("password authentication failed", "wrong password"),
        ("no password supplied", "a password is required (keyring, prompt, PGPASSWORD or ~/.pgpass)"),
        ("terminating connection", "the server ended the connection; the interrupted step was not saved"),
        ("server closed the connection", "the connection dropped; the interrupted step was not saved"),
        ("consuming input failed", "the connection dropped; the interrupted step was not saved"),
        ("connection is closed", "the connection dropped; the interrupted step was not saved"),
    ):
        if needle in lower:
            return reason
    return message.split(" (Background on this error")[0][:200]
