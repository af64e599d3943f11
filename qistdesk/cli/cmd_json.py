"""``export json`` and ``import json``: move a programme between offline laptops."""

from __future__ import annotations

import sys
from pathlib import Path


def register(registry) -> None:
    out = registry.group_command("export", "json", "write the whole database as one JSON document", _export)
    out.add_argument("-o", "--output", required=True, metavar="FILE", help="the .json file to write (- for standard output)")
    out.add_argument("--include-sensitive", action="store_true",
                     help="also write passport numbers, dates of birth, dietary and accessibility needs")
    inp = registry.group_command("import", "json", "read a qistdesk JSON document (adds and updates records)",
                                 _import)
    inp.add_argument("file", metavar="FILE", help="the .json file to read")


def _export(args, db) -> int:
    from qistdesk.services.documents import write_document

    counts = write_document(db, args.output, include_sensitive=args.include_sensitive)
    summary = f"Wrote {args.output}: " + ", ".join(f"{n} {k}" for k, n in counts.items())
    print(summary, file=sys.stderr if args.output == "-" else sys.stdout)
    return 0


def _import(args, db) -> int:
    from qistdesk.services.documents import read_into

    summary = read_into(db, Path(args.file))
    print(f"Imported {args.file}: {summary.describe()}")
    return 0
