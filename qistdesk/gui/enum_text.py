"""How the GUI writes the domain's closed vocabularies (sector, role, stage …) in the app's language.

``member.label`` is already in the app's language (``qistdesk.messages``, the Danish in
``resources/i18n/documents_da.po``: one value, one Danish word on screen, on badges and in
packets). These helpers only save each pick list and column from spelling out the lookups.
"""

from __future__ import annotations

from enum import Enum


def enum_label(member: Enum) -> str:
    """``member``'s label in the app's language."""
    return member.label


def enum_label_of(enum_cls, value: str | None) -> str:
    """The label of ``value`` in ``enum_cls``; an unknown value is shown as it is ("" for none)."""
    if value in enum_cls.values():
        return enum_cls(value).label
    return value or ""


def enum_choices(enum_cls) -> list[tuple[str, str]]:
    """(label, value) of each member, for a pick list."""
    return [(m.label, m.value) for m in enum_cls]
