"""The store: engines, sessions and migrations.

This package is the only place that knows which database engine is in use;
everything SQLite-specific (pragmas, BEGIN IMMEDIATE, file backups) lives here.
"""

from qistdesk.store.database import Database, resolve_url
from qistdesk.store.opening import open_database

__all__ = ["Database", "open_database", "resolve_url"]
