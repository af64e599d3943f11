"""``find-slot``: the scheduling assistant on the command line.

    qistdesk find-slot --duration 60 --people ID,ID [--optional ID] [--venue ID [--room NAME]]
                       --from 2027-05-03 --to 2027-05-28 [--series weekly --count 10] [--json]

Prints the best slots, best first, each with the time on both sides and its
reasons; for a series, the dates that clash. Ids may be unique prefixes.
"""

from __future__ import annotations

from datetime import date, timedelta

from qistdesk.cli.common import CommandError, print_json


def register(registry) -> None:
    p = registry.command("find-slot", "find the best times for a meeting or a series (both zones, holidays, "
                                      "people and room free)", find_slot)
    p.add_argument("--duration", type=int, required=True, metavar="MINUTES")
    p.add_argument("--people", required=True, metavar="ID,ID", help="required people (ids or unique prefixes)")
    p.add_argument("--optional", default="", metavar="ID,ID", help="optional people")
    p.add_argument("--venue", metavar="ID", help="a venue that must be free")
    p.add_argument("--room", default="", metavar="NAME",
                   help="only this room of the venue must be free (as the timetables name it)")
    p.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--series", choices=("weekly", "fortnightly", "monthly"), help="check every date of a series")
    p.add_argument("--count", type=int, metavar="N", help="number of dates in the series")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="last date of the series")
    p.add_argument("--limit", type=int, default=5, metavar="N", help="how many slots to propose (default 5)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a date like 2027-05-03") from None


def find_slot(args, db) -> int:
    from qistdesk.services.find_slot import Request, find_slots

    split = lambda text: tuple(p.strip() for p in (text or "").split(",") if p.strip())  # noqa: E731
    req = Request(duration=timedelta(minutes=args.duration), first=_date(args.first, "--from"),
                  last=_date(args.last, "--to"), required=split(args.people), optional=split(args.optional),
                  venue_id=args.venue or None, room=args.room, series=args.series, count=args.count,
                  until=_date(args.until, "--until") if args.until else None)
    slots = find_slots(db, req, limit=max(args.limit, 1))
    if args.json:
        print_json([s.as_dict() for s in slots])
        return 0
    if not slots:
        print("No slot in that range.")
        return 0
    for n, slot in enumerate(slots, start=1):
        print(f"{n}. " + "  ·  ".join(f"{when} {place}" for place, when in slot.times.items())
              + f"   (penalty {slot.score})")
        for reason in slot.reasons:
            print(f"     {reason}")
    return 0
