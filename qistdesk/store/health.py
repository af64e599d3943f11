"""Structural checks of the database file (engine-specific, so they live in the store)."""

from __future__ import annotations

from sqlalchemy import text

from qistdesk.store.database import Database


def structural_problems(db: Database, quick: bool = False) -> list[str]:
    """SQLite's integrity and foreign-key checks; PostgreSQL keeps these itself."""
    if not db.is_sqlite:
        return []
    problems: list[str] = []
    from sqlalchemy.exc import DatabaseError

    try:
        with db.engine.connect() as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
            if rows != ["ok"]:
                problems += [f"database file: {r}" for r in rows]
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} refers to a missing {parent} record")
    except DatabaseError as exc:  # so damaged SQLite cannot even run its own check: say so, never crash
        problems.append(f"database file: {str(getattr(exc, 'orig', exc)).splitlines()[0]}")
    return problems


def schema_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # noqa: BLE001 - no table means no schema
            return None
