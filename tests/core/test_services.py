"""Services: one unit of work each, field errors, optimistic locking, id prefixes."""

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from qistdesk.domain import Event, Milestone, Participation, SeriesDate
from qistdesk.services import directory, events, exchanges, queries
from qistdesk.services.errors import ConflictError, InUseError, NotFoundError, ValidationError


@pytest.fixture
def org(db):
    return directory.create_organization(db, name="Nørgaard & Sons <Ltd>", sector="industry", country="dk")


@pytest.fixture
def person(db, org):
    return directory.create_person(db, given_name="Åse", family_name="O'Brien-Møller", email="ase@example.dk",
                                   organization_id=org, country="DK")


def test_text_is_stored_exactly(db, org, person):
    rows = queries.list_people(db)
    assert rows[0]["family_name"] == "O'Brien-Møller" and rows[0]["organization"] == "Nørgaard & Sons <Ltd>"


def test_the_people_list_by_organisation_and_without_one(db, org, person):
    """The list's one SQL text, read through SQLAlchemy on each backend (and by plain sqlite3 in
    the CLI: tests/core/test_plain_read.py)."""
    loner = directory.create_person(db, given_name="Bo", family_name="Aaberg")
    everyone = queries.list_people(db)
    assert [p["id"] for p in everyone] == [loner, person] and [p["version"] for p in everyone] == [1, 1]
    assert everyone[0]["organization"] is None and everyone[0]["sector"] is None
    assert everyone[1]["sector"] == "industry" and everyone[1]["country"] == "DK"
    assert [p["id"] for p in queries.list_people(db, organization_id=org)] == [person]


def test_the_organisation_and_venue_lists(db, org, person):
    """Their SQL texts on each backend (directory_lists.py): people counted, none as 0, no capacity as None."""
    empty = directory.create_organization(db, name="Aalborg Lab", sector="academia", country="DK")
    assert [(o["id"], o["people"], o["version"]) for o in queries.list_organizations(db)] == [(empty, 0, 1), (org, 1, 1)]
    assert queries.list_organizations(db)[1]["name"] == "Nørgaard & Sons <Ltd>"
    hall = directory.create_venue(db, name="Hall", city="Aarhus", country="DK", timezone="Europe/Copenhagen",
                                  capacity=120)
    online = directory.create_venue(db, name="Online", timezone="UTC")
    assert [(v["id"], v["capacity"], v["timezone"]) for v in queries.list_venues(db)] == [
        (hall, 120, "Europe/Copenhagen"), (online, None, "UTC")]


def test_field_errors_name_every_field(db):
    with pytest.raises(ValidationError) as info:
        directory.create_person(db, given_name=" ", email="not-an-email", country="Denmark")
    assert set(info.value.errors) == {"given_name", "email", "country"}
    assert queries.list_people(db) == []


def test_email_check_works_offline_without_dns(db):
    directory.create_person(db, given_name="A", email="someone@no-such-domain-qistdesk-example.dk")


def test_stale_edit_is_a_conflict_and_changes_nothing(db, person):
    directory.update_person(db, person, expected_version=1, job_title="Professor")
    with pytest.raises(ConflictError, match="changed elsewhere"):
        directory.update_person(db, person, expected_version=1, job_title="Dean")
    assert queries.list_people(db)[0]["job_title"] == "Professor"


def test_ids_can_be_given_by_prefix(db, person):
    assert directory.update_person(db, person[:8], phone="+45 1234 5678") == 2
    with pytest.raises(NotFoundError, match="no person with id 'zzzzzzzz'"):
        directory.update_person(db, "zzzzzzzz", phone="1")


def test_event_in_dst_gap_is_refused(db):
    with pytest.raises(ValidationError, match="does not exist in Europe/Copenhagen"):
        events.create_event(db, kind="seminar", title="x", start=datetime(2026, 3, 29, 2, 30),
                            end=datetime(2026, 3, 29, 4), timezone="Europe/Copenhagen")
    assert queries.list_events(db) == []


