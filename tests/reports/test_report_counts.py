"""The cooperation report's numbers against a database built here with known counts.

The programme (hand-worked):
- 2027: a conference (computing) with 12 people taking part; one of them also at a workshop
  (sensing) of 6 people; a seminar series (networks) with 3 scheduled dates in 2027 and a
  cancelled one, and one date in 2028; a draft and a cancelled event (never counted).
- 2026: a seminar (other) with 7 people, 3 of them also in 2027.
- A declined invitee, a waiting-list person and a plain "invited" attendee never count;
  a speaker who never replied does.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

from qistdesk.services import directory, events, exchanges
from qistdesk.services.report_counts import count_period, length_bucket, previous_period
from qistdesk.services.reports import HIDDEN, _hidden, change, cooperation_report, make_rows

CPH = "Europe/Copenhagen"


def _people(db, n, org, prefix, stage="senior", access=""):
    return [directory.create_person(db, given_name=f"{prefix}{i}", family_name="Test", organization_id=org,
                                    career_stage=stage, accessibility_needs=access if i == 0 else "")
            for i in range(n)]


@pytest.fixture
def known(db):
    uni = directory.create_organization(db, name="Uni", sector="academia", country="DK")
    lab = directory.create_organization(db, name="Lab", sector="government", country="US")
    firm = directory.create_organization(db, name="Firm", sector="industry", country="US")
    dk = _people(db, 6, uni, "dk", "phd", access="Step-free")       # 6 academia DK, students
    us = _people(db, 6, lab, "us", "postdoc")                        # 6 government US, early career
    ind = _people(db, 5, firm, "in", "senior")                      # 5 industry US, established
    conf = events.create_event(db, kind="conference", title="Conf", timezone=CPH, start=datetime(2027, 5, 10, 9),
                               end=datetime(2027, 5, 11, 17), status="confirmed", qist_area="computing")
    for p in dk + us:
        events.add_participant(db, conf, p, invitation_status="accepted")
    ws = events.create_event(db, kind="workshop", title="WS", timezone=CPH, start=datetime(2027, 9, 1, 9),
                             end=datetime(2027, 9, 1, 17), status="planned", qist_area="sensing")
    for p in [dk[0]] + ind:
        events.add_participant(db, ws, p, invitation_status="accepted")
    outsiders = _people(db, 3, firm, "out")
    events.add_participant(db, ws, outsiders[0], invitation_status="declined")
    events.add_participant(db, ws, outsiders[1], invitation_status="waitlisted")
    events.add_participant(db, ws, outsiders[2], invitation_status="invited")
    speaker = _people(db, 1, lab, "spk")[0]
    events.add_participant(db, ws, speaker, role="speaker", invitation_status="invited")  # counts
    from qistdesk.domain.recurrence import SeriesRule

    series = events.create_event(db, kind="seminar", title="Series", timezone=CPH, start=datetime(2027, 12, 2, 16),
                                 end=datetime(2027, 12, 2, 17), series=SeriesRule.weekly(1, count=5),
                                 status="confirmed", qist_area="networks")
    from qistdesk.services import queries

    dates = queries.series_dates(db, series)  # Dec 2, 9, 16, 23, 30 → cancel the 9th; 30th stays in 2027
    events.cancel_series_date(db, dates[1]["id"])
    for bad in ("draft", "cancelled"):
        events.create_event(db, kind="conference", title=bad, timezone=CPH, start=datetime(2027, 6, 1, 9),
                            end=datetime(2027, 6, 1, 17), status=bad)
    old = events.create_event(db, kind="seminar", title="Old", timezone=CPH, start=datetime(2026, 3, 3, 16),
                              end=datetime(2026, 3, 3, 17), status="confirmed", qist_area="other")
    for p in dk[:3] + _people(db, 4, uni, "old"):
        events.add_participant(db, old, p, invitation_status="accepted")
    # Exchanges: 6 DK→US students of 4–5 months in 2027, 1 withdrawn, 2 US→DK professionals in 2026
    dkus = exchanges.create_program(db, name="S", kind="student", direction="DK-US")
    usdk = exchanges.create_program(db, name="P", kind="professional", direction="US-DK")
    for p in dk:
        ident = exchanges.create_exchange(db, person_id=p, program_id=dkus, home_organization_id=uni,
                                          host_organization_id=lab, start_date=date(2027, 2, 1),
                                          end_date=date(2027, 6, 15), qist_area="computing")
        exchanges.set_stage(db, ident, "in-progress")
    exchanges.create_exchange(db, person_id=ind[0], program_id=dkus, start_date=date(2027, 2, 1),
                              end_date=date(2027, 3, 1), stage="withdrawn")
    for p in us[:2]:
        ident = exchanges.create_exchange(db, person_id=p, program_id=usdk, start_date=date(2026, 1, 10),
                                          end_date=date(2026, 2, 5))
        exchanges.set_stage(db, ident, "completed")
    return db


def test_unique_people_registrations_and_breakdowns(known):
    c = count_period(known, date(2027, 1, 1), date(2027, 12, 31), CPH)
    assert dict(c.events_by_kind) == {"conference": 1, "workshop": 1, "seminar": 4}  # 5 dates - 1 cancelled
    assert c.events_by_area == {"computing": 1, "sensing": 1, "networks": 4}
    assert len(c.people) == 12 + 5 + 1            # dk[0] at both events counts once; the speaker counts
    assert c.registrations == 12 + 7              # conference 12, workshop dk0 + 5 + speaker
    assert dict(c.by_sector) == {"academia": 6, "government": 7, "industry": 5}
    assert dict(c.by_country) == {"DK": 6, "US": 12}
    assert dict(c.by_stage) == {"student": 6, "early career": 6, "established": 6}
    assert c.organisations == 3
    assert c.access_requests == 2 and c.access_met == 0   # dk0 at two events
    assert c.exchanges == 6 and c.exchange_people == 6
    assert c.exchanges_by_direction == {"DK-US": 6} and c.exchanges_by_length == {"3–6 months": 6}


def test_previous_period_and_year_over_year(known):
    assert previous_period(date(2027, 1, 1), date(2027, 12, 31)) == (date(2026, 1, 1), date(2026, 12, 31))
    assert previous_period(date(2028, 2, 29), date(2028, 3, 31)) == (date(2027, 2, 28), date(2027, 3, 31))
    report = cooperation_report(known, date(2027, 1, 1), date(2027, 12, 31), CPH)
    head = {r.label: r for r in report.headline}
    assert (head["Participants (unique people)"].shown, head["Participants (unique people)"].before_shown) == \
        ("18", "7")
    assert head["Participants (unique people)"].change == "+11 (+157 %)"
    assert head["Seminar dates"].shown == "4" and head["Seminar dates"].before_shown == "1"
    assert head["… also in the previous period"].shown == HIDDEN   # 3 returning people
    assert head["Exchanges"].shown == "6" and head["Exchanges"].before_shown == HIDDEN  # 2 in 2026
    assert head["Exchanges"].change == ""                           # a hidden side: no change shown


def test_small_counts_are_hidden_with_a_second_cell(known):
    report = cooperation_report(known, date(2027, 1, 1), date(2027, 12, 31), CPH)
    tables = {t.key: t for t in report.tables()}
    access = {r.label: r.shown for r in tables["accessibility"].rows}
    assert access == {"Requests made": HIDDEN, "Requests met": "0"}
    sector = {r.label: (r.shown, r.before_shown) for r in tables["participants_by_sector"].rows}
    # 2026: academia 7 only → shown; 2027 all ≥ 5 → shown
    assert sector["Academia"] == ("6", "7") and sector["Industry"] == ("5", "0")
    # Events are never hidden: a single workshop shows as 1.
    kinds = {r.label: r.shown for r in tables["events_by_kind"].rows}
    assert kinds == {"Seminar dates": "4", "Conferences": "1", "Workshops": "1"}


def test_complementary_suppression_rules():
    assert _hidden([10, 3, 7, 0]) == {1, 2}     # one small count: the next smallest goes too
    assert _hidden([10, 3, 2, 7]) == {1, 2}     # two small ones hide each other
    assert _hidden([10, 0, 8]) == set()
    rows = make_rows({"a": 10, "b": 3, "c": 7}, {"a": 9, "b": 9, "c": 9})
    assert [(r.label, r.shown, r.change) for r in rows] == [("a", "10", "+1 (+11 %)"), ("c", HIDDEN, ""),
                                                            ("b", HIDDEN, "")]
    assert all(r.value is None for r in rows[1:])
    assert change(5, 10) == "−5 (−50 %)" and change(3, 10) == "" and change(3, 1, people=False).startswith("+2")


def test_length_buckets():
    assert length_bucket(date(2027, 1, 1), date(2027, 1, 31)) == "up to 1 month"
    assert length_bucket(date(2027, 1, 1), date(2027, 2, 1)) == "1–3 months"
    assert length_bucket(date(2027, 1, 1), date(2027, 12, 31)) == "6–12 months"


def test_report_pdf_reads_back_and_holds_no_names_or_sensitive_fields(known):
    from pypdf import PdfReader

    from qistdesk.formats.pdf.report import report_pdf
    from qistdesk.services.packets import OfficeInfo

    report = cooperation_report(known, date(2027, 1, 1), date(2027, 12, 31), CPH)
    pdf = report_pdf(report, OfficeInfo(name="Science Office", country="DK"))
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    text = "\n".join(pages)
    assert "Science Office" in pages[0] and "1 Jan 2027 – 31 Dec 2027" in pages[0]
    assert "Participants (unique people) 18 7 +11 (+157 %)" in " ".join(pages[0].split())
    assert "< 5" in text and "How the numbers are counted" in pages[-1]
    for secret in ("Step-free", "dk0", "Test", "passport"):
        assert secret not in text


def test_end_before_start_is_refused(db):
    from qistdesk.services.errors import ValidationError

    with pytest.raises(ValidationError, match="before it starts"):
        cooperation_report(db, date(2027, 2, 1), date(2027, 1, 1))


def test_cli_period_defaults(known, tmp_path, capsys):
    """--from alone runs to the end of its year, --to alone from the start of its year (in-process)."""
    from qistdesk.cli.main import main

    url = known.url.render_as_string(hide_password=False)
    assert main(["--db", url, "report", "--from", "2027-03-01", "-o", str(tmp_path / "a.pdf")]) == 0
    assert "Report 2027-03-01 – 2027-12-31" in capsys.readouterr().out
    assert main(["--db", url, "report", "--to", "2026-06-30", "-o", str(tmp_path / "b.pdf")]) == 0
    assert "Report 2026-01-01 – 2026-06-30" in capsys.readouterr().out
