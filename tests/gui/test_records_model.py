"""RecordsModel: Qt's model tester, sorting, filtering and stable selection."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPersistentModelIndex, Qt

from qistdesk.gui.widgets.records_model import Column, IdRole, RecordsModel

ROWS = [
    {"id": "a1", "name": "Østergaard", "country": "DK", "people": 3, "since": date(2020, 1, 1)},
    {"id": "b2", "name": "aarhus University", "country": "DK", "people": 12, "since": None},
    {"id": "c3", "name": "NIST", "country": "US", "people": None, "since": date(2019, 5, 1)},
    {"id": "d4", "name": "", "country": "US", "people": 0, "since": date(2021, 5, 1)},
]
COLUMNS = [Column("name", "Name"), Column("country", "Country"),
           Column("people", "People", align=Qt.AlignmentFlag.AlignRight),
           Column("since", "Since"),
           Column("label", "Label", format=lambda r: f"{r['name']} ({r['country']})")]


def make(rows=ROWS):
    model = RecordsModel(COLUMNS)
    model.set_rows(rows)
    return model


def ids(model):
    return [model.id_at(r) for r in range(model.rowCount())]


def test_passes_qt_model_tester(qtmodeltester):
    model = make()
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter("dk")
    qtmodeltester.check(model)


def test_display_is_precomputed_text():
    model = make()
    assert model.index(0, 3).data() == "01/01/2020"  # as the app's language writes it (English here)
    assert model.index(1, 3).data() == ""          # None shows empty, not "None"
    assert model.index(2, 2).data() == ""
    assert model.index(0, 4).data() == "Østergaard (DK)"
    assert model.index(2, 0).data(IdRole) == "c3"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "People"


def test_sort_is_case_insensitive_and_puts_empty_last():
    model = make()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    # Danish order: Ø after Z, and "aarhus" reads as Århus, after Ø; empty last.
    assert ids(model) == ["c3", "a1", "b2", "d4"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert ids(model) == ["d4", "a1", "b2", "c3"]   # None people last
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert ids(model) == ["c3", "a1", "d4", "b2"]


def test_filter_needs_every_word_and_narrows_incrementally():
    model = make()
    model.set_filter("u")
    assert set(ids(model)) == {"b2", "c3", "d4"}
    model.set_filter("us")
    assert set(ids(model)) == {"c3", "d4", "b2"}  # "aarhus" contains "us"
    model.set_filter("us nist")
    assert ids(model) == ["c3"]
    model.set_filter("øster")
    assert ids(model) == ["a1"]
    model.set_filter("")
    assert len(ids(model)) == 4


def test_persistent_indexes_follow_their_row_through_sort_and_filter():
    model = make()
    keep = QPersistentModelIndex(model.index(2, 0))  # NIST
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.id_at(keep.row()) == "c3"
    model.set_filter("dk")
    assert not keep.isValid()
    model.set_filter("")


def test_row_tone_colours_rows():
    model = RecordsModel(COLUMNS, row_tone=lambda r: "danger" if r["country"] == "US" else None)
    model.set_rows(ROWS)
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_large_sort_and_filter_work(qapp):
    rows = [{"id": f"{i:06d}", "name": f"Person {i % 977}", "country": "DK" if i % 2 else "US",
             "people": i % 50, "since": None} for i in range(20_000)]
    model = make(rows)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0)["name"] == "Person 0"
    model.set_filter("person 97")
    assert model.rowCount() and all("97" in model.row_at(r)["name"] for r in range(model.rowCount()))


def test_names_sort_as_a_danish_reader_expects_and_filter_ignores_accents(qtbot):
    """Issue 18: Æ, Ø, Å after Z (Aa as Å); "soren" finds Søren, "aero" finds Ærø."""
    names = ["Åse", "Zimmermann", "Østergaard", "Aagaard", "Ærø", "Abildgaard"]
    model = RecordsModel([Column("name", "Name")])
    model.set_rows([{"id": str(i), "name": n} for i, n in enumerate(names)])
    model.sort(0)
    assert [model.text_at(r, 0) for r in range(model.rowCount())] == [
        "Abildgaard", "Zimmermann", "Ærø", "Østergaard", "Aagaard", "Åse"]
    model.set_rows([{"id": "1", "name": "Søren Ørsted"}, {"id": "2", "name": "Sara Ærø"}])
    model.set_filter("soren")
    assert [model.text_at(r, 0) for r in range(model.rowCount())] == ["Søren Ørsted"]
    model.set_filter("aero")
    assert [model.text_at(r, 0) for r in range(model.rowCount())] == ["Sara Ærø"]
    model.set_filter("ØRSTED")
    assert [model.text_at(r, 0) for r in range(model.rowCount())] == ["Søren Ørsted"]
