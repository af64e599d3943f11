"""``qistdesk report`` and ``qistdesk summary`` as a user runs them (real processes)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-m", "qistdesk", "--db", str(db), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=env)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert run("demo", db=path).returncode == 0
    return path


def _text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_report_pdf_and_csv_copies(demo_file, tmp_path):
    out = tmp_path / "report.pdf"
    # A period wide enough for the whole demo, wherever its dates lie (they may follow today).
    result = run("report", "--from", "2000-01-01", "--to", "2099-12-31", "-o", str(out), "--csv",
                 str(tmp_path / "csv"), db=demo_file)
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "Report to the joint committee" in text and "Seminar dates" in text
    with open(tmp_path / "csv" / "summary.csv", encoding="utf-8-sig", newline="") as handle:
        rows = {r[0]: r[1:] for r in csv.reader(handle)}
    # This year's 8 scheduled series dates + the briefing, and last year's autumn series of 7 dates
    # (services/demo_past.py), with its two-day workshop beside this year's.
    assert rows["Seminar dates"][0] == "16"
    assert rows["Conferences"][0] == "1" and rows["Workshops"][0] == "2"
    assert (tmp_path / "csv" / "participants_by_sector.csv").exists()
    for secret in ("Søren", "Vegetarian", "Wheelchair"):
        assert secret not in text


def test_report_in_danish(demo_file, tmp_path):
    """--lang da: the whole report in Danish (issue 18), numbers as Danes write them."""
    from pypdf import PdfReader

    out = tmp_path / "r.pdf"
    result = run("report", "--from", "2027-01-01", "--to", "2027-12-31", "-o", str(out), "--lang", "da",
                 db=demo_file)
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    for danish in ("Rapport til den fælles komité", "Sammenfatning", "Seminardatoer", "Deltagere (unikke personer)",
                   "Efter sektor", "Sådan er tallene opgjort", "Ændring", "1. jan. 2027 – 31. dec. 2027"):
        assert danish in text, danish
    for english in ("Summary", "Seminar dates", "How the numbers are counted", "By sector"):
        assert english not in text, english


def test_report_refuses_bad_dates(demo_file, tmp_path):
    result = run("report", "--from", "2027-13-01", "-o", str(tmp_path / "r.pdf"), db=demo_file)
    assert result.returncode == 2 and "is not a date" in result.stderr
    result = run("report", "--from", "2027-05-01", "--to", "2027-01-01", "-o", str(tmp_path / "r.pdf"),
                 db=demo_file)
    assert result.returncode == 1 and "before it starts" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_summaries_from_the_command_line(demo_file, tmp_path):
    listed = run("list", "events", "--json", db=demo_file)
    import json

    conf = next(e["id"] for e in json.loads(listed.stdout) if e["kind"] == "conference")
    for what in ("catering", "access", "rooms", "sign-in"):
        result = run("summary", "--event", conf, what, "-o", str(tmp_path / f"{what}.pdf"), db=demo_file)
        assert result.returncode == 0, result.stderr
    assert "Vegetarian" not in _text(tmp_path / "catering.pdf")
    assert "Søren" not in _text(tmp_path / "catering.pdf")
    assert "Wheelchair" in _text(tmp_path / "access.pdf")
    sign = _text(tmp_path / "sign-in.pdf")
    assert sign.index("Thompson, Michael") < sign.index("Washington, Keisha") < sign.index("Østergaard, Freja")
    result = run("summary", "--event", conf, "catering", "-o", str(tmp_path / "c.csv"), db=demo_file)
    rows = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8-sig"))))
    assert ["Day", "Meal", "Diet", "Portions"] in rows
    first = run("summary", "--event", conf, "badges", "-o", str(tmp_path / "b.pdf"), db=demo_file)
    assert first.returncode == 0 and "recorded as printed" in first.stdout
    again = run("summary", "--event", conf, "badges", "-o", str(tmp_path / "b2.pdf"), db=demo_file)
    assert again.returncode == 0 and "No badges to print" in again.stdout and not (tmp_path / "b2.pdf").exists()
