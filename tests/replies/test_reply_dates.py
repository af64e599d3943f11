"""Answers per date of a series: a reply for one date counts for that date only; the newer answer wins."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from .conftest import FILES
from .test_cli_replies import programme_file, run  # noqa: F401  (fixture)

UTC = timezone.utc


def test_a_reply_for_one_date_counts_for_that_date_only(programme):
    from qistdesk.services.replies import import_paths
    from qistdesk.services.reply_dates import date_answers

    import_paths(programme.db, [FILES / "thunderbird-one-date.ics"])
    found = date_answers(programme.db, programme.series)
    assert len(found["dates"]) == 6 and found["event"]["series"]
    by_day = {d["date"]: d for d in found["dates"]}
    assert by_day["2027-04-01"]["counts"] == {"accepted": 0, "declined": 1, "tentative": 0, "delegated": 0,
                                              "invited": 0}
    sam = by_day["2027-04-01"]["people"][0]
    assert (sam["name"], sam["answer"], sam["by"]) == ("Sam O'Neil", "declined", "date")
    assert "Teaching that afternoon" in sam["comment"]
    for day, d in by_day.items():
        if day != "2027-04-01":
            assert d["counts"]["invited"] == 1 and d["counts"]["declined"] == 0
    only = date_answers(programme.db, programme.series, date(2027, 4, 1))
    assert [d["date"] for d in only["dates"]] == ["2027-04-01"]


def test_a_later_answer_for_the_whole_series_wins_over_an_older_one_for_a_date(programme):
    from qistdesk.services.replies import import_paths, set_answer
    from qistdesk.services.reply_dates import date_answers

    import_paths(programme.db, [FILES / "thunderbird-one-date.ics"])
    part = programme.part(programme.series, "sam")
    set_answer(programme.db, part["id"], "accepted", "phoned: comes to every date",
               at=datetime(2027, 12, 1, tzinfo=UTC))
    for d in date_answers(programme.db, programme.series)["dates"]:
        assert d["counts"]["accepted"] == 1 and d["people"][0]["by"] == "series"


def test_a_single_event_has_one_date_and_an_unknown_date_is_refused(programme):
    from qistdesk.services.errors import NotFoundError
    from qistdesk.services.replies import import_paths
    from qistdesk.services.reply_dates import date_answers

    import_paths(programme.db, [FILES / "outlook-declined.ics"])
    found = date_answers(programme.db, programme.workshop)
    assert len(found["dates"]) == 1
    assert found["dates"][0]["counts"]["declined"] == 1 and found["dates"][0]["counts"]["invited"] == 3
    with pytest.raises(NotFoundError, match="no date on 2027-04-02"):
        date_answers(programme.db, programme.series, date(2027, 4, 2))


def test_replies_status_on_the_command_line(programme_file):  # noqa: F811
    db, prog = programme_file
    run("import", "replies", FILES / "thunderbird-one-date.ics", db=db)
    table = run("replies", "status", "--event", prog.series, db=db).stdout
    lines = [line for line in table.splitlines() if "2027" in line]
    assert len(lines) == 6
    april = next(line for line in lines if "01 Apr 2027" in line)
    assert april.split()[-5:] == ["0", "1", "0", "0", "0"]  # accepted declined tentative delegated not-replied
    assert all(line.split()[-1] == "1" for line in lines if line is not april)
    one = run("replies", "status", "--event", prog.series, "--date", "2027-04-01", db=db).stdout
    assert "Sam O'Neil" in one and "declined" in one and "reply for this date" in one
    assert "0 accepted · 1 declined" in one
    import json

    data = json.loads(run("replies", "status", "--event", prog.series, "--json", db=db).stdout)
    assert [d["counts"]["declined"] for d in data["dates"]].count(1) == 1
    bad = run("replies", "status", "--event", prog.series, "--date", "2027-04-02", db=db, check=False)
    assert bad.returncode != 0 and "no date on 2027-04-02" in bad.stderr and len(bad.stderr.splitlines()) == 1
