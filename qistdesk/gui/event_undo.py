"""Undo for event edits: the values an edit dialog changes, as they were before.

Deleting an event and undoing that is ``services.events.delete_event`` /
``restore_event`` (one transaction each, same ids and calendar UID).
"""

from __future__ import annotations

#: Fields of an event record that ``update_event`` takes back unchanged.
_PLAIN = ("kind", "title", "status", "online_url", "capacity", "description", "topics")


def editable_values(record: dict) -> dict:
    """The values an edit dialog changes, as they were in ``record`` (for undo)."""
    out = {k: record.get(k) for k in _PLAIN if k in record}
    out.update(start=record["start"], end=record["end"], timezone=record["zone"],
               venue_id=(record.get("venue") or {}).get("id"))
    return out
