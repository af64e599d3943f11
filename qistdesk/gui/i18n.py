"""The app's language: Qt translators for qistdesk's own words and for Qt's standard dialogs.

Every user-visible string of the GUI goes through :func:`tr` (``tr("Seminars")``,
``tr("%n participant(s)", None, 5)``). ``pyside6-lupdate`` finds those calls in the sources
(``scripts/update_translations.sh``) and keeps ``resources/i18n/qistdesk_da.ts`` in step;
that ``.ts`` file is the source a translator edits. The ``.qm`` file Qt loads is made from it
by ``pyside6-lrelease``: into the wheel and the bundle when they are built (``setup.py``), and
into the user's cache on first use in a source checkout, so no generated file is committed.

The language is the setting ``ui.language`` ("da", "en", or empty for the system's: Danish
when the system is Danish, else English). Qt's own Danish (``qtbase_da.qm``) translates the
standard buttons and dialogs ("Annuller", "Gem").
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qistdesk.locale_text import language as normalise

log = logging.getLogger(__name__)

#: Translators installed on the application (kept referenced so Qt does not drop them).
_installed: list[QTranslator] = []
_current = "en"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language; ``%n`` in it takes ``n`` with the language's plural forms.

    Write a plural with ``n`` positional (``tr("%n day(s)", None, k)``): pyside6-lupdate marks only
    that form as a plural message. Both catalogues give its forms: Danish ("%n dag", "%n dage") and
    English ("%n day", "%n days"; the English one holds nothing but plurals).
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def current_language() -> str:
    return _current


def chosen_language(setting: str | None) -> str:
    """The language to show: the setting's, or the system's (Danish if Danish, else English)."""
    if setting in ("da", "en"):
        return setting
    return normalise(QLocale.system().name())


def install(app, setting: str | None) -> str:
    """Load the translators for the chosen language onto ``app``; returns "da" or "en"."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = chosen_language(setting)
    QLocale.setDefault(QLocale("da_DK" if lang == "da" else "en_GB"))
    if lang == "da":
        qt_own = QTranslator(app)
        if qt_own.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    # Danish: every message; English: the plural forms only ("1 day", "5 days").
    ours = QTranslator(app)
    qm = compiled_catalog(lang)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("the %s catalogue could not be loaded; showing the source texts", lang)
    _current = lang
    from qistdesk import messages

    messages.set_language(lang)  # what the services and the domain say (warnings, errors, labels)
    return lang


def source_catalog(lang: str) -> Path:
    from qistdesk.resources import resource_path

    return resource_path("i18n", f"qistdesk_{lang}.ts")


def compiled_catalog(lang: str) -> Path | None:
    """The ``.qm`` for ``lang``: shipped beside the ``.ts`` (wheel, bundle) or compiled into the cache."""
    try:
        ts = source_catalog(lang)
    except FileNotFoundError:
        return None
    shipped = ts.with_suffix(".qm")
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    from platformdirs import user_cache_dir

    cache = Path(os.environ.get("QISTDESK_CACHE_DIR") or user_cache_dir("qistdesk")) / "i18n"
    target = cache / f"qistdesk_{lang}-{digest}.qm"
    if target.is_file():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    return target if release(ts, target) else None


def lrelease_command() -> list[str] | None:
    """How to run Qt's ``lrelease`` here: PySide6's wrapper script, or the binary it wraps."""
    import sys

    import PySide6

    for name in ("lrelease", "lrelease.exe"):
        binary = Path(PySide6.__file__).parent / name
        if binary.is_file():
            return [str(binary)]
    found = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return [found] if found else None


def release(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with ``lrelease``; False (and a log line) when that is impossible."""
    command = lrelease_command()
    if command is None:
        log.warning("pyside6-lrelease not found: cannot compile %s", ts.name)
        return False
    done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if done.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed for %s: %s", ts.name, (done.stderr or done.stdout).strip()[:300])
        return False
    return True