def test_event_end_before_start_is_refused(db):
    with pytest.raises(ValidationError) as info:
        events.create_event(db, kind="workshop", title="x", start=datetime(2027, 5, 2, 10),
                            end=datetime(2027, 5, 2, 9), timezone="America/New_York")
    assert info.value.errors == {"end": "must be after the start"}


def test_series_dates_can_be_cancelled_moved_and_given_speakers(db, person):
    eid = events.create_event(db, kind="seminar", title="QIST seminar", start=datetime(2027, 2, 4, 16),
                              end=datetime(2027, 2, 4, 17), timezone="Europe/Copenhagen",
                              series="FREQ=WEEKLY;INTERVAL=2;COUNT=5")
    dates = queries.series_dates(db, eid)
    assert len(dates) == 5
    events.cancel_series_date(db, dates[1]["id"])
    events.update_series_date(db, dates[2]["id"], start=datetime(2027, 3, 5, 15), speaker_id=person,
                              topic="Error correction & <codes>")
    after = queries.series_dates(db, eid)
    assert after[1]["status"] == "cancelled"
    assert after[2]["start_utc"] != after[2]["original_start_utc"]
    assert after[2]["end_utc"] - after[2]["start_utc"] == after[0]["end_utc"] - after[0]["start_utc"]
    assert after[2]["topic"] == "Error correction & <codes>"


def test_only_seminars_are_series(db):
    with pytest.raises(ValidationError, match="only seminars"):
        events.create_event(db, kind="conference", title="x", start=datetime(2027, 5, 2, 10),
                            end=datetime(2027, 5, 2, 12), timezone="Europe/Copenhagen", series="FREQ=WEEKLY;COUNT=2")


def test_capacity_puts_extra_participants_on_waiting_list(db, org):
    eid = events.create_event(db, kind="workshop", title="W", start=datetime(2027, 6, 1, 9),
                              end=datetime(2027, 6, 1, 17), timezone="America/New_York", capacity=1)
    a = directory.create_person(db, given_name="A")
    b = directory.create_person(db, given_name="B")
    events.add_participant(db, eid, a)
    events.add_participant(db, eid, b)
    statuses = {p["given_name"]: (p["invitation_status"], p["waitlist_position"])
                for p in queries.participants_of(db, eid)}
    assert statuses == {"A": ("not-invited", None), "B": ("waitlisted", 1)}
    with pytest.raises(ValidationError, match="already a participant"):
        events.add_participant(db, eid, a)


def test_session_must_lie_within_event(db, person):
    eid = events.create_event(db, kind="conference", title="C", start=datetime(2027, 5, 10, 9),
                              end=datetime(2027, 5, 11, 17), timezone="Europe/Copenhagen")
    sid = events.add_session(db, eid, title="Opening", start=datetime(2027, 5, 10, 9),
                             end=datetime(2027, 5, 10, 10), speaker_ids=[person, person], chair_id=person)
    assert queries.sessions_of(db, eid)[0]["speaker_ids"] == [person]
    with pytest.raises(ValidationError, match="within the event"):
        events.update_session(db, sid, end=datetime(2027, 5, 12, 10))


def test_exchange_with_milestones_is_one_transaction(db, person, org):
    prog = exchanges.create_program(db, name="P", kind="student", direction="DK-US")
    with pytest.raises(ValidationError):
        exchanges.create_exchange(db, person_id=person, program_id=prog, start_date=date(2027, 8, 1),
                                  end_date=date(2027, 12, 1), milestones=[{"title": "ok", "due_date": date(2027, 7, 1)},
                                                                          {"title": "", "due_date": None}])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Milestone)) == 0
    xid = exchanges.create_exchange(db, person_id=person, program_id=prog, start_date=date(2027, 8, 1),
                                    end_date=date(2028, 1, 31), home_organization_id=org,
                                    with_default_milestones=True)
    rows = queries.list_exchanges(db)
    assert rows[0]["open_milestones"] == 7 and rows[0]["next_due"] == date(2027, 6, 17)
    exchanges.set_stage(db, xid, "preparing", complete_milestones_until=date(2027, 7, 11))
    assert queries.list_exchanges(db)[0]["open_milestones"] == 4
    with pytest.raises(InUseError):
        directory.delete_person(db, person)


