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


# Lists of 100,000 names build their keys at load, so the Latin letters (to U+024F) are worked
# out once into plain tables that ``str.translate`` reads at C speed; a rarer character (Greek,
# Cyrillic, CJK …) is reduced on the spot.
_LATIN_END = 0x250


class _Table(dict):
    """A ``str.translate`` table: the Latin letters worked out at import, any other character
    (Greek, Cyrillic, CJK …) the first time it is met, then kept. Every string is then reduced by
    ``translate`` at C speed; reducing the rare ones a character at a time in Python took 1.9 s of
    the People list's 2.8 s load on 100,000 names (issue 19)."""

    def __init__(self, special: dict[str, str]):
        super().__init__((code, special.get(chr(code)) or _strip_accents(chr(code)))
                         for code in range(0x80, _LATIN_END))
        self.special = special

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = char if code < 0x80 else self.special.get(char) or _strip_accents(char)
        self[code] = value
        return value


_SORT_TABLE = _Table({**_AS_LETTER, **_AFTER_Z})
_FILTER_TABLE = _Table(_FILTER)


def _reduce(folded: str, table: _Table) -> str:
    return folded if folded.isascii() else folded.translate(table)


def _primary(folded: str) -> str:
    """The letters of casefolded NFC text as Danish orders them (only the Danish letters keep accents)."""
    return _reduce(folded.replace("aa", "å"), _SORT_TABLE)


def _nfc(text: str) -> str:
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def danish_sort_string(text: str | None) -> str:
    """One string that sorts ``text`` as a Danish reader expects; ties broken by accents, then case."""
    nfc = _nfc(text or "")
    folded = nfc.casefold()
    return _primary(folded) + "\x00" + folded + "\x00" + nfc


def danish_sort_key(text: str | None) -> tuple[str, str, str]:
    """A key that sorts ``text`` as a Danish reader expects (Æ, Ø, Å after Z; Aa as Å).

    Ties on letters are broken by the accents, then by case, so the order is total and stable.
    """
    nfc = _nfc(text or "")
    folded = nfc.casefold()
    return (_primary(folded), folded, nfc)


def fold_for_filter(text: str | None) -> str:
    """``text`` reduced for accent-insensitive matching ("Søren Ærø" -> "soren aero")."""
    folded = (text or "").casefold()
    return folded if folded.isascii() else _reduce(_nfc(folded), _FILTER_TABLE)


def matches_filter(needle: str, haystack: str) -> bool:
    """True when every word of ``needle`` occurs in ``haystack``, accents aside."""
    folded = fold_for_filter(haystack)
    return all(word in folded for word in fold_for_filter(needle).split())
