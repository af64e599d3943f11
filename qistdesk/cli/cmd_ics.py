"""``export ics``, ``export invites`` and ``import ics``: calendars out and in.

The calendar modules are imported inside the handlers, so ``qistdesk --help``
does not pay for them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from qistdesk.cli.common import CommandError


def register(registry) -> None:
    p = registry.group_command("export", "ics", "write a calendar file (.ics): one event or series, all events, "
                               "or an exchange's dates", export_ics)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", metavar="ID", help="one event, or a whole seminar series")
    what.add_argument("--all", action="store_true", help="every event, as a named calendar")
    what.add_argument("--exchange", metavar="ID", help="arrival, departure and milestones of one exchange")
    what.add_argument("--program", metavar="ID", help="the same for every exchange of a programme")
    p.add_argument("--kind", choices=["seminar", "conference", "workshop", "conferences"], help="with --all")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="with --all: events ending on or after")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="with --all: events starting before the end of")
    p.add_argument("--sessions", action="store_true",
                   help="with --event: each session of the timetable as its own calendar item too")
    p.add_argument("--name", default="", help="calendar name with --all (default: the office name)")
    p.add_argument("--reminder", type=int, metavar="MINUTES", help="add a reminder (default: the setting)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the .ics file to write")

    p = registry.group_command("export", "invites", "write one invite (.ics or .eml draft) per invited person; "
                               "updates and cancellations follow the ledger", export_invites)
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the files")
    p.add_argument("--eml", action="store_true", help="write ready-to-send .eml drafts instead of .ics files")
    p.add_argument("--optional", action="store_true",
                   help="mark attendees optional (speakers and chairs stay required)")
    p.add_argument("--reminder", type=int, metavar="MINUTES", help="add a reminder (default: the setting)")
    p.add_argument("--packets", action="store_true",
                   help="with --eml: attach each participant's packet (PDF) and write index.csv of the batch")
    p.add_argument("--max-mb", type=float, default=10.0, metavar="MB",
                   help="with --packets: packets larger than this are written beside the draft, not attached")
    p.add_argument("--ledger", action="store_true", help="then print what went to whom")
    p.add_argument("--dry-run", action="store_true", help="only say what would be written; write nothing")

    p = registry.group_command("import", "ics", "read events from a calendar file (.ics); "
                               "the same file again updates instead of duplicating", import_ics)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show the preview only; save nothing")
    p.add_argument("--skip-bad", action="store_true",
                   help="import the good events of a file in which some events have a broken value")
    p.add_argument("--kind", choices=["seminar", "conference", "workshop"], default="seminar",
                   help="kind of imported events the file does not name (default: seminar)")
    p.add_argument("--zone", metavar="IANA", help="zone of floating and all-day times (default: the home zone)")


def _day(text: str | None, end: bool = False) -> datetime | None:
    if not text:
        return None
    try:
        d = date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date like 2027-03-01") from None
    from datetime import timedelta

    if end:
        d += timedelta(days=1)
    return datetime.combine(d, time(0), tzinfo=timezone.utc)


def export_ics(args, db) -> int:
    from qistdesk.services import ics_export as export

    if args.event:
        text = export.export_event(db, args.event, reminder_minutes=args.reminder, sessions=args.sessions)
        what = "1 event" + (f" and {text.count('CATEGORIES:Session')} sessions" if args.sessions else "")
    elif args.exchange or args.program:
        text = export.export_exchanges(db, exchange_id=args.exchange, program_id=args.program,
                                       reminder_minutes=args.reminder)
        what = f"{text.count('BEGIN:VEVENT')} all-day items"
    else:
        name = args.name
        if not name:
            from qistdesk.settings import load

            name = load().get("office.name")
        text, n = export.export_events(db, kind=args.kind, start=_day(args.date_from), end=_day(args.date_to, True),
                                       name=name, reminder_minutes=args.reminder)
        what = f"{n} events"
    path = export.write_file(text, args.output)
    print(f"wrote {what} to {path}")
    return 0


def export_invites(args, db) -> int:
    from qistdesk.services.ics_invites import plan_invites, write_invites

    if args.dry_run:
        for line in plan_invites(db, args.event):
            print(line)
        return 0
    if args.packets:  # issue 14: drafts with each participant's packet, a size cap, an index
        if not args.eml:
            raise CommandError("--packets attaches PDFs to e-mail drafts: add --eml")
        from qistdesk.services.invite_drafts import write_drafts_with_packets

        run, index = write_drafts_with_packets(db, args.event, args.out, max_mb=args.max_mb)
        print(f"index of the batch: {index}")
    else:
        run = write_invites(db, args.event, args.out, eml=args.eml, optional_attendees=args.optional,
                            reminder_minutes=args.reminder)
    cancels = sum(1 for f in run.files if f.stem.endswith("-cancel"))
    parts = [f"{n} {method}" for n, method in ((len(run.files) - cancels, "REQUEST"), (cancels, "CANCEL")) if n]
    print(f"wrote {' and '.join(parts) or 'no'} file(s), SEQUENCE {run.sequence}, to {args.out}")
    if run.summary:
        print(run.summary)
    if run.skipped:
        print(f"no e-mail address, not invited: {', '.join(run.skipped)}")
    if args.ledger:
        from qistdesk.cli.common import print_table
        from qistdesk.services.invites import ledger

        print_table(ledger(db, args.event), [("written_at", "written"), ("method", "method"),
                                             ("sequence", "seq"), ("name", "to"), ("recipient_email", "e-mail"),
                                             ("summary", "change")])
    return 0


def import_ics(args, db) -> int:
    from pathlib import Path

    from qistdesk.services.ics_import import ICSReadError, apply_import, preview_import

    path = Path(args.file)
    if _is_reply(path):  # a REPLY or COUNTER answers an invite: the replies way, never the event way
        from qistdesk.cli.cmd_replies import import_replies

        args.paths, args.json = [str(path)], False
        print(f"{path.name} is a reply to an invitation: importing it as a reply")
        return import_replies(args, db)
    try:
        preview = preview_import(db, path.read_bytes(), source=path.name, default_kind=args.kind,
                                 default_zone=args.zone)
    except ICSReadError as exc:
        raise CommandError(f"{path.name}: {exc}; nothing was imported") from None
    except OSError as exc:
        raise CommandError(f"{path.name}: {exc.strerror or exc}; nothing was imported") from None
    for item in preview.items:
        when = item.start_utc.strftime("%Y-%m-%d %H:%M UTC") if item.start_utc else ""
        series = f" ({item.rule.describe() if item.rule else 'extra dates'})" if item.rule or item.rdates else ""
        zone = f" [{item.zone_note}]" if item.zone_note else ""
        print(f"{item.action:9}  {when:20}  {item.title[:60]}{series}{zone}")
    for w in preview.all_warnings():
        print(f"  warning: {w}")
    damaged = preview.damaged
    if damaged and not args.skip_bad:
        first = damaged[0].warnings[-1]
        more = f" (and {len(damaged) - 1} more)" if len(damaged) > 1 else ""
        raise CommandError(f"{path.name}: {first}{more}; nothing was imported (--skip-bad imports the rest)")
    if args.dry_run:
        print(f"dry run: {preview.summary()}; nothing saved")
        return 0
    result = apply_import(db, preview)
    print(f"saved: {result.created} new, {result.updated} updated, {result.unchanged} unchanged, "
          f"{result.cancelled} cancelled, {result.older} older (not taken), {result.skipped} skipped")
    return 0


def _is_reply(path) -> bool:
    """METHOD:REPLY or COUNTER (issue 14: replies go to ``services.replies``)."""
    from qistdesk.formats.ics.itip_reply import is_reply_calendar

    try:
        with open(path, "rb") as f:
            return is_reply_calendar(f.read(65536))
    except OSError:
        return False
