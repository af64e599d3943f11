"""Passwords for the office server: from the OS keyring, or asked for; never written in plain text.

Why here: the password is needed each time the pool opens a connection, which
happens deep inside SQLAlchemy. A ``do_connect`` hook (see ``store/server.py``)
asks :func:`password_for` first and, when the server refuses, the front end's
prompt (a ``getpass`` line in the CLI, a dialog in the GUI) through
:func:`set_prompt`. A password typed once is kept in memory for the process only;
it is saved to the keyring only when the user asks (``remember=True``).

libpq's own sources keep working too: ``PGPASSWORD`` and ``~/.pgpass``.
The ``keyring`` package is optional (``pip install qistdesk[postgres]``); without
it, or without a usable keyring backend (a headless server), we simply ask.
"""

from __future__ import annotations

TYPE_CHECKING = False  # no SQLAlchemy (nor typing) at import: every CLI command installs its prompt here
if TYPE_CHECKING:
    from typing import Callable, Optional

    from sqlalchemy.engine import URL

    #: ``prompt(where, user, retry) -> password or None (cancelled)``; set by the CLI or the GUI.
    Prompt = Callable[[str, str, bool], Optional[str]]

SERVICE = "qistdesk"

_prompt: Prompt | None = None
_typed: dict[str, str] = {}


def account(url: URL) -> str:
    """The keyring entry name: ``user@host:port/database`` (no password, ever)."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def where(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def set_prompt(prompt: Prompt | None) -> Prompt | None:
    """Install the front end's way of asking; returns the previous one (for tests)."""
    global _prompt
    previous, _prompt = _prompt, prompt
    return previous


def _keyring():
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None, Exception
    return keyring, KeyringError


def keyring_password(url: URL) -> str | None:
    keyring, error = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account(url))
    except (error, RuntimeError):  # no backend on this machine: ask instead
        return None


def save_password(url: URL, password: str) -> bool:
    """Store in the OS keyring; False when there is no keyring here (then nothing is stored)."""
    keyring, error = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account(url), password)
        return True
    except (error, RuntimeError):
        return False


def forget_password(url: URL) -> None:
    _typed.pop(account(url), None)
    keyring, error = _keyring()
    if keyring is not None:
        try:
            keyring.delete_password(SERVICE, account(url))
        except (error, RuntimeError):
            pass


def password_for(url: URL) -> str | None:
    """A password known without asking: typed earlier in this process, or in the keyring."""
    return _typed.get(account(url)) or keyring_password(url)


def ask(url: URL, retry: bool) -> str | None:
    """Ask the front end; None when there is no way to ask or the user cancelled."""
    if _prompt is None:
        return None
    password = _prompt(where(url), url.username or "", retry)
    if password:
        _typed[account(url)] = password
    return password


def remember_typed(url: URL, password: str) -> None:
    _typed[account(url)] = password


_save_wanted: set[str] = set()


def save_when_accepted(url: URL) -> None:
    """The user ticked "remember": save the typed password once the server accepts it."""
    _save_wanted.add(account(url))


def accepted(url: URL, password: str) -> None:
    """Called after the server accepted a typed password (never a rejected one)."""
    if account(url) in _save_wanted:
        _save_wanted.discard(account(url))
        save_password(url, password)


def is_login_refusal(message: str) -> bool:
    """libpq's words when a password is missing or wrong."""
    text = message.lower()
    return ("password authentication failed" in text or "no password supplied" in text
            or "password is required" in text)


def storable_url(text: str) -> str:
    """The URL as it may be written to settings: the same server, user and database, no password."""
    return without_password(text).render_as_string(hide_password=False)


def without_password(url: URL | str) -> URL:
    """``url`` with its password removed (``URL.set(password=None)`` would keep it)."""
    from sqlalchemy.engine import URL, make_url

    url = make_url(url)
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
