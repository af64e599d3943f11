"""The window's language reaches what the services say (issue 18): gui.i18n.install sets
qistdesk.messages' language, so a warning and a validation error read Danish in a Danish window."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from qistdesk import messages
from qistdesk.domain.validation import validate_person
from qistdesk.gui import i18n
from qistdesk.services.scheduling import Preferences, check_time
from qistdesk.timezones import local_to_utc


def _holiday() -> str:
    cph = "Europe/Copenhagen"
    (warning,) = check_time(local_to_utc(datetime(2027, 5, 6, 15), cph), local_to_utc(datetime(2027, 5, 6, 16), cph),
                            cph, Preferences())
    return warning.message


def test_a_danish_window_gets_danish_warnings_and_errors(qapp):
    person = SimpleNamespace(given_name="", family_name="", email="", country="", career_stage="", language="",
                             date_of_birth=None)
    try:
        assert i18n.install(qapp, "da") == "da" and messages.current_language() == "da"
        assert _holiday() == "tors. 6. maj 2027 er helligdag i Danmark (Kristi himmelfartsdag)"
        assert validate_person(person) == {"given_name": "skal udfyldes"}
    finally:
        i18n.install(qapp, "en")
    assert messages.current_language() == "en"
    assert _holiday() == "Thu 06 May 2027 is a public holiday in Denmark (Ascension Day)"
    assert validate_person(person) == {"given_name": "is required"}
