"""A participant list from Excel (names, e-mails, organisations, no sector) is never refused:
unknown organisations are created with sector "to review", named in the summary, found by a filter."""

from __future__ import annotations

import subprocess
import sys

from qistdesk.formats.csv_io.mapping import guess_mapping
from qistdesk.services.people_csv import import_people
from qistdesk.formats.csv_io.reader import read_bytes
from qistdesk.services import directory, queries

CSV = ("Name;E-mail;Organisation\n"
       "Nina Hansen;nina@example.dk;Aarhus Universitet\n"
       "Bo Berg;bo@example.dk;Niels Bohr Institute\n"
       "Ida Lund;ida@example.dk;Aarhus Universitet\n"
       "Sam Lee;sam@example.com;Known Lab\n").encode("utf-8")


def test_unknown_organisations_are_created_to_review(db):
    directory.create_organization(db, name="Known Lab", sector="academia", country="US")
    table = read_bytes(CSV)
    plan = import_people(db, table, guess_mapping(table.headers))
    assert not plan.problems and plan.count("new") == 4
    assert "2 new organisation(s) (2 with sector “to review”: Aarhus Universitet, Niels Bohr Institute)" \
        in plan.describe()
    orgs = {o["name"]: o for o in queries.list_organizations(db)}
    assert orgs["Aarhus Universitet"]["sector"] == "to-review" and orgs["Aarhus Universitet"]["country"] == ""
    assert orgs["Known Lab"]["sector"] == "academia"
    people = {p["email"]: p for p in queries.list_people(db)}
    assert people["nina@example.dk"]["organization"] == people["ida@example.dk"]["organization"] \
        == "Aarhus Universitet"  # one new organisation, not two
    # Setting the real sector later passes the usual rules (a country is needed then).
    org_id = orgs["Aarhus Universitet"]["id"]
    from qistdesk.services.errors import ValidationError
    try:
        directory.update_organization(db, org_id, None, sector="academia")
        raise AssertionError("a reviewed organisation needs a country")
    except ValidationError as exc:
        assert "country" in exc.errors
    directory.update_organization(db, org_id, None, sector="academia", country="DK")


def test_cli_import_and_sector_filter(db_path, tmp_path):
    from qistdesk.store import open_database

    open_database(db_path).close()
    path = tmp_path / "list.csv"
    path.write_bytes(CSV)
    run = lambda *a: subprocess.run([sys.executable, "-m", "qistdesk", "--db", str(db_path), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    done = run("import", "csv", str(path))
    assert done.returncode == 0, done.stderr
    assert "with sector “to review”" in done.stdout and "Known Lab" in done.stdout
    listed = run("list", "organizations", "--sector", "to review")
    assert listed.returncode == 0 and "Aarhus Universitet" in listed.stdout and "Niels Bohr" in listed.stdout
    bad = run("list", "organizations", "--sector", "banking")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
