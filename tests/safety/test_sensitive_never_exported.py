"""Sensitive person fields never leave the app in an export unless asked for explicitly.

Covers the exports this feature owns (CSV) and the JSON document export; ICS and PDF
are covered by their own feature tests. Every command named here must exist: a renamed
command fails these tests (argparse refuses it), it never turns them into skips.
"""

from __future__ import annotations

from datetime import date

import pytest

from qistdesk.services import directory, events

SECRETS = {"passport_number": "PASS-77731", "dietary_needs": "SECRET-DIET-nuts",
           "accessibility_needs": "SECRET-ACCESS-ramp", "date_of_birth": date(1981, 2, 3)}
NEEDLES = ["PASS-77731", "SECRET-DIET", "SECRET-ACCESS", "1981-02-03", "03-02-1981", "1981"]


@pytest.fixture
def person(db):
    pid = directory.create_person(db, given_name="Nina", family_name="Hansen", email="nina@example.dk",
                                  consent_listed=True, **SECRETS)
    event_id = events.create_event(db, kind="conference", title="QIST 2027", start="2027-06-01T09:00",
                                   end="2027-06-02T17:00", timezone="Europe/Copenhagen")
    events.add_participant(db, event_id, pid)
    return pid, event_id


def _exports(cli, tmp_path, event_id):
    yield "csv people", ["export", "csv", "people"]
    yield "csv participants", ["export", "csv", "participants"]
    yield "csv participants of one event", ["export", "csv", "participants", "--event", event_id]
    yield "json", ["export", "json"]


@pytest.mark.parametrize("name", ["csv people", "csv participants", "csv participants of one event", "json"])
def test_sensitive_fields_not_exported_unless_asked(cli, person, tmp_path, name):
    _, event_id = person
    argv = dict(_exports(cli, tmp_path, event_id))[name]
    out = tmp_path / "out.file"
    rc, _, err = cli(*argv, "-o", out)
    assert rc == 0, err
    text = out.read_text(encoding="utf-8-sig")
    assert "Nina" in text
    assert not [n for n in NEEDLES if n in text], "a sensitive value was exported without being asked for"
    rc, _, err = cli(*argv, "-o", tmp_path / "with.file", "--include-sensitive")
    assert rc == 0, err
    assert "PASS-77731" in (tmp_path / "with.file").read_text(encoding="utf-8-sig")
