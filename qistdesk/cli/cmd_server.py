"""The team database: ``migrate-to``, ``login``, ``logout``.

``migrate-to URL`` copies the database given by ``--db`` (default: the local file)
into an empty database at URL (a server URL or a file path: either direction),
all or nothing, and verifies counts and a checksum.

Before any command runs, this module installs the CLI's password prompt (a ``getpass``
line, only when standard input is a terminal): any command may need to log in to the
server. It is installed from a run hook, not at registration, so ``--help`` and
``--version`` do not load the store (SQLAlchemy).
"""

from __future__ import annotations

import sys

from qistdesk.cli.common import CommandError, no_db


def _install_prompt() -> None:
    from qistdesk.store import credentials

    credentials.set_prompt(_ask_password)


def register(registry) -> None:
    registry.on_run(_install_prompt)
    cmd = registry.command("migrate-to", "copy this database into an empty one (server URL or file), all or "
                                         "nothing, then verify counts and a checksum", no_db(_migrate_to))
    cmd.add_argument("target", metavar="URL|PATH",
                     help="e.g. postgresql+psycopg://nina@db.office.example/qistdesk, or a .sqlite3 file")
    cmd.add_argument("--quiet", action="store_true", help="no progress lines")
    cmd = registry.command("login", "check the password for the server database of --db and keep it in the "
                                    "system keyring", no_db(_login))
    cmd.add_argument("--no-save", action="store_true", help="only check the password; do not store it")
    registry.command("logout", "remove the saved password for the server database of --db", no_db(_logout))


def _ask_password(where: str, user: str, retry: bool) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    if retry:
        print("qistdesk: the server refused that password", file=sys.stderr)
    import getpass

    try:
        return getpass.getpass(f"Password for {user or 'you'} at {where}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def _migrate_to(args, _db) -> int:
    from qistdesk.services.transfer import copy_database

    def progress(table: str, n: int) -> None:
        if not args.quiet and n % 50_000 == 0:
            print(f"  {table}: {n:,} rows", file=sys.stderr)

    report = copy_database(args.db or "", args.target, progress=progress)
    print(f"Copied {report.total:,} records from {report.source} to {report.target}.")
    for table, n in report.counts.items():
        if n:
            print(f"  {table:18} {n:>9,}")
    print(f"Verified: row counts and content checksum match on both sides (sha256 {report.checksum[:16]}…).")
    return 0


def _server_url(args):
    from qistdesk.store import resolve_url

    url = resolve_url(args.db)
    if url.get_backend_name() == "sqlite":
        raise CommandError("login is for a server database: give --db postgresql+psycopg://USER@HOST/DATABASE")
    if url.password:
        raise CommandError("leave the password out of the URL; `login` asks for it")
    return url


def _login(args, _db) -> int:
    from sqlalchemy import text

    from qistdesk.store import credentials, open_database

    url = _server_url(args)
    password = _ask_password(credentials.where(url), url.username or "", False)
    if not password:
        raise CommandError("no password given (login needs a terminal to ask on)")
    credentials.remember_typed(url, password)
    db = open_database(url, migrate=False)
    try:
        with db.read() as s:
            s.execute(text("SELECT 1"))
    finally:
        db.close()
    if args.no_save:
        print(f"The password for {credentials.account(url)} works.")
    elif credentials.save_password(url, password):
        print(f"The password for {credentials.account(url)} works and is kept in the system keyring.")
    else:
        print("The password works, but this computer has no system keyring, so it was not saved: qistdesk "
              "will ask at start (or use PGPASSWORD or ~/.pgpass).")
    return 0


def _logout(args, _db) -> int:
    from qistdesk.store import credentials

    url = _server_url(args)
    credentials.forget_password(url)
    print(f"No password is kept for {credentials.account(url)} any more.")
    return 0
