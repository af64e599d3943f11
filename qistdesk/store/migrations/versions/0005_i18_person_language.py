"""Each person has a language (da or en) that their invites, reminders and packets are written in.

Empty means "by country": Danish for people in Denmark, English elsewhere, so existing
directories get sensible languages without anyone filling in a column.

Revision ID: i18_person_language
Revises: i14_replies
"""
import sqlalchemy as sa
from alembic import op

revision = "i18_person_language"
down_revision = "i14_replies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("language", sa.String(length=2), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("language")
