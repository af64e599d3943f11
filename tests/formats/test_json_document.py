"""The JSON document: exact round trip, updates by id, every bad input refused whole."""

import json

import pytest

from qistdesk.formats.json_document import DocumentError, document_schema, dumps
from qistdesk.services.documents import export_document, import_document
from qistdesk.store import open_database

ROOT_DOCS = __import__("pathlib").Path(__file__).resolve().parents[2] / "docs"


def test_round_trip_through_an_empty_database_is_identical(demo_db, tmp_path):
    first = dumps(export_document(demo_db))
    other = open_database(tmp_path / "other.sqlite3")
    import_document(other, json.loads(first))
    assert dumps(export_document(other)) == first


def test_reimport_changes_nothing_and_edits_update_by_id(demo_db):
    doc = export_document(demo_db)
    summary = import_document(demo_db, doc)
    assert summary.created == {} and summary.updated == {}
    person = doc["people"][0]
    person["job_title"] = "Chief <Quantum> & Co ✨"
    doc["people"].append({"id": "11111111-2222-3333-4444-555555555555", "given_name": "Ny", "family_name": "Person"})
    summary = import_document(demo_db, doc)
    assert summary.updated == {"people": 1} and summary.created == {"people": 1}
    again = export_document(demo_db)
    assert next(p for p in again["people"] if p["id"] == person["id"])["job_title"] == "Chief <Quantum> & Co ✨"


def test_event_times_carry_the_offset_of_their_zone(demo_db):
    doc = export_document(demo_db)
    seminar = next(e for e in doc["events"] if e["series_rule"])
    assert seminar["zone"] == "Europe/Copenhagen"
    assert seminar["start"].endswith("+01:00")
    assert any(d["start"].endswith("+02:00") for d in seminar["dates"])


def test_sensitive_fields_are_left_out_unless_asked(demo_db):
    assert not any("passport_number" in p for p in export_document(demo_db)["people"])
    assert all("passport_number" in p for p in export_document(demo_db, include_sensitive=True)["people"])


def _snapshot(db):
    return dumps(export_document(db, include_sensitive=True))


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d.update(format="something-else"), "not a qistdesk document"),
    (lambda d: d.update(format_version=99), "format version 99"),
    (lambda d: d["events"][0].update(end=d["events"][0]["start"]), r"events\[0\].end: must be after the start"),
    (lambda d: d["events"][0].update(start="2026-03-29T02:30", end="2026-03-29T05:00", zone="Europe/Copenhagen"),
     r"events\[0\].start: 2026-03-29 02:30 does not exist in Europe/Copenhagen"),
    (lambda d: d["people"][0].update(email="nobody@"), r"people\[0\].email"),
    (lambda d: d["people"][0].update(shoe_size=44), r"people\[0\]: unknown field"),
    (lambda d: d["events"][0].update(kind="party"), r"events\[0\].kind: 'party' is not one of"),
    (lambda d: d["exchanges"][0].update(person_id="00000000-0000-0000-0000-000000000000"),
     "neither in it nor in the database"),
])
def test_bad_documents_are_refused_and_nothing_changes(demo_db, mutate, message):
    doc = export_document(demo_db, include_sensitive=True)
    doc["people"][0]["job_title"] = "changed before the bad part"
    before = _snapshot(demo_db)
    mutate(doc)
    with pytest.raises(DocumentError, match=message):
        import_document(demo_db, doc)
    assert _snapshot(demo_db) == before


def test_documented_schema_matches_the_code():
    generated = json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"
    assert (ROOT_DOCS / "qistdesk-v1.schema.json").read_text(encoding="utf-8") == generated, \
        "regenerate with: python -m qistdesk.formats.json_document.layout > docs/qistdesk-v1.schema.json"
