"""Organisation and venue detail panes find their people and events by id, not by name.

Two organisations (and two venues) may share a name; each pane shows only its own
records. The queries go through the indexes on people.organization_id and
events.venue_id (speed: benchmarks/bench_gui.py).
"""

from __future__ import annotations

from datetime import datetime

from qistdesk.gui.context import AppContext
from qistdesk.gui.views.organizations import OrganizationsView
from qistdesk.gui.views.venues import VenuesView
from qistdesk.services import directory, events, queries

CPH = "Europe/Copenhagen"


def test_organisations_with_the_same_name_show_only_their_own_people(qtbot, db):
    a = directory.create_organization(db, name="Niels Bohr Institute", sector="academia", country="DK")
    b = directory.create_organization(db, name="Niels Bohr Institute", sector="academia", country="US")
    directory.create_person(db, given_name="Astrid", family_name="Holm", organization_id=a)
    directory.create_person(db, given_name="Bea", family_name="Lund", organization_id=b)
    directory.create_person(db, given_name="Carl", family_name="Nobody")
    assert [p["given_name"] for p in queries.list_people(db, organization_id=a)] == ["Astrid"]
    assert len(queries.list_people(db)) == 3
    view = OrganizationsView(AppContext(db))
    qtbot.addWidget(view)
    view.open_record(a)
    text = view.detail.toPlainText()
    assert "Astrid" in text and "Bea" not in text and "Carl" not in text and "People (1)" in text
    view.open_record(b)
    text = view.detail.toPlainText()
    assert "Bea" in text and "Astrid" not in text


def test_venues_with_the_same_name_show_only_their_own_events(qtbot, db):
    a = directory.create_venue(db, name="Auditorium", timezone=CPH, country="DK")
    b = directory.create_venue(db, name="Auditorium", timezone=CPH, country="DK")
    events.create_event(db, kind="seminar", title="Qubits at A", timezone=CPH, venue_id=a,
                        start=datetime(2027, 3, 1, 14), end=datetime(2027, 3, 1, 15))
    events.create_event(db, kind="seminar", title="Qubits at B", timezone=CPH, venue_id=b,
                        start=datetime(2027, 3, 2, 14), end=datetime(2027, 3, 2, 15))
    assert [e["title"] for e in queries.events_brief(db, venue_id=a)[1]] == ["Qubits at A"]
    view = VenuesView(AppContext(db))
    qtbot.addWidget(view)
    view.open_record(b)
    text = view.detail.toPlainText()
    assert "Qubits at B" in text and "Qubits at A" not in text and "Events here (1)" in text
    assert view.snapshot(a, {"name": "Auditorium"}) == [queries.events_brief(db, venue_id=a)[1][0]["id"]]


def test_events_brief_counts_all_and_lists_the_first(db):
    for day in range(1, 6):
        events.create_event(db, kind="seminar", title=f"Day {day}", timezone=CPH,
                            start=datetime(2027, 3, day, 14), end=datetime(2027, 3, day, 15))
    from datetime import timezone

    total, first = queries.events_brief(db, start=datetime(2027, 3, 2, tzinfo=timezone.utc),
                                        end=datetime(2027, 3, 5, tzinfo=timezone.utc), limit=2)
    assert total == 3 and [e["title"] for e in first] == ["Day 2", "Day 3"]
