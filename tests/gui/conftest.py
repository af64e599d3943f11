"""Fixtures the GUI tests share."""

from __future__ import annotations

import pytest


@pytest.fixture
def danish(qapp, tmp_path, monkeypatch):
    """The app in Danish for one test (its compiled catalogue in the test's own cache), then English again."""
    from qistdesk.gui import i18n

    monkeypatch.setenv("QISTDESK_CACHE_DIR", str(tmp_path / "cache"))
    assert i18n.install(qapp, "da") == "da"
    yield
    i18n.install(qapp, "en")
