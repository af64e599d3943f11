"""Data safety commands: backup, backups, restore, import/export csv, erase-person.

Every handler is one service call (one transaction); errors a user can act on are
raised as service errors so :func:`qistdesk.cli.common.run_handler` prints one line.
``restore`` does not open the database first: the file may be the damaged one.
"""

from __future__ import annotations

import sys

from qistdesk.cli.common import CommandError, no_db, print_table


def register(registry) -> None:
    cmd = registry.command("backup", "write a verified copy of the database (with its SHA-256 beside it)", _backup)
    cmd.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: the backups folder)")

    registry.command("backups", "list the copies in the backups folder, newest first", _backups)

    cmd = registry.command("restore", "replace the database with a backup (verified first; the current file "
                                      "is kept as a pre-restore copy)", no_db(_restore))
    cmd.add_argument("file", metavar="FILE", help="the backup file, or a name listed by `qistdesk backups`")
    cmd.add_argument("--no-checksum", action="store_true",
                     help="restore a copy that has no .sha256 beside it, on the integrity check alone")

    cmd = registry.group_command("import", "csv", "add people from a CSV file (all rows or none)", _import_csv)
    cmd.add_argument("file", metavar="FILE", help="CSV in UTF-8 or Windows-1252, comma or semicolon")
    cmd.add_argument("--event", metavar="ID", help="also put everyone on this event's participant list")
    cmd.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help="say which field a column fills (repeatable; FIELD empty ignores the column)")
    cmd.add_argument("--on-duplicate", choices=("merge", "skip"), default="merge",
                     help="a person with the same e-mail exists: fill their empty fields (merge) or leave them")
    cmd.add_argument("--dry-run", action="store_true", help="show what would happen and every problem; save nothing")

    cmd = registry.group_command("export", "csv", "write people or participants as CSV for Excel", _export_csv)
    cmd.add_argument("what", choices=("people", "participants"))
    cmd.add_argument("-o", "--output", required=True, metavar="FILE", help="the .csv file to write")
    cmd.add_argument("--event", metavar="ID", help="participants of this event only")
    cmd.add_argument("--include-sensitive", action="store_true",
                     help="also write passport numbers, dates of birth, dietary and accessibility needs")
    cmd.add_argument("--listed-only", action="store_true", help="only people who consented to be listed")
    cmd.add_argument("--delimiter", choices=("comma", "semicolon"), default="comma",
                     help="semicolon suits Excel with Danish settings")

    cmd = registry.command("erase-person", "anonymise a person everywhere (statistics stay right)", _erase)
    cmd.add_argument("id", metavar="ID", help="the person's id (or a unique prefix of 4+ characters)")
    cmd.add_argument("--expected-version", type=int, metavar="N", help="refuse if the person changed since")
    cmd.add_argument("--purge-backups", action="store_true",
                     help="also rewrite every backup copy that holds the person (checksums renewed)")


def _backup(args, db) -> int:
    from qistdesk.services.backups import create_backup

    path = create_backup(db, args.output)
    print(f"Backup written to {path} (SHA-256 in {path.name}.sha256)")
    return 0


def _backups(args, db) -> int:
    from qistdesk.services.backups import backups_folder, describe, list_backups

    rows = [describe(info) for info in list_backups(db)]
    print(f"Backups of {db.display_name} in {backups_folder(db)}:")
    if not rows:
        print("(none)")
    for row in rows:  # not print_table: the file name must never be clipped, it is what restore takes
        print(f"{row['created']}  {row['kind']:<13} {row['size']:>9}  {row['status']:<12} {row['file']}")
    return 0


def _restore(args, _db) -> int:
    from qistdesk.services.backups import restore_backup
    from qistdesk.store import open_database

    result = restore_backup(args.db, args.file, require_checksum=not args.no_checksum)
    open_database(args.db).close()  # bring an older copy up to the current schema now
    kept = f"; the previous file is kept at {result.kept_at}" if result.kept_at else ""
    print(f"Restored {result.target} from {result.backup}{kept}")
    return 0


def _mapping(args, table) -> dict[str, str]:
    from qistdesk.formats.csv_io import guess_mapping

    mapping = guess_mapping(table.headers)
    for item in args.map:
        column, sep, target = item.partition("=")
        if not sep:
            raise CommandError(f"--map {item!r}: write it as COLUMN=FIELD, e.g. --map 'Fornavn=given_name'")
        mapping[column.strip()] = target.strip()
    return mapping


def _import_csv(args, db) -> int:
    from qistdesk.formats.csv_io import read_file
    from qistdesk.services.people_csv import import_people, preview_import

    table = read_file(args.file)
    for warning in table.warnings:  # e.g. one line that was not UTF-8 (named by number)
        print(f"qistdesk: warning: {args.file}: {warning}", file=sys.stderr)
    mapping = _mapping(args, table)
    if args.dry_run:
        plan = preview_import(db, table, mapping, args.event, args.on_duplicate)
        print(f"{args.file}: {table.encoding}, {table.delimiter_name}-separated, {len(table.rows)} rows")
        print("Columns: " + ", ".join(f"{h} → {t or '(ignored)'}" for h, t in mapping.items()))
        print_table([{"line": r.line, "action": r.action + (f" (line {r.merged_into})" if r.merged_into else ""),
                      "name": r.name, "email": r.email, "notes": "; ".join(r.notes)} for r in plan.rows],
                    [("line", "Line"), ("action", "Action"), ("name", "Name"), ("email", "E-mail"),
                     ("notes", "Notes")])
        for problem in plan.problems:
            print(f"problem: {problem}")
        print(("Would import: " + plan.describe()) if not plan.problems else
              f"{len(plan.problems)} problem(s): nothing would be imported")
        return 1 if plan.problems else 0
    plan = import_people(db, table, mapping, args.event, args.on_duplicate)
    print(f"Imported {args.file}: {plan.describe()}")
    return 0


def _export_csv(args, db) -> int:
    from qistdesk.services.people_csv import export_participants, export_people

    delimiter = ";" if args.delimiter == "semicolon" else ","
    if args.what == "people":
        if args.event:
            raise CommandError("--event goes with 'export csv participants'")
        count = export_people(db, args.output, args.include_sensitive, delimiter, args.listed_only)
    else:
        count = export_participants(db, args.output, args.event, args.include_sensitive, delimiter,
                                    args.listed_only)
    note = " including sensitive fields" if args.include_sensitive else ""
    print(f"Wrote {count} {args.what} to {args.output}{note}")
    return 0


def _erase(args, db) -> int:
    from qistdesk.services.privacy import copies_holding, erase_person, purge_from_backups

    report = erase_person(db, args.id, args.expected_version)
    purged = purge_from_backups(db, report.person_id) if args.purge_backups else None
    report.still_in_backups = copies_holding(db, report.person_id) if db.file else []
    if purged is not None:
        report.still_in_backups = []  # the purge report names what it could not rewrite
    print(report.describe()[0].upper() + report.describe()[1:])
    if purged is not None:
        print(purged.describe()[0].upper() + purged.describe()[1:])
        return 1 if purged.kept else 0
    return 0
