"""MainWindow: views load lazily, counts show, extension contract, remembered state."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from qistdesk.gui.app_settings import settings
from qistdesk.gui.context import AppContext
from qistdesk.gui.main_window import MainWindow
from qistdesk.gui.status_counts import format_counts
from qistdesk.gui.view_host import Placeholder, load_view


def make(qtbot, db):
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.show()
    window.attach(AppContext(db, window))
    return window


def test_shows_counts_and_menus(qtbot, demo_db):
    window = make(qtbot, demo_db)
    assert "people" in window.counts_label.text() and "exchanges" in window.counts_label.text()
    assert [m.title().replace("&", "") for m in window.menus.values()] == \
        ["File", "Edit", "View", "Event", "Exchange", "Help"]
    assert isinstance(window.menu("event"), QMenu)


def test_my_views_load_and_new_text_follows_view(qtbot, demo_db):
    window = make(qtbot, demo_db)
    for key in ("people", "organizations", "venues", "exchanges"):
        view = window.show_view(key)
        assert not isinstance(view, Placeholder), key
        assert view.table.model.rowCount() > 0
    window.show_view("people")
    assert window.actions_["new"].text() == "New person…"
    assert window.windowTitle().startswith("People")


def test_a_view_that_cannot_import_fails_loudly(qtbot, db):
    """Views are registered explicitly; a missing module is an error, never a quiet placeholder."""
    import pytest

    with pytest.raises(ModuleNotFoundError):
        load_view("x", "Imaginary", "qistdesk.gui.views.does_not_exist:View", None)


def test_every_registered_view_and_feature_imports():
    import importlib

    from qistdesk.gui.extensions import EXTENSION_MODULES
    from qistdesk.gui.views import VIEWS

    for _key, _title, target in VIEWS:
        module, _, cls = target.partition(":")
        assert isinstance(getattr(importlib.import_module(module), cls), type), target
    for name in EXTENSION_MODULES:
        assert callable(importlib.import_module(name).install), name


def test_extension_contract_context_actions_and_selection(qtbot, demo_db):
    window = make(qtbot, demo_db)
    seen = []
    window.add_context_action("person", lambda parent, ids: seen.append(ids) or parent.addAction("Invite…"))
    view = window.show_view("people")
    view.table.view.selectRow(0)
    ids = window.selected_ids("person")
    assert len(ids) == 1 and window.selected_ids("event") == []
    menu = view.table.build_context_menu()
    assert "Invite…" in [a.text() for a in menu.actions()] and seen == [ids]


def test_broken_extension_fails_loudly(qtbot, db, monkeypatch):
    import pytest

    import qistdesk.gui.extensions as ext

    monkeypatch.setattr(ext, "EXTENSION_MODULES", ["qistdesk.gui.no_such_feature"])
    window = MainWindow(settings())
    qtbot.addWidget(window)
    with pytest.raises(ModuleNotFoundError):
        window.attach(AppContext(db, window))


def test_remembers_last_view_and_splitters(qtbot, demo_db):
    window = make(qtbot, demo_db)
    window.show_view("venues")
    window.splitter.setSizes([300, 900])
    window.close()
    again = make(qtbot, demo_db)
    assert again.current_key() == "venues"
    assert abs(again.splitter.sizes()[0] - 300) < 5


def test_font_scale_and_high_contrast(qtbot, demo_db):
    from PySide6.QtWidgets import QApplication

    window = make(qtbot, demo_db)
    size = QApplication.font().pointSizeF()
    for _ in range(6):
        window.change_font_scale(1)
    assert QApplication.font().pointSizeF() >= size * 1.9
    window.toggle_high_contrast(True)
    assert QApplication.instance().property("qistdesk_high_contrast")
    window.show_view("exchanges")
    window.change_font_scale(0)
    window.toggle_high_contrast(False)
    assert abs(QApplication.font().pointSizeF() - size) < 0.01


def test_format_counts():
    assert format_counts({"people": 1204, "organizations": 1, "exchanges": 0}).startswith(
        "1,204 people · 1 organisation")
