"""Welcome letters from a programme's editable template, formatted safely.

Why not ``str.format``: a template is typed by a user, and ``format`` raises
on an unbalanced brace, an unknown name or a bad format spec, and will follow
``{name.__class__}`` into attributes. :func:`render_welcome` replaces only
plain ``{name}`` placeholders it knows and leaves everything else visible as
typed, so a letter always prints and each problem is reported.
"""

from __future__ import annotations

import re

from qistdesk.messages import _

DEFAULT_WELCOME = (
    "Dear {name},\n\n"
    "Welcome to {the_program}. We are delighted that you will spend {start} to {end} at {the_host} "
    "in {host_city}.\n\n"
    "This packet holds your itinerary, the people to contact, your checklist and practical "
    "information for your stay. Please keep it with you during your first days.\n\n"
    "If anything is unclear, write to us at any time; we look forward to meeting you.\n\n"
    "With kind regards,\n{office}"
)

DEFAULT_WELCOME_DA = (
    "Kære {name}\n\n"
    "Velkommen til {program}. Vi glæder os over, at du skal være hos {host} i {host_city} "
    "fra {start} til {end}.\n\n"
    "I denne mappe finder du dit program, de personer, du kan kontakte, din tjekliste og praktiske "
    "oplysninger om opholdet. Hav den gerne med dig de første dage.\n\n"
    "Skriv endelig til os, hvis noget er uklart; vi glæder os til at møde dig.\n\n"
    "Med venlig hilsen\n{office}"
)

#: Placeholders a template may use, with what they mean (shown in the app's template editor).
PLACEHOLDERS = {
    "name": "participant's full name", "given_name": "given name", "family_name": "family name",
    "start": "first day of the stay", "end": "last day of the stay", "weeks": "length in weeks",
    "host": "host organisation", "host_city": "host city", "host_country": "host country",
    "host_contact": "host contact's name", "home": "home organisation", "program": "programme name",
    "office": "office name",
    "the_program": "programme name, with “the” where English needs it",
    "the_host": "host organisation, with “the” where English needs it",
}

#: First words of names that read "the …" in running English ("at the National Institute of …").
_THE_WORDS = {"national", "federal", "royal", "danish", "american", "european", "international", "transatlantic",
              "university", "institute", "centre", "center", "foundation", "office", "agency", "embassy", "us",
              "us–denmark", "us-denmark", "qist", "department", "ministry", "state"}


def with_article(name: str) -> str:
    """"the National Institute of Quantum Standards", "the Transatlantic … Exchange", but
    "Qubitwise Inc." and "Øresund University" as they are: names made of a common noun
    or a "… of …" phrase take "the" in a sentence, proper names do not."""
    text = name.strip()
    if not text or text.lower().startswith("the "):
        return text
    first = text.split()[0].lower().rstrip(",")
    head = re.split(r"\s[–—-]\s|,", text)[0]  # "Øresund University – Centre for …": the name is the head
    if first in _THE_WORDS or re_of.search(head):
        return "the " + text
    return text


re_of = re.compile(r"\s(of|for)\s", re.IGNORECASE)


def template_for(english: str | None, danish: str | None, lang: str) -> str:
    """A programme's letter for a reader of ``lang``: the one in that language, else the other
    one (a letter someone wrote beats the built-in one); empty when both are, so
    :func:`render_welcome` prints the built-in letter in ``lang``."""
    mine, other = (danish, english) if lang == "da" else (english, danish)
    for text in (mine, other):
        if (text or "").strip():
            return text
    return ""


_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}|\{[^{}]*\}?")


def render_welcome(template: str | None, values: dict[str, str], lang: str = "en") -> tuple[str, list[str]]:
    """(letter text, problems). Never raises, whatever the template says.

    ``{name}`` and friends are replaced; ``{{`` and ``}}`` print one brace; anything else in
    braces (an unknown name, ``{name.__class__}``, a lone ``{``) prints as typed and is reported.
    """
    text = template if (template or "").strip() else (DEFAULT_WELCOME_DA if lang == "da" else DEFAULT_WELCOME)
    problems: list[str] = []

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        key = match.group(1)
        if key is not None and key in values:
            value = values[key]
            return "" if value is None else str(value)
        problems.append(_("welcome template: {token} is not a known placeholder; printed as typed (known: {known})")
                        .format(token=repr(token), known=", ".join("{" + k + "}" for k in PLACEHOLDERS)))
        return token

    return _PLACEHOLDER.sub(replace, text), problems
