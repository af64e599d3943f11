"""The store: engines, sessions and migrations.

This package is the only place that knows which database engine is in use;
everything SQLite-specific (pragmas, BEGIN IMMEDIATE, file backups) lives here.

``Database``, ``open_database`` and ``resolve_url`` are loaded on first use, so
``qistdesk.store.early`` can be imported (and its check started) before SQLAlchemy.
"""

__all__ = ["Database", "open_database", "resolve_url"]


def __getattr__(name: str):
    if name in ("Database", "resolve_url"):
        from qistdesk.store import database

        return getattr(database, name)
    if name == "open_database":
        from qistdesk.store.opening import open_database

        return open_database
    raise AttributeError(f"module 'qistdesk.store' has no attribute {name!r}")
