"""The synthetic benchmark dataset: right proportions, valid rows, deterministic, refuses a full database.

Its speed at scale 100 is measured by hand or in benchmarks/, never here.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from qistdesk.domain import (ConferenceSession, Event, Exchange, ExchangeProgram, Milestone, Organization,
                             Participation, Person, SeriesDate, Venue)
from qistdesk.domain.recurrence import expand, parse_rule
from qistdesk.domain.validation import (validate_event, validate_exchange, validate_milestone,
                                        validate_organization, validate_participation, validate_person,
                                        validate_program, validate_session, validate_venue)
from qistdesk.services import queries
from qistdesk.services.errors import ServiceError
from qistdesk.services.synthetic import load_synthetic


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from qistdesk.store import open_database

    db = open_database(tmp_path_factory.mktemp("synthetic") / "s.sqlite3")
    made = load_synthetic(db, 2)
    yield db, made
    db.close()


def _count(s, model) -> int:
    return s.scalar(select(func.count()).select_from(model))


def test_proportions_follow_the_scale(synthetic):
    db, made = synthetic
    counts = queries.counts(db)
    assert counts["people"] == made["people"] == 2000
    assert counts["events"] == made["events"] == 200
    assert counts["exchanges"] == made["exchanges"] == 40
    assert counts["organizations"] == 40 and counts["venues"] == 10 and counts["programs"] >= 6
    with db.read() as s:
        assert made["participations"] == _count(s, Participation)
        assert 2 * 200 <= made["participations"] <= 20 * 200
        assert made["milestones"] == _count(s, Milestone) >= 5 * 40
        kinds = dict(s.execute(select(Event.kind, func.count()).group_by(Event.kind)).all())
        assert set(kinds) == {"seminar", "conference", "workshop"}
        assert made["sessions"] == _count(s, ConferenceSession) >= 4 * (kinds["conference"] + kinds["workshop"])
        assert made["series_dates"] == _count(s, SeriesDate) > 0


def test_spot_checks_pass_the_validators(synthetic):
    db, _ = synthetic
    checks = [(Organization, validate_organization), (Person, validate_person), (Venue, validate_venue),
              (Event, validate_event), (ConferenceSession, validate_session),
              (Participation, validate_participation), (ExchangeProgram, validate_program),
              (Exchange, validate_exchange), (Milestone, validate_milestone)]
    with db.read() as s:
        for model, validator in checks:
            for obj in s.scalars(select(model).order_by(model.id).limit(150)).all():
                assert validator(obj) == {}, (model.__name__, obj.id, validator(obj))
                assert obj.version == 1 and obj.updated_at.tzinfo is not None


def test_series_sessions_and_exchanges_are_consistent(synthetic):
    db, _ = synthetic
    with db.read() as s:
        for event in s.scalars(select(Event).where(Event.series_rule != "")).all():
            starts = [d.original_start_utc for d in event.dates]
            assert starts == expand(parse_rule(event.series_rule), event.start_utc, event.timezone)
        for item in s.scalars(select(ConferenceSession).limit(200)).all():
            assert item.event.start_utc <= item.start_utc < item.end_utc <= item.event.end_utc
            assert item.speakers
        for ex in s.scalars(select(Exchange)).all():
            assert f"{ex.home_organization.country}-{ex.host_organization.country}" == ex.program.direction
            assert ex.milestones
            if ex.stage == "completed":
                assert all(m.done for m in ex.milestones)
        assert _count(s, Event) == len(set(s.scalars(select(Event.ical_uid)).all()))


def test_the_same_scale_gives_the_same_content(synthetic, tmp_path):
    from qistdesk.store import open_database

    db, _ = synthetic
    other = open_database(tmp_path / "again.sqlite3")
    try:
        load_synthetic(other, 2)
        names = [(p["given_name"], p["family_name"], p["email"]) for p in queries.list_people(db)]
        again = [(p["given_name"], p["family_name"], p["email"]) for p in queries.list_people(other)]
        assert sorted(names) == sorted(again)
    finally:
        other.close()


def test_a_non_empty_database_is_refused_and_left_unchanged(synthetic):
    db, _ = synthetic
    before = queries.counts(db)
    with pytest.raises(ServiceError, match="already holds data"):
        load_synthetic(db, 1)
    assert queries.counts(db) == before


def test_a_bad_scale_is_refused(db):
    with pytest.raises(ServiceError):
        load_synthetic(db, 0)
    assert queries.is_empty(db)
