"""Alembic migrations: the head constant, an empty file, upgrades from the previous revision."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from qistdesk.domain import Base
from qistdesk.store import open_database
from qistdesk.store.migrate import (HEAD_REVISION, alembic_config, current_revision, downgrade, script_head,
                                    upgrade)


def test_head_constant_matches_scripts():
    assert script_head() == HEAD_REVISION
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_empty_file_is_created_at_head(db):
    assert current_revision(db) == HEAD_REVISION
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrations_match_the_models(db):
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diffs == []


def test_every_revision_upgrades_from_the_previous_one_and_back(db):
    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(scripts.walk_revisions()))]
    downgrade(db, "base")
    assert current_revision(db) is None
    for revision in revisions:
        upgrade(db, revision)
        assert current_revision(db) == revision
    assert current_revision(db) == HEAD_REVISION


def test_upgrade_of_existing_file_makes_a_backup_first(db_path):
    db = open_database(db_path)
    from qistdesk.services.directory import create_organization

    create_organization(db, name="Keep me", sector="academia", country="DK")
    scripts = ScriptDirectory.from_config(alembic_config())
    previous = scripts.get_revision(HEAD_REVISION).down_revision or "base"
    downgrade(db, previous)
    db.close()
    if previous == "base":
        # Only one revision so far: an unversioned file with tables still gets a backup.
        from sqlalchemy import text
        db = open_database(db_path, migrate=False)
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE leftover (x INTEGER)"))
        db.close()
    reopened = open_database(db_path)
    backups = list((db_path.parent / "backups" / db_path.name).glob("*.sqlite3"))
    assert backups and all(b.with_name(b.name + ".sha256").exists() for b in backups)
    assert current_revision(reopened) == HEAD_REVISION
    from qistdesk.services.queries import list_organizations

    assert [o["name"] for o in list_organizations(reopened)] == ["Keep me"]  # the data came through
    assert any("pre-migration" in b.name for b in backups)
    reopened.close()
