"""A programme's welcome letter in Danish and in English (issue 18): the packet takes its reader's
language, the other one when that is empty, the built-in letter when both are. Read back with pypdf
from packets written by the command line, as a user would."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from pypdf import PdfReader

from qistdesk.formats.pdf.letter import template_for

ENGLISH = "Dear {given_name}, the Bridge Fund welcomes you to {host}."
DANISH = "Kære {given_name}, Brofonden byder dig velkommen hos {host}."


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_letter_in_the_readers_language_else_the_other():
    assert template_for(ENGLISH, DANISH, "da") == DANISH and template_for(ENGLISH, DANISH, "en") == ENGLISH
    assert template_for("", DANISH, "en") == DANISH and template_for(ENGLISH, "  ", "da") == ENGLISH
    assert template_for("", "", "da") == "" and template_for(None, None, "en") == ""


@pytest.fixture
def packet(demo_db, db_path, tmp_path, office_details):
    from qistdesk.services import exchanges, queries

    row = queries.list_exchanges(demo_db)[0]
    program = next(p for p in queries.list_programs(demo_db) if p["name"] == row["program"])

    def write(lang: str, english: str, danish: str) -> str:
        exchanges.update_program(demo_db, program["id"], None, welcome_template=english, welcome_template_da=danish)
        out = tmp_path / f"{lang}.pdf"
        done = subprocess.run([sys.executable, "-m", "qistdesk", "--db", str(db_path), "export", "packet",
                               "--exchange", row["id"], "--lang", lang, "-o", str(out)],
                              capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr
        return _text(out)

    return write


def test_a_danish_and_an_english_packet_each_print_their_letter(packet):
    danish = packet("da", ENGLISH, DANISH)
    assert "Brofonden byder dig velkommen hos" in danish and "Bridge Fund welcomes" not in danish
    english = packet("en", ENGLISH, DANISH)
    assert "the Bridge Fund welcomes you to" in english and "Brofonden" not in english


def test_an_empty_letter_falls_back_to_the_other_language_then_the_built_in_one(packet):
    assert "the Bridge Fund welcomes you to" in packet("da", ENGLISH, "")
    assert "Brofonden byder dig velkommen hos" in packet("en", "", DANISH)
    built_in = packet("da", "", "")
    assert "Velkommen til" in built_in and "Bridge Fund" not in built_in
