"""Reports and organiser summaries: QIST area, room capacity, access request met, badge batches.

- ``qist_area`` on events, sessions and exchanges (quantum computing, networks and
  communication, sensing and metrology, other; empty when not set), for the joint
  committee's report.
- ``sessions.room_capacity``: the seats of the session's room (rooms summary).
- ``participations.access_met``: the person's accessibility request was met at that event.
- ``participations.badge_printed``: what the last printed badge showed, so "badges still to
  print" finds new and changed ones.

Revision ID: i17_reports
Revises: i15_recurrence
"""
import sqlalchemy as sa
from alembic import op

revision = "i17_reports"
down_revision = "i15_recurrence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("events", "sessions", "exchanges"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("qist_area", sa.String(20), nullable=False, server_default=""))
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("room_capacity", sa.Integer(), nullable=True))
    with op.batch_alter_table("participations") as batch:
        batch.add_column(sa.Column("access_met", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("badge_printed", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("participations") as batch:
        batch.drop_column("badge_printed")
        batch.drop_column("access_met")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("room_capacity")
    for table in ("exchanges", "sessions", "events"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("qist_area")
