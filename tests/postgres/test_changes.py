"""services.changes: another client's edits are seen by a cheap poll, on SQLite and PostgreSQL."""

import pytest

from qistdesk.services import changes, directory, events
from qistdesk.store import open_database

pytestmark = pytest.mark.all_backends


def test_nothing_changed_means_an_empty_set(db):
    token = changes.current_token(db)
    assert changes.changed_since(db, token) == (set(), token)


def test_another_clients_insert_update_and_delete_are_seen(db):
    other = open_database(db.url.render_as_string(hide_password=False))  # a second client, own connections
    token = changes.current_token(db)
    person = directory.create_person(other, given_name="Ida")
    changed, token = changes.changed_since(db, token)
    assert changed == {"people"}
    directory.update_person(other, person, expected_version=1, job_title="Postdoc")
    changed, token = changes.changed_since(db, token)
    assert changed == {"people"}
    org = directory.create_organization(other, name="DTU", sector="academia", country="DK")
    directory.delete_person(other, person)
    changed, token = changes.changed_since(db, token)
    assert changed == {"people", "organizations"}
    from datetime import datetime

    eid = events.create_event(other, kind="workshop", title="W", start=datetime(2027, 6, 1, 9),
                              end=datetime(2027, 6, 1, 17), timezone="Europe/Copenhagen", host_organization_id=org)
    assert changes.changed_since(db, token)[0] == {"events"}
    other.close()
    assert eid
