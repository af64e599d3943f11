"""One truth for visa and insurance: the exchange's checklist (milestones of kind visa/insurance).

The ``visa_status`` and ``insurance_status`` columns go; the status shown and printed is
derived from the milestones (``domain.exchanges.paperwork_status``). Before the columns go,
what they said is carried into the checklist, so no exchange changes its shown status
except where the two disagreed (then the checklist, the newer fact, wins):

- "done": open steps of that kind are ticked; with no step, a done "Visa approved" /
  "Health insurance confirmed" step is added;
- "in-progress" with no step: a done "… application submitted" and an open "… approved"
  step are added (in progress = some steps done);
- "not-started" with no step: an open step is added;
- "not-needed": open steps of that kind are removed (ticked ones stay: they happened).

Revision ID: i12_paperwork
Revises: i17_reports
"""
import uuid
from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision = "i12_paperwork"
down_revision = "i17_reports"
branch_labels = None
depends_on = None

STEPS = {  # kind: (days before the start it is due, open step, first step of an "in progress")
    "visa": (45, "Visa approved", "Visa application submitted"),
    "insurance": (30, "Health insurance confirmed", "Health insurance applied for"),
}


def _step(conn, exchange_id: str, kind: str, title: str, due: date, done: bool) -> None:
    conn.execute(sa.text("INSERT INTO milestones (id, version, updated_at, exchange_id, kind, title, due_date, done, "
                         "done_on, notes) VALUES (:id, 1, :now, :x, :kind, :title, :due, :done, :done_on, '')"),
                 {"id": str(uuid.uuid4()), "now": datetime.now(timezone.utc).replace(tzinfo=None), "x": exchange_id,
                  "kind": kind, "title": title, "due": due, "done": done, "done_on": due if done else None})


def _carry(conn) -> None:
    rows = conn.execute(sa.text("SELECT id, start_date, visa_status, insurance_status FROM exchanges")).all()
    for ident, start, visa, insurance in rows:
        start = start if isinstance(start, date) else date.fromisoformat(str(start))
        for kind, status in (("visa", visa), ("insurance", insurance)):
            days, title, first = STEPS[kind]
            due = start - timedelta(days=days)
            steps = conn.execute(sa.text("SELECT id, done FROM milestones WHERE exchange_id = :x AND kind = :k"),
                                 {"x": ident, "k": kind}).all()
            if status == "not-needed":
                conn.execute(sa.text("DELETE FROM milestones WHERE exchange_id = :x AND kind = :k AND NOT done"),
                             {"x": ident, "k": kind})
            elif steps:
                if status == "done":
                    conn.execute(sa.text("UPDATE milestones SET done = :t, done_on = coalesce(done_on, due_date), "
                                         "version = version + 1 WHERE exchange_id = :x AND kind = :k AND NOT done"),
                                 {"t": True, "x": ident, "k": kind})
            elif status == "done":
                _step(conn, ident, kind, title, due, True)
            elif status == "in-progress":
                _step(conn, ident, kind, first, due - timedelta(days=14), True)
                _step(conn, ident, kind, title, due, False)
            else:  # not-started (or anything unknown): the step is still to do
                _step(conn, ident, kind, title, due, False)


def upgrade() -> None:
    _carry(op.get_bind())
    # Never a table copy: with foreign keys on, dropping the old exchanges table would cascade to
    # every milestone. SQLite has ALTER TABLE … DROP COLUMN since 3.35 (Python 3.10+ ships newer).
    with op.batch_alter_table("exchanges", recreate="never") as batch:
        batch.drop_column("visa_status")
        batch.drop_column("insurance_status")


def downgrade() -> None:
    with op.batch_alter_table("exchanges", recreate="never") as batch:
        batch.add_column(sa.Column("visa_status", sa.String(20), nullable=False, server_default="not-started"))
        batch.add_column(sa.Column("insurance_status", sa.String(20), nullable=False, server_default="not-started"))
    conn = op.get_bind()
    for kind in ("visa", "insurance"):  # the statuses the checklist says, as the upgrade derives them
        conn.execute(sa.text(
            f"UPDATE exchanges SET {kind}_status = CASE "
            f"WHEN NOT EXISTS (SELECT 1 FROM milestones m WHERE m.exchange_id = exchanges.id AND m.kind = :k) "
            f"THEN 'not-needed' "
            f"WHEN NOT EXISTS (SELECT 1 FROM milestones m WHERE m.exchange_id = exchanges.id AND m.kind = :k "
            f"AND NOT m.done) THEN 'done' "
            f"WHEN EXISTS (SELECT 1 FROM milestones m WHERE m.exchange_id = exchanges.id AND m.kind = :k "
            f"AND m.done) THEN 'in-progress' ELSE 'not-started' END"), {"k": kind})
