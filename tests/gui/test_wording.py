"""Wording seen by a new user: mnemonics escaped, articles right, dates readable, names announced."""

from __future__ import annotations

from datetime import datetime, timezone

from qistdesk.formats.pdf.letter import DEFAULT_WELCOME, render_welcome, with_article
from qistdesk.gui.status_counts import backup_time


def test_articles():
    # The GUI's hints are whole phrases per kind ("Select an exchange…"), translatable with the noun's gender.
    assert with_article("Transatlantic Quantum Student Exchange") == "the Transatlantic Quantum Student Exchange"
    assert with_article("National Institute of Quantum Standards") == "the National Institute of Quantum Standards"
    assert with_article("Qubitwise Inc.") == "Qubitwise Inc."
    assert with_article("Øresund University – Centre for Quantum Devices").startswith("Øresund")
    text, problems = render_welcome(DEFAULT_WELCOME, {"the_program": with_article("Transatlantic X"),
                                                      "the_host": with_article("National Institute of Y")})
    assert "Welcome to the Transatlantic X." in text and "at the National Institute of Y" in text


def test_backup_time_reads_at_a_glance():
    now = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    assert backup_time(datetime(2026, 12, 1, 2, 19, tzinfo=timezone.utc), now) == "today 02:19"
    assert backup_time(datetime(2026, 11, 30, 23, 5, tzinfo=timezone.utc), now) == "yesterday 23:05"
    assert backup_time(datetime(2026, 11, 28, 2, 19, tzinfo=timezone.utc), now) == "28 Nov 02:19"
    assert backup_time(datetime(2025, 11, 28, 2, 19, tzinfo=timezone.utc), now) == "28 Nov 2025 02:19"


def test_view_menu_and_lists_say_what_they_are(qtbot, db):
    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(db, window))
    texts = [a.text() for _k, _t, a in window.view_actions]
    assert "Conferences && workshops" in texts  # shown as "Conferences & workshops", no mnemonic
    conferences = window.show_view("conferences")
    assert conferences.table.view.accessibleName() == "Conferences and workshops"
    assert window.show_view("seminars").table.view.accessibleName() == "Seminars"
    exchanges = window.show_view("exchanges")
    assert "Select an exchange" in exchanges.detail.toPlainText() or exchanges.table.model.total_count() == 0


def test_packet_preview_fits_the_screen(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog

    from qistdesk.gui.pdf_preview import fit_to_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(760, 5000)
    fit_to_screen(dialog)
    assert dialog.height() <= QGuiApplication.primaryScreen().availableGeometry().height()


def test_audience_shows_role_and_invitation_as_the_participant_table_does(qtbot, db):
    """"Speaker", "Not invited": the words of the pick lists and the participants table, not stored values."""
    from qistdesk.gui.audience_dialog import AudienceDialog
    from qistdesk.gui.context import AppContext
    from qistdesk.services import directory, events

    ada = directory.create_person(db, given_name="Ada", family_name="Lovelace", email="ada@example.com")
    eid = events.create_event(db, kind="seminar", title="QIST Seminar", start=datetime(2027, 3, 4, 16),
                              end=datetime(2027, 3, 4, 17), timezone="Europe/Copenhagen")
    events.add_participant(db, eid, ada, role="speaker", invitation_status="not-invited")
    dialog = AudienceDialog(AppContext(db), eid)
    qtbot.addWidget(dialog)
    model = dialog.table.model
    keys = [c.key for c in model.columns]
    assert model.text_at(0, keys.index("role")) == "Speaker"
    assert model.text_at(0, keys.index("invitation_status")) == "Not invited"
