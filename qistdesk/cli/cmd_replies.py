"""``import replies`` and ``replies …``: answers to invites come in; what waits for a decision.

``import replies`` reads .ics, .eml and Outlook .msg files (or whole folders),
updates the participants' answers and prints one row per reply; ``import ics``
of a REPLY or COUNTER file comes here too (see ``cmd_ics``).
"""

from __future__ import annotations

from qistdesk.cli.common import CommandError, print_json, print_table

OUTCOME_COLUMNS = [("source", "file"), ("event_title", "event"), ("person_name", "person"), ("email", "address"),
                   ("answer", "answer"), ("result", "result"), ("message", "note")]


def register(registry) -> None:
    p = registry.group_command("import", "replies", "read replies to invites (.ics, .eml, Outlook .msg, folders): "
                               "the participants' answers change, nothing else", import_replies)
    p.add_argument("paths", nargs="+", metavar="PATH", help="reply files or folders holding them")
    p.add_argument("--dry-run", action="store_true", help="show what would change; save nothing")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = registry.group_command("replies", "review", "replies waiting for a decision (counter-proposals, "
                               "unknown senders or events, delegations)", review)
    p.add_argument("--all", action="store_true", help="also those already dealt with")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = registry.group_command("replies", "resolve", "decide about one waiting reply", resolve)
    p.add_argument("review_id", metavar="ID", help="the id (or its first 4+ characters) from `replies review`")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--from", dest="person", metavar="PERSON", help="an unknown sender is this person: keep the "
                      "address as theirs and take the answer")
    what.add_argument("--accept", action="store_true", help="accept a counter-proposal: the event's time (and place) "
                      "change")
    what.add_argument("--decline", metavar="DIR", help="decline a counter-proposal: write a draft (.eml) to the "
                      "sender with the DECLINECOUNTER into DIR")
    what.add_argument("--add-delegate", action="store_true", help="add the delegate as a participant")
    what.add_argument("--dismiss", action="store_true", help="do nothing with it")
    p.add_argument("--comment", default="", help="with --decline: a line for the sender")

    p = registry.group_command("replies", "answer", "an answer given by phone or letter, with a note", answer)
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--person", required=True, metavar="ID")
    p.add_argument("status", choices=["accepted", "declined", "tentative", "delegated", "invited"])
    p.add_argument("--note", default="", help="how and when the answer came")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the answer is for this one date of a series only")

    p = registry.group_command("replies", "counts", "how many accepted, declined, tentative, not yet replied",
                               counts)
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--json", action="store_true")

    p = registry.group_command("replies", "status", "the answers per date of a series (who comes to which date); "
                               "with --date, each person's answer for that date", status)
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="one date of the series (local to the event)")
    p.add_argument("--json", action="store_true")

    p = registry.group_command("replies", "remind", "write reminder drafts (.eml) for those who have not replied",
                               remind)
    p.add_argument("--event", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="DIR")


def import_replies(args, db) -> int:
    from pathlib import Path

    from qistdesk.services.replies import import_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CommandError(f"{missing[0]}: no such file or folder; nothing was imported")
    result = import_paths(db, args.paths, dry_run=args.dry_run)
    if args.json:
        print_json({"dry_run": args.dry_run, "summary": result.summary(),
                    "replies": [o.as_dict() for o in result.outcomes]})
        return 0
    print_table([o.as_dict() for o in result.outcomes], OUTCOME_COLUMNS)
    print(("dry run: " if args.dry_run else "") + result.summary() + ("; nothing saved" if args.dry_run else ""))
    if result.count("review") and not args.dry_run:
        print("see `qistdesk replies review` for the replies that wait for you")
    return 0


def review(args, db) -> int:
    from qistdesk.services.reply_reviews import list_reviews

    rows = list_reviews(db, None if args.all else "open")
    for r in rows:
        r["short_id"] = r["id"][:8]
    if args.json:
        print_json(rows)
        return 0
    print_table(rows, [("short_id", "id"), ("what", "what"), ("event", "event"), ("email", "from"),
                       ("partstat", "answer"), ("message", "to decide")])
    return 0


