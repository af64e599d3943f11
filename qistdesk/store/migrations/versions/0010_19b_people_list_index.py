"""The people list read from one index: ``ix_people_list`` replaces ``ix_people_family_given``.

``list people`` and the People view read every person in name order with nine columns. With
the old index on (family_name, given_name) SQLite walked it, looked up each row in the table
and sorted ties by id in a temporary B-tree: about 0.9 s of the 100,000-person list's time.
This index holds the order (family_name, given_name, id) and every listed column, so the read
is one scan of the index (about half the time); it keeps serving lookups by name.

Revision ID: 19b_people_list_index
Revises: i18c_welcome_da
"""
from alembic import op

revision = "19b_people_list_index"
down_revision = "i18c_welcome_da"
branch_labels = None
depends_on = None

COLUMNS = ["family_name", "given_name", "id", "email", "country", "career_stage", "job_title", "organization_id",
           "version"]


def upgrade() -> None:
    op.create_index("ix_people_list", "people", COLUMNS)
    op.drop_index("ix_people_family_given", table_name="people")


def downgrade() -> None:
    op.create_index("ix_people_family_given", "people", ["family_name", "given_name"])
    op.drop_index("ix_people_list", table_name="people")
