"""How names sort and match for a Danish reader, in one place.

Danish puts Æ, Ø and Å after Z, and reads the old spelling "Aa" as Å (Aagaard sorts beside Åse,
not before Abildgaard), as the Danish standard and CLDR's ``da`` collation do. Other accents do
not change a letter's place (é sorts as e); the German and Swedish Ä, Ö sort with Æ, Ø and Ü with
Y, as in a Danish telephone book. PyICU would give the full CLDR collation but needs a compiler
and ICU's headers on every machine; these few rules are what Danish readers notice.

Filtering is looser on purpose: ``fold_for_filter`` drops every accent and writes æ, ø, å as ae,
o, a, so a user who types "soren" or "aero" on an English keyboard finds Søren and Ærø.
"""

from __future__ import annotations

import unicodedata

# Letters after Z, in Danish order; the values only have to sort after every ASCII letter.
_AFTER_Z = {"æ": "{0", "ä": "{0", "ø": "{1", "ö": "{1", "å": "{2"}
_AS_LETTER = {"ü": "y", "ß": "ss", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "œ": "oe"}
_FILTER = {"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "œ": "oe"}


def _strip_accents(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _primary(text: str) -> str:
    """The letters as Danish orders them, case and accents aside (except the Danish letters)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    out: list[str] = []
    i = 0
    while i < len(folded):
        char = folded[i]
        if char == "a" and folded[i + 1 : i + 2] == "a":
            out.append(_AFTER_Z["å"])
            i += 2
            continue
        if char in _AFTER_Z:
            out.append(_AFTER_Z[char])
        elif char in _AS_LETTER:
            out.append(_AS_LETTER[char])
        else:
            out.append(_strip_accents(char))
        i += 1
    return "".join(out)


def danish_sort_key(text: str | None) -> tuple[str, str, str]:
    """A key that sorts ``text`` as a Danish reader expects (Æ, Ø, Å after Z; Aa as Å).

    Ties on letters are broken by the accents, then by case, so the order is total and stable.
    """
    value = text or ""
    nfc = unicodedata.normalize("NFC", value)
    return (_primary(nfc), nfc.casefold(), nfc)


def fold_for_filter(text: str | None) -> str:
    """``text`` reduced for accent-insensitive matching ("Søren Ærø" -> "soren aero")."""
    folded = unicodedata.normalize("NFC", text or "").casefold()
    return "".join(_FILTER.get(c) or _strip_accents(c) for c in folded)


def matches_filter(needle: str, haystack: str) -> bool:
    """True when every word of ``needle`` occurs in ``haystack``, accents aside."""
    folded = fold_for_filter(haystack)
    return all(word in folded for word in fold_for_filter(needle).split())
