"""The conference timetable checks itself: rooms, sessions outside the event, speakers, capacity."""

from __future__ import annotations

from datetime import datetime

from qistdesk.services import directory, events, integrity, queries, scheduling
from qistdesk.services.calendar_moves import move_event_to
from qistdesk.services.timetable_checks import problems
from qistdesk.timezones import utc_to_local

CPH = "Europe/Copenhagen"


def _workshop(db, capacity=50):
    org = directory.create_organization(db, name="Office", sector="government", country="DK")
    ann = directory.create_person(db, given_name="Ann", family_name="Speaker", organization_id=org)
    ben = directory.create_person(db, given_name="Ben", family_name="Speaker", organization_id=org)
    venue = directory.create_venue(db, name="Hall", timezone=CPH, capacity=capacity)
    ws = events.create_event(db, kind="workshop", title="Workshop", timezone=CPH, venue_id=venue,
                             start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 17))
    return ws, ann, ben, venue


def test_room_used_twice_and_speaker_in_two_rooms(db):
    ws, ann, ben, _ = _workshop(db)
    events.add_session(db, ws, title="Opening", start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 10),
                       room="Room A", speaker_ids=[ann])
    events.add_session(db, ws, title="Parallel", start=datetime(2027, 9, 14, 9, 30), end=datetime(2027, 9, 14, 11),
                       room="room a", speaker_ids=[ben])
    events.add_session(db, ws, title="Elsewhere", start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 10),
                       room="Room B", speaker_ids=[ann])
    found = problems(db)[ws]
    kinds = sorted(p.kind for p in found)
    assert kinds == ["room", "room", "speaker", "speaker"]
    room = next(p for p in found if p.kind == "room")
    assert "room Room A is used twice at Tue 14 Sep 09:30" in room.message
    assert any("Ann Speaker is in Room A and Room B at once" in p.message or
               "Ann Speaker is in Room B and Room A at once" in p.message for p in found)
    # each session of a pair is marked in the timetable (4 above); the Check column (warnings_by_event)
    # and `qistdesk check` say each pair once, not once from each side
    check = scheduling.warnings_by_event(db, "conferences", scheduling.Preferences())[ws]
    assert sum(w.kind == "timetable" for w in check) == 2
    assert sum("used twice" in p.message for p in integrity.check(db)) == 1
    assert sum("at once" in p.message for p in integrity.check(db)) == 1


def test_a_room_taken_by_another_event_is_said_in_both_events(db):
    ws, ann, _ben, venue = _workshop(db)
    other = events.create_event(db, kind="workshop", title="Other workshop", timezone=CPH, venue_id=venue,
                                start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 17))
    events.add_session(db, ws, title="Opening", start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 10),
                       room="Room A")
    events.add_session(db, other, title="Welcome", start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 10),
                       room="Room A")
    check = scheduling.warnings_by_event(db, "conferences", scheduling.Preferences())
    assert [w.kind for w in check[ws]].count("timetable") == 1 and [w.kind for w in check[other]].count("timetable") == 1
    assert sum("used twice" in p.message for p in integrity.check(db)) == 2


def test_moving_the_event_leaves_sessions_outside_unless_they_move_with_it(db):
    ws, ann, _ben, _ = _workshop(db)
    events.add_session(db, ws, title="Keynote", start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 10),
                       room="Hall", speaker_ids=[ann])
    assert problems(db) == {}
    events.update_event(db, ws, start=datetime(2027, 9, 15, 9), end=datetime(2027, 9, 15, 17))
    outside = problems(db)[ws]
    assert [p.kind for p in outside] == ["outside"] and "lies outside the event" in outside[0].message
    events.update_event(db, ws, start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 17))
    assert problems(db) == {}
    assert move_event_to(db, ws, datetime(2027, 9, 15, 9)) == 1  # the timetable moves with it
    assert problems(db) == {}
    (session,) = queries.sessions_of(db, ws)
    assert utc_to_local(session["start_utc"], CPH).strftime("%d %H:%M") == "15 09:00"


def test_more_people_seated_than_the_venue_holds(db):
    ws, ann, ben, _ = _workshop(db, capacity=1)
    events.add_participant(db, ws, ann, invitation_status="accepted")
    events.add_participant(db, ws, ben, invitation_status="accepted")
    (p,) = problems(db)[ws]
    assert p.kind == "capacity" and p.message == "2 people are seated but Hall holds 1"