def test_deleting_event_removes_its_children(db, person):
    eid = events.create_event(db, kind="seminar", title="S", start=datetime(2027, 2, 4, 16),
                              end=datetime(2027, 2, 4, 17), timezone="Europe/Copenhagen", series="FREQ=WEEKLY;COUNT=3")
    events.add_participant(db, eid, person)
    events.delete_event(db, eid)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SeriesDate)) == 0
        assert s.scalar(select(func.count()).select_from(Participation)) == 0
        assert s.scalar(select(func.count()).select_from(Event)) == 0


def test_names_are_displayed_in_their_own_order():
    from qistdesk.domain import display_name

    assert display_name("芳", "王") == "王芳"
    assert display_name("Åse", "Møller") == "Åse Møller"
    assert display_name("Patrick", "") == "Patrick"
    assert display_name("민준", "김") == "김 민준"  # Korean: family name first, with a space
    assert display_name("花子", "佐藤") == "佐藤花子"  # Japanese: family name first, no space
    assert display_name("", "", fallback="(no name)") == "(no name)"


def test_one_name_order_in_lists_forms_and_packets(db):
    """The person list, the pickers of the event forms and the printed card use the same rule."""
    from qistdesk.services import directory, packets, records

    pid = directory.create_person(db, given_name="민준", family_name="김")
    assert records.person_record(db, pid)["name"] == "김 민준"
    with db.read() as s:
        from qistdesk.domain import Person

        assert packets._card(s.get(Person, pid)).name == "김 민준"


def test_changing_only_a_sessions_speakers_raises_its_version_and_is_seen_as_a_change(demo_db):
    from qistdesk.services import changes, queries
    from qistdesk.services import events as ev

    conference = max(queries.list_events(demo_db, kind="conferences"), key=lambda e: e["participants"])
    session = next(x for x in queries.sessions_of(demo_db, conference["id"]))
    people = [p["id"] for p in queries.list_people(demo_db)[:2]]
    token = changes.current_token(demo_db)
    version = ev.update_session(demo_db, session["id"], session["version"], speaker_ids=people)
    assert version == session["version"] + 1
    assert "sessions" in changes.changed_tables(token, changes.current_token(demo_db))
    token = changes.current_token(demo_db)
    assert ev.update_session(demo_db, session["id"], version, speaker_ids=people[::-1]) == version + 1
    assert "sessions" in changes.changed_tables(token, changes.current_token(demo_db))
    # The same speakers again: nothing changed, nothing to see.
    assert ev.update_session(demo_db, session["id"], version + 1, speaker_ids=people[::-1]) == version + 1


def test_delete_program_checks_use_and_version(db):
    used = exchanges.create_program(db, name="Used", kind="student", direction="DK-US")
    person = directory.create_person(db, given_name="Ada")
    exchanges.create_exchange(db, person_id=person, program_id=used, start_date=date(2027, 1, 1),
                              end_date=date(2027, 2, 1))
    with pytest.raises(InUseError, match="has 1 exchange"):
        exchanges.delete_program(db, used)
    free = exchanges.create_program(db, name="Free", kind="student", direction="DK-US")
    exchanges.update_program(db, free, None, name="Free 2")  # changed since version 1
    with pytest.raises(ConflictError):
        exchanges.delete_program(db, free, 1)
    exchanges.delete_program(db, free, 2)
    assert [p["name"] for p in queries.list_programs(db)] == ["Used"]
