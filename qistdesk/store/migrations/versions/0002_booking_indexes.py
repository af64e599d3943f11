"""Indexes for double-booking checks and the dashboard's due milestones.

At the scale of a large office (100,000 people, 10,000 events) the scheduling
warnings look up a person's talks and a milestone's due date; without these
indexes each look-up scanned its whole table.

Revision ID: 0002_booking_indexes
Revises: 0001_initial
"""
from alembic import op

revision = "0002_booking_indexes"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_milestones_due_date", "milestones", "due_date"),
    ("ix_session_speakers_person_id", "session_speakers", "person_id"),
    ("ix_series_dates_speaker_id", "series_dates", "speaker_id"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        with op.batch_alter_table(table) as batch:
            batch.create_index(name, [column])


def downgrade() -> None:
    for name, table, _column in INDEXES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(name)
