"""The store: engines, sessions and migrations.

This package is the only place that knows which database engine is in use;
everything SQLite-specific (pragmas, BEGIN IMMEDIATE, file backups) lives here.
"""

from qistdesk.store.database import Database, open_database, resolve_url

__all__ = ["Database", "open_database", "resolve_url"]
