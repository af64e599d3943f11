"""What the services and the domain say to the user, in the app's language.

Validation errors, scheduling and timetable warnings, import summaries, check results, undo
step names and the labels of the closed vocabularies (statuses, stages, roles, sectors) are
made by headless code but read in the window. They are gettext messages::

    from qistdesk.messages import _, ngettext, N_
    _("{value} is not a two-letter country code such as DK or US").format(value=...)
    ngettext("{n} person", "{n} people", n).format(n=n)
    LABELS = {"draft": N_("Draft")}      # marked here, translated where it is shown: _(LABELS[v])

Values always go in as named placeholders after translation, so the Danish sentence can put
them where Danish wants them.

The language is one per process: :func:`set_language`, which ``qistdesk.gui.i18n.install``
calls with the window's language. The command line never calls it, so its messages stay
English. Documents for people are not written through this module: they take the recipient's
language (:mod:`qistdesk.document_text`).

The Danish lives in the same catalogue as the documents' (``resources/i18n/documents_da.po``):
a status, a role or a holiday reads the same in a list on screen and on a badge or a packet,
and there is one extraction, one test and one merge rule for all headless text.
"""

from __future__ import annotations

from datetime import date, datetime

from qistdesk.document_text import translations
from qistdesk.locale_text import language

_language = "en"


def set_language(lang: str | None) -> str:
    """Make ``lang`` ("da", "en") the language of messages from now on; returns it normalised."""
    global _language
    _language = language(lang)
    return _language


def current_language() -> str:
    return _language


def _(text: str) -> str:
    """``text`` in the current language (the English itself when there is no translation)."""
    if _language == "en" or not text:
        return text
    return translations(_language).gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a message by the current language's rule."""
    if _language == "en":
        return singular if n == 1 else plural
    return translations(_language).ngettext(singular, plural, n)


def N_(text: str) -> str:
    """Marks ``text`` for translation where it is defined (a table); :func:`_` translates it when shown."""
    return text


def day_text(value: date | datetime, english: str = "%a %d %b %Y") -> str:
    """A date in a message: ``english`` (a strftime pattern, as the CLI always printed it) or
    the Danish reader's "tors. 5. mar. 2026"."""
    if _language == "en":
        return value.strftime(english)
    from qistdesk.locale_text import format_date_skeleton

    skeleton = ("E" if "%a" in english or "%A" in english else "") + ("y" if "%Y" in english else "") + "MMMd"
    return format_date_skeleton(value, skeleton, _language)


def time_text(value: datetime) -> str:
    """A time of day in a message: "14:30" / "14.30"."""
    from qistdesk.locale_text import format_time

    return format_time(value, _language)


def at_line(line: int, text: str) -> str:
    """A problem of a file's line: "line 12: …" / "linje 12: …"."""
    return _("line {line}: {text}").format(line=line, text=text)


def join_and(items: list[str]) -> str:
    """"a, b and c" / "a, b og c"."""
    items = [str(x) for x in items]
    if len(items) <= 1:
        return "".join(items)
    return _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])
