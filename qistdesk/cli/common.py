"""Shared plumbing for command handlers: opening the database, errors, output."""

from __future__ import annotations

import sys
TYPE_CHECKING = False  # not `from typing import …`: typing alone costs ~10 ms of every start

if TYPE_CHECKING:  # json and datetime load when output is written: `qistdesk --help` stays light
    from typing import Any

EXIT_OK, EXIT_USER_ERROR = 0, 1


class CommandError(Exception):
    """A failure to report as one line on stderr (exit 1)."""


def user_error_types() -> tuple[type[BaseException], ...]:
    from qistdesk.services.errors import USER_ERRORS
    from qistdesk.store.backup import BackupError
    from qistdesk.store.filecheck import DamagedDatabaseError
    from qistdesk.store.migrate import MigrationError

    return (*USER_ERRORS, CommandError, MigrationError, FileNotFoundError, PermissionError,
            IsADirectoryError, UnicodeDecodeError, BackupError, DamagedDatabaseError)


def start_file_check(args) -> None:
    """Start SQLite's quick_check of the command's database file on a thread (it holds no
    interpreter lock), so it runs while SQLAlchemy loads; opening then takes its verdict."""
    if getattr(args.handler, "needs_db", True):
        from qistdesk.store import early

        path = early.local_file(args.db)
        if path is not None:
            early.start_check(path)


def run_handler(args) -> int:
    """Open the database, run the handler, turn user errors into one line."""
    handler = args.handler
    db, shown = None, 0
    try:
        if getattr(handler, "needs_db", True):
            start_file_check(args)
            _tell_lock_waits()
            plain = getattr(handler, "plain_read", None)
            if plain is not None and plain(args):
                from qistdesk.store.reading import open_for_reading

                db = open_for_reading(args.db)
            else:
                from qistdesk.store import open_database

                db = open_database(args.db)
            shown = len(db.notices)
            _warn(db.notices)  # e.g. a database on a network drive
        result = handler(args, db)
        if db is not None and len(db.notices) > shown:  # a plain read learns the file check's end late
            _warn(db.notices[shown:])
        return EXIT_OK if result is None else int(result)
    except user_error_types() as exc:
        print(f"qistdesk: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("qistdesk: interrupted; nothing was saved by the interrupted step", file=sys.stderr)
        return 130
    except Exception as exc:  # a database that cannot be opened, a broken URL …
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, BrokenPipeError):
            raise
        if isinstance(exc, (SQLAlchemyError, OSError)):
            print(f"qistdesk: error: {one_line(exc)}", file=sys.stderr)
            return EXIT_USER_ERROR
        import os

        if os.environ.get("QISTDESK_DEBUG"):
            raise
        # Anything else is a bug, but the README promises one line: say where, keep details out
        # (a traceback would show the values being written).
        print(f"qistdesk: error: unexpected {type(exc).__name__} — nothing was changed by the failed "
              "step; please report it with the command you ran", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        if db is not None:
            db.close()


def _warn(notices: list[str]) -> None:
    for notice in notices:
        print(f"qistdesk: warning: {one_line(notice)}", file=sys.stderr)


def no_db(handler):
    """Mark a handler that does not open the database."""
    handler.needs_db = False
    return handler


def plain_read(when):
    """Mark a handler that only reads rows (``db.rows``) when ``when(args)`` is true: it is then
    given a plain read of the file without SQLAlchemy where that is all opening would do
    (``store.reading.open_for_reading``), else the database as usual."""
    def mark(handler):
        handler.plain_read = when
        return handler
    return mark


def _tell_lock_waits() -> None:
    from qistdesk.store import faults

    if _print_wait not in faults.lock_wait_listeners:
        faults.lock_wait_listeners.append(_print_wait)


def _print_wait(message: str) -> None:
    print(f"qistdesk: {message}", file=sys.stderr, flush=True)


def one_line(exc: BaseException) -> str:
    """One line for a user; database errors lose their SQL and parameters (personal values)."""
    from qistdesk.store.faults import safe_message, translate_os_error

    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError):
        exc = translate_os_error(exc) or exc
    text = safe_message(exc)
    if isinstance(exc, FileNotFoundError) and exc.filename:
        text = f"no such file: {exc.filename}"
    return " ".join(text.split())


def json_default(value: Any):
    from datetime import date, datetime

    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _record_encoder():
    """``json.dumps(row, ensure_ascii=False, default=json_default)`` for one record, made once.

    Why not ``dumps`` per record: each call builds a new encoder (``default=`` defeats json's
    cached one), about 40 % of writing 100,000 people (issue 19). CPython's C encoder made once,
    with dumps' own arguments, writes the same text; elsewhere ``dumps`` it is."""
    import json
    from json import encoder

    if encoder.c_make_encoder is None:
        return lambda row: json.dumps(row, ensure_ascii=False, default=json_default)
    make = encoder.c_make_encoder({}, json_default, encoder.encode_basestring, None, ": ", ", ",
                                  False, False, True)
    return lambda row: "".join(make(row, 0))


#: Lines written per call: a few hundred kB, not one write per line. Into a pipe (``| jq``, a
#: script reading the output) that is ~0.2 s less for 100,000 people (issue 19).
_CHUNK = 1000


def print_json(data: Any) -> None:
    import json

    if isinstance(data, list) and data and all(isinstance(row, dict) for row in data):
        # A list of records: one record per line. json's C encoder only works without indent;
        # with indent=2 the pure-Python one takes seconds for 100,000 people.
        out = sys.stdout
        encode = _record_encoder()
        out.write("[\n  ")
        for start in range(0, len(data), _CHUNK):
            out.write((",\n  " if start else "") + ",\n  ".join(map(encode, data[start:start + _CHUNK])))
        out.write("\n]\n")
        return
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))
    sys.stdout.write("\n")


def print_table(rows: list[dict], columns: list[tuple[str, str]]) -> None:
    """Plain aligned text columns; widths capped so a long title does not wrap the terminal."""
    if not rows:
        print("(none)")
        return
    cells = [[_cell(r.get(key)) for key, _ in columns] for r in rows]
    widths = [min(40, max(len(title), *(len(c[i]) for c in cells))) for i, (_, title) in enumerate(columns)]
    print("  ".join(title.ljust(w) for (_, title), w in zip(columns, widths)).rstrip())
    out = sys.stdout
    for start in range(0, len(cells), _CHUNK):
        out.write("".join("  ".join(_clip(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() + "\n"
                          for row in cells[start:start + _CHUNK]))


def _cell(value: Any) -> str:
    from datetime import datetime

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
