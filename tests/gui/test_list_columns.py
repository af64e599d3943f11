"""Lists open without sideways scrolling and with their main text whole (issue 13).

At 1280×800 and 1024×700, on the demo programme: no horizontal scroll bar in any list of
any view (the conference's timetable and participants included), less needed columns step
aside when there is no room, and the main text (titles, names, topics) is never cut at
1280 px. The header's menu shows or hides columns, and the choice is remembered.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui_helpers import demo_window
from qistdesk.gui.app_settings import settings
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable


def _tables(window):
    """Every list of every view, after picking the first record (so the detail's lists fill)."""
    for key in ("seminars", "conferences", "exchanges", "people", "organizations", "venues"):
        view = window.show_view(key)
        view.table.view.selectRow(0)
        if key == "conferences":
            yield key, view.table
            for tab in range(view.tabs.count()):
                view.tabs.setCurrentIndex(tab)
                yield f"{key} tab {tab}", (view.sessions, view.participants)[tab]
            continue
        yield key, view.table
        for name in ("dates", "milestones"):
            if hasattr(view, name) and getattr(view, name).isVisible():
                yield f"{key} {name}", getattr(view, name)


def _cut_main_texts(table: RecordsTable) -> list[str]:
    view, model = table.view, table.model
    room = view.columnWidth(table.main) - 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) - 6
    metrics = view.fontMetrics()
    return [model.text_at(r, table.main) for r in range(model.rowCount())
            if metrics.horizontalAdvance(model.text_at(r, table.main)) > room]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_no_list_scrolls_sideways(qtbot, demo_db, monkeypatch, size):
    window = demo_window(qtbot, demo_db, monkeypatch, size)
    seen = []
    for name, table in _tables(window):
        qtbot.wait(30)
        assert table.view.isVisible(), name
        assert table.view.horizontalScrollBar().maximum() == 0, name
        shown = [table.model.columns[c].key for c in range(table.model.columnCount())
                 if not table.view.isColumnHidden(c)]
        assert table.model.columns[table.main].key in shown, name
        if size[0] == 1280:
            assert _cut_main_texts(table) == [], name
        seen.append(name)
    assert len(seen) >= 9


def test_other_zone_in_its_own_column_and_tooltip(qtbot, demo_db, monkeypatch):
    window = demo_window(qtbot, demo_db, monkeypatch, (1600, 900))
    seminars = window.show_view("seminars")
    qtbot.wait(30)
    model = seminars.table.model
    keys = [c.key for c in model.columns]
    row = next(r for r in range(model.rowCount()) if "Transatlantic" in model.text_at(r, 0))
    when, other = keys.index("when"), keys.index("when_other")
    assert model.text_at(row, when).endswith("16:00") and "2027" in model.text_at(row, when)
    assert model.text_at(row, other) == "10:00"
    assert not seminars.table.view.isColumnHidden(other)  # wide window: both zones show
    tip = model.data(model.index(row, when), Qt.ItemDataRole.ToolTipRole)
    assert "16:00 Copenhagen" in tip and "10:00 Washington" in tip


def test_columns_step_aside_and_the_main_text_takes_the_rest(qtbot):
    table = RecordsTable([Column("title", "Title"), Column("when", "When"), Column("venue", "Venue"),
                          Column("status", "Status")], kind="test", name="things")
    table.arrange(priority={"venue": 2, "status": 1})
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    table.set_rows([{"id": "1", "title": "A fairly long title of a seminar on quantum networks",
                     "when": "Thu 4 Feb 2027 16:00", "venue": "Kvantehuset Meeting Rooms", "status": "planned"}])
    qtbot.wait(20)
    assert not any(table.view.isColumnHidden(c) for c in range(4))
    table.resize(480, 300)
    qtbot.wait(20)
    assert table.view.isColumnHidden(2)  # the venue (highest priority number) went first
    assert not table.view.isColumnHidden(1)  # "when" has no priority: it always stays
    assert table.view.horizontalScrollBar().maximum() == 0
    assert _cut_main_texts(table) == []
    table.resize(900, 300)
    qtbot.wait(20)
    assert not table.view.isColumnHidden(2)  # room again: it comes back


