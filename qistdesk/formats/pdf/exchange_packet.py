"""The exchange packet: cover, welcome letter, itinerary, contacts, checklist, practical info.

Why the itinerary shows two zones: the participant's family and home
supervisor read the same pages, and a seminar at 16:00 in Copenhagen is
10:00 (or 11:00, in the weeks between the US and EU clock changes) at home.
"""

from __future__ import annotations

from qistdesk.document_text import translator
from qistdesk.domain.exchanges import paperwork_label
from qistdesk.formats.pdf import blocks as b
from qistdesk.formats.pdf.info import day_text, long_date, zone_for_place, zone_label
from qistdesk.formats.pdf.letter import render_welcome, template_for, with_article
from qistdesk.formats.pdf.qr import map_link
from qistdesk.formats.pdf.stay import more_line, other_rows, own_rows
from qistdesk.formats.pdf.templates import body_width, start_packet, styles

_ = b._  # marks texts for translation; they are translated where printed

DIRECTION_LABELS = {"US-DK": _("United States → Denmark"), "DK-US": _("Denmark → United States")}
#: The default checklist's titles (services.exchanges.default_milestones): a Danish packet prints them
#: in Danish; a step the user named prints as typed. tests/pdf keeps this list in step with the defaults.
CHECKLIST_TITLES = (_("Visa approved"), _("Health insurance confirmed"), _("Housing arranged"), _("Arrival"),
                    _("Orientation meeting"), _("Mid-term report"), _("Final report"))
#: Visa and insurance as domain.exchanges.paperwork_label writes them (derived from the checklist).
PAPERWORK_LABELS = (_("Not needed"), _("Not started"), _("In progress"), _("Done"))


def _date(d, lang: str = "en") -> str:
    return day_text(d, lang=lang) if d else ""


def welcome_values(ex, office_name: str, lang: str = "en") -> dict[str, str]:
    host, home, p = ex.host, ex.home, ex.participant
    t = translator(lang)
    return {"name": b.card_name(p), "given_name": p.given_name, "family_name": p.family_name,
            "start": long_date(ex.start_date, lang), "end": long_date(ex.end_date, lang),
            "weeks": str(max(1, round((ex.end_date - ex.start_date).days / 7))),
            "host": host.name if host else t("your host institution"), "host_city": host.city if host else "",
            "host_country": host.country if host else "", "home": home.name if home else "",
            "host_contact": b.card_name(ex.host_contact) if ex.host_contact else "", "program": ex.program,
            "office": office_name,
            "the_program": with_article(str(ex.program)),
            "the_host": with_article(host.name) if host else "your host institution"}


