"""GUI tests run in English as the app shows it: with the English catalogue, which holds the
plural forms ("1 day", "5 days"; see gui/i18n.py), installed once for the session."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp, tmp_path_factory):
    from qistdesk.gui import i18n

    os.environ.setdefault("QISTDESK_CACHE_DIR", str(tmp_path_factory.mktemp("i18n-cache")))
    i18n.install(qapp, "en")
    yield
