"""Opening a database: check the file, connect, bring the schema up to date, make the daily copy.

The steps live in their own modules (``filecheck``, ``migrate``, ``backup``), which use
:class:`~qistdesk.store.database.Database`; this module puts them in order, so the imports
point one way (opening -> filecheck/migrate/backup -> database) with no circle.
"""

from __future__ import annotations

import os
import sqlite3

from qistdesk.messages import _
from qistdesk.store.database import Database, create_engine_for, resolve_url, sqlite_file
from qistdesk.store.faults import safe_message, translate_os_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from qistdesk.store.filecheck import Assessment


def open_database(target: str | os.PathLike | None = None, *, migrate: bool = True,
                  checked: Assessment | None = None) -> Database:
    """Open (and by default create or upgrade) the database at ``target``.

    A file that can be read but not written (full disk, read-only folder or file) opens
    read-only with a notice saying why; only a failed integrity check calls it damaged.
    ``checked``: the file's check already done by the caller (``reading.open_for_reading``).
    """
    url = resolve_url(target)
    notices: list[str] = []
    path = sqlite_file(url)
    read_only, immutable = None, False
    if checked is not None:
        notices, read_only, immutable = checked.notices, checked.read_only, checked.immutable
    elif path is not None:
        # Damaged files are moved aside (never deleted) and reported with the newest good backup.
        from qistdesk.store.filecheck import assess  # (reads the file before any engine touches it)

        found = assess(path, is_default=target is None or str(target) == "")
        notices, read_only, immutable = found.notices, found.read_only, found.immutable
    engine = create_engine_for(url, read_only, immutable)
    db = Database(url, engine)
    db.notices = notices
    db.read_only = read_only
    if migrate:
        from qistdesk.store.migrate import upgrade_if_needed

        upgrade_if_needed(db)
        if not read_only:
            _daily_backup(db)
    return db


def _daily_backup(db: Database) -> None:
    """At most one automatic copy a day, and only when data changed; never stops start-up."""
    if db.file is None:
        return
    from qistdesk.store.backup import BackupError
    from qistdesk.store.daily_backup import maybe_daily_backup

    try:
        maybe_daily_backup(db)
    except (BackupError, sqlite3.Error) as exc:
        db.notices.append(_("the daily backup could not be made: {reason}").format(reason=safe_message(exc)))
    except OSError as exc:
        db.notices.append(_("the daily backup could not be made: {reason}").format(reason=translate_os_error(exc) or exc))
