"""Scheduling warnings: holidays, working hours, clock-change weeks, double bookings."""

from __future__ import annotations

from datetime import datetime

import pytest

from qistdesk.domain.recurrence import SeriesRule
from qistdesk.services import directory, events, queries, scheduling
from qistdesk.services.scheduling import Preferences, check_proposed, check_time
from qistdesk.timezones import local_to_utc

CPH = "Europe/Copenhagen"
PREFS = Preferences()


def at(y, m, d, h, mi=0, zone=CPH):
    return local_to_utc(datetime(y, m, d, h, mi), zone)


def kinds(warnings):
    return [w.kind for w in warnings]


def test_an_ordinary_thursday_afternoon_is_fine():
    assert check_time(at(2027, 2, 4, 15), at(2027, 2, 4, 16), CPH, PREFS) == []


def test_danish_and_us_holidays_are_named():
    ascension = check_time(at(2027, 5, 6, 15), at(2027, 5, 6, 16), CPH, PREFS)
    assert kinds(ascension) == ["holiday"] and "Denmark" in ascension[0].message
    thanksgiving = check_time(at(2027, 11, 25, 15), at(2027, 11, 25, 16), CPH, PREFS)
    assert "holiday" in kinds(thanksgiving)
    assert any("the US" in w.message and "Thanksgiving" in w.message for w in thanksgiving)


def test_us_holiday_is_read_on_the_us_calendar_date():
    # 01:00 Friday in Copenhagen is still Thanksgiving Thursday evening in Washington.
    ws = check_time(at(2027, 11, 26, 1), at(2027, 11, 26, 2), CPH, PREFS)
    assert any("Thanksgiving" in w.message for w in ws)


def test_outside_working_hours_in_the_other_zone():
    # 09:00 Copenhagen = 03:00 Washington.
    ws = check_time(at(2027, 2, 4, 9), at(2027, 2, 4, 10), CPH, PREFS)
    assert kinds(ws) == ["hours"] and "Washington" in ws[0].message and "03:00" in ws[0].message


def test_working_hours_follow_the_settings():
    prefs = Preferences(work_start_hour=2, work_end_hour=20)
    assert check_time(at(2027, 2, 4, 9), at(2027, 2, 4, 10), CPH, prefs) == []


def test_in_person_event_checks_only_its_own_zone():
    ws = check_time(at(2027, 2, 4, 9), at(2027, 2, 4, 17), CPH, PREFS, both_zones_work=False)
    assert ws == []


def test_weekend_counts_as_outside_working_hours():
    ws = check_time(at(2027, 2, 6, 15), at(2027, 2, 6, 16), CPH, PREFS)
    assert "hours" in kinds(ws) and "Saturday" in ws[0].message


def test_weeks_when_us_and_eu_clocks_differ():
    # 2027: US changes on 14 March, EU on 28 March.
    ws = check_time(at(2027, 3, 18, 15), at(2027, 3, 18, 16), CPH, PREFS)
    assert kinds(ws) == ["dst"]
    assert "5 h" in ws[0].message and "usually 6 h" in ws[0].message
    assert check_time(at(2027, 4, 8, 15), at(2027, 4, 8, 16), CPH, PREFS) == []


@pytest.fixture
def people(db):
    org = directory.create_organization(db, name="NBI", sector="academia", country="DK")
    ida = directory.create_person(db, given_name="Ida", family_name="Jensen", organization_id=org)
    sam = directory.create_person(db, given_name="Sam", family_name="Lee")
    venue = directory.create_venue(db, name="Auditorium A", timezone=CPH)
    return {"ida": ida, "sam": sam, "venue": venue}


