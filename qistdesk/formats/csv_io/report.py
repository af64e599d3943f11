"""CSV copies of reports, summaries and printed lists (plain data in, files out).

One file per table of the cooperation report, named by the table's key, with
the same printed values as the PDF ("< 5" stays "< 5", so a copy never shows
what the report hides). Written through :func:`writer.write_rows` (BOM,
formula-safe cells, atomic rename).
"""

from __future__ import annotations

from pathlib import Path

from qistdesk.formats.csv_io.writer import write_rows


def write_report_csv(report, folder: Path) -> list[Path]:
    """One CSV per table: label, this period, previous period, change. Returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    period = f"{report.start.isoformat()} to {report.end.isoformat()}"
    previous = f"{report.previous_start.isoformat()} to {report.previous_end.isoformat()}"
    written = []
    for table in report.tables():
        path = folder / f"{table.key}.csv"
        write_rows(path, [table.title, period, previous, "change"],
                   ([r.label, r.shown, r.before_shown, r.change] for r in table.rows))
        written.append(path)
    return written


def write_table_csv(path: Path, headers: list[str], rows: list[list[str]]) -> int:
    """A list as shown (its columns and rows, in order)."""
    return write_rows(path, headers, rows)


def write_summary_csv(summary, path: Path) -> int:
    """An organiser's summary: each of its tables one after the other, a blank line between them."""
    rows: list[list[str]] = []
    for table in summary.tables:
        if rows:
            rows.append([])
        rows.append([table.title])
        rows.append(list(table.headers))
        rows += [list(r) for r in table.rows]
    return write_rows(path, [summary.title, summary.subtitle], rows)
