"""Series keep their extra dates (RDATE); events remember the DTSTAMP of the last import.

Revision ID: i15_recurrence
Revises: i18_person_language
"""
import sqlalchemy as sa
from alembic import op


revision = "i15_recurrence"
down_revision = "i18_person_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("series_rdates", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("ical_dtstamp", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("ical_dtstamp")
        batch.drop_column("series_rdates")
