"""Safe text, fonts, paper, welcome letters: the rules that keep user text from breaking a packet."""

from __future__ import annotations

import pytest

from qistdesk.formats.pdf import fonts
from qistdesk.formats.pdf.letter import render_welcome
from qistdesk.formats.pdf.paper import paper_for
from qistdesk.formats.pdf.text import cut, markup
from qistdesk.domain import display_name


@pytest.mark.parametrize("raw", ["Smith & Sons <Ltd>", "<b>unbalanced", '<img src="/etc/passwd"/>',
                                 '<a href="javascript:alert(1)">x</a>', "</para><para>"])
def test_markup_escapes_every_tag(raw):
    out = markup(raw)
    assert "<" not in out.replace("<br/>", "") and "&lt;" in out


def test_markup_puts_cjk_in_the_fallback_font():
    out = markup("Søren 王芳")
    assert f'<font face="{fonts.FALLBACK}">王芳</font>' in out and out.startswith("Søren")


def test_long_text_is_cut_with_a_visible_marker():
    text = "word " * 10_000
    assert cut(text, 100).endswith("[cut: 49,900 more characters]")
    assert cut("short", 100) == "short"


def test_missing_glyphs_and_right_to_left_are_detected():
    assert fonts.missing_glyphs("Søren 王芳 Κώστας Иван") == []
    assert fonts.missing_glyphs("hieroglyph 𓀀") == ["𓀀"]
    assert fonts.rtl_scripts("ليلى حداد") == ["ARABIC"]
    assert fonts.rtl_scripts("Søren") == []


def test_paper_per_recipient_and_override():
    assert paper_for("US") == "Letter" and paper_for("DK") == "A4" and paper_for("") == "A4"
    assert paper_for("US", "A4") == "A4" and paper_for("DK", "letter") == "Letter"
    with pytest.raises(ValueError):
        paper_for("DK", "A3")


def test_cjk_names_print_family_name_first():
    assert display_name("芳", "王") == "王芳"
    assert display_name("민준", "김") == "김 민준"
    assert display_name("Søren", "Ærøskøbing") == "Søren Ærøskøbing"


@pytest.mark.parametrize("template", ["{", "}", "{name", "{0}", "{name.__class__}", "{name!z}", "{name:>>>>}",
                                      "{}{}{}", "{unknown}", "", "plain"])
def test_welcome_template_never_crashes(template):
    text, problems = render_welcome(template, {"name": "Søren"})
    assert isinstance(text, str) and text
    assert "__class__'>" not in text and "<class" not in text


def test_welcome_template_fills_known_and_keeps_unknown_placeholders():
    text, problems = render_welcome("Hi {name}, see {nope}.", {"name": "Åse"})
    assert text == "Hi Åse, see {nope}." and any("{nope}" in p for p in problems)


def test_arabic_is_joined_and_put_in_display_order_with_glyphs_the_fonts_have():
    import unicodedata

    from qistdesk.formats.pdf import fonts
    from qistdesk.formats.pdf.text import clean

    name = "ليلى حداد"
    drawn = clean(name)
    assert drawn != name and all(0xFE70 <= ord(c) <= 0xFEFF for c in drawn if not c.isspace())
    assert fonts.missing_glyphs(drawn) == []
    assert unicodedata.normalize("NFKC", drawn)[::-1] == name  # the same letters, in display order
    assert clean("Speaker: ليلى حداد").startswith("Speaker: ")
    # A list that starts with an Arabic name stays a left-to-right list.
    assert clean("ليلى حداد, 김 민준; Chair: Olivia Martinez").endswith(", 김 민준; Chair: Olivia Martinez")
    assert clean("Søren Ærø <&>") == "Søren Ærø <&>"  # left-to-right text untouched
    assert clean("سلام\nשלום").split("\n")[1] == "םולש"  # each line ordered on its own
    assert fonts.missing_glyphs(clean("محمد عبد الله")) == []  # no ligature the fonts lack
