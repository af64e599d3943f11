"""Replies: the answer (PARTSTAT, COMMENT) in the invite ledger, a person's other addresses, and the
list of replies that wait for the user (counter-proposals, unknown senders or events, delegations).

Revision ID: i14_replies
Revises: 0003_invite_exdates
"""
import sqlalchemy as sa
from alembic import op

revision = "i14_replies"
down_revision = "0003_invite_exdates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invite_ledger") as batch:
        batch.add_column(sa.Column("partstat", sa.String(length=20), nullable=False, server_default=""))
        batch.add_column(sa.Column("comment", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "person_emails",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_person_emails_person_id_people"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_emails")),
        sa.UniqueConstraint("email", name=op.f("uq_person_emails_email")),
    )
    with op.batch_alter_table("person_emails") as batch:
        batch.create_index(batch.f("ix_person_emails_person_id"), ["person_id"], unique=False)
    op.create_table(
        "reply_reviews",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("uid", sa.String(length=300), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("partstat", sa.String(length=20), nullable=False),
        sa.Column("delegate_email", sa.String(length=320), nullable=False),
        sa.Column("delegate_name", sa.String(length=300), nullable=False),
        sa.Column("proposed_start_utc", sa.DateTime(), nullable=True),
        sa.Column("proposed_end_utc", sa.DateTime(), nullable=True),
        sa.Column("recurrence_id_utc", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("calendar", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_reply_reviews_event_id_events"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_reply_reviews_person_id_people"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_reviews")),
    )
    with op.batch_alter_table("reply_reviews") as batch:
        batch.create_index(batch.f("ix_reply_reviews_event_id"), ["event_id"], unique=False)
        batch.create_index(batch.f("ix_reply_reviews_state"), ["state"], unique=False)


def downgrade() -> None:
    op.drop_table("reply_reviews")
    op.drop_table("person_emails")
    with op.batch_alter_table("invite_ledger") as batch:
        batch.drop_column("comment")
        batch.drop_column("partstat")
