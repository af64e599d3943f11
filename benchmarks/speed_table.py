"""Write the README's Speed table from the JSON the benchmarks saved (benchmarks/results/*.json).

    python benchmarks/speed_table.py [--results DIR] [--readme README.md] [--print]

The table sits between ``<!-- speed-table:begin -->`` and ``<!-- speed-table:end -->`` in the
README; everything outside the markers is left as it is. One block per benchmark file, in
the order of ``ORDER`` (then by name), each saying when it ran, how often and under what load.
The JSON convention is described in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BEGIN, END = "<!-- speed-table:begin -->", "<!-- speed-table:end -->"
ORDER = ["startup", "commands", "gui", "ics", "packets", "postgres"]


def value(v: float | None, unit: str) -> str:
    if v is None:
        return ""
    if unit == "s":
        return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"
    return f"{v:.0f} {unit}"


def verdict(row: dict) -> str:
    return {True: "met", False: "**missed**", None: ""}[row.get("met")]


def block(data: dict) -> list[str]:
    load = f"load {data['load_before'][0]:g} → {data['load_after'][0]:g} on {data.get('cpus', '?')} cores"
    lines = [f"**{data.get('title') or data['benchmark']}** (`{data['benchmark']}.json`: {data['started']}, "
             f"median of {data['repeat']} runs each, {load})", "",
             "| what | median | baseline, same run | ratio | target | |", "|---|---|---|---|---|---|"]
    for row in data["results"]:
        unit = row.get("unit", "s")
        base = (f"{row['baseline_what']} {value(row.get('baseline_median'), unit)}"
                if row.get("baseline_what") else "")
        ratio = f"{row['ratio']:.2f}×" if row.get("ratio") is not None else ""
        what = row["what"] + (f" ({row['note']})" if row.get("note") else "")
        lines.append(f"| {what} | {value(row['median'], unit)} | {base} | {ratio} | {row.get('target') or ''} | "
                     f"{verdict(row)} |")
    return lines + [""]


def table(results_dir: Path) -> str:
    files = sorted(results_dir.glob("*.json"),
                   key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else len(ORDER), p.stem))
    lines: list[str] = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "results" in data and "benchmark" in data:
            lines += block(data)
    if not lines:
        lines = ["(no results yet: run `bash benchmarks/run.sh`)", ""]
    return "\n".join(lines)


def replace_table(readme_text: str, new_table: str) -> str:
    if BEGIN not in readme_text or END not in readme_text:
        raise ValueError(f"the README has no {BEGIN} … {END} markers")
    head, rest = readme_text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{new_table}{END}{tail}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--results", type=Path, default=HERE / "results")
    ap.add_argument("--readme", type=Path, default=HERE.parent / "README.md")
    ap.add_argument("--print", action="store_true", help="print the table instead of writing the README")
    args = ap.parse_args(argv)
    text = table(args.results)
    if args.print:
        print(text)
        return 0
    try:
        args.readme.write_text(replace_table(args.readme.read_text(encoding="utf-8"), text), encoding="utf-8")
    except ValueError as exc:
        print(f"speed_table: {exc}", file=sys.stderr)
        return 1
    print(f"speed_table: wrote the Speed table of {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
