"""Event ▸ Summaries in the app, and marking an access request met from a participant row."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db):
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    win = MainWindow(settings())
    qtbot.addWidget(win)
    win.show()
    win.attach(AppContext(demo_db, win))
    return win


def _conference(db) -> str:
    from qistdesk.services import queries

    return next(e["id"] for e in queries.list_events(db) if e["kind"] == "conference")


def test_event_menu_has_summaries(window):
    [summaries] = [a.menu() for a in window.menu("Event").actions() if a.menu() and a.text() == "Summaries"]
    assert [a.text() for a in summaries.actions()][-1] == "Sign-in sheet…"
    assert len(summaries.actions()) == 5


def test_each_summary_opens_its_pages(window, qtbot):
    from qistdesk.gui.summary_actions import summary_dialog

    event = _conference(window.ctx.db)
    for kind in ("catering", "access", "rooms", "sign-in"):
        dialog = summary_dialog(window, event, kind)
        qtbot.addWidget(dialog)
        assert dialog.page_labels, kind
        assert any(b.text() == "&Print…" for b in dialog.findChildren(type(dialog.save_button)))
    assert "organisers only" in summary_dialog(window, event, "access").summary.text()


def test_badges_saved_are_recorded_as_printed(window, qtbot, tmp_path):
    from qistdesk.gui.summary_actions import summary_dialog
    from qistdesk.services import summaries

    event = _conference(window.ctx.db)
    dialog = summary_dialog(window, event, "badges")
    qtbot.addWidget(dialog)
    dialog.save_to(tmp_path / "badges.pdf")
    assert (tmp_path / "badges.pdf").exists()
    assert summaries.badges_to_print(window.ctx.db, event)[0] == []


def test_access_request_met_from_a_participant_row(window):
    from qistdesk.gui.summary_actions import set_access_met
    from qistdesk.services import queries, summaries

    db = window.ctx.db
    event = _conference(db)
    before = {r[0]: r[4] for r in summaries.access(db, event).tables[0].rows}
    names = {p["id"]: f"{p['given_name']} {p['family_name']}" for p in queries.participants_of(db, event)}
    target = next(pid for pid, name in names.items() if name in before)
    set_access_met(window, [target], not (before[names[target]] == "yes"))
    after = {r[0]: r[4] for r in summaries.access(db, event).tables[0].rows}
    assert after[names[target]] != before[names[target]]
