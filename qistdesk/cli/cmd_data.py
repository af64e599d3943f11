"""``demo``, ``list``, ``show`` and ``check``: the everyday read commands."""

from __future__ import annotations

import sys

from qistdesk.cli.common import CommandError, plain_read, print_json, print_table

LIST_COLUMNS = {
    "people": [("id", "ID"), ("given_name", "Given name"), ("family_name", "Family name"),
               ("organization", "Organisation"), ("country", "Country"), ("email", "E-mail")],
    "organizations": [("id", "ID"), ("name", "Name"), ("sector", "Sector"), ("country", "Country"),
                      ("city", "City"), ("people", "People")],
    "venues": [("id", "ID"), ("name", "Name"), ("city", "City"), ("country", "Country"),
               ("timezone", "Zone"), ("capacity", "Capacity")],
    "events": [("id", "ID"), ("kind", "Kind"), ("title", "Title"), ("start", "Start (local)"),
               ("timezone", "Zone"), ("status", "Status"), ("participants", "People")],
    "exchanges": [("id", "ID"), ("name", "Participant"), ("program", "Programme"), ("direction", "Dir."),
                  ("start_date", "Start"), ("end_date", "End"), ("stage", "Stage")],
}


def register(registry) -> None:
    demo = registry.command("demo", "load the demo programme (or a synthetic dataset with --scale N)", _demo)
    demo.add_argument("--scale", type=int, metavar="N",
                      help="generate a synthetic dataset of about N×1,000 people (for benchmarks)")
    demo.add_argument("--today", metavar="YYYY-MM-DD",
                      help="build the demo as seen on this day (default: today, or $QISTDESK_TODAY); "
                           "2027-04-20 gives the fixed programme the tests use")

    lst = registry.command("list", "list events, exchanges, people, organizations or venues", _list)
    lst.add_argument("what", choices=list(LIST_COLUMNS))
    lst.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lst.add_argument("--kind", choices=["seminar", "conference", "workshop"], help="events of one kind")
    lst.add_argument("--sector", metavar="SECTOR",
                     help="organisations or people of one sector, e.g. to-review (made by a CSV import)")

    show = registry.command("show", "show one event, exchange or person", _show)
    show.add_argument("what", choices=["event", "exchange", "person"])
    show.add_argument("id", help="the record's id (or its first characters)")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")

    check = registry.command("check", "check the database's integrity and the app's rules", _check)
    check.add_argument("--quick", action="store_true", help="a faster, shallower file check")


def _demo(args, db) -> int:
    if args.scale is not None:
        if args.scale < 1 or args.scale > 1000:
            raise CommandError("--scale takes a whole number from 1 to 1000")
        from qistdesk.services.synthetic import load_synthetic

        made = load_synthetic(db, args.scale)
    else:
        from datetime import date

        from qistdesk.services.demo import demo_day, load_demo

        try:
            day = date.fromisoformat(args.today) if args.today else demo_day()
        except ValueError:
            raise CommandError(f"--today takes a date as YYYY-MM-DD, not “{args.today}”") from None
        made = load_demo(db, today=day, past=True)
    summary = ", ".join(f"{n:,} {k}" for k, n in made.items())
    print(f"Loaded into {db.display_name}: {summary}")
    return 0


DIRECTORY_LISTS = ("people", "organizations", "venues")


@plain_read(lambda args: args.what in DIRECTORY_LISTS)
def _list(args, db) -> int:
    what = args.what
    rows = _list_rows(args, db)
    if getattr(args, "sector", None):
        from qistdesk.domain.enums import Sector

        wanted = args.sector.strip().lower().replace(" ", "-")
        if wanted not in Sector.values() or what not in ("organizations", "people"):
            raise CommandError(f"--sector takes one of {', '.join(Sector.values())}, for organizations or people")
        rows = [r for r in rows if r.get("sector") == wanted]
    if args.json:
        print_json(rows)
    else:
        if what == "events":
            for r in rows:
                r["start"] = r["start"][:16].replace("T", " ")
        print_table([{**r, "id": r["id"][:8]} for r in rows], LIST_COLUMNS[what])
    return 0


def _list_rows(args, db) -> list[dict]:
    what = args.what
    if what in DIRECTORY_LISTS:  # the service reads a plain file too (no SQLAlchemy): see store/reading.py
        from qistdesk.services import directory_lists as lists

        return {"people": lists.list_people, "organizations": lists.list_organizations,
                "venues": lists.list_venues}[what](db)
    from qistdesk.services import queries

    if what == "events":
        rows = queries.list_events(db, kind=args.kind)
        for r in rows:
            r["start"] = queries.iso_local(r.pop("start_utc"), r["timezone"])
            r["end"] = queries.iso_local(r.pop("end_utc"), r["timezone"])
        return rows
    from qistdesk.domain import display_name

    rows = queries.list_exchanges(db)
    for r in rows:
        r["name"] = display_name(r["given_name"], r["family_name"])
    return rows


def _show(args, db) -> int:
    from qistdesk.services import records

    loader = {"event": records.event_record, "exchange": records.exchange_record,
              "person": records.person_record}[args.what]
    record = loader(db, args.id)
    if args.json:
        print_json(record)
    else:
        _print_record(record)
    return 0


def _print_record(record: dict, indent: str = "") -> None:
    for key, value in record.items():
        if value in (None, "", []):
            continue
        if isinstance(value, dict):
            label = value.get("name") or value.get("title") or ""
            print(f"{indent}{key}: {label} ({value.get('id', '')[:8]})" if "id" in value else f"{indent}{key}:")
        elif isinstance(value, list):
            print(f"{indent}{key}: {len(value)}")
            for item in value:
                if isinstance(item, dict):
                    parts = [str(v if not isinstance(v, dict) else v.get("name", "")) for k, v in item.items()
                             if k not in ("id", "person_id") and v not in (None, "", [])]
                    print(f"{indent}  - " + " · ".join(parts))
                else:
                    print(f"{indent}  - {item}")
        else:
            print(f"{indent}{key}: {value}")


def _check(args, db) -> int:
    from qistdesk.services.integrity import check

    problems = check(db, quick=args.quick)
    if not problems:
        print(f"OK: {db.display_name} passed all checks")
        return 0
    for problem in problems:
        print(problem)
    print(f"qistdesk: error: {len(problems)} problem(s) found", file=sys.stderr)
    return 1
