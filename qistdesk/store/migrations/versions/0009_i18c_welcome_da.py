"""A programme's welcome letter in Danish beside the English one.

``welcome_template`` stays the English letter; ``welcome_template_da`` is the Danish one. A packet
takes the letter in its reader's language, the other one when that is empty, and the built-in
letter in the reader's language when both are.

Revision ID: i18c_welcome_da
Revises: i16_calendar_index
"""
import sqlalchemy as sa
from alembic import op

revision = "i18c_welcome_da"
down_revision = "i16_calendar_index"
branch_labels = None
depends_on = None


# Never a table copy (recreate="never": SQLite's own ADD/DROP COLUMN): with foreign keys on, dropping
# the old exchange_programs table for a copy would be refused while exchanges refer to it.


def upgrade() -> None:
    with op.batch_alter_table("exchange_programs", recreate="never") as batch:
        batch.add_column(sa.Column("welcome_template_da", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("exchange_programs", recreate="never") as batch:
        batch.drop_column("welcome_template_da")
