"""The demo programme meets the foundation issue's spec, passes every validator, and loads once only."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Milestone, Organization,
                             Participation, Person, SeriesDate, Venue)
from qistdesk.domain.recurrence import expand, parse_rule
from qistdesk.domain.validation import (validate_event, validate_exchange, validate_milestone,
                                        validate_organization, validate_participation, validate_person,
                                        validate_program, validate_session, validate_venue)
from qistdesk.services import queries
from qistdesk.services.demo import DEMO_TODAY, load_demo
from qistdesk.services.errors import ServiceError
from qistdesk.timezones import COPENHAGEN, offsets_differ_from_usual, utc_to_local

CJK = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo database for the read-only checks (loading it is the slow part)."""
    from qistdesk.store import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    made = load_demo(db)
    yield db, made
    db.close()


def _events(db, kind):
    return [e for e in queries.list_events(db) if e["kind"] == kind]


def test_counts_returned_match_the_database(demo):
    db, made = demo
    counts = queries.counts(db)
    assert made["people"] == counts["people"] >= 60
    assert made["organizations"] == counts["organizations"] >= 18
    assert made["exchanges"] == counts["exchanges"] >= 8
    assert made["events"] == counts["events"]
    with db.read() as s:
        assert made["participations"] == s.scalar(select(func.count()).select_from(Participation))
        assert made["milestones"] == s.scalar(select(func.count()).select_from(Milestone))


def test_organisations_cover_every_sector_in_both_countries_and_one_has_an_ampersand(demo):
    db, _ = demo
    orgs = queries.list_organizations(db)
    pairs = {(o["sector"], o["country"]) for o in orgs}
    for sector in ("government", "academia", "industry", "non-profit"):
        assert {(sector, "DK"), (sector, "US")} <= pairs, sector
    assert any("&" in o["name"] for o in orgs)


def test_names_carry_danish_letters_other_scripts_and_an_apostrophe(demo):
    db, _ = demo
    names = [f'{p["given_name"]} {p["family_name"]}' for p in queries.list_people(db)]
    text = " ".join(names)
    for letter in "æøåÆØÅ":
        assert letter in text, letter
    assert CJK.search(text)
    assert "王" in text and "芳" in text
    assert re.search(r"[\u0370-\u03ff]", text), "Greek"
    assert re.search(r"[\u0400-\u04ff]", text), "Cyrillic"
    assert re.search(r"[\u0600-\u06ff]", text), "Arabic"
    assert any("'" in n for n in names)


def test_people_have_mixed_consent_and_some_sensitive_needs(demo):
    db, _ = demo
    with db.read() as s:
        people = s.scalars(select(Person)).all()
        assert {p.consent_listed for p in people} == {True, False}
        assert {p.consent_photo for p in people} == {True, False}
        assert any(p.dietary_needs for p in people) and any(p.accessibility_needs for p in people)
        assert {p.country for p in people} >= {"DK", "US"}
        assert len({p.career_stage for p in people}) >= 5
        assert all(p.email and p.job_title for p in people)


def test_venues_use_iana_zones_on_both_sides(demo):
    db, _ = demo
    zones = {v["timezone"] for v in queries.list_venues(db)}
    assert COPENHAGEN in zones and "America/New_York" in zones
    assert all(v["capacity"] for v in queries.list_venues(db))


def test_seminar_series_is_fortnightly_feb_to_may_and_crosses_the_dst_weeks(demo):
    db, _ = demo
    series = [e for e in _events(db, "seminar") if e["series_rule"]]
    assert len(series) == 1
    event = series[0]
    assert "INTERVAL=2" in event["series_rule"] and event["timezone"] == COPENHAGEN
    dates = queries.series_dates(db, event["id"])
    days = [utc_to_local(d["original_start_utc"], COPENHAGEN).date() for d in dates]
    assert days[0].month == 2 and days[-1].month == 5 and days[0].year == 2027
    assert any(offsets_differ_from_usual(d) for d in days), "no date in the US/EU clock-change weeks"
    # 16:00 in Copenhagen on every original date, whatever the UTC instant.
    assert {utc_to_local(d["original_start_utc"], COPENHAGEN).hour for d in dates} == {16}
    assert [d["original_start_utc"] for d in dates] == expand(parse_rule(event["series_rule"]),
                                                              dates[0]["original_start_utc"], COPENHAGEN)
    assert sum(d["status"] == "cancelled" for d in dates) == 1
    assert sum(d["start_utc"] != d["original_start_utc"] for d in dates) == 1
    assert all(d["speaker_id"] and d["topic"] for d in dates)
    with db.read() as s:
        online = s.scalar(select(Event.online_url).where(Event.id == event["id"]))
    assert online.startswith("https://")


