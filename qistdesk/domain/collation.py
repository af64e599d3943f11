"""Danish alphabetical order: Æ, Ø, Å after Z. The one collation helper of the app.

Why not ``locale.strxfrm``: the da_DK locale is missing on many machines
(and differs between Windows, macOS and glibc), and a printed sign-in sheet
must sort the same everywhere. The rules follow Danish dictionaries and
phone books (Retskrivningsordbogen, DS 377):

- the alphabet is A–Z, then Æ, Ø, Å; case is ignored;
- Ä counts as Æ, Ö and Ő as Ø, Ü as Y; other accented letters as their base letter (É as E);
- a double "aa" counts as Å (Aagaard sorts with Ågård, after Ø), as Danish names are sorted;
- letters of other scripts follow the Latin ones, in code point order; digits come first.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ORDER = {ch: i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyzæøå", start=10)}
_SAME_AS = {"ä": "æ", "ö": "ø", "ő": "ø", "ü": "y", "ű": "y", "ß": "ss", "þ": "th", "ð": "d", "ł": "l",
            "œ": "oe", "đ": "d"}


@lru_cache(maxsize=65536)
def danish_key(text: str) -> tuple:
    """A sort key for ``text`` in Danish alphabetical order."""
    folded = (text or "").strip().casefold()
    primary: list[int] = []
    i = 0
    while i < len(folded):
        ch = folded[i]
        if folded.startswith("aa", i):
            primary.append(_ORDER["å"])
            i += 2
            continue
        i += 1
        ch = _SAME_AS.get(ch, ch)
        if len(ch) > 1:
            primary += [_ORDER[c] for c in ch]
            continue
        if ch not in _ORDER:
            base = unicodedata.normalize("NFD", ch)[0]
            ch = _SAME_AS.get(base, base)
        if ch in _ORDER:
            primary.append(_ORDER[ch])
        elif ch.isdigit():
            primary.append(int(ch) if ch.isascii() else 0)
        elif ch.isspace() or ch in "-'’.,":
            primary.append(1)  # separators sort before letters: "Holm" before "Holmberg"
        else:
            primary.append(100 + ord(ch))
    return tuple(primary), folded, text or ""  # ties: the folded text, then "A" before "a"


def sort_danish(items, key=lambda x: x) -> list:
    """``items`` sorted by Danish alphabetical order of ``key(item)``."""
    return sorted(items, key=lambda item: danish_key(key(item)))


def name_key(family: str, given: str) -> tuple:
    """Family name first, then given name, each in Danish order (sign-in sheets, lists)."""
    return danish_key(family or given), danish_key(given)
