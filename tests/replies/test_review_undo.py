"""Each decision in the review list is one undoable step (``journal.collected``): Undo gives back the
database exactly (a full sorted dump), Redo the state after the decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from qistdesk.services import journal
from qistdesk.services import reply_reviews as rr
from qistdesk.services.replies import import_paths

from .test_import_undo import _round_trip, dump

FILES = Path(__file__).parent / "files"

pytestmark = pytest.mark.sqlite_only


def _decide(db, call):
    with journal.collected(db) as changes:
        call()
    return changes


def test_accepting_a_counter_with_a_new_place_is_one_step(programme, db_path, tmp_path):
    path = tmp_path / "counter-room.ics"
    path.write_bytes((FILES / "outlook-counter.ics").read_bytes().replace(
        "Auditorium A\\, Blegdamsvej 17\\, København".encode(), "Mødelokale 2\\, DTU Lyngby".encode()))
    import_paths(programme.db, [path])
    (item,) = rr.list_reviews(programme.db)
    changes = _round_trip(programme.db, db_path, lambda: _decide(programme.db, lambda: rr.accept_counter(
        programme.db, item["id"])))
    # a new venue, the event's times and place, the review marked done: three transactions, one step
    assert changes.count("venues", "created") == 1 and changes.count("events", "changed") == 1
    assert changes.count("reply_reviews", "changed") == 1


def test_declining_a_counter_is_one_step(programme, db_path, tmp_path):
    from types import SimpleNamespace

    import_paths(programme.db, [FILES / "outlook-counter.ics"])
    (item,) = rr.list_reviews(programme.db)
    office = SimpleNamespace(name="QIST office", email="office@qist.example.dk")
    _round_trip(programme.db, db_path, lambda: _decide(programme.db, lambda: rr.decline_counter(
        programme.db, item["id"], tmp_path / "out", office=office)))
    assert rr.list_reviews(programme.db)[0]["id"] == item["id"]  # open again after the undo


def test_adding_a_new_delegate_is_one_step(programme, db_path):
    import_paths(programme.db, [FILES / "thunderbird-delegated.eml"])
    (item,) = rr.list_reviews(programme.db)
    changes = _round_trip(programme.db, db_path, lambda: _decide(programme.db, lambda: rr.add_delegate(
        programme.db, item["id"])))
    assert changes.count("people", "created") == 1 and changes.count("participations", "created") == 1


def test_this_is_from_is_one_step(programme, db_path):
    import_paths(programme.db, [FILES / "google-unknown-sender.ics"])
    (item,) = rr.list_reviews(programme.db)
    changes = _round_trip(programme.db, db_path, lambda: _decide(programme.db, lambda: rr.assign(
        programme.db, item["id"], programme.people["jonas"])))
    assert changes.count("person_emails", "created") == 1


def test_dismiss_is_one_step(programme, db_path):
    import_paths(programme.db, [FILES / "thunderbird-delegated.eml"])
    (item,) = rr.list_reviews(programme.db)
    _round_trip(programme.db, db_path, lambda: _decide(programme.db, lambda: rr.dismiss(programme.db, item["id"])))


def test_a_decision_that_fails_halfway_leaves_the_database_as_it_was(programme, db_path):
    import_paths(programme.db, [FILES / "thunderbird-delegated.eml"])
    (item,) = rr.list_reviews(programme.db)
    before = dump(db_path)

    def half():
        rr.add_delegate(programme.db, item["id"])  # commits a person, a participant, the review
        raise OSError("disk full")

    with pytest.raises(OSError):
        _decide(programme.db, half)
    assert dump(db_path) == before
