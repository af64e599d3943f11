"""Undoing the delete of a person puts back every link the delete removed or emptied."""

from __future__ import annotations

from qistdesk.services.documents import export_document
from qistdesk.services import directory, editing, queries


def _without_versions(value):
    if isinstance(value, dict):
        return {k: _without_versions(v) for k, v in value.items() if k not in ("version", "exported_at")}
    if isinstance(value, list):
        return [_without_versions(v) for v in value]
    return value


def test_restore_after_delete_gives_back_the_same_database(demo_db):
    travellers = {editing.fields_of(demo_db, "exchange", x["id"])["person_id"] for x in queries.list_exchanges(demo_db)}
    candidates = [p["id"] for p in queries.list_people(demo_db) if p["id"] not in travellers]
    links_of = {pid: editing.person_links(demo_db, pid) for pid in candidates}
    # The person with the most kinds of link: a speaker who also chairs or hosts, say.
    pid = max(candidates, key=lambda c: (sum(bool(v) for v in links_of[c].values()),
                                         sum(len(v) for v in links_of[c].values())))
    links = links_of[pid]
    assert links["participations"] and (links["talks"] or links["series_dates"]) and \
        sum(bool(v) for v in links.values()) >= 3, links
    before = _without_versions(export_document(demo_db, include_sensitive=True))
    fields = editing.fields_of(demo_db, "person", pid)

    directory.delete_person(demo_db, pid)
    assert editing.person_links(demo_db, pid) == {k: [] for k in links}

    assert editing.restore_person(demo_db, fields, links) == pid
    assert _without_versions(editing.person_links(demo_db, pid)) == _without_versions(links)
    assert _without_versions(export_document(demo_db, include_sensitive=True)) == before
