"""The ``qistdesk`` command: with no sub-command it opens the desktop app.

Each group of commands lives in its own module under ``qistdesk.cli`` with a
``register(registry)`` function; :data:`COMMAND_MODULES` lists them. Modules
are imported lazily per run, and heavy libraries only inside handlers, so
``qistdesk --help`` stays fast. Errors a user can act on print one line on
stderr and exit 1; the database is left as it was (each service call is one
transaction).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
TYPE_CHECKING = False  # not `from typing import …`: typing alone costs ~10 ms of every start

from qistdesk import __version__

if TYPE_CHECKING:
    import argparse

#: Command modules; each has ``register(registry: CommandRegistry)``.
COMMAND_MODULES = [
    "qistdesk.cli.cmd_data",      # demo, list, show, check
    "qistdesk.cli.cmd_json",      # export json, import json
    "qistdesk.cli.cmd_safety",    # backup, backups, restore, import/export csv, erase-person
    "qistdesk.cli.cmd_server",    # migrate-to, login, logout (the team database)
    "qistdesk.cli.cmd_ics",       # export ics, export invites, import ics
    "qistdesk.cli.cmd_pdf",       # export packet, export badges
    "qistdesk.cli.cmd_events",    # edit event, edit date, cancel
    "qistdesk.cli.cmd_settings",  # settings
    "qistdesk.cli.cmd_report",    # report, summary (issue 17)
    "qistdesk.cli.cmd_find_slot",  # find-slot (the scheduling assistant)
    "qistdesk.cli.cmd_replies",   # import replies, replies review/resolve/answer/counts/remind
]

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class _Unbuilt:
    """Stands in for a sub-command's parser when no sub-command is on the command line (the app,
    ``qistdesk --help``): the command list needs each command's name and help, not its options,
    so the ~60 sub-parsers are not built. Every call is accepted and ignored."""

    def __init__(self, *args, **kwargs):
        pass

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: _Unbuilt()


class CommandRegistry:
    """Where command modules add their sub-commands (top level, export …, import …).

    ``names_only``: the sub-commands are listed (for the top-level help) but not built."""

    def __init__(self, parser: argparse.ArgumentParser, names_only: bool = False):
        self._formatter = parser.formatter_class
        self._top = parser.add_subparsers(dest="command", metavar="COMMAND",
                                          **({"parser_class": _Unbuilt} if names_only else {}))
        self._groups: dict[str, argparse._SubParsersAction] = {}
        self.before_run: list[Callable[[], None]] = []

    def on_run(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` just before a command runs (not for ``--help``/``--version``).

        Registration must stay light: a command module declares its options here and
        imports its implementation (SQLAlchemy, Qt, reportlab …) only inside handlers
        and hooks, so ``qistdesk --version``/``--help`` load neither (tests/core/test_cli_imports.py).
        """
        self.before_run.append(hook)

    def command(self, name: str, help: str, handler: Callable) -> argparse.ArgumentParser:
        sub = self._top.add_parser(name, help=help, description=help, formatter_class=self._formatter)
        sub.set_defaults(handler=handler)
        return sub

    def group_command(self, group: str, name: str, help: str, handler: Callable) -> argparse.ArgumentParser:
        """A sub-command of ``export`` or ``import`` (``qistdesk export ics …``)."""
        if group not in self._groups:
            titles = {"export": "write data to a file", "import": "read data from a file",
                      "edit": "change an event or one date of a series",
                      "replies": "answers to invites: review, decide, enter by hand, count, remind"}
            parent = self._top.add_parser(group, help=titles.get(group, group), description=titles.get(group),
                                          formatter_class=self._formatter)
            parent.set_defaults(handler=lambda args, db: parent.error(f"choose what to {group}"))
            self._groups[group] = parent.add_subparsers(
                dest=f"{group}_what", metavar="FORMAT" if group in ("export", "import") else "WHAT")
        sub = self._groups[group].add_parser(name, help=help, description=help, formatter_class=self._formatter)
        sub.set_defaults(handler=handler)
        return sub


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def _names_command(argv: Sequence[str]) -> bool:
    """True when ``argv`` names no sub-command (only ``--db``, ``--help``, ``--version``): then
    the sub-commands' own parsers are never used. Anything unusual answers False (build all)."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--db":
            next(tokens, None)
        elif not token.startswith("-") or token == "--":
            return False
    return True


def _build(names_only: bool = False) -> tuple[argparse.ArgumentParser, CommandRegistry]:
    import argparse

    class Formatter(argparse.HelpFormatter):
        """argparse's, told the terminal's width so that it need not import shutil (and with it
        bz2, lzma and zlib: a few ms of every ``--help``)."""

        def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
            super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)

    parser = argparse.ArgumentParser(
        formatter_class=Formatter,
        prog="qistdesk",
        description="Plan seminars, conferences and exchanges. With no command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"qistdesk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file or SQLAlchemy URL (default: the file in your user data folder)")
    registry = CommandRegistry(parser, names_only)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(registry)
    return parser, registry


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size reads it (COLUMNS, then the terminal, then 80)."""
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(f"qistdesk {__version__}")  # the commonest probe, answered before argparse loads
        return 0
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, registry = _build(names_only=_names_command(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from qistdesk.gui.launch import run_app

        return run_app(args.db)
    from qistdesk.cli.common import run_handler, start_file_check

    start_file_check(args)  # first: the check runs on its thread while the rest loads
    for hook in registry.before_run:
        hook()
    try:
        return run_handler(args)
    except BrokenPipeError:  # output piped into `head` and the reader left: not an error
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
