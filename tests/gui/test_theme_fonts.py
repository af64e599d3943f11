"""The bundled CJK fallback font reaches Qt, so names like 王芳 show as text on a bare Linux desktop."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics


def test_bundled_fallback_font_is_registered_and_has_cjk_glyphs(qapp):
    from qistdesk.gui.theme import install_bundled_fonts

    families = install_bundled_fonts()
    assert families, "no bundled font family was added"
    assert all(f in QFontDatabase.families() for f in families)
    font = QFont(families[0])
    assert QFontInfo(font).family() == families[0]
    systems = {QFontDatabase.writingSystemName(w) for w in QFontDatabase.writingSystems(families[0])}
    assert {"Simplified Chinese", "Japanese", "Korean"} <= systems
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "王芳佐藤花子김"), "the fallback font lacks CJK glyphs"
