"""A prepared sort keeps only the column's order, not its 100,000 sort keys (issue 19: memory
with the People view ≤ 300 MB); sorting afterwards still gives the right order both ways."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qistdesk.gui.widgets.records_model import Column, RecordsModel


def test_prepared_sort_drops_its_keys_and_still_sorts():
    rows = [{"id": str(i), "name": name} for i, name in enumerate(["Østergaard", "Andersen", "Zola", "Berg"])]
    model = RecordsModel([Column("name", "Name")])
    model.set_rows(rows)
    assert model.prepare_sort(0) is True and model.prepare_sort(0) is False
    assert model._keys == [None]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.text_at(r, 0) for r in range(4)] == ["Andersen", "Berg", "Zola", "Østergaard"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.text_at(r, 0) for r in range(4)] == ["Østergaard", "Zola", "Berg", "Andersen"]
