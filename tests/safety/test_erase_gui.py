"""Erasing from the app (issue 20 item 4): after the erasure the copies that still hold the person
are named and the user is offered to rewrite them; yes purges them, no says which still hold them."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui


class _Window:
    def __init__(self, ctx):
        self.ctx = ctx


def _setup(db, qtbot):
    from qistdesk.gui.context import AppContext
    from qistdesk.services import backups
    from qistdesk.services.directory import create_person

    pid = create_person(db, given_name="Nina", family_name="Qwertyholm", passport_number="PX998877")
    backups.create_backup(db)
    return _Window(AppContext(db)), pid


@pytest.mark.parametrize("agree", [True, False])
def test_erase_offers_to_purge_the_backups(db, qtbot, monkeypatch, agree):
    from PySide6.QtWidgets import QMessageBox

    from qistdesk.gui import safety_actions
    from qistdesk.services.privacy import copies_holding

    window, pid = _setup(db, qtbot)
    asked, statuses = [], []
    window.ctx.status_message.connect(statuses.append)
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append((title, text)) or (
        yes if title == "Erase person" or agree else no))
    safety_actions._erase(window, [pid])
    assert asked[1][0] == "Erase from backups too?" and "1 backup copy" in asked[1][1]
    assert "Qwertyholm" not in asked[1][1]  # copies are named, the person is not
    if agree:
        assert copies_holding(db, pid) == [] and "Erased from 1 backup copy too" in statuses[-1]
    else:
        assert len(copies_holding(db, pid)) == 1 and "still hold" in statuses[-1]
