"""Bulk packets in the app: the run happens off the GUI thread, reports progress, and cancels."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _dialog(qtbot, programme, office, tmp_path, cards_times=1):
    from qistdesk.gui.pdf_preview import BulkPacketsDialog
    from qistdesk.services import packets

    event, cards = packets.event_packets(programme.db, programme.event)
    dialog = BulkPacketsDialog(event, cards * cards_times, office, workers=1)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    return dialog


def test_bulk_run_writes_every_packet_and_the_window_keeps_running(qtbot, programme, office, tmp_path):
    dialog = _dialog(qtbot, programme, office, tmp_path)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
    timer.stop()
    assert ticks, "the event loop did not run while packets were written"
    assert dialog.result_.packets == 6 and not dialog.result_.cancelled
    assert dialog.progress.value() == 6
    assert len(list(dialog.target().glob("*.pdf"))) == 6


def test_cancel_stops_a_merged_run(qtbot, programme, office, tmp_path):
    dialog = _dialog(qtbot, programme, office, tmp_path, cards_times=30)
    dialog.merged.setChecked(True)
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
    assert dialog.result_.cancelled and not dialog.target().exists()
    assert "Cancelled" in dialog.status.text()
