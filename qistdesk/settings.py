"""Every setting of the app, declared in one place with its default.

Settings are stored as one JSON file in the user's config folder (platformdirs;
``QISTDESK_CONFIG_DIR`` overrides it, which tests use). The GUI keeps window
geometry here too, so nothing is spread over registry keys or ini files.
Headless on purpose: the CLI reads the office settings for invites and packets.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    # Office (ORGANIZER of invites, header of packets)
    Setting("office.name", "Innovation Centre Denmark – Science Office", "Office name on invites and packets"),
    Setting("office.email", "science@example.org", "Organiser e-mail address of invites"),
    Setting("office.organizer_name", "Science Office", "Organiser name on invites"),
    Setting("office.contact", "", "Contact block printed on packets (address, phone)"),
    Setting("office.phone", "", "Office phone number"),
    Setting("office.logo", "", "Path of a PNG, JPEG or SVG logo for packets"),
    Setting("office.country", "US", "Country of the office (DK or US)"),
    # Time zones
    Setting("zones.home", "Europe/Copenhagen", "First zone shown beside every time"),
    Setting("zones.other", "America/New_York", "Second zone shown beside every time"),
    Setting("schedule.work_start_hour", 8, "Start of working hours (local) for warnings"),
    Setting("schedule.work_end_hour", 18, "End of working hours (local) for warnings"),
    # Invites
    Setting("invites.reminder_minutes", 0, "Reminder before events in calendar files (0: none)"),
    Setting("invites.folder", "", "Folder the app writes invites to (empty: qistdesk-invites in your home)"),
    # Packets
    Setting("packets.paper", "auto", "Paper size: auto (by recipient), A4 or Letter"),
    # Database
    Setting("database.location", "local", "'local' (this computer) or 'server'"),
    Setting("database.server_url", "", "SQLAlchemy URL of the office server (no password)"),
    # Window state (GUI)
    Setting("window.geometry", "", "Main window geometry (base64)"),
    Setting("window.state", "", "Main window state (base64)"),
    Setting("window.splitter", "", "Splitter sizes (base64)"),
    Setting("window.columns", "", "Columns shown or hidden per list (JSON)"),
    Setting("window.last_view", "dashboard", "View shown at start"),
    Setting("ui.font_scale", 1.0, "Extra font scale (1.0 = system size)"),
    Setting("ui.high_contrast", False, "Use a high-contrast palette"),
    Setting("ui.language", "", "Language of the app: da, en, or empty for the system's"),
)

_BY_KEY = {s.key: s for s in SETTINGS}


def config_dir() -> Path:
    override = os.environ.get("QISTDESK_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("qistdesk", appauthor=False)


class Settings:
    """Read and write declared settings; unknown keys are refused."""

    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        if self.path.exists():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self._values = {k: v for k, v in loaded.items() if k in _BY_KEY}
            except (OSError, ValueError):
                self._values = {}  # a damaged settings file falls back to defaults

    def get(self, key: str) -> Any:
        if key not in _BY_KEY:
            raise KeyError(f"unknown setting {key!r}")
        return self._values.get(key, _BY_KEY[key].default)

    def set(self, key: str, value: Any) -> None:
        if key not in _BY_KEY:
            raise KeyError(f"unknown setting {key!r}")
        self._values[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)

    def as_dict(self) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in SETTINGS}


def load() -> Settings:
    return Settings()
