"""Undo for event deletes: rebuild an event from its record, through the services.

A deleted event takes its series dates, sessions and participants with it
(cascades), so "undo delete" must put all of those back, not just the event
row. The record comes from ``services.records.event_record`` taken just
before the delete; ids are new after a restore (the services make ids), which
is why the undo commands hand the new id along.
"""

from __future__ import annotations

from datetime import datetime

from qistdesk.services import events
from qistdesk.store import Database

#: Fields of an event record that ``update_event`` takes back unchanged.
_PLAIN = ("kind", "title", "status", "online_url", "capacity", "description", "topics")


def editable_values(record: dict) -> dict:
    """The values an edit dialog changes, as they were in ``record`` (for undo)."""
    out = {k: record.get(k) for k in _PLAIN if k in record}
    out.update(start=record["start"], end=record["end"], timezone=record["zone"],
               venue_id=(record.get("venue") or {}).get("id"))
    return out


def restore_event(db: Database, record: dict) -> str:
    """Create the event of ``record`` again with its dates, sessions and participants."""
    fields = editable_values(record)
    fields["organizer_id"] = (record.get("organizer") or {}).get("id")
    fields["host_organization_id"] = (record.get("host_organization") or {}).get("id")
    if record.get("series_rule"):
        fields["series"] = record["series_rule"]
    new_id = events.create_event(db, **fields)
    if record.get("dates"):
        from qistdesk.services import queries

        by_original = {row["original_start_utc"]: row for row in queries.series_dates(db, new_id)}
        for old in record["dates"]:
            row = by_original.get(datetime.fromisoformat(old["original_start"]))
            if row is None:
                continue
            changes = {"topic": old.get("topic") or "", "speaker_id": (old.get("speaker") or {}).get("id")}
            if old.get("moved"):
                changes.update(start=old["start"], end=old["end"])
            if old.get("status") != "scheduled":
                changes["status"] = old["status"]
            events.update_series_date(db, row["id"], **changes)
    for x in record.get("sessions", []):
        events.add_session(db, new_id, title=x["title"], start=x["start"], end=x["end"], room=x.get("room") or "",
                           chair_id=(x.get("chair") or {}).get("id"),
                           speaker_ids=[p["id"] for p in x.get("speakers") or [] if p])
    waiting = sorted((p for p in record.get("participants", []) if p.get("waitlist_position")),
                     key=lambda p: p["waitlist_position"])
    seated = [p for p in record.get("participants", []) if not p.get("waitlist_position")]
    for p in seated + waiting:
        events.add_participant(db, new_id, p["person_id"], role=p["role"], invitation_status=p["invitation_status"])
    return new_id


def delete_with_snapshot(db: Database, event_id: str, expected_version: int | None = None) -> dict:
    """Delete an event and return what is needed to bring it back."""
    from qistdesk.services.records import event_record

    record = event_record(db, event_id)
    events.delete_event(db, record["id"], expected_version)
    return record
