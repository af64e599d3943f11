"""Paper size per recipient: US Letter in North America, A4 everywhere else.

Why per recipient: a packet mailed to Boston is printed on Letter, one for
Aarhus on A4; A4 text on Letter loses its bottom margin, Letter on A4 its
sides. ``packets.paper`` (auto | A4 | Letter) or ``--paper`` overrides.
"""

from __future__ import annotations

A4 = "A4"
LETTER = "Letter"
AUTO = "auto"
CHOICES = (AUTO, A4, LETTER)

#: Countries whose offices print on US Letter (ISO 3166-1 alpha-2).
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PR", "GT", "SV", "HN", "NI", "CR", "PA", "DO",
                              "CO", "VE", "CL", "BO", "PH"})


def normalise(choice: str | None) -> str:
    """'a4', 'LETTER', None, '' → 'A4' / 'Letter' / 'auto'; anything else raises ValueError."""
    text = (choice or AUTO).strip().lower()
    for name in CHOICES:
        if text == name.lower():
            return name
    if text in ("us-letter", "usletter", "us letter"):
        return LETTER
    raise ValueError(f"unknown paper {choice!r}: use A4, Letter or auto")


def paper_for(country: str | None, override: str | None = AUTO) -> str:
    """'A4' or 'Letter' for a recipient in ``country`` unless ``override`` fixes one."""
    chosen = normalise(override)
    if chosen != AUTO:
        return chosen
    return LETTER if (country or "").strip().upper() in LETTER_COUNTRIES else A4


def page_size(paper: str) -> tuple[float, float]:
    """(width, height) in points, portrait."""
    from reportlab.lib.pagesizes import A4 as A4_SIZE, LETTER as LETTER_SIZE

    return LETTER_SIZE if normalise(paper) == LETTER else A4_SIZE