def test_a_speaker_booked_twice(db, people):
    conf = events.create_event(db, kind="conference", title="QIST Days", timezone=CPH,
                               start=datetime(2027, 2, 4, 9), end=datetime(2027, 2, 5, 17))
    events.add_session(db, conf, title="Keynote", start=datetime(2027, 2, 4, 15), end=datetime(2027, 2, 4, 16),
                       speaker_ids=[people["ida"]])
    ws = check_proposed(db, at(2027, 2, 4, 15, 30), at(2027, 2, 4, 16, 30), CPH,
                        person_ids=[people["ida"], people["sam"]], prefs=PREFS)
    person = [w for w in ws if w.kind == "person"]
    assert len(person) == 1 and "Ida Jensen" in person[0].message and "Keynote" in person[0].message
    # An hour later: free.
    later = check_proposed(db, at(2027, 2, 4, 16), at(2027, 2, 4, 17), CPH, person_ids=[people["ida"]], prefs=PREFS)
    assert "person" not in kinds(later)


def test_two_sessions_of_one_conference_with_the_same_chair_clash(db, people):
    conf = events.create_event(db, kind="conference", title="QIST Days", timezone=CPH,
                               start=datetime(2027, 2, 4, 9), end=datetime(2027, 2, 4, 17))
    events.add_participant(db, conf, people["sam"])
    first = events.add_session(db, conf, title="A", start=datetime(2027, 2, 4, 10),
                               end=datetime(2027, 2, 4, 11), chair_id=people["sam"])
    # Editing session A itself does not clash with A, nor with Sam's attendance.
    ws = check_proposed(db, at(2027, 2, 4, 10), at(2027, 2, 4, 11), CPH, person_ids=[people["sam"]],
                        event_id=conf, item_id=first, prefs=PREFS)
    assert "person" not in kinds(ws)
    events.add_session(db, conf, title="B", start=datetime(2027, 2, 4, 10, 30), end=datetime(2027, 2, 4, 12),
                       speaker_ids=[people["sam"]])
    listed = scheduling.warnings_for_event(db, conf, PREFS)
    assert any(w.kind == "person" and "Sam Lee" in w.message for w in listed)


def test_venue_booked_twice_and_cancelled_events_do_not_count(db, people):
    a = events.create_event(db, kind="workshop", title="Error correction", timezone=CPH, venue_id=people["venue"],
                            start=datetime(2027, 2, 4, 10), end=datetime(2027, 2, 4, 15))
    b = events.create_event(db, kind="seminar", title="Sensing talk", timezone=CPH, venue_id=people["venue"],
                            start=datetime(2027, 2, 4, 14), end=datetime(2027, 2, 4, 15))
    ws = scheduling.warnings_for_event(db, b, PREFS)
    assert [w for w in ws if w.kind == "venue" and "Auditorium A" in w.message and "Error correction" in w.message]
    by_event = scheduling.warnings_by_event(db, prefs=PREFS)
    assert "venue" in kinds(by_event[a]) and "venue" in kinds(by_event[b])
    events.cancel_event(db, a)
    assert "venue" not in kinds(scheduling.warnings_for_event(db, b, PREFS))


def test_series_dates_are_checked_one_by_one(db, people):
    seminar = events.create_event(db, kind="seminar", title="QN Seminar", timezone=CPH,
                                  start=datetime(2027, 4, 29, 16), end=datetime(2027, 4, 29, 17),
                                  series=SeriesRule.weekly(count=3))
    per_date = scheduling.warnings_for_series_dates(db, seminar, PREFS)
    assert len(per_date) == 1  # only 6 May (Ascension Day in Denmark)
    (only,) = per_date.values()
    assert only[0].kind == "holiday"
    listed = scheduling.warnings_for_event(db, seminar, PREFS)
    assert any("06 May 2027" in w.message for w in listed)


def test_series_speaker_clash_and_cancelled_date(db, people):
    seminar = events.create_event(db, kind="seminar", title="QN Seminar", timezone=CPH,
                                  start=datetime(2027, 2, 4, 15), end=datetime(2027, 2, 4, 16),
                                  series=SeriesRule.weekly(count=2))
    other = events.create_event(db, kind="seminar", title="Other talk", timezone=CPH,
                                start=datetime(2027, 2, 11, 15, 30), end=datetime(2027, 2, 11, 16, 30))
    events.add_participant(db, other, people["ida"], role="speaker")
    rows = queries.series_dates(db, seminar)
    events.update_series_date(db, rows[1]["id"], speaker_id=people["ida"], topic="Repeaters")
    per_date = scheduling.warnings_for_series_dates(db, seminar, PREFS)
    assert "person" in kinds(per_date[rows[1]["id"]])
    events.cancel_series_date(db, rows[1]["id"])
    assert rows[1]["id"] not in scheduling.warnings_for_series_dates(db, seminar, PREFS)
    assert "person" not in kinds(scheduling.warnings_for_event(db, other, PREFS))


