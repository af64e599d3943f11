"""Settings changed from the command line or the Preferences dialog obey the same rules."""

from __future__ import annotations

import json

import pytest

from qistdesk.cli.main import main
from qistdesk.domain.validation import ValidationError
from qistdesk.services import preferences
from qistdesk.settings import Settings


@pytest.fixture
def current(tmp_path):
    return Settings(tmp_path / "settings.json")


def test_good_values_are_saved_together(current, tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    changed = preferences.apply(current, {"zones.other": "America/Denver", "office.logo": str(logo),
                                          "schedule.work_start_hour": 9, "office.name": "  Science Office  "})
    assert set(changed) == {"zones.other", "office.logo", "schedule.work_start_hour", "office.name"}
    saved = json.loads(current.path.read_text(encoding="utf-8"))
    assert saved["zones.other"] == "America/Denver" and saved["office.name"] == "Science Office"


@pytest.mark.parametrize("values, key, words", [
    ({"zones.home": "Europe/Kopenhagen"}, "zones.home", "not a time zone"),
    ({"office.email": "science@"}, "office.email", "@"),
    ({"office.email": ""}, "office.email", "needed"),
    ({"office.name": "   "}, "office.name", "cannot be empty"),
    ({"schedule.work_start_hour": 19}, "schedule.work_start_hour", "end after they start"),
    ({"schedule.work_end_hour": 25}, "schedule.work_end_hour", "0 to 24"),
    ({"invites.reminder_minutes": -5}, "invites.reminder_minutes", "minutes"),
    ({"packets.paper": "A3"}, "packets.paper", "choose one of"),
    ({"office.logo": "/no/such/logo.png"}, "office.logo", "no such file"),
    ({"office.logo": "logo.gif"}, "office.logo", "PNG, JPEG or SVG"),
    ({"database.server_url": "postgresql+psycopg://nina:pw@db.example/q"}, "database.server_url", "password"),
    ({"database.server_url": "mysql://db/q"}, "database.server_url", "PostgreSQL"),
    ({"ui.font_scale": 9.0}, "ui.font_scale", "0.5"),
    ({"window.geometry": "x"}, "window.geometry", "unknown"),
])
def test_bad_values_are_refused_and_nothing_is_saved(current, values, key, words):
    current.set("zones.other", "Asia/Tokyo")
    current.save()
    before = current.path.read_bytes()
    with pytest.raises(ValidationError) as caught:
        preferences.apply(current, {"zones.other": "America/Chicago", **values})
    assert key in caught.value.errors and words in caught.value.errors[key]
    assert current.path.read_bytes() == before


def test_command_line_text_becomes_the_setting_type():
    assert preferences.convert("schedule.work_start_hour", " 7 ") == 7
    assert preferences.convert("ui.high_contrast", "yes") is True
    assert preferences.convert("ui.font_scale", "1,5") == 1.5
    assert preferences.convert("office.contact", r"Embassy\nWashington") == "Embassy\nWashington"
    for key, text in (("schedule.work_start_hour", "eight"), ("ui.high_contrast", "maybe"), ("nope", "1")):
        with pytest.raises(ValidationError):
            preferences.convert(key, text)


def test_settings_command(capsys):
    assert main(["settings"]) == 0
    listing = capsys.readouterr().out
    assert "office.name" in listing and "zones.other" in listing and "window.geometry" not in listing
    assert main(["settings", "zones.other", "America/Los_Angeles"]) == 0
    assert main(["settings", "zones.other"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "America/Los_Angeles"
    assert main(["settings", "zones.other", "Mars/Base"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "zones.other: 'Mars/Base' is not a time zone" in err
    assert main(["settings", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["zones.other"] == "America/Los_Angeles"
    assert main(["settings", "zones.other", "--reset"]) == 0
    assert main(["settings", "nope", "1"]) == 1
    assert "unknown setting" in capsys.readouterr().err
    assert main(["settings", "zones.other"]) == 0
    assert capsys.readouterr().out.strip() == "America/New_York"