def test_copenhagen_conference_has_two_days_12_sessions_and_40_participants(demo):
    db, _ = demo
    (conf,) = _events(db, "conference")
    assert conf["timezone"] == COPENHAGEN and conf["capacity"]
    local_start, local_end = (utc_to_local(conf[k], COPENHAGEN) for k in ("start_utc", "end_utc"))
    assert (local_end.date() - local_start.date()).days == 1
    sessions = queries.sessions_of(db, conf["id"])
    assert len(sessions) >= 12
    assert all(s["room"] and s["chair_id"] for s in sessions)
    assert sum(bool(s["speaker_ids"]) for s in sessions) >= 12
    people = queries.participants_of(db, conf["id"])
    assert len(people) >= 40
    assert len({p["role"] for p in people}) >= 4
    assert len({p["invitation_status"] for p in people}) >= 4


def test_us_workshop_has_sessions_and_participants(demo):
    db, _ = demo
    (ws,) = _events(db, "workshop")
    assert ws["timezone"].startswith("America/")
    assert len(queries.sessions_of(db, ws["id"])) >= 4
    assert len(queries.participants_of(db, ws["id"])) >= 10


def test_exchanges_go_both_ways_at_many_stages_with_milestones(demo):
    db, _ = demo
    rows = queries.list_exchanges(db)
    assert len(rows) >= 8
    directions = [r["direction"] for r in rows]
    assert directions.count("DK-US") >= 3 and directions.count("US-DK") >= 3
    assert len({r["stage"] for r in rows}) >= 5
    assert len({r["program"] for r in rows}) >= 2
    with db.read() as s:
        for ex in s.scalars(select(Exchange)).all():
            assert ex.milestones, ex.id
            assert ex.host_contact_id and ex.home_organization_id and ex.host_organization_id
            assert ex.person.organization_id == ex.home_organization_id
            home, host = ex.home_organization.country, ex.host_organization.country
            assert f"{home}-{host}" == ex.program.direction
            if ex.stage == "completed":
                assert all(m.done for m in ex.milestones)
        kinds = {p.kind for p in s.scalars(select(ExchangeProgram)).all()}
    assert kinds == {"student", "researcher", "professional"}


def test_some_milestones_are_overdue_on_the_demo_day_and_done_dates_are_fixed(demo):
    db, _ = demo
    overdue = queries.milestones_due(db, DEMO_TODAY - date.resolution)
    assert overdue, "the demo should show overdue steps"
    with db.read() as s:
        done_on = s.scalars(select(Milestone.done_on).where(Milestone.done.is_(True))).all()
    assert done_on and all(d <= DEMO_TODAY for d in done_on)


def test_every_record_passes_its_validator(demo):
    db, _ = demo
    checks = [(Organization, validate_organization), (Person, validate_person), (Venue, validate_venue),
              (Event, validate_event), (ConferenceSession, validate_session),
              (Participation, validate_participation), (ExchangeProgram, validate_program),
              (Exchange, validate_exchange), (Milestone, validate_milestone)]
    with db.read() as s:
        for model, validator in checks:
            for obj in s.scalars(select(model)).all():
                assert validator(obj) == {}, (model.__name__, obj.id, validator(obj))
        for d in s.scalars(select(SeriesDate)).all():
            assert d.end_utc > d.start_utc
        for item in s.scalars(select(ConferenceSession)).all():
            assert item.event.start_utc <= item.start_utc < item.end_utc <= item.event.end_utc


def test_loading_twice_is_refused_and_leaves_the_database_unchanged(db):
    load_demo(db)
    before = queries.counts(db)
    with pytest.raises(ServiceError, match="already holds data"):
        load_demo(db)
    assert queries.counts(db) == before


def test_a_database_with_one_record_is_refused_before_anything_is_written(db):
    from qistdesk.services import directory

    directory.create_organization(db, name="Existing", sector="academia", country="DK")
    with pytest.raises(ServiceError, match="already holds data"):
        load_demo(db)
    assert queries.counts(db)["organizations"] == 1 and queries.counts(db)["people"] == 0
