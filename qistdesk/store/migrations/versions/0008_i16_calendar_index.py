"""An index on series dates' start, for the calendar's week and month reads.

The calendar asks which series have a date in the shown week; without an index on
``series_dates.start_utc`` each switch of week or month scanned the whole table.

Revision ID: i16_calendar_index
Revises: i12_paperwork
"""
from alembic import op

revision = "i16_calendar_index"
down_revision = "i12_paperwork"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("series_dates") as batch:
        batch.create_index("ix_series_dates_start_utc", ["start_utc"])


def downgrade() -> None:
    with op.batch_alter_table("series_dates") as batch:
        batch.drop_index("ix_series_dates_start_utc")
