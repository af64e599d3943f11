"""``edit event``, ``edit date`` and ``cancel``: change an event from the command line.

The invite ledger watches these changes: after invites went out, the next
``qistdesk export invites`` writes an update (a new time, place or title) or
a cancellation (METHOD:CANCEL, with RECURRENCE-ID for one date of a series),
exactly as after the same edit in the app.
"""

from __future__ import annotations

from datetime import date

from qistdesk.cli.common import CommandError


def register(registry) -> None:
    p = registry.group_command("edit", "event", "change an event's title, times, zone, venue or online link",
                               edit_event)
    p.add_argument("id", metavar="ID")
    p.add_argument("--title")
    p.add_argument("--start", metavar="YYYY-MM-DDTHH:MM", help="wall-clock time in the event's zone")
    p.add_argument("--end", metavar="YYYY-MM-DDTHH:MM", help="wall-clock time in the event's zone")
    p.add_argument("--zone", metavar="IANA", help="e.g. Europe/Copenhagen (same wall-clock times, new zone)")
    p.add_argument("--venue", metavar="ID", help="a venue id, or '' for none")
    p.add_argument("--online-url", metavar="URL")
    p.add_argument("--move-sessions", action="store_true",
                   help="with --start: move the timetable's sessions by the same amount")

    p = registry.group_command("edit", "date", "move one date of a seminar series, or set its speaker and topic",
                               edit_date)
    p.add_argument("id", metavar="EVENT_ID")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the date as the series planned it")
    p.add_argument("--start", metavar="YYYY-MM-DDTHH:MM", help="its new start (the length stays)")
    p.add_argument("--speaker", metavar="PERSON_ID", help="a person id, or '' for none")
    p.add_argument("--topic")
    p.add_argument("--restore", action="store_true", help="un-cancel the date")

    p = registry.command("cancel", "cancel an event, or one date of a series with --date", cancel)
    p.add_argument("id", metavar="EVENT_ID")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="only this date of the series (as planned)")


def edit_event(args, db) -> int:
    from qistdesk.services import events

    fields = {name: value for name, value in (
        ("title", args.title), ("start", args.start), ("end", args.end), ("timezone", args.zone),
        ("online_url", args.online_url)) if value is not None}
    if args.venue is not None:
        fields["venue_id"] = _venue_id(db, args.venue)
    if not fields:
        raise CommandError("nothing to change: give --title, --start, --end, --zone, --venue or --online-url")
    ident = _event_id(db, args.id)
    if args.move_sessions:  # issue 16: moving an event takes its timetable along, in one transaction
        from qistdesk.services.calendar_moves import move_event_to

        if args.start is None:
            raise CommandError("--move-sessions needs --start (the event's new start)")
        moved = move_event_to(db, ident, fields.pop("start"), fields.pop("end", None))
        print(f"event {ident[:8]} moved with its {moved} sessions")
        if not fields:
            return 0
    version = events.update_event(db, ident, **fields)
    print(f"event {ident[:8]} changed ({', '.join(sorted(fields))}); now version {version}")
    from qistdesk.services.timetable_checks import problems

    outside = [p for p in problems(db, [ident]).get(ident, []) if p.kind == "outside"]
    if outside:
        print(f"warning: {len(outside)} sessions now lie outside the event (first: {outside[0].message}); "
              "'--move-sessions' moves them with it")
    return 0


def edit_date(args, db) -> int:
    from qistdesk.domain.enums import DateStatus
    from qistdesk.services import events

    item = _series_date(db, args.id, args.date)
    fields: dict = {}
    if args.start is not None:
        fields["start"] = args.start
    if args.topic is not None:
        fields["topic"] = args.topic
    if args.speaker is not None:
        fields["speaker_id"] = _person_id(db, args.speaker) if args.speaker else None
    if args.restore:
        fields["status"] = DateStatus.SCHEDULED.value
    if not fields:
        raise CommandError("nothing to change: give --start, --speaker, --topic or --restore")
    events.update_series_date(db, item["id"], **fields)
    print(f"date {args.date} of event {args.id[:8]} changed ({', '.join(sorted(fields))})")
    return 0


def cancel(args, db) -> int:
    from qistdesk.services import events

    if args.date:
        item = _series_date(db, args.id, args.date)
        events.cancel_series_date(db, item["id"])
        print(f"cancelled the {args.date} date; 'qistdesk export invites' writes the cancellation")
    else:
        ident = _event_id(db, args.id)
        events.cancel_event(db, ident)
        print(f"cancelled event {ident[:8]}; 'qistdesk export invites' writes the cancellation")
    return 0


def _event_id(db, ident: str) -> str:
    from qistdesk.services import records

    return records.event_record(db, ident)["id"]


def _person_id(db, ident: str) -> str:
    from qistdesk.services import records

    return records.person_record(db, ident)["id"]


def _venue_id(db, ident: str) -> str | None:
    if not ident:
        return None
    from qistdesk.services.editing import fields_of

    return fields_of(db, "venue", ident)["id"]  # a full id or a unique prefix, as everywhere


def _series_date(db, event_ident: str, day_text: str) -> dict:
    """The series date planned on ``day_text`` (local to the event's zone)."""
    from qistdesk.services.queries import series_dates
    from qistdesk.services.records import event_record
    from qistdesk.timezones import utc_to_local

    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise CommandError(f"{day_text!r} is not a date like 2027-03-01") from None
    event = event_record(db, event_ident)
    rows = series_dates(db, event["id"])
    if not rows:
        raise CommandError(f"event {event['id'][:8]} is not a series; leave out --date")
    for row in rows:
        if utc_to_local(row["original_start_utc"], event["zone"]).date() == day:
            return row
    planned = ", ".join(utc_to_local(r["original_start_utc"], event["zone"]).date().isoformat() for r in rows[:6])
    raise CommandError(f"the series has no date on {day_text} (its dates: {planned}{' …' if len(rows) > 6 else ''})")
