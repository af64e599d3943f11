"""The About dialog: version, and the licence of everything the app ships.

Why a dialog of its own (not a QMessageBox): the installed app carries Qt and
PySide6 under the LGPLv3 and three fonts under their own licences, and those
licences ask that users can read them. So the dialog lists every component
with its licence, and shows the full text of each from the files that travel
with the app (``resources/fonts/LICENSE-*.txt``, ``resources/licenses/``),
found through :func:`qistdesk.resources.resource_path` in a checkout, a wheel
or the frozen bundle alike. Fonts are discovered from the licence files, so a
font added with its ``LICENSE-<Family>.txt`` appears here without code.

Also here: :func:`app_icon`, the window icon made from the PNG sizes that
``packaging/make_icons.py`` renders from ``resources/icons/qistdesk.svg``.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from qistdesk import __version__
from qistdesk.gui.i18n import tr
from qistdesk.resources import resource_path, resources_root

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

#: Debian copyright-file licence keys -> the names people know.
_LICENCE_NAMES = {
    "bitstream-vera": "Bitstream Vera Fonts licence (DejaVu changes: public domain)",
    "apache-2": "Apache License 2.0",
    "apache-2.0": "Apache License 2.0",
    "ofl-1.1": "SIL Open Font License 1.1",
    "gpl-2+": "GNU GPL v2 or later",
}


#: Python and the libraries the installed app runs on (what the bundle ships), with their licences.
LIBRARIES = (
    ("Python", "PSF License 2.0"), ("SQLAlchemy", "MIT"), ("Alembic", "MIT"), ("icalendar", "BSD 2-Clause"),
    ("python-dateutil", "Apache 2.0 / BSD 3-Clause"), ("ReportLab", "BSD 3-Clause"), ("Pillow", "MIT-CMU (HPND)"),
    ("pypdf", "BSD 3-Clause"), ("platformdirs", "MIT"), ("tzdata", "Apache 2.0"),
    ("email-validator", "The Unlicense"), ("holidays", "MIT"), ("jsonschema", "MIT"), ("QtPy", "MIT"),
    ("rl-accel", "BSD 3-Clause"), ("pypdfium2 (packet preview; PDFium)", "Apache 2.0 / BSD 3-Clause"),
    ("svglib (SVG logos)", "LGPLv3"), ("lxml", "BSD 3-Clause"), ("tinycss2", "BSD 3-Clause"),
    ("cssselect2", "BSD 3-Clause"), ("arabic-reshaper", "MIT"), ("python-bidi", "LGPLv3"),
    ("psycopg (team database)", "LGPLv3"), ("keyring (team database)", "MIT"),
    ("extract-msg (Outlook .msg replies)", "GPLv3"), ("olefile", "BSD 2-Clause"),
    ("Babel (Danish and English dates, document translations)", "BSD 3-Clause"),
)


@dataclass(frozen=True)
class Component:
    """One thing the app ships, its licence, and where the licence text is."""

    name: str
    licence: str
    summary: str  # rich text shown above the licence text
    texts: tuple[Path, ...] = field(default=())


def app_icon() -> QIcon:
    """The qistdesk icon in every rendered size (empty icon when the files are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource_path("icons", f"qistdesk-{size}.png")), QSize(size, size))
        except FileNotFoundError:
            continue
    return icon


def _licence_key(text: str) -> str:
    """The ``License:`` of the ``Files: *`` stanza of a Debian copyright file (or '')."""
    in_main = False
    for line in text.splitlines():
        if line.startswith("Files:"):
            in_main = line.split(":", 1)[1].strip() == "*"
        elif in_main and line.startswith("License:"):
            return line.split(":", 1)[1].strip()
    return ""


def font_components(fonts_dir: Path | None = None) -> list[Component]:
    """One entry per ``LICENSE-<Family>.txt``, naming the font files that start with ``<Family>``."""
    folder = fonts_dir or resources_root() / "fonts"
    found = []
    for licence_file in sorted(folder.glob("LICENSE-*.txt")):
        family = licence_file.stem[len("LICENSE-"):]
        files = sorted(p.name for p in folder.iterdir()
                       if p.suffix.lower() in (".ttf", ".otf", ".ttc") and p.name.startswith(family))
        key = _licence_key(licence_file.read_text(encoding="utf-8", errors="replace"))
        licence = _LICENCE_NAMES.get(key.lower(), key or tr("see licence text"))
        summary = tr("<p><b>{family}</b> font ({files}), embedded in PDF packets.</p><p>Licence: {licence}. "
                     "Full terms from <code>{file}</code>:</p>").format(
            family=html.escape(family), files=html.escape(', '.join(files) or tr("no files")),
            licence=html.escape(licence), file=html.escape(f"fonts/{licence_file.name}"))
        found.append(Component(tr("{family} font").format(family=family), licence, summary, (licence_file,)))
    return found


