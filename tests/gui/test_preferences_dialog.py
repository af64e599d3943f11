"""File ▸ Preferences…: errors at the field, nothing saved until every value is right, views told."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from gui_helpers import cancel_typed, when_modal
from qistdesk.gui.app_settings import settings
from qistdesk.gui.context import AppContext
from qistdesk.gui.preferences_dialog import build_form, open_preferences


def test_form_shows_errors_at_the_field_and_loads_current_values(qtbot):
    form = build_form(settings())
    qtbot.addWidget(form)
    assert form.editor("zones.home").text() == "Europe/Copenhagen"
    editor = form.editor("zones.other")
    editor.clear()
    qtbot.keyClicks(editor, "Mars/Base")
    assert "not a time zone" in form.rows["zones.other"].error
    form.editor("schedule.work_start_hour").setValue(20)
    assert "end after they start" in form.errors["schedule.work_start_hour"]
    form.editor("office.logo").set_value("/no/such/logo.png")
    assert "no such file" in form.errors["office.logo"]


def test_saving_changes_settings_and_tells_the_views(qtbot, db, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.ctx = AppContext(db, window)
    told = []
    window.ctx.data_changed.connect(told.append)
    logo = tmp_path / "logo.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8102e"))
    image.save(str(logo))

    def fill(dialog):
        zone = dialog.form.editor("zones.other")
        zone.clear()
        qtbot.keyClicks(zone, "Nowhere/Zone")
        assert not dialog.ok_button.isEnabled(), "Save must wait until the zone is right"
        zone.clear()
        qtbot.keyClicks(zone, "America/Denver")
        dialog.form.editor("office.logo").set_value(str(logo))
        dialog.form.editor("packets.paper").setCurrentIndex(1)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    assert open_preferences(window) is True
    current = settings()
    assert current.get("zones.other") == "America/Denver"
    assert current.get("office.logo") == str(logo) and current.get("packets.paper") == "A4"
    assert "settings" in told

    def cancel(dialog):
        dialog.form.editor("office.name").setText("Changed but cancelled")
        cancel_typed(dialog)  # answers "Discard what you typed?" with Discard

    when_modal(cancel)
    assert open_preferences(window) is False
    assert current.get("office.name") != "Changed but cancelled"


def test_a_new_zone_pair_rebuilds_the_views_with_new_titles(qtbot, demo_db):
    from qistdesk.gui.main_window import MainWindow

    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(demo_db, window))
    seminars = window.show_view("seminars")

    def time_headers(view) -> str:
        """The list's time columns' titles: the home zone's ("When (Copenhagen)") and the other's."""
        model = view.table.model
        return " ".join(model.headerData(c, Qt.Orientation.Horizontal) for c, col in enumerate(model.columns)
                        if col.key in ("when", "when_other"))

    assert "Washington" in time_headers(seminars)

    def fill(dialog):
        zone = dialog.form.editor("zones.other")
        zone.clear()
        qtbot.keyClicks(zone, "America/Denver")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    assert open_preferences(window)
    qtbot.waitUntil(lambda: window.current_view() is not seminars, timeout=3000)
    title = time_headers(window.current_view())
    assert "Denver" in title and "Washington" not in title