def _people_table(qtbot) -> RecordsTable:
    table = RecordsTable([Column("name", "Name"), Column("email", "E-mail"), Column("sector", "Sector")],
                         kind="person", name="people")
    table.arrange(hidden=["sector"])
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    table.set_rows([{"id": "1", "name": "Åse Møller", "email": "ase@example.org", "sector": "academia"}])
    qtbot.wait(20)
    return table


def test_header_menu_shows_and_hides_columns_and_remembers(qtbot):
    table = _people_table(qtbot)
    assert table.view.isColumnHidden(2)  # hidden until asked for
    menu = table.columns.menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Name"].isEnabled()  # the main text cannot be hidden
    assert not actions["Sector"].isChecked()
    actions["Sector"].trigger()
    actions["E-mail"].trigger()
    assert not table.view.isColumnHidden(2) and table.view.isColumnHidden(1)

    again = _people_table(qtbot)  # next run: the same choice
    assert not again.view.isColumnHidden(2) and again.view.isColumnHidden(1)
    assert "person/name,email,sector" in settings().get("window.columns")

    reset = next(a for a in again.columns.menu().actions() if a.text() == "Fit columns to the window")
    reset.trigger()
    assert again.view.isColumnHidden(2) and not again.view.isColumnHidden(1)  # back to the defaults


def test_the_add_participants_list_takes_the_dialogs_height(qtbot, demo_db):
    """Seen on Xvfb: seven rows of the directory above a blank half of the dialog."""
    from qistdesk.gui.conference_dialogs import AddParticipantsDialog
    from qistdesk.gui.context import AppContext
    from qistdesk.services import queries

    dialog = AddParticipantsDialog(AppContext(demo_db), queries.list_people(demo_db), set(), None, 0)
    qtbot.addWidget(dialog)
    dialog.setModal(False)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.height() > dialog.height() * 0.55
    assert dialog.table.view.horizontalScrollBar().maximum() == 0


def test_bold_rows_are_measured_in_bold(qtbot):
    """Seen on Xvfb: overdue exchanges (bold, red) read "11/11/2026 (overdue 20 d…" in a wide list."""
    from PySide6.QtGui import QFont, QFontMetrics

    table = RecordsTable([Column("name", "Name"), Column("next", "Next milestone")], kind="test", name="things",
                         row_tone=lambda r: "danger" if r["late"] else None)
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    text = "11/11/2026 (overdue 20 days)"
    table.set_rows([{"id": "1", "name": "Elena González", "next": text, "late": True},
                    {"id": "2", "name": "Patrick O'Brien", "next": "11/01/2027", "late": False}])
    qtbot.wait(20)
    bold = QFont(table.view.font())
    bold.setBold(True)
    assert table.view.columnWidth(1) >= QFontMetrics(bold).horizontalAdvance(text) + 6


def test_the_window_fits_a_1024_screen_whatever_the_status_bar_says(qtbot, demo_db, monkeypatch):
    """Seen on Xvfb at 1024×700: the status bar's counts and file name held the window at 1110 px,
    cutting the conference details off the screen. They give way (full text in their tooltips)."""
    from gui_helpers import demo_window

    window = demo_window(qtbot, demo_db, monkeypatch, size=(1024, 700))
    window.update_counts()
    assert window.counts_label.toolTip() == window.counts_label.text() != ""
    window.counts_label.setText(window.counts_label.text() + " · " + "a long file name " * 8)
    window.db_label.setText("/a/very/long/path/to/the/office/database/qistdesk-office.sqlite3" * 2)
    for view in ("conferences", "seminars", "exchanges", "people"):
        window.show_view(view)
        qtbot.wait(20)
        assert window.minimumSizeHint().width() <= 1024, view
