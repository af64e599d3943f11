"""The exchange packet: cover, welcome letter, itinerary, contacts, checklist, practical info.

Why the itinerary shows two zones: the participant's family and home
supervisor read the same pages, and a seminar at 16:00 in Copenhagen is
10:00 (or 11:00, in the weeks between the US and EU clock changes) at home.
"""

from __future__ import annotations

from qistdesk.domain.exchanges import paperwork_label
from qistdesk.formats.pdf import blocks as b
from qistdesk.formats.pdf.info import day_text, fmt_day, fmt_span, local, long_date, zone_for_place, zone_label
from qistdesk.formats.pdf.letter import render_welcome, with_article
from qistdesk.formats.pdf.qr import map_link
from qistdesk.formats.pdf.templates import body_width, start_packet, styles

DIRECTION_LABELS = {"US-DK": "United States → Denmark", "DK-US": "Denmark → United States"}


def _date(d) -> str:
    return day_text(d) if d else ""


def welcome_values(ex, office_name: str) -> dict[str, str]:
    host, home, p = ex.host, ex.home, ex.participant
    return {"name": b.card_name(p), "given_name": p.given_name, "family_name": p.family_name,
            "start": long_date(ex.start_date), "end": long_date(ex.end_date),
            "weeks": str(max(1, round((ex.end_date - ex.start_date).days / 7))),
            "host": host.name if host else "your host institution", "host_city": host.city if host else "",
            "host_country": host.country if host else "", "home": home.name if home else "",
            "host_contact": b.card_name(ex.host_contact) if ex.host_contact else "", "program": ex.program,
            "office": office_name,
            "the_program": with_article(str(ex.program)),
            "the_host": with_article(host.name) if host else "your host institution"}


def exchange_story(story: list, state, ex, office, paper: str, problems: list[str], first: bool = True) -> None:
    """Append the packet of exchange ``ex`` to ``story``; template problems go to ``problems``."""
    from reportlab.platypus import CondPageBreak, PageBreak, Spacer

    st = styles()
    width = body_width(paper)
    p = ex.participant
    name = b.card_name(p)
    start_packet(story, state, paper, f"{ex.program} – exchange packet", name, first)
    host_country = ex.host.country if ex.host else ""
    home_country = ex.home.country if ex.home else p.country
    host_zone = zone_for_place(host_country, ex.host.city if ex.host else "", "UTC")
    home_zone = zone_for_place(home_country, ex.home.city if ex.home else p.city, host_zone)

    # Cover
    story.append(b.fixed("Exchange packet · " + DIRECTION_LABELS.get(ex.direction, ex.direction), st.cover_sub))
    story.append(b.para(ex.program, st.cover_title, 300))
    story.append(b.fixed(f"{_date(ex.start_date)} – {_date(ex.end_date)}", st.cover_sub))
    story.append(b.para(name, st.cover_name, 200))
    route = " → ".join(o.name for o in (ex.home, ex.host) if o)
    if route:
        story.append(b.para(route, st.body, 600))
    story.append(Spacer(1, 18))
    address = _host_address(ex)
    url = map_link(address)
    if url:
        story.append(b.qr_block(url, "Map of your host institution", 96))
    story.append(b.contents(["Welcome letter", "Itinerary", "Contacts and emergency numbers", "Checklist",
                             "Practical information"]))
    story.append(PageBreak())

    # Welcome letter
    story.append(b.heading("Welcome"))
    letter, issues = render_welcome(ex.welcome_template, welcome_values(ex, office.name))
    problems += issues
    for paragraph in letter.split("\n\n"):
        story.append(b.para(paragraph, st.letter))

    # Itinerary
    story.append(CondPageBreak(200))
    story.append(b.heading("Itinerary"))
    two = home_zone != host_zone
    story.append(b.fixed(f"Times in {zone_label(host_zone)} (where you will be)"
                         + (f" and {zone_label(home_zone)} (home)." if two else "."), st.muted))
    keyed = [((ex.start_date, ""), [_date(ex.start_date), "", "", "Arrival", ex.host.name if ex.host else ""])]
    keyed += [((m.due_date, ""), [_date(m.due_date), "", "", m.title, "done" if m.done else ""])
              for m in ex.milestones if m.kind in ("orientation", "departure") and ex.start_date <= m.due_date]
    for slot in ex.events:
        at = local(slot.start_utc, host_zone)
        keyed.append(((at.date(), at.strftime("%H:%M")),
                      [fmt_day(slot.start_utc, host_zone), fmt_span(slot.start_utc, slot.end_utc, host_zone),
                       fmt_span(slot.start_utc, slot.end_utc, home_zone, host_zone) if two else "", slot.title,
                       slot.place]))
    keyed.append(((ex.end_date, "~"), [_date(ex.end_date), "", "", "Last day of the stay", ""]))
    keyed.sort(key=lambda kv: kv[0])
    rows = [row for _, row in keyed]
    story.append(b.grid(["Day", zone_label(host_zone), zone_label(home_zone) if two else "", "What", "Where"],
                        rows, [width * f for f in (0.16, 0.14, 0.16, 0.32, 0.22)]))

    # Contacts
    story.append(CondPageBreak(220))
    story.append(b.heading("Contacts"))
    if ex.host_contact:
        story.append(b.heading("Your host contact", 2))
        story.append(b.key_values(b.contact_rows(ex.host_contact), width))
    story.append(b.heading("Embassy / science office", 2))
    story.append(b.key_values(b.office_rows(office), width))
    story += b.emergency_block(host_country, width)

    # Checklist
    story.append(CondPageBreak(200))
    story.append(b.heading("Checklist"))
    rows = [["☑" if m.done else "☐", m.title, _date(m.due_date),
             f"done {_date(m.done_on)}" if m.done and m.done_on else ("done" if m.done else "open")]
            for m in ex.milestones]
    story.append(b.grid(["", "Step", "Due", "Status"], rows, [width * f for f in (0.06, 0.5, 0.22, 0.22)])
                 if rows else b.fixed("No checklist steps yet.", st.muted))
    story.append(b.key_values([("Visa", paperwork_label(ex.visa_status)),  # from the checklist, as the app shows it
                               ("Insurance", paperwork_label(ex.insurance_status))], width))

    # Practical information
    story.append(CondPageBreak(200))
    story.append(b.heading("Practical information"))
    story.append(b.key_values([("Host institution", ex.host.name if ex.host else ""), ("Address", address),
                               ("Website", ex.host.website if ex.host else ""), ("Housing", ex.housing),
                               ("Funding", ex.funding)], width))
    story += b.sensitive_block(p, width)


def _host_address(ex) -> str:
    h = ex.host
    if not h:
        return ""
    return ", ".join(x for x in (h.name, " ".join(h.address.split()), h.city) if x)
