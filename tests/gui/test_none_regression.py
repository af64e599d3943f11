"""Regression guard: a None returned through Qt must not leak a reference.

PySide6 6.12.0 dropped one reference to None each time a Python ``data()``
returned None through Qt's C++ side, until CPython aborted in none_dealloc.
``QModelIndex.data()`` goes through C++ (QVariant conversion), as views do.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from qistdesk.gui.widgets.records_model import Column, RecordsModel

CALLS = 200_000


def test_unhandled_roles_return_none_without_losing_references(qapp):
    model = RecordsModel([Column("name", "Name")])
    model.set_rows([{"id": "x", "name": "Ada"}])
    index = model.index(0, 0)
    roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.EditRole + 200, Qt.ItemDataRole.CheckStateRole,
             Qt.ItemDataRole.SizeHintRole]
    before = sys.getrefcount(None)
    for i in range(CALLS):
        assert index.data(roles[i % len(roles)]) is None
    after = sys.getrefcount(None)
    # A leak would have removed ~200,000 references; allow for normal noise.
    assert after >= before - 1_000, (before, after)
    assert index.data() == "Ada"