def test_preferences_come_from_settings(monkeypatch):
    from qistdesk.settings import Settings

    settings = Settings()
    settings.set("zones.other", "America/Chicago")
    settings.set("schedule.work_start_hour", 7)
    prefs = Preferences.from_settings(settings)
    assert prefs.other == "America/Chicago" and prefs.work_start_hour == 7
    assert scheduling.partner_zone(CPH, prefs) == "America/Chicago"
    assert scheduling.partner_zone("America/Chicago", prefs) == CPH


def test_summary_is_short():
    ws = [scheduling.Warning("hours", f"line {i}") for i in range(5)]
    assert scheduling.summary(ws) == "line 0\nline 1\nline 2\n… and 2 more"


def test_warnings_for_some_events_equal_those_from_the_whole_database(db):
    """The dashboard and detail panes read only bookings inside the span of their events;
    that must find exactly what a check of everything finds for those events."""
    from qistdesk.services import queries
    from qistdesk.services.synthetic import load_synthetic

    load_synthetic(db, 2)
    prefs = scheduling.Preferences()
    everything = scheduling.warnings_by_event(db, prefs=prefs)
    assert any(w.kind in ("person", "venue") for ws in everything.values() for w in ws), "no clash to compare"
    ids = [e["id"] for e in queries.list_events(db)]
    for chunk in (ids[:15], ids[40:41], ids[-30:], [i for i in ids if i in everything][:20]):
        some = scheduling.warnings_by_event(db, prefs=prefs, event_ids=chunk)
        assert some == {k: v for k, v in everything.items() if k in chunk}


def test_check_sessions_matches_check_proposed_per_session(db, people):
    """The conference pane checks every session with one read of the bookings (issue 19)."""
    from qistdesk.services import queries
    from qistdesk.services.scheduling import check_sessions

    other = events.create_event(db, kind="conference", title="Other Days", timezone=CPH,
                                start=datetime(2027, 2, 4, 9), end=datetime(2027, 2, 4, 17))
    events.add_session(db, other, title="Elsewhere", start=datetime(2027, 2, 4, 10), end=datetime(2027, 2, 4, 11),
                       speaker_ids=[people["ida"]])
    conf = events.create_event(db, kind="conference", title="QIST Days", timezone=CPH,
                               start=datetime(2027, 2, 4, 9), end=datetime(2027, 2, 5, 17))
    events.add_session(db, conf, title="Clashes", start=datetime(2027, 2, 4, 10, 30),
                       end=datetime(2027, 2, 4, 11, 30), speaker_ids=[people["ida"]])
    events.add_session(db, conf, title="Free", start=datetime(2027, 2, 5, 10), end=datetime(2027, 2, 5, 11),
                       speaker_ids=[people["ida"], people["sam"]])
    sessions = [dict(x, person_ids=x["speaker_ids"] + ([x["chair_id"]] if x["chair_id"] else []))
                for x in queries.sessions_of(db, conf)]
    batch = check_sessions(db, sessions, CPH, conf, prefs=PREFS)
    for x in sessions:
        one = check_proposed(db, x["start_utc"], x["end_utc"], CPH, person_ids=x["person_ids"], event_id=conf,
                             item_id=x["id"], prefs=PREFS)
        assert [w.message for w in batch[x["id"]]] == [w.message for w in one]
    by_title = {x["title"]: batch[x["id"]] for x in sessions}
    assert any("Elsewhere" in w.message for w in by_title["Clashes"]) and "person" not in kinds(by_title["Free"])
