"""Light/dark, high contrast and font scale for the whole app.

The platform's light or dark scheme is followed as Qt reports it (nothing to
do: the default palette changes with the system). High contrast is on when
the user asks for it (setting ``ui.high_contrast``) or when the system asks
for more contrast (Qt 6.10+ ``contrastPreference``). The font scale
(``ui.font_scale``, 1.0 = system size) multiplies the system font; every
widget sizes itself from font metrics, so 2.0 (200%) stays usable.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, Qt

_base_font: QFont | None = None

FONT_SCALES = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)


def system_wants_high_contrast() -> bool:
    app = QGuiApplication.instance()
    try:
        style_hints = app.styleHints()  # keep a reference: the accessibility hints belong to it
        accessibility = style_hints.accessibility()
        return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
    except (AttributeError, RuntimeError):  # Qt before 6.10
        return False


def high_contrast_palette() -> QPalette:
    """Black background, white text, yellow selection: WCAG AAA contrast everywhere."""
    p = QPalette()
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
    grey = QColor("#c0c0c0")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, color in ((QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
                            (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
                            (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
                            (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.Highlight, yellow),
                            (QPalette.ColorRole.HighlightedText, black), (QPalette.ColorRole.ToolTipBase, black),
                            (QPalette.ColorRole.ToolTipText, white), (QPalette.ColorRole.Link, cyan),
                            (QPalette.ColorRole.PlaceholderText, grey), (QPalette.ColorRole.Light, white),
                            (QPalette.ColorRole.Mid, grey), (QPalette.ColorRole.Dark, white),
                            (QPalette.ColorRole.BrightText, yellow)):
            p.setColor(group, role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return p


def apply(high_contrast: bool = False, font_scale: float = 1.0) -> None:
    """Apply palette and font to the running QApplication."""
    global _base_font
    app = QGuiApplication.instance()
    if _base_font is None:
        _base_font = QFont(app.font())
    font = QFont(_base_font)
    size = _base_font.pointSizeF() if _base_font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * max(0.5, min(float(font_scale or 1.0), 3.0)))
    app.setFont(font)
    _rescale_headings()
    if high_contrast or system_wants_high_contrast():
        app.setPalette(high_contrast_palette())
        app.setProperty("qistdesk_high_contrast", True)
    else:
        app.setPalette(QPalette())  # back to the platform's own (light or dark) palette
        app.setProperty("qistdesk_high_contrast", False)


def set_font_factor(widget, factor: float, bold: bool = False) -> None:
    """A heading: ``factor`` times the app's text size, now and after every Ctrl++ / Ctrl+0.

    A widget given its own font stops following the application's, so a 1.3× title
    made at 100% stayed that size at 200% (smaller than the text under it). The
    factor is kept on the widget and applied again whenever the text size changes.
    """
    widget.setProperty("qistdesk_font_factor", float(factor))
    widget.setProperty("qistdesk_font_bold", bool(bold))
    _scale(widget)


def _scale(widget) -> None:
    from PySide6.QtWidgets import QApplication

    font = QFont(QApplication.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * float(widget.property("qistdesk_font_factor")))
    font.setBold(bool(widget.property("qistdesk_font_bold")))
    widget.setFont(font)


def _rescale_headings() -> None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.allWidgets():
        if widget.property("qistdesk_font_factor") is not None:
            _scale(widget)


def next_scale(current: float, step: int) -> float:
    """The next font scale up (step=1) or down (step=-1) in FONT_SCALES."""
    scales = list(FONT_SCALES)
    nearest = min(range(len(scales)), key=lambda i: abs(scales[i] - current))
    return scales[max(0, min(len(scales) - 1, nearest + step))]


#: Fonts from ``resources/fonts`` the app adds to Qt's font database, so names in scripts the
#: system fonts lack (CJK on a bare Linux desktop) show as text, not boxes, as they do in the PDFs.
FALLBACK_FONTS = ("DroidSansFallback.ttf",)


def install_bundled_fonts() -> list[str]:
    """Register the bundled fallback fonts with Qt (after the first paint: it reads a 3 MB file).

    Returns the families added; a font that cannot be read is skipped, never an error.
    """
    from PySide6.QtGui import QFontDatabase

    from qistdesk.resources import resource_path

    families: list[str] = []
    for name in FALLBACK_FONTS:
        try:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        except FileNotFoundError:
            continue
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
