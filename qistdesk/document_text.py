"""Words of the documents written for people (packets, badges, invites, reminders, reports),
in the reader's language.

The app's own window speaks through Qt (:mod:`qistdesk.gui.i18n`); documents are written by
the headless core, for a recipient whose language may differ from the user's, so they use
gettext: code writes ``_ = document_text.translator(lang)`` and ``_("Welcome")`` or
``ngettext("%(n)d participant", "%(n)d participants", n)``. The Danish texts live in
``resources/i18n/documents_da.po`` (the source a translator edits, refreshed from the code by
``scripts/update_translations.sh``); Babel reads it and compiles it in memory on first use, so
no generated file is kept anywhere. English is the source language and needs no catalogue.
"""

from __future__ import annotations

import gettext
import io
from functools import lru_cache

from qistdesk.locale_text import language


@lru_cache(maxsize=None)
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from qistdesk.resources import resource_path

    path = resource_path("i18n", f"documents_{lang}.po")
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def translations(lang: str | None) -> gettext.NullTranslations:
    """The gettext translations for ``lang`` ("da", "en"; anything else reads English)."""
    return _translations(language(lang))


def translator(lang: str | None):
    """``_`` for one document: ``_("Welcome")`` in ``lang``."""
    return translations(lang).gettext


def plural(lang: str | None):
    """``ngettext`` for one document, with the language's plural rule."""
    return translations(lang).ngettext