def _optional(*parts: str) -> tuple[Path, ...]:
    try:
        return (resource_path(*parts),)
    except FileNotFoundError:
        return ()


def components() -> list[Component]:
    """Everything listed in the dialog, the app first, then Qt, then the fonts."""
    import PySide6

    lgpl = _optional("licenses", "LGPL-3.0.txt") + _optional("licenses", "GPL-3.0.txt")
    qt_summary = tr(
        "<p><b>Qt {qt}</b> and <b>Qt for Python (PySide6 {pyside})</b> are used under "
        "the GNU Lesser General Public License version 3 (LGPLv3). qistdesk links to them dynamically: the "
        "Qt libraries are separate files in the installation and may be replaced by a compatible build. "
        "The source code of Qt and PySide6 is available from <a href='https://download.qt.io/'>download.qt.io</a> "
        "and <a href='https://code.qt.io/'>code.qt.io</a>. Full terms (LGPLv3, and the GPLv3 it extends):</p>").format(qt=qVersion(), pyside=PySide6.__version__)
    icons_summary = tr(
        "<p><b>QtAwesome</b> (MIT licence) draws the toolbar icons from the Material Design Icons font. "
        "It carries further icon fonts (Font Awesome, Elusive Icons, Phosphor, Remix Icon, Codicons), each "
        "under its own free licence (SIL OFL 1.1, Apache 2.0, MIT or CC BY 4.0) as listed by the "
        "<a href='https://github.com/spyder-ide/qtawesome'>QtAwesome project</a>.</p>")
    app_summary = (tr("<p><b>qistdesk {version}</b> plans the seminars, conferences and exchanges of a "
                      "US–Denmark quantum information science programme. MIT licence.</p>").format(
                       version=html.escape(__version__))
                   + f"<p>Python {sys.version.split()[0]} · Qt {qVersion()} · PySide6 {PySide6.__version__}</p>")
    rows = "".join(f"<tr><td>{html.escape(name)}</td><td>{html.escape(licence)}</td></tr>"
                   for name, licence in LIBRARIES)
    libraries_summary = (tr("<p>qistdesk runs on Python and these libraries, each under its own open-source "
                            "licence:</p>") + f"<table cellpadding='3'>{rows}</table>"
                         + tr("<p>Their own dependencies (Mako, greenlet, attrs, cryptography, …) are under "
                              "permissive licences (MIT, BSD, Apache 2.0, PSF). The LGPLv3 text (for psycopg) is "
                              "under <i>Qt and PySide6</i>.</p>"))
    return [
        Component("qistdesk", "MIT", app_summary),
        Component(tr("Qt and PySide6"), "LGPLv3", qt_summary, lgpl),
        *font_components(),
        Component(tr("QtAwesome icons"), tr("MIT (fonts: own licences)"), icons_summary),
        Component(tr("Python and libraries"), tr("various open-source licences"), libraries_summary),
    ]


def component_html(component: Component) -> str:
    """The summary, then each licence text as preformatted text."""
    parts = [component.summary]
    for path in component.texts:
        text = path.read_text(encoding="utf-8", errors="replace")
        parts.append(f"<h4>{html.escape(path.name)}</h4><pre>{html.escape(text)}</pre>")
    return "".join(parts)


class AboutDialog(QDialog):
    """Header with icon and version; a list of components; the selected one's licence text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("About qistdesk"))
        self.components = components()

        logo = QLabel()
        for icon_file in _optional("icons", "qistdesk-128.png"):
            logo.setPixmap(QPixmap(str(icon_file)).scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                                          Qt.TransformationMode.SmoothTransformation))
        title = QLabel(f"<h2>qistdesk {html.escape(__version__)}</h2><div>"
                       + tr("Seminars, conferences and exchanges of a US–Denmark quantum science programme.")
                       + "</div>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Components"))
        for component in self.components:
            self.list.addItem(component.name)
            self.list.item(self.list.count() - 1).setToolTip(component.licence)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Licence"))
        self.text.setOpenExternalLinks(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 620])
        self.list.currentRowChanged.connect(self._show)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.text.setHtml(component_html(self.components[row]))


def show_about(parent: QWidget | None = None) -> None:
    """Open the About dialog (modal); what Help ▸ About qistdesk calls."""
    AboutDialog(parent).exec()
