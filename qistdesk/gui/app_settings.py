"""The one Settings object of the GUI process.

``Settings.save()`` writes every value it holds, so two instances in one
process would overwrite each other's changes (window geometry vs. a zone
choice). Every widget asks here instead of calling ``qistdesk.settings.load()``.
The object is kept per settings file, so tests that point QISTDESK_CONFIG_DIR
elsewhere get a fresh one.
"""

from __future__ import annotations

from qistdesk.settings import Settings, config_dir

_cache: dict[str, Settings] = {}


def settings() -> Settings:
    path = config_dir() / "settings.json"
    key = str(path)
    if key not in _cache:
        _cache.clear()
        _cache[key] = Settings(path)
    return _cache[key]
