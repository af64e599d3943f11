"""The app in Danish (issue 18): translators load, the window's words change, Qt's buttons too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from qistdesk.gui import i18n
from qistdesk.gui.app_settings import settings
from qistdesk.gui.context import AppContext
from qistdesk.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]




def test_main_window_speaks_danish(qtbot, db, danish):
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.show()
    window.attach(AppContext(db, window))
    nav = [window.nav.item(row).text() for row in range(window.nav.count())]
    for word in ("Seminarer", "Konferencer og workshops", "Udvekslinger", "Personer", "Organisationer", "Steder"):
        assert word in nav
    assert [m.title() for m in window.menus.values()] == ["&Filer", "R&ediger", "&Vis", "&Arrangement",
                                                          "&Udveksling", "&Hjælp"]
    window.show_view("people")
    assert window.actions_["new"].text() == "Ny person…"
    assert window.actions_["undo"].text() == "&Fortryd"


def test_qt_standard_buttons_are_danish(qtbot, danish):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "Annuller" in texts and "Gem" in texts


def test_english_is_the_default_for_a_non_danish_system(qapp):
    assert i18n.chosen_language("en") == "en" and i18n.chosen_language("da") == "da"
    assert i18n.install(qapp, "en") == "en"
    assert QApplication.translate("", "Seminars") == "Seminars"


def test_catalog_is_compiled_from_the_ts_source_into_the_cache(tmp_path, monkeypatch):
    # A copy of the .ts with no .qm beside it, as in a source checkout (building the bundle leaves
    # a .qm beside the real one, which compiled_catalog then rightly prefers).
    source = tmp_path / "src" / "qistdesk_da.ts"
    source.parent.mkdir()
    source.write_bytes((ROOT / "resources" / "i18n" / "qistdesk_da.ts").read_bytes())
    monkeypatch.setattr(i18n, "source_catalog", lambda lang: source)
    monkeypatch.setenv("QISTDESK_CACHE_DIR", str(tmp_path / "cache"))
    qm = i18n.compiled_catalog("da")
    assert qm is not None and qm.is_file() and qm.stat().st_size > 100
    assert qm.parent == tmp_path / "cache" / "i18n"
    assert i18n.compiled_catalog("da") == qm  # made once, reused


def test_a_shipped_catalog_beside_the_source_is_used_as_it_is(tmp_path, monkeypatch):
    source = tmp_path / "qistdesk_da.ts"
    source.write_bytes((ROOT / "resources" / "i18n" / "qistdesk_da.ts").read_bytes())
    assert i18n.release(source, source.with_suffix(".qm"))
    monkeypatch.setattr(i18n, "source_catalog", lambda lang: source)
    assert i18n.compiled_catalog("da") == source.with_suffix(".qm")


def _refreshed(tmp_path, name: str, *options: str) -> tuple[str, str]:
    """A copy of resources/i18n/``name`` brought up to date with the sources by pyside6-lupdate."""
    ts = tmp_path / name
    ts.write_bytes((ROOT / "resources" / "i18n" / name).read_bytes())
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip(f"pyside6-lupdate not installed beside {sys.executable}")
    sources = sorted(str(p) for p in (ROOT / "qistdesk" / "gui").rglob("*.py"))
    done = subprocess.run([str(lupdate), *sources, "-locations", "none", "-no-obsolete", *options, "-ts", str(ts)],
                          capture_output=True, text=True, check=True)
    return ts.read_text(encoding="utf-8"), done.stdout


def test_lupdate_finds_no_unfinished_danish_message(tmp_path):
    """Every tr() in the GUI has a Danish translation in the .ts source (none left unfinished)."""
    text, report = _refreshed(tmp_path, "qistdesk_da.ts")
    unfinished = text.count('type="unfinished"')
    assert unfinished == 0, f"{unfinished} messages without Danish: run scripts/update_translations.sh\n{report}"


def test_lupdate_finds_no_plural_without_its_english_forms(tmp_path):
    """English has a catalogue of plurals only ("%n day(s)" -> "%n day" / "%n days"): none unfinished."""
    text, _report = _refreshed(tmp_path, "qistdesk_en.ts", "-pluralonly")
    assert 'numerus="yes"' in text
    unfinished = text.count('type="unfinished"')
    assert unfinished == 0, f"{unfinished} plurals without English forms: run scripts/update_translations.sh"


def test_english_plurals_come_from_the_english_catalogue(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("QISTDESK_CACHE_DIR", str(tmp_path / "cache"))
    assert i18n.install(qapp, "en") == "en"
    assert i18n.tr("%n day(s)", None, 1) == "1 day" and i18n.tr("%n day(s)", None, 5) == "5 days"
    assert i18n.tr("%n person(s)", None, 2) == "2 people"


@pytest.mark.parametrize("name", ["qistdesk_da.ts", "qistdesk_en.ts"])
def test_every_translation_keeps_the_placeholders_of_its_source(name):
    """A translation that drops or renames a ``{name}`` would raise (or show a blank) at .format();
    a plural form without %n would hide the count."""
    import re
    import xml.etree.ElementTree as ET

    wrong = []
    for message in ET.parse(ROOT / "resources" / "i18n" / name).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation] if len(translation) else [translation.text or ""]
        wanted = set(re.findall(r"\{(\w*)\}", source))
        for form in forms:
            if set(re.findall(r"\{(\w*)\}", form)) != wanted or ("%n" in source and "%n" not in form):
                wrong.append(f"{source!r} -> {form!r}")
    assert wrong == []
