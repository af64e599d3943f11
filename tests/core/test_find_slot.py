"""The scheduling assistant against cases worked out by hand (Copenhagen home, Washington other,
working hours 08–18 on both sides: the overlap is 14:00–18:00 Copenhagen = 08:00–12:00 Washington,
13:00–18:00 Copenhagen in the weeks when the clocks differ)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from qistdesk.domain.validation import ValidationError
from qistdesk.services import directory, events
from qistdesk.services.find_slot import Request, check_at, find_slots, free_busy
from qistdesk.services.scheduling import Preferences
from qistdesk.timezones import local_to_utc, utc_to_local

CPH, NYC = "Europe/Copenhagen", "America/New_York"
PREFS = Preferences()
HOUR = timedelta(hours=1)


@pytest.fixture
def office(db):
    org = directory.create_organization(db, name="Office", sector="government", country="DK")
    people = {key: directory.create_person(db, given_name=key.capitalize(), family_name="Test", organization_id=org)
              for key in ("anna", "bob", "carl")}
    venue = directory.create_venue(db, name="Room K", timezone=CPH, capacity=20)
    return db, people, venue


def _cph(slot):
    return utc_to_local(slot.start, CPH).strftime("%a %d %b %H:%M")


def test_a_danish_holiday_is_avoided_and_named(office):
    db, p, _ = office
    # Thursday 6 May 2027 is Ascension Day in Denmark; Friday 7 May is an ordinary day.
    best = find_slots(db, Request(HOUR, date(2027, 5, 6), date(2027, 5, 7), (p["anna"], p["bob"])), PREFS)
    assert _cph(best[0]) == "Fri 07 May 14:00" and best[0].score == 0
    only = find_slots(db, Request(HOUR, date(2027, 5, 6), date(2027, 5, 6), (p["anna"],)), PREFS)[0]
    assert "holiday: 06 May: Ascension Day (Denmark)" in only.reasons


def test_a_us_observed_holiday_is_avoided_and_named(office):
    db, p, _ = office
    # 4 July 2027 is a Sunday: the federal holiday is observed on Monday 5 July.
    best = find_slots(db, Request(HOUR, date(2027, 7, 5), date(2027, 7, 6), (p["anna"],)), PREFS)
    assert _cph(best[0]) == "Tue 06 Jul 14:00"
    monday = next(s for s in best if s.start.day == 5)
    assert "holiday: 05 Jul: Independence Day (observed) (the US)" in monday.reasons


def test_march_weeks_when_the_clocks_differ(office):
    db, p, _ = office
    # US clocks change on 14 March 2027, EU on 28 March: Washington is 5 h behind, not 6,
    # so the shared working day starts at 13:00 Copenhagen (08:00 Washington), an hour earlier.
    odd = find_slots(db, Request(HOUR, date(2027, 3, 15), date(2027, 3, 15), (p["anna"],)), PREFS)[0]
    assert _cph(odd) == "Mon 15 Mar 13:00" and odd.times["Washington"] == "Mon 15 Mar 2027 08:00–09:00"
    assert any(r.startswith("clock-change week") for r in odd.reasons)
    usual = find_slots(db, Request(HOUR, date(2027, 3, 8), date(2027, 3, 8), (p["anna"],)), PREFS)[0]
    assert _cph(usual) == "Mon 08 Mar 14:00" and usual.times["Washington"] == "Mon 08 Mar 2027 08:00–09:00"
    assert not any(r.startswith("clock-change") for r in usual.reasons)


def test_a_person_busy_on_one_of_ten_series_dates(office):
    db, p, _ = office
    # Bob is at a briefing on the fourth Tuesday (25 May 2027) 15:00–16:00 Copenhagen.
    brief = events.create_event(db, kind="seminar", title="Briefing", timezone=CPH,
                                start=datetime(2027, 5, 25, 15), end=datetime(2027, 5, 25, 16))
    events.add_participant(db, brief, p["bob"], role="speaker", invitation_status="accepted")
    req = Request(HOUR, date(2027, 5, 4), date(2027, 5, 4), (p["anna"], p["bob"]), series="weekly", count=10)
    at_three = check_at(db, req, local_to_utc(datetime(2027, 5, 4, 15), CPH), PREFS)
    assert len(at_three.checks) == 10
    assert [utc_to_local(c.start, CPH).date() for c in at_three.clashing_dates] == [date(2027, 5, 25)]
    assert at_three.clashing_dates[0].busy_required == ["Bob Test"]
    assert "series: 9 of 10 dates clear; clashes on 25 May" in at_three.reasons
    best = find_slots(db, req, PREFS)[0]
    assert best.score == 0 and "series: 10 of 10 dates clear" in best.reasons
    assert _cph(best) == "Tue 04 May 14:00"  # 14:00–15:00 never meets the 15:00 briefing


def test_a_full_room_is_avoided(office):
    db, p, room = office
    # Room K is taken on Wednesday 2 June 2027 from 13:00 to 16:30 Copenhagen.
    events.create_event(db, kind="workshop", title="Room K workshop", timezone=CPH, venue_id=room,
                        start=datetime(2027, 6, 2, 13), end=datetime(2027, 6, 2, 16, 30))
    best = find_slots(db, Request(HOUR, date(2027, 6, 2), date(2027, 6, 2), (p["anna"],), venue_id=room), PREFS)[0]
    assert _cph(best) == "Wed 02 Jun 16:30" and "Room K free" in best.reasons
    taken = check_at(db, Request(HOUR, date(2027, 6, 2), date(2027, 6, 2), (p["anna"],), venue_id=room),
                     local_to_utc(datetime(2027, 6, 2, 14), CPH), PREFS)
    assert taken.checks[0].room_busy == "Room K workshop" and "Room K taken (Room K workshop)" in taken.reasons
    grid = free_busy(db, [p["anna"]], room, date(2027, 6, 2), date(2027, 6, 2), PREFS)
    assert grid["Room K"][0][2] == "Room K workshop" and grid["Anna Test"] == []


def test_bad_requests_are_refused(office):
    db, p, _ = office
    with pytest.raises(ValidationError):
        find_slots(db, Request(HOUR, date(2027, 6, 2), date(2027, 6, 1), (p["anna"],)), PREFS)
    with pytest.raises(ValidationError):
        find_slots(db, Request(HOUR, date(2027, 6, 1), date(2027, 6, 2), ()), PREFS)
    with pytest.raises(ValidationError):
        find_slots(db, Request(HOUR, date(2027, 6, 1), date(2027, 6, 2), (p["anna"],), series="weekly"), PREFS)


def test_an_open_ended_series_is_busy_beyond_its_stored_dates(office):
    """Date rows are stored for three years; an open-ended weekly seminar goes on after that, and
    the calendar, the assistant and the double-booking checks see its dates there too."""
    from qistdesk.domain.recurrence import HORIZON_YEARS
    from qistdesk.services import calendar_items
    from qistdesk.services.bookings import load_bookings

    db, p, room = office
    # Every Tuesday 15:00–16:00 Copenhagen from 4 May 2027, no end; Anna takes part, in Room K.
    weekly = events.create_event(db, kind="seminar", title="Tuesday seminar", timezone=CPH, venue_id=room,
                                 start=datetime(2027, 5, 4, 15), end=datetime(2027, 5, 4, 16),
                                 series="FREQ=WEEKLY")
    events.add_participant(db, weekly, p["anna"], invitation_status="accepted")
    later = date(2027 + HORIZON_YEARS + 2, 5, 3)  # a Monday five years on, long past the stored rows
    tuesday = later + timedelta(days=1)
    assert tuesday.weekday() == 1
    first, last = local_to_utc(datetime.combine(later, datetime.min.time()), CPH), \
        local_to_utc(datetime.combine(later + timedelta(days=7), datetime.min.time()), CPH)
    shown = [i for i in calendar_items.items_between(db, first, last) if i.event_id == weekly]
    assert [utc_to_local(i.start_utc, CPH).strftime("%a %H:%M") for i in shown] == ["Tue 15:00"]
    assert shown[0].key.startswith("occ:") and shown[0].movable  # stored as a moved date when dragged
    with db.read() as s:
        people, venues, _names = load_bookings(s, [p["anna"]], [room], (first, last))
    assert [(b.owner, utc_to_local(b.start, CPH).date()) for b in people] == [(p["anna"], tuesday)]
    assert [utc_to_local(b.start, CPH).date() for b in venues] == [tuesday]
    at_three = check_at(db, Request(HOUR, tuesday, tuesday, (p["anna"],), venue_id=room),
                        local_to_utc(datetime.combine(tuesday, datetime.min.time()).replace(hour=15), CPH), PREFS)
    assert at_three.checks[0].busy_required == ["Anna Test"] and at_three.checks[0].room_busy == "Tuesday seminar"
    best = find_slots(db, Request(HOUR, tuesday, tuesday, (p["anna"],), venue_id=room), PREFS)[0]
    assert _cph(best) == f"Tue {tuesday:%d %b} 14:00" and best.score == 0  # 14–15 never meets the seminar
    grid = free_busy(db, [p["anna"]], room, tuesday, tuesday, PREFS)
    assert [title for _a, _b, title in grid["Anna Test"]] == ["Tuesday seminar"]


def test_a_person_on_an_exchange_stay_is_away(office):
    from qistdesk.services import exchanges

    db, p, _ = office
    program = exchanges.create_program(db, name="Fulbright", kind="student", direction="DK-US")
    # Bob is in Washington from Monday 7 to Wednesday 9 June 2027 (whole days).
    stay = exchanges.create_exchange(db, person_id=p["bob"], program_id=program, start_date=date(2027, 6, 7),
                              end_date=date(2027, 6, 9), stage="accepted")
    req = Request(HOUR, date(2027, 6, 7), date(2027, 6, 10), (p["anna"], p["bob"]))
    best = find_slots(db, req, PREFS)
    assert _cph(best[0]) == "Thu 10 Jun 14:00" and best[0].score == 0
    wednesday = next(s for s in best if s.start.day == 9)
    assert wednesday.checks[0].busy_required == ["Bob Test"]
    assert "away: Bob Test on an exchange stay (Fulbright, 07 Jun–09 Jun)" in wednesday.reasons
    grid = free_busy(db, [p["bob"]], None, date(2027, 6, 9), date(2027, 6, 9), PREFS)
    assert [title for _a, _b, title in grid["Bob Test"]] == ["on an exchange stay (Fulbright, 07 Jun–09 Jun)"]
    exchanges.update_exchange(db, stay, stage="withdrawn")  # a withdrawn stay books nobody
    again = find_slots(db, Request(HOUR, date(2027, 6, 9), date(2027, 6, 9), (p["bob"],)), PREFS)[0]
    assert again.score == 0 and not any(r.startswith("away") for r in again.reasons)


def test_a_room_of_the_venue_as_the_timetable_names_it(office):
    """The model's rooms are the timetables' (free text at a venue): a conference takes Room A in its
    sessions only, so Room B is free beside it; the venue as a whole is not."""
    db, p, venue = office
    conference = events.create_event(db, kind="conference", title="Summit", timezone=CPH, venue_id=venue,
                                     start=datetime(2027, 6, 14, 9), end=datetime(2027, 6, 14, 18))
    events.add_session(db, conference, title="Plenary", start=datetime(2027, 6, 14, 13),
                       end=datetime(2027, 6, 14, 17), room="Room A")
    day = date(2027, 6, 14)
    at_two = local_to_utc(datetime(2027, 6, 14, 14), CPH)
    room_b = check_at(db, Request(HOUR, day, day, (p["anna"],), venue_id=venue, room="room b"), at_two, PREFS)
    assert not room_b.checks[0].room_busy and "room b at Room K free" in room_b.reasons
    room_a = check_at(db, Request(HOUR, day, day, (p["anna"],), venue_id=venue, room="Room A"), at_two, PREFS)
    assert room_a.checks[0].room_busy == "Summit – Plenary"
    whole = check_at(db, Request(HOUR, day, day, (p["anna"],), venue_id=venue), at_two, PREFS)
    assert whole.checks[0].room_busy == "Summit"
    with pytest.raises(ValidationError):
        find_slots(db, Request(HOUR, day, day, (p["anna"],), room="Room A"), PREFS)
    grid = free_busy(db, [p["anna"]], venue, day, day, PREFS, room="Room A")
    assert [title for _a, _b, title in grid["Room A at Room K"]] == ["Summit – Plenary"]


def test_the_assistants_reasons_in_a_danish_window(office):
    from qistdesk import messages

    db, p, _ = office
    messages.set_language("da")
    try:
        only = find_slots(db, Request(HOUR, date(2027, 5, 6), date(2027, 5, 6), (p["anna"],)), PREFS)[0]
    finally:
        messages.set_language("en")
    assert "helligdag: 6. maj: Kristi himmelfartsdag (Danmark)" in only.reasons
    assert "den nødvendige person er ledig" in only.reasons


def test_a_date_past_the_stored_rows_is_stored_when_moved(office):
    """Moving an open-ended series' date five years on (key ``occ:…``) stores it as a moved date;
    a key naming no date of the series is refused and stores nothing."""
    from qistdesk.services import calendar_items, calendar_moves, queries

    db, _p, _room = office
    weekly = events.create_event(db, kind="seminar", title="Tuesday seminar", timezone=CPH,
                                 start=datetime(2027, 5, 4, 15), end=datetime(2027, 5, 4, 16), series="FREQ=WEEKLY")
    first, last = local_to_utc(datetime(2032, 5, 10), CPH), local_to_utc(datetime(2032, 5, 17), CPH)
    (item,) = [i for i in calendar_items.items_between(db, first, last) if i.event_id == weekly]
    assert item.key.startswith("occ:") and item.movable
    stored = len(queries.series_dates(db, weekly))
    calendar_moves.move_item(db, item.key, item.start_utc + timedelta(days=1), item.end_utc + timedelta(days=1))
    assert len(queries.series_dates(db, weekly)) == stored + 1
    (again,) = [i for i in calendar_items.items_between(db, first, last) if i.event_id == weekly]
    assert again.key.startswith("date:") and utc_to_local(again.start_utc, CPH).strftime("%a %d %H:%M") == "Wed 12 15:00"
    wrong = item.key.replace("T13:00", "T13:30")
    with pytest.raises(ValidationError, match="no date"):
        calendar_moves.move_item(db, wrong, item.start_utc, item.end_utc)
    assert len(queries.series_dates(db, weekly)) == stored + 1
