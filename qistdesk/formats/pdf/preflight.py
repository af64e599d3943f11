"""Check packet data before printing: characters no font shows, right-to-left text.

Why before, not during, rendering: the app shows these warnings in a dialog
before the user prints or saves, and the CLI prints them on stderr, so both
need them without laying out a page. The walk visits every string of the
plain packet data and names where it found the problem (whose name, which
field), once per problem.
"""

from __future__ import annotations

import dataclasses

from qistdesk.formats.pdf import fonts
from qistdesk.messages import N_, _

#: Right-to-left scripts by name (fonts.rtl_scripts), for the catalogue.
SCRIPTS = {"ARABIC": N_("Arabic"), "HEBREW": N_("Hebrew"), "SYRIAC": N_("Syriac"), "THAANA": N_("Thaana")}


def preflight(*data) -> list[str]:
    """Warnings for every string reachable from ``data`` (dataclasses, lists, dicts, strings).

    One warning per problem and text: a name printed in five places is reported once.
    """
    found: dict[tuple, str] = {}
    for item in data:
        _walk(item, "", found)
    return list(found.values())


def _walk(value, where: str, found: dict) -> None:
    if isinstance(value, str):
        _check(value, where, found)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        prefix = _("person") if hasattr(value, "given_name") else where
        for f in dataclasses.fields(value):
            if f.name in ("id", "timezone", "given_name", "family_name") or f.name.endswith(("_id", "_ids")):
                continue
            _walk(getattr(value, f.name), _inside(prefix, _field(f.name)), found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, _inside(where, str(key)), found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _walk(item, where, found)


#: The packet data's fields as a warning names them (in English the field's own name), for the catalogue.
FIELDS = {"accessibility_notes": N_("accessibility notes"), "address": N_("address"), "chair": N_("chair"),
          "city": N_("city"), "contact": N_("contact"), "country": N_("country"),
          "description": N_("description"), "email": N_("email"), "events": N_("events"),
          "funding": N_("funding"), "home": N_("home"), "host": N_("host"), "host_contact": N_("host contact"),
          "host_organization": N_("host organization"), "housing": N_("housing"), "job_title": N_("job title"),
          "milestones": N_("milestones"), "name": N_("name"), "organization": N_("organization"),
          "organizer": N_("organizer"), "participant": N_("participant"), "phone": N_("phone"),
          "place": N_("place"), "program": N_("program"), "programme": N_("programme"), "role": N_("role"),
          "room": N_("room"), "speakers": N_("speakers"), "title": N_("title"), "venue": N_("venue"),
          "website": N_("website")}


def _field(name: str) -> str:
    return _(FIELDS[name]) if name in FIELDS else name.replace("_", " ")


def _inside(outer: str, inner: str) -> str:
    """"programme speakers" / "program › oplægsholdere"."""
    return _("{outer} {inner}").format(outer=outer, inner=inner) if outer else inner


def _check(text: str, where: str, found: dict) -> None:
    if text.isascii():
        return
    place = _(" in {where}").format(where=where) if where else ""
    snippet = " ".join(text.split())
    snippet = snippet if len(snippet) <= 40 else snippet[:39] + "…"
    for ch in fonts.missing_glyphs(fonts.visual(text)):
        found.setdefault(("glyph", ch, snippet), _(
            "no bundled font can show {char}{place} ({text}); it will print as a box").format(
            char=fonts.describe_char(ch), place=place, text=repr(snippet)))
    for script in fonts.rtl_scripts(text):
        found.setdefault(("rtl", script, snippet), _(
            "{script} text{place} ({text}) is right-to-left; it prints joined and right to left, but check it: "
            "long passages wrap line by line").format(script=_(SCRIPTS[script]) if script in SCRIPTS
                                                      else script.capitalize(), place=place, text=repr(snippet)))