def resolve(args, db) -> int:
    from qistdesk.services import reply_reviews as rr

    ident = _review_id(db, args.review_id)
    if args.person:
        out = rr.assign(db, ident, _person_id(db, args.person))
        for o in out["outcomes"]:
            print(f"{o['person_name']}: {o['result']} ({o['message']})")
    elif args.accept:
        rr.accept_counter(db, ident)
        print("accepted: the event has the proposed time; the next invites are an update")
    elif args.decline:
        path = rr.decline_counter(db, ident, args.decline, comment=args.comment)
        print(f"wrote {path} (a draft to the sender, with the DECLINECOUNTER inside)")
    elif args.add_delegate:
        rr.add_delegate(db, ident)
        print("added the delegate as a participant; the next invites reach them")
    else:
        rr.dismiss(db, ident)
        print("dismissed")
    return 0


def _review_id(db, text: str) -> str:
    from qistdesk.services.reply_reviews import list_reviews

    hits = [r["id"] for r in list_reviews(db, None) if r["id"].startswith(text)]
    if len(hits) != 1:
        raise CommandError(f"{text!r} names {'no' if not hits else 'more than one'} waiting reply "
                           "(see `qistdesk replies review --all`)")
    return hits[0]


def _person_id(db, text: str) -> str:
    from qistdesk.domain import Person
    from qistdesk.services import crud

    with db.read() as s:
        return crud.get(s, Person, text).id


def answer(args, db) -> int:
    from sqlalchemy import select

    from qistdesk.domain import Event, Participation
    from qistdesk.services import crud
    from qistdesk.services.replies import set_answer

    with db.read() as s:
        event = crud.get(s, Event, args.event)
        event_id = event.id
        person_id = _person_id(db, args.person)
        part = s.scalar(select(Participation.id).where(Participation.event_id == event.id,
                                                       Participation.person_id == person_id))
    if part is None:
        raise CommandError("that person is not a participant of the event")
    if args.date:
        from datetime import date

        from qistdesk.services.reply_dates import set_date_answer

        try:
            on = date.fromisoformat(args.date)
        except ValueError:
            raise CommandError(f"--date {args.date!r}: give the date as YYYY-MM-DD") from None
        set_date_answer(db, event_id, person_id, on, args.status, args.note)
        print(f"answer recorded for {on.isoformat()}: {args.status}" + (f" ({args.note})" if args.note else ""))
        return 0
    set_answer(db, part, args.status, args.note)
    print(f"answer recorded: {args.status}" + (f" ({args.note})" if args.note else ""))
    return 0


def counts(args, db) -> int:
    from qistdesk.domain import Event
    from qistdesk.services import crud
    from qistdesk.services.replies import answer_counts

    with db.read() as s:
        event_id = crud.get(s, Event, args.event).id
    c = answer_counts(db, event_id)
    if args.json:
        print_json(c)
        return 0
    print(f"{c['accepted']} accepted · {c['declined']} declined · {c['tentative']} tentative · "
          f"{c['delegated']} delegated · {c['invited']} not yet replied")
    return 0


def remind(args, db) -> int:
    from qistdesk.services.reply_reminders import write_reminders

    run = write_reminders(db, args.event, args.out)
    print(f"wrote {len(run.files)} reminder draft(s) to {args.out}")
    if run.skipped:
        print(f"no e-mail address: {', '.join(run.skipped)}")
    return 0


def status(args, db) -> int:
    from datetime import date

    from qistdesk.services.reply_dates import date_answers

    try:
        on = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise CommandError(f"--date {args.date!r}: give the date as YYYY-MM-DD") from None
    found = date_answers(db, args.event, on)
    if args.json:
        print_json(found)
        return 0
    dates = found["dates"]
    if on is None and len(dates) > 1:
        rows = [{"date": d["label"], "status": d["status"], **{k: str(v) for k, v in d["counts"].items()}}
                for d in dates]
        print_table(rows, [("date", "date"), ("status", "date status"), ("accepted", "accepted"),
                           ("declined", "declined"), ("tentative", "tentative"), ("delegated", "delegated"),
                           ("invited", "not replied")])
        return 0
    for d in dates:
        print(f"{found['event']['title']} — {d['label']}" + (" (cancelled)" if d["status"] == "cancelled" else ""))
        people = [{**p, "answer": "not replied" if p["answer"] == "invited" else p["answer"],
                   "by": {"date": "reply for this date", "series": "answer for the series"}.get(p["by"], "")}
                  for p in d["people"]]
        print_table(people, [("name", "person"), ("email", "address"), ("answer", "answer"), ("by", "from"),
                             ("comment", "comment")])
        c = d["counts"]
        print(f"{c['accepted']} accepted · {c['declined']} declined · {c['tentative']} tentative · "
              f"{c['delegated']} delegated · {c['invited']} not yet replied")
    return 0