def exchange_story(story: list, state, ex, office, paper: str, problems: list[str], first: bool = True) -> None:
    """Append the packet of exchange ``ex`` to ``story``, in the participant's language; template
    problems go to ``problems``."""
    from reportlab.platypus import CondPageBreak, PageBreak, Spacer

    st = styles()
    width = body_width(paper)
    p = ex.participant
    lang = getattr(p, "language", "en")
    t = translator(lang)
    name = b.card_name(p)
    start_packet(story, state, paper, t("{program} – exchange packet").format(program=ex.program), name, first, lang)
    host_country = ex.host.country if ex.host else ""
    home_country = ex.home.country if ex.home else p.country
    host_zone = zone_for_place(host_country, ex.host.city if ex.host else "", "UTC")
    home_zone = zone_for_place(home_country, ex.home.city if ex.home else p.city, host_zone)

    # Cover
    direction = DIRECTION_LABELS.get(ex.direction)
    story.append(b.fixed(t("Exchange packet") + " · " + (t(direction) if direction else ex.direction), st.cover_sub))
    story.append(b.para(ex.program, st.cover_title, 300))
    story.append(b.fixed(f"{_date(ex.start_date, lang)} – {_date(ex.end_date, lang)}", st.cover_sub))
    story.append(b.para(name, st.cover_name, 200))
    route = " → ".join(o.name for o in (ex.home, ex.host) if o)
    if route:
        story.append(b.para(route, st.body, 600))
    story.append(Spacer(1, 18))
    address = _host_address(ex)
    url = map_link(address)
    if url:
        story.append(b.qr_block(url, t("Map of your host institution"), 96))
    story.append(b.contents([t("Welcome letter"), t("Itinerary"), t("Contacts and emergency numbers"),
                             t("Checklist"), t("Practical information")], lang))
    story.append(PageBreak())

    # Welcome letter
    story.append(b.heading(t("Welcome")))
    template = template_for(ex.welcome_template, getattr(ex, "welcome_template_da", ""), lang)
    letter, issues = render_welcome(template, welcome_values(ex, office.name, lang), lang)
    problems += issues
    for paragraph in letter.split("\n\n"):
        story.append(b.para(paragraph, st.letter))

    # Itinerary
    story.append(CondPageBreak(200))
    story.append(b.heading(t("Itinerary")))
    two = home_zone != host_zone
    here, home = zone_label(host_zone, lang), zone_label(home_zone, lang)
    story.append(b.fixed((t("Times in {here} (where you will be) and {home} (home).") if two
                          else t("Times in {here} (where you will be).")).format(here=here, home=home), st.muted))
    keyed = [((ex.start_date, ""), [_date(ex.start_date, lang), "", "", t("Arrival"), ex.host.name if ex.host else ""])]
    # The itinerary says when; whether a step is done is the checklist's column, not a place.
    keyed += [((m.due_date, ""), [_date(m.due_date, lang), "", "", t(m.title), ""])
              for m in ex.milestones if m.kind in ("orientation", "departure") and ex.start_date <= m.due_date]
    keyed += own_rows(ex.own_events, host_zone, home_zone, lang)
    keyed.append(((ex.end_date, "~"), [_date(ex.end_date, lang), "", "", t("Last day of the stay"), ""]))
    keyed.sort(key=lambda kv: kv[0])
    rows = [row for _key, row in keyed]
    story.append(b.grid([t("Day"), here, home if two else "", t("What"), t("Where")],
                        rows, [width * f for f in (0.16, 0.14, 0.16, 0.32, 0.22)]))
    if ex.other_events:
        story.append(CondPageBreak(120))
        story.append(b.heading(t("Also during your stay"), 2))
        story.append(b.grid([t("Day"), t("What"), t("Where")], other_rows(ex.other_events, host_zone, lang),
                            [width * f for f in (0.18, 0.56, 0.26)]))
        if ex.other_more:
            story.append(b.fixed(more_line(ex.other_more, lang), st.muted))

    # Contacts
    story.append(CondPageBreak(220))
    story.append(b.heading(t("Contacts")))
    if ex.host_contact:
        story.append(b.heading(t("Your host contact"), 2))
        story.append(b.key_values(b.contact_rows(ex.host_contact, lang), width))
    story.append(b.heading(t("Embassy / science office"), 2))
    story.append(b.key_values(b.office_rows(office, lang), width))
    story += b.emergency_block(host_country, width, lang)

    # Checklist
    story.append(CondPageBreak(200))
    story.append(b.heading(t("Checklist")))
    rows = [["☑" if m.done else "☐", t(m.title), _date(m.due_date, lang),
             t("done {date}").format(date=_date(m.done_on, lang)) if m.done and m.done_on
             else (t("done") if m.done else t("open"))]
            for m in ex.milestones]
    story.append(b.grid(["", t("Step"), t("Due"), t("Status")], rows, [width * f for f in (0.06, 0.5, 0.22, 0.22)])
                 if rows else b.fixed(t("No checklist steps yet."), st.muted))
    # From the checklist, as the app shows it, in the reader's language.
    story.append(b.key_values([(t("Visa"), t(paperwork_label(ex.visa_status, english=True))),
                               (t("Insurance"), t(paperwork_label(ex.insurance_status, english=True)))], width))

    # Practical information
    story.append(CondPageBreak(200))
    story.append(b.heading(t("Practical information")))
    story.append(b.key_values([(t("Host institution"), ex.host.name if ex.host else ""), (t("Address"), address),
                               (t("Website"), ex.host.website if ex.host else ""), (t("Housing"), ex.housing),
                               (t("Funding"), ex.funding)], width))
    story += b.sensitive_block(p, width, lang)


def _host_address(ex) -> str:
    h = ex.host
    if not h:
        return ""
    return ", ".join(x for x in (h.name, " ".join(h.address.split()), h.city) if x)
