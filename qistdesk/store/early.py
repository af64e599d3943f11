"""What the app can do with its database file before SQLAlchemy loads: find it, and check it.

Opening a database runs SQLite's ``quick_check`` first (``filecheck.assess``): about 0.2 s on
the scale-100 file, all of it inside SQLite, which releases the interpreter lock. The desktop
app therefore starts the check on a thread the moment it starts (:func:`start_check`), while
Qt and SQLAlchemy load, and ``assess`` takes a passed check (:func:`passed`) instead of
running its own. Only "ok" is ever reused, and only when neither the file nor its WAL changed
since the check ended (closing the last connection checkpoints the WAL, so the
file is compared as the check left it): anything else (an error, a problem, a write by another process) makes
``assess`` check again itself, so damage handling stays in one place.

Only the standard library here: importing this module must not load SQLAlchemy.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

#: How long a statement waits for another connection's lock (every connection the app makes).
SQLITE_BUSY_TIMEOUT_MS = 30_000

_lock = threading.Lock()
#: resolved path -> (thread, [passed, signature of the file when the check ended])
_checks: dict[str, tuple[threading.Thread, list]] = {}


def default_database_path() -> Path:
    """The default SQLite file in the platform's user data folder."""
    override = os.environ.get("QISTDESK_DATA_DIR")
    if override:
        base = Path(override)
    else:
        from platformdirs import user_data_path

        base = user_data_path("qistdesk", appauthor=False)
    return base / "qistdesk.sqlite3"


def local_file(target: str | os.PathLike | None) -> Path | None:
    """The file ``--db`` names (as ``resolve_url`` reads it), or None for a URL."""
    if target is None or str(target) == "":
        return default_database_path()
    text = str(target)
    if "://" in text:
        return None
    return Path(text).expanduser().resolve()


def _signature(path: Path) -> tuple | None:
    try:
        main = path.stat()
    except OSError:
        return None
    try:
        wal = Path(f"{path}-wal").stat()
        # An empty WAL holds nothing, as none: a read-only reader (store/reading.py) may make one.
        wal_sig = (wal.st_ino, wal.st_size, wal.st_mtime_ns) if wal.st_size else None
    except OSError:
        wal_sig = None
    return (main.st_ino, main.st_size, main.st_mtime_ns, wal_sig)


def start_check(path: Path) -> None:
    """Run ``PRAGMA quick_check`` on ``path`` on a thread, if it is an existing, writable file
    (what ``assess`` would check); it does nothing otherwise."""
    path = Path(path)
    key = str(path)
    signature = _signature(path)
    if signature is None or signature[1] == 0 or not os.access(path, os.W_OK) \
            or not os.access(path.parent, os.W_OK):
        return
    verdict: list = []

    def check() -> None:
        try:
            conn = sqlite3.connect(key, timeout=0)  # busy: no verdict, assess checks (and waits) itself
        except sqlite3.Error:
            return
        try:
            ok = [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
        except sqlite3.Error:
            ok = False
        finally:
            conn.close()
        verdict.extend([ok, _signature(path)])

    thread = threading.Thread(target=check, name="qistdesk-quick-check", daemon=True)
    with _lock:
        if key in _checks:
            return
        _checks[key] = (thread, verdict)
    thread.start()


def passed(path: Path) -> bool:
    """True when a check started by :func:`start_check` found ``path`` "ok" and the file and its
    WAL are unchanged since it ended (waits for it to finish). Each check is used once."""
    with _lock:
        found = _checks.pop(str(path), None)
    if found is None:
        return False
    thread, verdict = found
    thread.join()
    return len(verdict) == 2 and verdict[0] is True and verdict[1] is not None \
        and _signature(Path(path)) == verdict[1]
