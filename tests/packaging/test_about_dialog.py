"""The About dialog names the version, Qt's LGPLv3 and the licence of every bundled font.

Why: the LGPL and the font licences ask that users can read them in the app
they were given; the dialog finds fonts from their licence files, so this
test fails if a font is added without its ``LICENSE-<Family>.txt``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qistdesk import __version__
from qistdesk.resources import resources_root

pytestmark = pytest.mark.gui


def test_every_font_file_has_a_licence_entry():
    from qistdesk.gui.about_dialog import font_components

    fonts = {p.name for p in (resources_root() / "fonts").iterdir() if p.suffix.lower() in (".ttf", ".otf", ".ttc")}
    covered = set()
    for component in font_components():
        assert component.texts and component.texts[0].is_file()
        assert component.licence and component.licence != "see licence text"
        covered |= {name for name in fonts if name in component.summary}
    assert covered == fonts, f"fonts without a LICENSE-<Family>.txt: {sorted(fonts - covered)}"


def test_dialog_shows_version_qt_licence_and_font_texts(qtbot):
    from qistdesk.gui.about_dialog import AboutDialog, app_icon

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names[0] == "qistdesk" and "Qt and PySide6" in names
    assert __version__ in dialog.text.toPlainText()
    dialog.list.setCurrentRow(names.index("Qt and PySide6"))
    text = dialog.text.toPlainText()
    assert "LGPLv3" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text
    dejavu = next(i for i, name in enumerate(names) if name.startswith("DejaVu"))
    dialog.list.setCurrentRow(dejavu)
    assert "Bitstream" in dialog.text.toPlainText()
    assert not app_icon().isNull() and len(app_icon().availableSizes()) >= 5


def test_help_about_opens_this_dialog(qtbot, db):
    """Help ▸ About qistdesk, triggered as a user does, shows this dialog (answered here, not left open)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))
    from gui_helpers import when_modal

    from qistdesk.gui.app_settings import settings
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.main_window import MainWindow

    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.attach(AppContext(db, window))
    seen = []
    when_modal(lambda dialog: (seen.append((type(dialog).__name__, dialog.text.toPlainText())), dialog.accept()))
    window.actions_["about"].trigger()
    assert seen and seen[0][0] == "AboutDialog" and __version__ in seen[0][1]


def test_every_runtime_dependency_is_named_with_its_licence_in_about():
    """A library added to pyproject.toml must also be credited in Help ▸ About (LGPL ones above all)."""
    import re
    from pathlib import Path

    tomllib = pytest.importorskip("tomllib", reason="tomllib is in Python 3.11 and later")

    from qistdesk.gui.about_dialog import LIBRARIES

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = list(project["project"]["dependencies"]) + list(project["project"]["optional-dependencies"]["postgres"])
    named = " ".join(name.lower() for name, _licence in LIBRARIES)
    elsewhere = {"pyside6-essentials", "qtawesome"}  # their own pages in the dialog
    missing = []
    for requirement in wanted:
        name = re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()
        if name not in elsewhere and name.replace("-", "") not in named.replace("-", ""):
            missing.append(name)
    assert not missing, f"not credited in About: {missing}"
