"""PDF packets: exchange packets, event packets and badge sheets.

The functions here take the plain data of :mod:`qistdesk.services.packets`
(never a session) and return a :class:`Rendered` with the PDF bytes and the
warnings a user should see before printing: characters no bundled font can
show, right-to-left text that prints unjoined, template problems. Heavy
imports (reportlab) happen inside the functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qistdesk.formats.pdf.paper import A4, AUTO, LETTER, paper_for
from qistdesk.formats.pdf.preflight import preflight

__all__ = ["Rendered", "exchange_pdf", "event_pdf", "event_pdfs", "badges_pdf", "preflight", "paper_for",
           "A4", "LETTER", "AUTO"]


@dataclass
class Rendered:
    pdf: bytes
    warnings: list[str] = field(default_factory=list)
    paper: str = A4
    packets: int = 1


def _build(make_story, first_paper: str, title: str, office) -> bytes:
    """Build; after a LayoutError (a cell taller than a page) rebuild once with all user text cut short."""
    from reportlab.platypus.doctemplate import LayoutError

    from qistdesk.formats.pdf.templates import PacketState, build_pdf, load_logo
    from qistdesk.formats.pdf.text import strict

    def attempt() -> bytes:
        warnings: list[str] = []
        state = PacketState(office=office.name, office_contact=office.contact,
                            logo=load_logo(office.logo, warnings),
                            extra={"office_email": office.email, "office_phone": office.phone})
        story: list = []
        make_story(story, state)
        return build_pdf(story, state, first_paper, title, office.name)

    try:
        return attempt()
    except LayoutError:
        with strict(300):
            return attempt()


def exchange_pdf(ex, office, paper: str = AUTO, extra_warnings: list[str] | None = None) -> Rendered:
    """One exchange participant's packet, on the paper of the participant's host country."""
    from qistdesk.formats.pdf.exchange_packet import exchange_story

    chosen = paper_for(ex.host.country if ex.host else ex.participant.country, paper)
    problems: list[str] = []

    def story(s, state):
        problems.clear()
        exchange_story(s, state, ex, office, chosen, problems)

    pdf = _build(story, chosen, f"{ex.program} – {ex.participant.name}", office)
    return Rendered(pdf, preflight(ex) + _logo_warnings(office) + problems + list(extra_warnings or []), chosen)


def event_pdf(event, recipient, office, paper: str = AUTO) -> Rendered:
    """One participant's event packet, on the paper of the recipient's country."""
    return event_pdfs(event, [recipient], office, paper)


def event_pdfs(event, recipients: list, office, paper: str = AUTO, check: bool = True) -> Rendered:
    """Packets for ``recipients`` in one document; each packet on its recipient's paper."""
    from qistdesk.formats.pdf.event_packet import event_story

    papers = [paper_for(r.country, paper) for r in recipients]

    def story(s, state):
        for i, (recipient, chosen) in enumerate(zip(recipients, papers)):
            event_story(s, state, event, recipient, chosen, first=i == 0)

    first = papers[0] if papers else paper_for(None, paper)
    title = f"{event.title} – " + (recipients[0].name if len(recipients) == 1 else "participant packets")
    pdf = _build(story, first, title, office)
    warnings = (preflight(event, recipients) + _logo_warnings(office)) if check else []
    return Rendered(pdf, warnings, first, len(recipients))


def badges_pdf(event, cards: list, office, paper: str = AUTO, size: str | None = None) -> Rendered:
    """Badge sheets for ``cards``; 'auto' paper follows the office's country."""
    from qistdesk.formats.pdf.badges import badge_sheets

    chosen = paper_for(office.country, paper)
    pdf = badge_sheets(cards, event.title, chosen, size, office.name)
    return Rendered(pdf, preflight(event.title, cards), chosen, len(cards))


def _logo_warnings(office) -> list[str]:
    from qistdesk.formats.pdf.templates import load_logo

    warnings: list[str] = []
    load_logo(office.logo, warnings)
    return warnings
