"""Building blocks both packet kinds use: headings, key/value lists, tables, QR, contacts.

Why shared: the exchange and the event packet must look like one family, and
every block escapes user text the same way (through :mod:`.text`).
"""

from __future__ import annotations

from qistdesk.document_text import translator
from qistdesk.formats.pdf import fonts
from qistdesk.domain.directory import display_name
from qistdesk.formats.pdf.info import emergency_numbers
from qistdesk.formats.pdf.templates import styles
from qistdesk.formats.pdf.text import LIMIT_CELL, label, markup, one_line

def _(text: str) -> str:
    """Marks a text for translation (extracted by pybabel); it is translated where it is printed."""
    return text


#: Roles as printed (the stored values are lower-case identifiers).
ROLE_LABELS = {"attendee": _("Participant"), "speaker": _("Speaker"), "chair": _("Chair"),
               "organiser": _("Organiser"), "panelist": _("Panellist"), "guest": _("Guest"),
               "exchange participant": _("Exchange participant"), "host contact": _("Host contact")}


def role_label(role: str, lang: str = "en") -> str:
    found = ROLE_LABELS.get(role)
    return translator(lang)(found) if found else (role or "").replace("-", " ").capitalize()


def card_name(card) -> str:
    return card.name or display_name(card.given_name, card.family_name)


def heading(text: str, level: int = 1):
    from reportlab.platypus import Paragraph

    st = styles()
    return Paragraph(label(text), st.h1 if level == 1 else st.h2)


def para(value, style=None, limit=None):
    from reportlab.platypus import Paragraph

    return Paragraph(markup(value, limit) if limit else markup(value), style or styles().body)


def fixed(text: str, style=None):
    """The app's own sentence (no user text inside), escaped all the same."""
    from reportlab.platypus import Paragraph

    return Paragraph(label(text), style or styles().body)


def key_values(rows: list[tuple[str, object]], width: float, key_width: float = 130):
    """A two-column list 'Field: value' for user values; empty values are left out."""
    from qistdesk.formats.pdf.fasttable import make_table

    data = [[k, v] for k, v in rows if v not in (None, "")]
    if not data:
        return fixed("—", styles().muted)
    return make_table(None, data, [key_width, width - key_width], bold_first=True, zebra=False)


def grid(header: list[str], rows: list[list], widths: list[float], limit: int = LIMIT_CELL):
    """A table with a header row repeated on every page; cells are plain user text, cut at ``limit``."""
    from qistdesk.formats.pdf.fasttable import make_table

    return make_table(header, rows, widths, limit=limit)


def qr_block(url: str, caption: str, size: float = 84):
    """A QR code beside its caption and the link written out (for readers without a phone)."""
    from reportlab.platypus import Paragraph, Table

    from qistdesk.formats.pdf.qr import qr_flowable

    st = styles()
    text = [Paragraph(f"<b>{label(caption)}</b>", st.cell), Paragraph(markup(url, 300), st.small)]
    t = Table([[qr_flowable(url, size), text]], colWidths=[size + 10, None], hAlign="LEFT")
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("LEFTPADDING", (0, 0), (0, 0), 0)])
    return t


def emergency_block(country: str, width: float, lang: str = "en"):
    t = translator(lang)
    rows = emergency_numbers(country)
    where = f" ({country})" if country else ""
    return [heading(t("Emergency numbers") + where, 2),
            key_values([(number, t(what)) for what, number in rows], width, key_width=110)]


def contact_rows(card, lang: str = "en") -> list[tuple[str, object]]:
    t = translator(lang)
    return [(t("Name"), card_name(card)), (t("Role"), card.job_title), (t("Organisation"), card.organization),
            (t("E-mail"), card.email), (t("Phone"), card.phone)]


def office_rows(office, lang: str = "en") -> list[tuple[str, object]]:
    t = translator(lang)
    return [(t("Office"), office.name), (t("Contact"), office.contact), (t("E-mail"), office.email),
            (t("Phone"), office.phone)]


def sensitive_block(card, width: float, lang: str = "en") -> list:
    """The recipient's own sensitive details, only present when the user asked for them."""
    if not card.sensitive:
        return []
    t = translator(lang)
    st = styles()
    return [heading(t("Your registration details (confidential)"), 2),
            fixed(t("Printed because sensitive details were requested for this packet. Keep it private."), st.muted),
            key_values([(t(key), value) for key, value in card.sensitive.items()], width)]


def contents(items: list[str], lang: str = "en"):
    """'In this packet' on a cover: the sections, so a reader knows what to look for."""
    from reportlab.platypus import Paragraph, Spacer, Table

    st = styles()
    t = translator(lang)
    title = t("In this packet")
    rows = [[Paragraph(f"<b>{label(title)}</b>", st.body)]]
    rows += [[Paragraph("•&nbsp;&nbsp;" + label(item), st.body)] for item in items]
    t = Table([[Spacer(1, 20)]] + rows, hAlign="LEFT")
    t.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return t
