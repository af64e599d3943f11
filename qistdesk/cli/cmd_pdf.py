"""``qistdesk export packet`` and ``qistdesk export badges``: PDF packets from the command line.

Warnings (characters no bundled font can show, right-to-left text, template
problems) go to stderr before the file is written, so a script still gets its
file and a person sees what to check. Sensitive person fields are printed only
with ``--include-sensitive``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qistdesk.cli.common import CommandError


def register(registry) -> None:
    packet = registry.group_command(
        "export", "packet", "write PDF packets: one exchange, one event participant, or every participant",
        _private_when_sensitive(_packet))
    what = packet.add_mutually_exclusive_group(required=True)
    what.add_argument("--exchange", metavar="ID", help="the exchange whose participant gets a packet")
    what.add_argument("--event", metavar="ID", help="the event (with --person for one packet, --out for all)")
    packet.add_argument("--person", metavar="ID", help="with --event: the one participant")
    packet.add_argument("-o", "--output", metavar="FILE", help="the PDF file to write")
    packet.add_argument("--out", metavar="DIR", help="with --event: folder for one file per participant")
    packet.add_argument("--merged", action="store_true", help="with --event --out: one PDF with every packet")
    _common(packet)
    packet.add_argument("--workers", type=int, metavar="N", help="processes for many packets (default: all cores)")

    badges = registry.group_command("export", "badges", "write a PDF sheet of name badges for an event",
                                    _private_when_sensitive(_badges))
    badges.add_argument("--event", metavar="ID", required=True, help="the event")
    badges.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF file to write")
    badges.add_argument("--size", choices=["4x3", "90x55"],
                        help="badge size: 4x3 inch (US holders) or 90x55 mm (EU holders); default by paper")
    _common(badges)


def _common(parser) -> None:
    parser.add_argument("--paper", default=None, type=_paper_arg, metavar="A4|Letter|auto",
                        help="paper size (default: the packets.paper setting; auto = by recipient's country)")
    parser.add_argument("--include-sensitive", action="store_true",
                        help="also print the recipient's sensitive details (dietary and accessibility needs, "
                             "passport number, date of birth)")
    parser.add_argument("--lang", choices=("da", "en"), default=None,
                        help="write in this language (default: each recipient's own, Danish for people in Denmark)")


def _in_language(cards, lang: str | None):
    """--lang: every packet in that language instead of each recipient's own."""
    for card in cards:
        if lang and card is not None:
            card.language = lang
    return cards


def _paper_arg(text: str) -> str:
    import argparse

    from qistdesk.formats.pdf.paper import normalise

    try:
        return normalise(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _settings_paper(args) -> str:
    if args.paper:
        return args.paper
    from qistdesk.formats.pdf.paper import AUTO, normalise
    from qistdesk.settings import load

    try:
        return normalise(load().get("packets.paper"))
    except ValueError:
        return AUTO


def _private_when_sensitive(handler):
    """With --include-sensitive every file (and folder) the command creates is 0600 (0700)."""
    def run(args, db):
        from qistdesk.private_files import private_umask

        with private_umask(bool(getattr(args, "include_sensitive", False))):
            return handler(args, db)
    return run


def _warn(warnings: list[str]) -> None:
    for line in warnings:
        print(f"qistdesk: warning: {line}", file=sys.stderr)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def _packet(args, db) -> int | None:
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    from qistdesk.services.preferences import require_office

    require_office()  # packets go out in the office's name
    office = packets.office_info()
    paper = _settings_paper(args)
    if args.exchange:
        if not args.output or args.out or args.person or args.merged:
            raise CommandError("--exchange writes one file: give -o FILE (and not --out, --person or --merged)")
        ex = packets.exchange_packet(db, args.exchange, args.include_sensitive)
        _in_language([ex.participant], args.lang)
        rendered = pdf.exchange_pdf(ex, office, paper)
        return _done(Path(args.output), rendered)
    if args.person:
        if not args.output or args.out or args.merged:
            raise CommandError("--event with --person writes one file: give -o FILE")
        event, card = packets.event_packet(db, args.event, args.person, args.include_sensitive)
        _in_language([card], args.lang)
        return _done(Path(args.output), pdf.event_pdf(event, card, office, paper))
    if not args.out and not (args.merged and args.output):
        raise CommandError("--event without --person needs --out DIR (one file each, or --merged for one file)")
    return _bulk(args, db, office, paper)


def _done(path: Path, rendered) -> None:
    _warn(rendered.warnings)
    _write(path, rendered.pdf)
    from qistdesk.formats.pdf.bulk import count_pages

    print(f"{path}: {count_pages(rendered.pdf)} pages on {rendered.paper}")


def _bulk(args, db, office, paper: str) -> int | None:
    from qistdesk.formats.pdf.bulk import render_event_packets
    from qistdesk.services import packets

    event, cards = packets.event_packets(db, args.event, args.include_sensitive)
    _in_language(cards, args.lang)
    if not cards:
        raise CommandError(f"{event.title} has no participants (declined invitations are left out)")
    merged = None
    if args.merged:
        merged = Path(args.output) if args.output else Path(args.out) / _merged_name(event.title)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\r{done}/{total} packets", end="", file=sys.stderr, flush=True)

    result = render_event_packets(event, cards, office, out_dir=None if merged else Path(args.out), merged=merged,
                                  paper=paper, workers=args.workers, progress=progress)
    if show:
        print(file=sys.stderr)
    _warn(result.warnings)
    where = merged if merged else Path(args.out)
    print(f"{where}: {result.packets} packets, {result.pages} pages in {result.seconds:.1f} s")


def _merged_name(title: str) -> str:
    from qistdesk.formats.pdf.bulk import file_name

    return file_name(0, title)[4:-4] + " – packets.pdf"


def _badges(args, db) -> None:
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    from qistdesk.services.preferences import require_office

    require_office()
    event, cards = packets.event_packets(db, args.event, args.include_sensitive)
    _in_language(cards, args.lang)
    rendered = pdf.badges_pdf(event, cards, packets.office_info(), _settings_paper(args), args.size)
    _done(Path(args.output), rendered)
