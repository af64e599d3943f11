"""The invite ledger remembers which dates of a series a REQUEST left out.

A date cancelled before the invitations went out is already an EXDATE in
them; without this column the next run sent a needless METHOD:CANCEL for it.

Revision ID: 0003_invite_exdates
Revises: 0002_booking_indexes
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_invite_exdates"
down_revision = "0002_booking_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invite_ledger") as batch:
        batch.add_column(sa.Column("excluded_utc", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("invite_ledger") as batch:
        batch.drop_column("excluded_utc")
