"""Welcome letters from a programme's editable template, formatted safely.

Why not ``str.format``: a template is typed by a user, and ``format`` raises
on an unbalanced brace, an unknown name or a bad format spec, and will follow
``{name.__class__}`` into attributes. :func:`render_welcome` accepts only
plain names, leaves unknown ones visible as typed, and falls back to the
template as literal text when it cannot be parsed, so a letter always prints
and the problem is reported.
"""

from __future__ import annotations

import string

DEFAULT_WELCOME = (
    "Dear {name},\n\n"
    "Welcome to {program}. We are delighted that you will spend {start} to {end} at {host} "
    "in {host_city}.\n\n"
    "This packet holds your itinerary, the people to contact, your checklist and practical "
    "information for your stay. Please keep it with you during your first days.\n\n"
    "If anything is unclear, write to us at any time; we look forward to meeting you.\n\n"
    "With kind regards,\n{office}"
)

#: Placeholders a template may use, with what they mean (shown in the app's template editor).
PLACEHOLDERS = {
    "name": "participant's full name", "given_name": "given name", "family_name": "family name",
    "start": "first day of the stay", "end": "last day of the stay", "weeks": "length in weeks",
    "host": "host organisation", "host_city": "host city", "host_country": "host country",
    "host_contact": "host contact's name", "home": "home organisation", "program": "programme name",
    "office": "office name",
}


def render_welcome(template: str | None, values: dict[str, str]) -> tuple[str, list[str]]:
    """(letter text, problems). Never raises for any template text."""
    text = template if (template or "").strip() else DEFAULT_WELCOME
    problems: list[str] = []
    try:
        pieces = list(string.Formatter().parse(text))
    except ValueError as exc:
        return text, [f"welcome template printed as typed: {exc}"]
    out: list[str] = []
    for literal, field, spec, conversion in pieces:
        out.append(literal)
        if field is None:
            continue
        key = field.strip()
        if key in values:
            value = str(values[key] if values[key] is not None else "")
            if spec:
                try:
                    value = format(value, spec)
                except (ValueError, TypeError):
                    problems.append(f"welcome template: format {spec!r} ignored for {{{key}}}")
            out.append(value)
        else:
            shown = "{" + field + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
            out.append(shown)
            problems.append(f"welcome template: unknown placeholder {shown} printed as typed")
    return "".join(out), problems
