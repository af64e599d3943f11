"""What the services and the domain say, in the app's language (issue 18).

The window sets the language once for the process (``qistdesk.messages.set_language``, called by
``gui.i18n.install``); the command line never does, so it keeps English. Read back here in both.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from types import SimpleNamespace

import pytest

from qistdesk import messages
from qistdesk.domain import enums, validation
from qistdesk.services import directory, events
from qistdesk.services.errors import ValidationError
from qistdesk.services.scheduling import Preferences, check_time, summary
from qistdesk.services.timetable_checks import problems
from qistdesk.timezones import local_to_utc

CPH = "Europe/Copenhagen"


def at(*args):
    return local_to_utc(datetime(*args), CPH)


@pytest.fixture
def danish():
    messages.set_language("da")
    yield
    messages.set_language("en")


def test_english_is_the_language_until_someone_sets_another():
    assert messages.current_language() == "en"
    assert messages._("is required") == "is required"


def test_a_holiday_warning_reads_danish(danish):
    (warning,) = check_time(at(2027, 5, 6, 15), at(2027, 5, 6, 16), CPH, Preferences())
    assert warning.message == "tors. 6. maj 2027 er helligdag i Danmark (Kristi himmelfartsdag)"


def test_the_same_holiday_warning_in_english():
    (warning,) = check_time(at(2027, 5, 6, 15), at(2027, 5, 6, 16), CPH, Preferences())
    assert warning.message == "Thu 06 May 2027 is a public holiday in Denmark (Ascension Day)"


def test_working_hours_and_weekend_warnings_are_whole_sentences():
    """They are read alone (the calendar's drag, an editor) as often as after a date's label."""
    (hours,) = check_time(at(2027, 2, 4, 9), at(2027, 2, 4, 10), CPH, Preferences())
    assert hours.message == "03:00–04:00 in Washington is outside working hours (08:00–18:00)"
    saturday = check_time(at(2027, 2, 6, 15), at(2027, 2, 6, 16), CPH, Preferences())
    assert "6 Feb 2027 is a Saturday in Copenhagen" in [w.message for w in saturday]


def test_working_hours_and_clock_change_weeks_in_danish(danish):
    (hours,) = check_time(at(2027, 2, 4, 9), at(2027, 2, 4, 10), CPH, Preferences())
    assert hours.message == "Kl. 03.00–04.00 i Washington er uden for arbejdstiden (08.00–18.00)"
    (dst,) = check_time(at(2027, 3, 18, 15), at(2027, 3, 18, 16), CPH, Preferences())
    assert dst.message.startswith("USA og EU stiller uret om på forskellige søndage: den uge er der 5 timer "
                                  "mellem København og Washington (normalt 6 timer)")
    saturday = check_time(at(2027, 2, 6, 15), at(2027, 2, 6, 16), CPH, Preferences())
    assert "6. feb. 2027 er en lørdag i København" in [w.message for w in saturday]
    assert summary([hours] * 5, limit=3).endswith("… og 2 til")


def test_a_validation_error_reads_danish(danish):
    person = SimpleNamespace(given_name="", family_name="X", email="", country="Denmark", career_stage="",
                             language="", date_of_birth=None)
    assert validation.validate_person(person) == {
        "given_name": "skal udfyldes",
        "country": "'Denmark' er ikke en landekode på to bogstaver som DK eller US"}


def test_a_service_refuses_in_danish_and_in_english(db):
    messages.set_language("da")
    try:
        with pytest.raises(ValidationError) as refused:
            directory.create_organization(db, name="NBI", sector="academia", country="Danmark")
        assert refused.value.errors == {"country": "'DANMARK' er ikke en landekode på to bogstaver som DK eller US"}
    finally:
        messages.set_language("en")
    with pytest.raises(ValidationError) as refused:
        directory.create_organization(db, name="NBI", sector="academia", country="Danmark")
    assert refused.value.errors == {"country": "'DANMARK' is not a two-letter country code such as DK or US"}


def test_timetable_checks_in_danish(db, danish):
    org = directory.create_organization(db, name="Office", sector="government", country="DK")
    ann = directory.create_person(db, given_name="Ann", family_name="Speaker", organization_id=org)
    venue = directory.create_venue(db, name="Hall", timezone=CPH, capacity=50)
    ws = events.create_event(db, kind="workshop", title="Workshop", timezone=CPH, venue_id=venue,
                             start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 17))
    events.add_session(db, ws, title="Opening", start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 10),
                       room="Room A", speaker_ids=[ann])
    events.add_session(db, ws, title="Parallel", start=datetime(2027, 9, 14, 9, 30),
                       end=datetime(2027, 9, 14, 11), room="Room A")
    late = datetime(2027, 9, 14, 18)
    with pytest.raises(ValidationError, match="^Kan ikke gemme sessionen: start: "):
        events.add_session(db, ws, title="Late", start=datetime(2027, 9, 14, 16), end=late)
    events.update_event(db, ws, end=late)
    events.add_session(db, ws, title="Late", start=datetime(2027, 9, 14, 16), end=late)
    events.update_event(db, ws, end=datetime(2027, 9, 14, 17))
    found = {p.kind: p.message for p in problems(db)[ws]}
    assert "lokale Room A er booket to gange tirs. 14. sep. 09.30: “Parallel” og “Opening”" in [
        p.message for p in problems(db)[ws]]
    assert found["outside"] == ("sessionen “Late” (tirs. 14. sep. 16.00–18.00) ligger uden for arrangementet "
                                "(tirs. 14. sep. 09.00 – tirs. 14. sep. 17.00)")


def test_labels_of_the_closed_vocabularies(danish):
    assert enums.Stage.PREPARING.label == enums.Stage("preparing").label != "Preparing"
    assert (enums.EventStatus.CANCELLED.label, enums.Role.SPEAKER.label, enums.Sector.TO_REVIEW.label) == (
        "Aflyst", "Oplægsholder", "Skal gennemgås")
    assert enums.QistArea.SENSING.label != "Sensing and metrology"
    messages.set_language("en")
    assert (enums.EventStatus.CANCELLED.label, enums.CareerStage.PHD.label) == ("Cancelled", "PhD")


def test_every_label_has_danish(danish):
    untranslated = [(cls.__name__, m.value) for cls in enums.StrEnum.__subclasses__() for m in cls
                    if cls is not enums.Language and m.label == messages.N_(enums.LABELS.get(m.value, ""))
                    and m.label not in ("Seminar", "Workshop", "Postdoc", "Senior", "Visa")]
    assert untranslated == []


def test_the_command_line_keeps_english(tmp_path):
    """A warning and a validation error from the CLI, a process that never sets a language."""
    db = tmp_path / "x.sqlite3"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "qistdesk", "--db", str(db), *args],
                              capture_output=True, text=True, encoding="utf-8", timeout=120)

    code = (f"from datetime import datetime\nfrom qistdesk.store.opening import open_database\n"
            f"from qistdesk.services import events\n"
            f"db = open_database({str(db)!r})\n"
            f"ws = events.create_event(db, kind='workshop', title='W', timezone='{CPH}',"
            f" start=datetime(2027, 9, 14, 9), end=datetime(2027, 9, 14, 17))\n"
            f"events.add_session(db, ws, title='Keynote', start=datetime(2027, 9, 14, 9),"
            f" end=datetime(2027, 9, 14, 10))\nprint(ws)\n")
    made = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    ident = made.stdout.split()[-1]
    refused = run("edit", "event", ident, "--title", "")
    assert refused.returncode != 0 and "title: is required" in refused.stderr
    moved = run("edit", "event", ident, "--start", "2027-09-15T09:00", "--end", "2027-09-15T17:00")
    assert moved.returncode == 0, moved.stderr
    assert "session “Keynote” (Tue 14 Sep 09:00–10:00) lies outside the event" in moved.stdout


def test_every_translated_literal_can_be_found_by_the_extractor():
    """``translator(lang)("Text")`` translates at run time but pybabel never sees "Text" (only calls
    named _, t, N_, ngettext are read), so the Danish would silently be missing: write
    ``t = translator(lang)`` and ``t("Text")``."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    hidden = re.compile(r"""(translator|translations)\([^()]*\)(\.gettext)?\(\s*["']""")
    found = [f"{name}:{n}" for name in (root / "scripts" / "document_sources.txt").read_text().split()
             for n, text in enumerate((root / name).read_text(encoding="utf-8").splitlines(), 1) if hidden.search(text)]
    assert found == []


def test_no_function_hides_the_translation_function():
    """``_, x = …`` or ``for _ in …`` inside a function makes ``_`` local to all of it, so a ``_("…")``
    in the same function fails (UnboundLocalError or "str is not callable") only on the line that
    reaches it. In the files the catalogue reads, such throwaway names get another name."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    found = []
    for name in (root / "scripts" / "document_sources.txt").read_text().split():
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        found += [f"{name}:{node.lineno}" for node in ast.walk(tree)
                  if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store)
                  and not _module_level(tree, node)]
    assert found == []


def _module_level(tree, target) -> bool:
    """``_ = b._`` at the top of a module (a packet's marker) is fine."""
    import ast

    return any(target in list(ast.walk(stmt)) for stmt in tree.body if isinstance(stmt, ast.Assign))


CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\n"
            "DTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/Copenhagen:20270304T150000\r\n"
            "DTEND;TZID=Europe/Copenhagen:20270304T160000\r\nSUMMARY:Kvanteseminar\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/Copenhagen:20270311T150000\r\n"
            "SUMMARY:Uden UID\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_an_import_summary_its_warnings_and_a_broken_file_read_danish(db, danish):
    from qistdesk.services.ics_import import ICSReadError, preview_import

    preview = preview_import(db, CALENDAR)
    assert preview.summary() == "nye: 2"
    warnings = preview.all_warnings()
    assert any(w.startswith("linje 11: arrangementet har intet UID; det har fået et ud fra indholdet") for w in warnings)
    assert "linje 13: arrangementet har ingen varighed; det har fået én time" in warnings
    with pytest.raises(ICSReadError, match="^linje 1: filen skal begynde med BEGIN:VCALENDAR, ikke BEGIN:VEVENT$"):
        preview_import(db, "BEGIN:VEVENT\r\nEND:VEVENT\r\n")
    messages.set_language("en")
    assert preview_import(db, CALENDAR).summary() == "2 new"


def test_a_conflict_and_a_refused_delete_read_danish(db, danish):
    from qistdesk.services import exchanges
    from qistdesk.services.errors import ConflictError, InUseError, NotFoundError

    org = directory.create_organization(db, name="NBI", sector="academia", country="DK")
    with pytest.raises(ConflictError, match=r"^denne post \(organisation \w{8}\) er ændret et andet sted"):
        directory.update_organization(db, org, 7, city="København")
    with pytest.raises(NotFoundError, match="^person med id 'nobody' findes ikke$"):
        directory.update_person(db, "nobody", None, city="x")
    program = exchanges.create_program(db, name="Bro", kind="student", direction="DK-US")
    person = directory.create_person(db, given_name="Ida")
    from datetime import date

    exchanges.create_exchange(db, person_id=person, program_id=program, start_date=date(2027, 9, 1),
                              end_date=date(2027, 12, 1))
    with pytest.raises(InUseError, match="^programmet 'Bro' har 1 udveksling; slet eller flyt den først$"):
        exchanges.delete_program(db, program)


def test_an_email_address_problem_reads_danish_and_stays_english_for_the_cli(danish):
    assert validation.email_problem("karen@") == "Der skal stå noget efter @."
    assert validation.email_problem("a b@x.dk") == "er ikke en gyldig e-mailadresse"  # a rarer message
    messages.set_language("en")
    assert validation.email_problem("karen@") == "There must be something after the @-sign."


def test_a_reply_waiting_for_review_is_worded_when_listed_not_when_imported(danish):
    """A review row keeps what it was made of; the list words it in the window's language now."""
    from qistdesk.services.reply_reviews import review_text

    row = SimpleNamespace(kind="unknown-address", event_id="e", uid="u@x", email="ida@example.dk",
                          message="nobody in the directory has ida@example.dk: choose the person this reply is from",
                          proposed_start_utc=None, proposed_end_utc=None, delegate_name="", delegate_email="")
    assert review_text(row, "", "Europe/Copenhagen") == \
        "ingen i registret har ida@example.dk: vælg den person, svaret er fra"
    counter = SimpleNamespace(**{**vars(row), "kind": "counter", "proposed_start_utc": at(2027, 3, 4, 15),
                                 "proposed_end_utc": at(2027, 3, 4, 16)})
    assert review_text(counter, "Ida", CPH).startswith("foreslår tors. 4. mar. 15.00 – 16.00; accepter")


def test_a_checklist_step_the_app_made_reads_danish_a_typed_one_as_typed(danish):
    from qistdesk.domain.exchanges import DEFAULT_STEP_TITLES, step_title
    from qistdesk.services.exchanges import default_milestones
    from datetime import date

    made = {m["title"] for m in default_milestones(date(2027, 1, 1), date(2027, 12, 31))}
    assert made <= set(DEFAULT_STEP_TITLES)
    assert all(step_title(t) != t for t in made)
    assert step_title("Call the landlord") == "Call the landlord"


def test_a_csv_file_that_cannot_be_imported_says_why_in_danish(danish):
    from qistdesk.formats.csv_io.reader import CsvError, read_bytes

    with pytest.raises(CsvError, match="^filen er tom: forventede en overskriftslinje"):
        read_bytes(b"")
    with pytest.raises(CsvError, match=r"^linje 2: 3 værdier, men overskriften har 2 kolonner; intet er importeret$"):
        read_bytes("Navn;E-mail\nIda;ida@example.dk;x\n".encode())


def test_every_danish_text_keeps_its_placeholders():
    """A Danish text that lost or misspelt a {placeholder} fails only when it is shown (KeyError) or
    silently drops a value; a plural's singular may leave out {n} ("den nødvendige person er ledig")."""
    import re
    from pathlib import Path

    from babel.messages.pofile import read_po

    names = re.compile(r"\{(\w*)\}")
    root = Path(__file__).resolve().parents[2]
    with open(root / "resources" / "i18n" / "documents_da.po", "rb") as handle:
        catalog = read_po(handle, locale="da")
    wrong = []
    for m in catalog:
        if not m.id or not m.string:
            continue
        ids = m.id if isinstance(m.id, (list, tuple)) else (m.id,)
        strings = m.string if isinstance(m.string, (list, tuple)) else (m.string,)
        wanted = set(names.findall(ids[-1]))
        for i, text in enumerate(strings):
            have = set(names.findall(text))
            if have - wanted or (not have >= wanted and not (len(strings) > 1 and i == 0 and wanted - have <= {"n"})):
                wrong.append((ids[0], text))
    assert wrong == []


def test_us_holidays_read_as_a_danish_reader_knows_them(danish):
    from qistdesk.services.holidays_dk_us import us_name

    thanksgiving = check_time(at(2027, 11, 25, 15), at(2027, 11, 25, 16), CPH, Preferences())
    assert "tors. 25. nov. 2027 er helligdag i USA (Thanksgiving)" in [w.message for w in thanksgiving]
    assert us_name("Independence Day (observed)") == "Uafhængighedsdagen (fridag flyttet)"
    messages.set_language("en")
    assert us_name("Independence Day (observed)") == "Independence Day (observed)"
