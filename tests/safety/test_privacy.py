"""Personal data: erasure keeps statistics right, masking, logs without personal data."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from sqlalchemy import func, select

from qistdesk.domain import Exchange, Participation, Person
from qistdesk.services import directory, events
from qistdesk.services.errors import ConflictError
from qistdesk.services.privacy import ERASED_NAME, MASK, erase_person, mask_value, masked


def _participations_per_event(db) -> dict:
    with db.read() as s:
        return dict(s.execute(select(Participation.event_id, func.count()).group_by(Participation.event_id)).all())


def _busiest_person(db) -> str:
    with db.read() as s:
        return s.execute(select(Participation.person_id, func.count().label("n")).group_by(Participation.person_id)
                         .order_by(func.count().desc())).first()[0]


def test_erase_person_anonymises_everywhere_and_keeps_statistics(demo_db, cli):
    db = demo_db
    pid = _busiest_person(db)
    with db.read() as s:
        person = s.get(Person, pid)
        old_name, old_email = person.full_name, person.email
    before = _participations_per_event(db)
    rc, out, err = cli("erase-person", pid[:8])
    assert rc == 0, err
    assert _participations_per_event(db) == before
    with db.read() as s:
        person = s.get(Person, pid)
        assert person.given_name == ERASED_NAME and person.email == "" and person.phone == ""
        assert person.passport_number == "" and person.date_of_birth is None and person.dietary_needs == ""
        assert person.organization_id is None and not person.consent_listed
        assert all(not p.notes for p in s.scalars(select(Participation).where(Participation.person_id == pid)))
    rc, out, _ = cli("show", "person", pid)
    assert old_email not in out and (not old_name or old_name not in out)


def test_erase_checks_the_version(db):
    pid = directory.create_person(db, given_name="Nina", email="n@example.dk")
    directory.update_person(db, pid, job_title="Professor")
    with pytest.raises(ConflictError):
        erase_person(db, pid, expected_version=1)


def test_erase_person_with_an_exchange_keeps_the_exchange(db):
    from qistdesk.services import exchanges

    pid = directory.create_person(db, given_name="Nina", email="n@example.dk")
    prog = exchanges.create_program(db, name="P", kind="student", direction="DK-US")
    xid = exchanges.create_exchange(db, person_id=pid, program_id=prog, start_date=date(2027, 1, 1),
                                    end_date=date(2027, 6, 1), housing="Nørrebrogade 1, 2200 København",
                                    with_default_milestones=True)
    report = erase_person(db, pid)
    assert report.exchanges == 1
    with db.read() as s:
        exchange = s.get(Exchange, xid)
        assert exchange.person_id == pid and exchange.housing == "" and exchange.milestones


def test_masking():
    assert mask_value("passport_number", "X123") == MASK
    assert mask_value("passport_number", "X123", reveal=True) == "X123"
    assert mask_value("email", "n@example.dk") == "n@example.dk"
    assert mask_value("dietary_needs", "") == ""
    record = masked({"given_name": "Nina", "date_of_birth": date(1990, 1, 2), "dietary_needs": "vegan"},
                    reveal=["dietary_needs"])
    assert record == {"given_name": "Nina", "date_of_birth": MASK, "dietary_needs": "vegan"}


def test_logs_carry_no_personal_data(db, cli, tmp_path, caplog):
    path = tmp_path / "p.csv"
    path.write_text("Name;E-mail;Passport\nZelda Quixote;zelda.q@example.org;ZQ998877\n", encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        assert cli("import", "csv", path)[0] == 0
        assert cli("backup")[0] == 0
        assert cli("export", "csv", "people", "-o", tmp_path / "o.csv", "--include-sensitive")[0] == 0
        with db.read() as s:
            pid = s.scalar(select(Person.id))
        assert cli("erase-person", pid)[0] == 0
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("Zelda", "Quixote", "zelda.q@example.org", "ZQ998877"):
        assert secret not in logged
