"""A save waiting for another writer's lock says so in the status bar (issue 20 item 11)."""

from qistdesk.gui.context import AppContext


def test_lock_wait_goes_to_the_status_bar(qtbot, db, monkeypatch):
    from qistdesk.gui.launch import _tell_lock_waits
    from qistdesk.store import database

    monkeypatch.setattr(database, "lock_wait_listeners", [])
    ctx = AppContext(db)
    shown = []
    ctx.status_message.connect(shown.append)
    _tell_lock_waits(ctx)
    for listener in database.lock_wait_listeners:
        listener("waiting for another qistdesk window or attaché to finish writing to x.sqlite3 (an import?) …")
    assert shown == ["Waiting for another qistdesk window or attaché to finish writing to x.sqlite3 (an import?) …"]
