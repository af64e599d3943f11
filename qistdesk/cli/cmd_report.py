"""``qistdesk report`` (the joint committee's cooperation report) and ``qistdesk summary`` (for organisers).

The report holds counts only (no names, no sensitive fields); ``--csv DIR``
writes the same numbers as one CSV file per table. A summary of one event is
a PDF, or a CSV when the output file ends in ``.csv`` (not for the sign-in
sheet, which is for signing, or badges, which are badge sheets).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from qistdesk.cli.common import CommandError

SUMMARIES = ("catering", "access", "badges", "rooms", "sign-in")


def register(registry) -> None:
    rep = registry.command("report", "write the cooperation report for a period (PDF, and CSV copies)", report)
    rep.add_argument("--from", dest="start", type=_date_arg, metavar="YYYY-MM-DD",
                     help="first day (default: 1 January of last year, or of the year of --to)")
    rep.add_argument("--to", dest="end", type=_date_arg, metavar="YYYY-MM-DD",
                     help="last day (default: 31 December of last year, or of the year of --from)")
    rep.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write")
    rep.add_argument("--csv", metavar="DIR", help="also write every table as a CSV file into DIR")
    rep.add_argument("--lang", choices=["en", "da"], default="en", help="language of the report (default: en)")
    rep.add_argument("--paper", choices=["A4", "Letter"], help="paper (default: the packets.paper setting, "
                                                                   "'auto' follows the office's country)")

    summ = registry.command("summary", "write an organiser's summary for one event", summary)
    summ.add_argument("--event", metavar="ID", required=True, help="the event")
    summ.add_argument("what", choices=SUMMARIES, help="catering (caterer's copy, counts only), access "
                                                      "(organisers only), badges (still to print), rooms, sign-in")
    summ.add_argument("-o", "--output", metavar="FILE", required=True, help="PDF (or .csv) file to write")
    summ.add_argument("--paper", choices=["A4", "Letter"], help="paper (default: from the settings)")
    summ.add_argument("--no-mark", action="store_true",
                      help="badges: do not record the printed badges as printed (a trial print)")


def _date_arg(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-01-31") from None


def _paper(args) -> str:
    from qistdesk.formats.pdf.paper import paper_for
    from qistdesk.settings import load

    settings = load()
    try:
        return paper_for(settings.get("office.country"), args.paper or settings.get("packets.paper"))
    except ValueError:
        return paper_for(settings.get("office.country"))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def report(args, db) -> int:
    from qistdesk.services.packets import office_info
    from qistdesk.services.reports import cooperation_report, last_calendar_year
    from qistdesk.settings import load

    start, end = last_calendar_year()
    if args.start or args.end:  # one end given: the other closes that calendar year
        start = args.start or date(args.end.year, 1, 1)
        end = args.end or date(args.start.year, 12, 31)
    out = Path(args.output)
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name such as report.pdf")
    settings = load()
    data = cooperation_report(db, start, end, settings.get("zones.home"), lang=args.lang)
    from qistdesk.formats.pdf.report import report_pdf

    warnings: list[str] = []
    pdf = report_pdf(data, office_info(settings), _paper(args), warnings)
    for line in warnings:
        print(f"qistdesk: warning: {line}", file=sys.stderr)
    _write(out, pdf)
    written = [str(out)]
    if args.csv:
        from qistdesk.formats.csv_io.report import write_report_csv

        written += [str(p) for p in write_report_csv(data, Path(args.csv))]
    print(f"Report {start} – {end} written to {out}" + (f" (+{len(written) - 1} CSV files in {args.csv})"
                                                          if args.csv else ""))
    return 0


def summary(args, db) -> int:
    from qistdesk.services import summaries
    from qistdesk.services.packets import office_info

    out = Path(args.output)
    as_csv = out.suffix.lower() == ".csv"
    if as_csv and args.what in ("sign-in", "badges"):
        raise CommandError(f"the {args.what} summary is a PDF; give a file name ending in .pdf")
    paper = _paper(args)
    office = office_info()
    if args.what == "badges":
        cards, marks = summaries.badges_to_print(db, args.event)
        if not cards:
            print("No badges to print: every participant's badge is printed and unchanged.")
            return 0
        from qistdesk.formats.pdf import badges_pdf

        event = summaries.event_heading(db, args.event)
        rendered = badges_pdf(event, cards, office, paper)
        for line in rendered.warnings:
            print(f"qistdesk: warning: {line}", file=sys.stderr)
        _write(out, rendered.pdf)
        if not args.no_mark:
            summaries.mark_badges_printed(db, marks)
        print(f"{len(cards)} badges written to {out}" + ("" if args.no_mark else " and recorded as printed"))
        return 0
    data = summaries.summary(db, args.event, args.what)
    if as_csv:
        from qistdesk.formats.csv_io.report import write_summary_csv

        write_summary_csv(data, out)
    else:
        from qistdesk.formats.pdf.report_summaries import summary_pdf

        _write(out, summary_pdf(data, office, paper))
    print(f"{data.title} written to {out}")
    return 0
