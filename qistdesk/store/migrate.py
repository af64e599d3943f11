"""Schema upgrades with Alembic, run at start-up after a backup of the file.

Importing Alembic costs about 0.4 s, so start-up first reads the current
revision with one plain query and only loads Alembic when it differs from
:data:`HEAD_REVISION` (a test keeps that constant equal to the scripts' head).
"""

from __future__ import annotations

from pathlib import Path

TYPE_CHECKING = False  # SQLAlchemy loads in the functions: a plain read (store/reading.py) needs only HEAD_REVISION
if TYPE_CHECKING:
    from qistdesk.store.database import Database

#: The newest migration; tests/test_migrations.py checks it matches the scripts.
HEAD_REVISION = "19b_people_list_index"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationError(RuntimeError):
    """The schema could not be brought up to date; the backup is named."""


class NewerSchemaError(MigrationError):
    """The database was written by a newer qistdesk: refuse it, copy nothing, change nothing."""

    def __init__(self, where: str, revision: str):
        self.revision = revision
        super().__init__(f"the database {where} was written by a newer qistdesk (schema {revision!r}); "
                         "update qistdesk to open it. Nothing was changed")


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(db: Database | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        config.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(db)
    # A write unit (BEGIN IMMEDIATE on SQLite): two processes opening a new file at once
    # otherwise collide with "database is locked"; this way the second waits, then finds
    # the schema at head and does nothing.
    with db._write_engine.begin() as conn:
        _lock_for_migration(conn)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    config = alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def _lock_for_migration(conn) -> None:
    """Make sure only one client migrates at a time."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import text

        conn.execute(text("SELECT pg_advisory_xact_lock(727274)"))


def upgrade_if_needed(db: Database) -> Path | None:
    """Create or upgrade the schema; return the backup made first, if any."""
    revision = current_revision(db)
    if revision == HEAD_REVISION:
        return None
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(db.display_name, revision)
    if getattr(db, "read_only", None):
        from qistdesk.store.faults import describe_place

        raise MigrationError(f"the database needs a schema upgrade, which cannot be written: "
                             f"{describe_place(db.file, db.read_only)}")
    backup = None
    if revision is not None or _has_user_tables(db):
        from qistdesk.store.backup import backup_before_migration

        backup = backup_before_migration(db, revision or "unversioned")
    try:
        upgrade(db)
    except Exception as exc:  # noqa: BLE001 - re-raised with the backup named
        where = f"; the file before the upgrade is kept at {backup}" if backup else ""
        raise MigrationError(f"could not upgrade the database schema: {exc}{where}") from exc
    return backup


def _has_user_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())
