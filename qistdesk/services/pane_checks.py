"""The checks a detail pane fills in after the click (issue 19): each reads bookings against
everyone else's, up to seconds for a long series, so the panes show the record at once and run
these on a worker thread. Plain reads, no widgets."""

from __future__ import annotations

from collections import defaultdict

from qistdesk.services import scheduling
from qistdesk.store import Database


def seminar_checks(db: Database, event_id: str, is_series: bool, prefs) -> tuple[list, dict]:
    """(the seminar's warnings, date id -> that date's warnings)."""
    return (scheduling.warnings_for_event(db, event_id, prefs),
            scheduling.warnings_for_series_dates(db, event_id, prefs) if is_series else {})


def conference_checks(db: Database, event_id: str, zone: str, sessions: list[dict], online: bool,
                      prefs) -> tuple[list, dict]:
    """(the conference's warnings, session id -> that session's: double-booked people, working
    hours and the timetable's own checks of issue 16)."""
    from qistdesk.services.timetable_checks import problems

    own = defaultdict(list)
    for p in problems(db, [event_id]).get(event_id, []):
        own[p.session_id].append(scheduling.Warning("timetable", p.message))
    checked = scheduling.check_sessions(  # one read of the bookings for every session
        db, [dict(s, person_ids=s["speaker_ids"] + ([s["chair_id"]] if s["chair_id"] else [])) for s in sessions],
        zone, event_id, both_zones_work=online, prefs=prefs)
    per_session = {s["id"]: [w for w in checked[s["id"]] if w.kind in ("person", "hours")] + own.get(s["id"], [])
                   for s in sessions}
    return scheduling.warnings_for_event(db, event_id, prefs), per_session
