"""The invite files themselves in the recipient's language (issue 18): one file goes to one person,
so its COMMENT (what changed, "Aflyst"), the link line of its DESCRIPTION and a series date's
speaker line are written in theirs. Read back with icalendar and with Mozilla's ical.js."""

from __future__ import annotations

from datetime import datetime

import icalendar
import pytest

from qistdesk.services import directory, events as ev
from qistdesk.services.ics_invites import Office, plan_invites, write_invites

OFFICE = Office("Videnskabskontoret", "science@ambassade.dk")
URL = "https://meet.example.org/q"


@pytest.fixture
def workshop(db):
    mette = directory.create_person(db, given_name="Mette", family_name="Ærø", email="mette@example.dk", country="DK")
    john = directory.create_person(db, given_name="John", family_name="Smith", email="john@example.com", country="US")
    eid = ev.create_event(db, kind="workshop", title="Kvantesensorer", start=datetime(2027, 6, 14, 9),
                          end=datetime(2027, 6, 14, 17), timezone="Europe/Copenhagen", online_url=URL)
    for person in (mette, john):
        ev.add_participant(db, eid, person)
    return eid


def _by_person(folder) -> dict[str, object]:
    """{"mette" | "john": the file's path}."""
    return {("mette" if "Mette" in p.name else "john"): p for p in folder.glob("*.ics")}


def _vevent(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return next(c for c in cal.walk("VEVENT"))


def test_an_update_and_a_cancel_in_each_recipients_language(db, tmp_path, clock, workshop, icaljs):
    write_invites(db, workshop, tmp_path / "first", clock=clock, office=OFFICE)
    first = _by_person(tmp_path / "first")
    assert str(_vevent(first["mette"])["DESCRIPTION"]) == f"Deltag online: {URL}"
    assert str(_vevent(first["john"])["DESCRIPTION"]) == f"Join online: {URL}"

    ev.update_event(db, workshop, start=datetime(2027, 6, 15, 10), end=datetime(2027, 6, 15, 16))
    run = write_invites(db, workshop, tmp_path / "update", clock=clock, office=OFFICE)
    assert run.summary.startswith("Updated: the time changed. Now: ")  # the command line's English
    update = _by_person(tmp_path / "update")
    danish, english = (str(_vevent(update[who])["COMMENT"]) for who in ("mette", "john"))
    assert danish == "Opdateret – ændret: tidspunkt. Nu: tirs. 15. jun. 2027 10.00–16.00 København (04.00–10.00 Washington)"
    assert english == "Updated: the time changed. Now: Tue 15 Jun 2027 10:00–16:00 Copenhagen (04:00–10:00 Washington)"

    ev.cancel_event(db, workshop)
    write_invites(db, workshop, tmp_path / "cancel", clock=clock, office=OFFICE)
    cancel = _by_person(tmp_path / "cancel")
    assert str(_vevent(cancel["mette"])["COMMENT"]) == "Aflyst"
    assert str(_vevent(cancel["john"])["COMMENT"]) == "Cancelled"

    # Mozilla's reader sees the same words
    read = {who: icaljs(path)[0]["events"][0] for who, path in
            [("mette-update", update["mette"]), ("john-update", update["john"]),
             ("mette-cancel", cancel["mette"]), ("mette-first", first["mette"])]}
    assert read["mette-update"]["comment"] == danish and read["john-update"]["comment"] == english
    assert read["mette-cancel"]["comment"] == "Aflyst" and read["mette-cancel"]["status"] == "CANCELLED"
    assert read["mette-first"]["description"] == f"Deltag online: {URL}"


def test_a_series_dates_speaker_and_cancelled_date_in_danish(db, tmp_path, clock, icaljs):
    from qistdesk.domain import Event
    from qistdesk.services import crud

    mette = directory.create_person(db, given_name="Mette", family_name="Ærø", email="mette@example.dk", country="DK")
    nina = directory.create_person(db, given_name="Nina", family_name="Ørsted", country="DK")
    eid = ev.create_event(db, kind="seminar", title="Kvanteseminar", start=datetime(2027, 3, 4, 15),
                          end=datetime(2027, 3, 4, 16), timezone="Europe/Copenhagen", series="FREQ=WEEKLY;COUNT=3")
    ev.add_participant(db, eid, mette)
    with db.read() as s:
        first, second = [d.id for d in sorted(crud.get(s, Event, eid).dates, key=lambda d: d.start_utc)][:2]
    ev.update_series_date(db, first, speaker_id=nina)
    write_invites(db, eid, tmp_path / "a", clock=clock, office=OFFICE)
    (path,) = (tmp_path / "a").glob("*.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    override = next(c for c in cal.walk("VEVENT") if c.get("RECURRENCE-ID") is not None)
    assert str(override["DESCRIPTION"]) == "Oplægsholder: Nina Ørsted"
    assert [e["description"] for e in icaljs(path)[0]["events"] if e["recurrenceId"]] == ["Oplægsholder: Nina Ørsted"]

    ev.cancel_series_date(db, second)
    write_invites(db, eid, tmp_path / "b", clock=clock, office=OFFICE)
    (path,) = (tmp_path / "b").glob("*-cancel.ics")
    assert str(_vevent(path)["COMMENT"]) == "Aflyst: datoen tors. 11. mar. 2027 15.00–16.00 København (09.00–10.00 Washington)"
    assert icaljs(path)[0]["events"][0]["comment"].startswith("Aflyst: datoen tors. 11. mar. 2027")


def test_the_preview_follows_the_apps_language(db, workshop):
    from qistdesk import messages

    assert plan_invites(db, workshop) == ["REQUEST, SEQUENCE 0, to 2 people: Invitation"]
    messages.set_language("da")
    assert plan_invites(db, workshop) == ["REQUEST, SEQUENCE 0, til 2 personer: Invitation"]
