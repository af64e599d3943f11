"""Alembic environment: runs on the connection handed over by qistdesk.store.migrate."""

from alembic import context

from qistdesk.domain import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # alembic CLI use: build an engine from the ini URL
        from qistdesk.store.database import create_engine_for, resolve_url

        engine = create_engine_for(resolve_url(config.get_main_option("sqlalchemy.url")))
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
