"""The import preview dialog: shows before saving, saves on Import, refuses broken files."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from qistdesk.services.queries import list_events  # noqa: E402

pytestmark = pytest.mark.gui


def test_preview_then_import(qtbot, db, samples_dir):
    from qistdesk.gui.ics_actions import ImportPreviewDialog

    dialog = ImportPreviewDialog(db, samples_dir / "ics" / "thunderbird-exdate-overrides.ics")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    assert dialog.table.item(0, 0).text() == "New"
    assert list_events(db) == []  # nothing saved by the preview
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result_.created == 4
    assert len(list_events(db)) == 4


def test_broken_file_names_the_line_and_cannot_be_imported(qtbot, db, samples_dir):
    from qistdesk.gui.ics_actions import ImportPreviewDialog

    dialog = ImportPreviewDialog(db, samples_dir / "ics" / "broken-truncated-midline.ics")
    qtbot.addWidget(dialog)
    assert "line 558" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
