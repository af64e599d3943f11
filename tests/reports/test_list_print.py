"""Print… / Export… of a list: exactly the rows and columns the filtered, sorted view shows (read back)."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt

from qistdesk.gui.widgets import list_print
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable

pytestmark = pytest.mark.gui

ROWS = [{"id": f"id{i}", "name": n, "country": c, "role": r} for i, (n, c, r) in enumerate([
    ("Ada Lovelace", "UK", "speaker"), ("Niels Bohr", "DK", "chair"), ("Lise Meitner", "AT", "speaker"),
    ("Søren Kierkegaard", "DK", "speaker"), ("Åse Møller", "DK", "attendee"), ("Zed Zulu", "DK", "speaker")])]


def make(qtbot):
    table = RecordsTable([Column("name", "Name"), Column("country", "Country"), Column("role", "Role")],
                         kind="person", name="people")
    qtbot.addWidget(table)
    table.set_rows(ROWS)
    table.set_filter_text("dk speaker")                                  # Søren, Zed
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)              # Zed first
    header = table.view.horizontalHeader()
    header.moveSection(2, 0)                                              # Role, Name, Country
    header.hideSection(1)                                                 # Country hidden
    return table


def test_shown_table_is_what_the_view_shows(qtbot):
    headers, rows = list_print.shown_table(make(qtbot))
    assert headers == ["Role", "Name"]
    assert rows == [["speaker", "Zed Zulu"], ["speaker", "Søren Kierkegaard"]]


def test_printed_pdf_has_exactly_the_rows(qtbot, tmp_path):
    from pypdf import PdfReader

    table = make(qtbot)
    path = list_print.write_list(table, "People", tmp_path / "people")
    assert path.suffix == ".pdf"
    text = PdfReader(path).pages[0].extract_text()
    assert "People" in text and "filter “dk speaker”" in text and "sorted by Name ↓" in text
    assert "2 of 6 rows" in text
    assert text.index("Zed Zulu") < text.index("Søren Kierkegaard")
    for hidden in ("Niels Bohr", "Ada Lovelace", "Åse Møller", "Lise Meitner", "Country"):
        assert hidden not in text
    assert len(PdfReader(path).pages) == 1


def test_exported_csv_has_exactly_the_rows(qtbot, tmp_path):
    table = make(qtbot)
    list_print.write_list(table, "People", tmp_path / "people.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "people.csv").read_text(encoding="utf-8-sig"))))
    assert rows == [["Role", "Name"], ["speaker", "Zed Zulu"], ["speaker", "Søren Kierkegaard"]]


def test_paper_follows_preferences(qtbot, tmp_path):
    from pypdf import PdfReader

    from qistdesk.settings import load

    settings = load()
    settings.set("packets.paper", "Letter")
    settings.save()
    path = list_print.write_list(make(qtbot), "People", tmp_path / "letter.pdf")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    settings.set("packets.paper", "A4")
    settings.save()
    path = list_print.write_list(make(qtbot), "People", tmp_path / "a4.pdf")
    assert round(float(PdfReader(path).pages[0].mediabox.width)) == 595


def test_context_menu_and_button_offer_print_and_export(qtbot):
    table = make(qtbot)
    texts = [a.text() for a in table.build_context_menu().actions()]
    assert "Print list…" in texts and "Export list (PDF or CSV)…" in texts
    assert [a.text() for a in table.print_button.menu().actions()] == ["Print list…", "Export list (PDF or CSV)…"]
