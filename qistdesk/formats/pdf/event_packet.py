"""The event packet: cover, personal agenda, programme in both zones, venue, participants, badge.

Why both zones everywhere: a Washington participant reading a Copenhagen
programme must not convert times in their head (and the US and EU change
clocks on different Sundays). The second zone is the recipient's own, or,
for someone in the event's zone, the programme's other capital.
"""

from __future__ import annotations

from qistdesk.document_text import plural, translator
from qistdesk.formats.pdf import blocks as b
from qistdesk.formats.pdf.badges import badge_flowable, default_size
from qistdesk.formats.pdf.info import fmt_day, fmt_span, fmt_when, other_zone, zone_for_place, zone_label
from qistdesk.formats.pdf.qr import map_link
from qistdesk.formats.pdf.templates import body_width, start_packet, styles

_ = b._  # marks texts for translation; they are translated where printed

KIND_LABELS = {"seminar": _("Seminar"), "conference": _("Conference"), "workshop": _("Workshop")}


def event_story(story: list, state, event, recipient, paper: str, first: bool = True) -> None:
    """Append one participant's packet for ``event`` to ``story``, in the participant's language."""
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

    st = styles()
    width = body_width(paper)
    name = b.card_name(recipient)
    lang = getattr(recipient, "language", "en")
    t = translator(lang)
    start_packet(story, state, paper, t("{title} – participant packet").format(title=event.title), name, first, lang)
    home_zone = zone_for_place(recipient.country, recipient.city, event.timezone)
    second = other_zone(event.timezone, home_zone)

    # Cover
    kind = KIND_LABELS.get(event.kind)
    story.append(b.fixed((t(kind) if kind else event.kind.capitalize()) + " · " + t("participant packet"),
                         st.cover_sub))
    story.append(b.para(event.title, st.cover_title, 300))
    story.append(b.fixed(fmt_when(event.start_utc, event.end_utc, event.timezone, lang), st.cover_sub))
    if second != event.timezone:
        story.append(b.fixed(fmt_when(event.start_utc, event.end_utc, second, lang), st.cover_sub))
    where = _where(event)
    if where:
        story.append(b.para(where, st.cover_sub, 300))
    story.append(b.para(name, st.cover_name, 200))
    story.append(b.para(" · ".join(p for p in (recipient.organization, b.role_label(recipient.role, lang)) if p),
                        st.body,
                        300))
    story.append(Spacer(1, 18))
    link = _link(event)
    if link:
        story.append(b.qr_block(link[1], link[0], 96))
    story.append(b.contents([t("Your agenda"), t("Programme, in two time zones"), t("Venue and accessibility"),
                             t("Emergency numbers"), t("Participants"), t("Your name badge")], lang))
    story.append(PageBreak())

    # Personal agenda
    story.append(b.heading(t("Your agenda")))
    mine = [s for s in event.programme if recipient.id in s.speaker_ids or recipient.id == s.chair_id]
    here, there = zone_label(event.timezone, lang), zone_label(second, lang)
    story.append(b.fixed(t("Your role: {role}.").format(role=b.role_label(recipient.role, lang)) + " "
                         + (t("Times are given in {here} (the event's time) and {there}.") if second != event.timezone
                            else t("Times are given in {here} (the event's time).")).format(here=here, there=there),
                         st.body))
    if mine:
        rows = [[fmt_day(s.start_utc, event.timezone, lang), fmt_span(s.start_utc, s.end_utc, event.timezone, lang=lang),
                 fmt_span(s.start_utc, s.end_utc, second, event.timezone, lang) if second != event.timezone else "",
                 s.title, _my_part(s, recipient.id, t), s.room] for s in mine]
        story.append(b.grid([t("Day"), here, there, t("Session"), t("Your part"), t("Room")],
                            rows, _cols(width, [0.14, 0.145, 0.16, 0.30, 0.12, 0.135])))
    else:
        story.append(b.fixed(t("You have no speaking or chairing part; every session of the programme below is "
                               "open to you."), st.body))
    story += b.sensitive_block(recipient, width, lang)

    # Programme
    story.append(CondPageBreak(160))
    story.append(b.heading(t("Programme")))
    if event.description:
        story.append(b.para(event.description))
    rows, last_day = [], None
    for s in event.programme:
        day = fmt_day(s.start_utc, event.timezone, lang)
        chair = t("Chair: {name}").format(name=s.chair) if s.chair else ""
        people = "; ".join(p for p in (", ".join(s.speakers), chair) if p)
        title = s.title + (" " + t("(cancelled)") if s.status == "cancelled" else "")
        rows.append([day if day != last_day else "", fmt_span(s.start_utc, s.end_utc, event.timezone, lang=lang),
                     fmt_span(s.start_utc, s.end_utc, second, event.timezone, lang), title, people, s.room])
        last_day = day
    story.append(b.grid([t("Day"), here, there, t("Session"), t("Speakers"), t("Room")],
                        rows, _cols(width, [0.14, 0.145, 0.15, 0.27, 0.175, 0.12])))

    # Venue and accessibility
    story.append(CondPageBreak(200))
    story.append(b.heading(t("Venue and accessibility")))
    venue = event.venue
    if venue:
        story.append(b.key_values([(t("Venue"), venue.name), (t("Address"), venue.address),
                                   (t("City"), " ".join(p for p in (venue.city, venue.country) if p)),
                                   (t("Time zone"), f"{zone_label(venue.timezone, lang)} ({venue.timezone})"),
                                   (t("Capacity"), venue.capacity)], width))
        story.append(b.heading(t("Accessibility"), 2))
        story.append(b.para(venue.accessibility_notes or t("Ask the organisers about step-free access, hearing "
                                                           "loops and quiet rooms; tell them what you need before "
                                                           "you travel.")))
    else:
        story.append(b.fixed(t("This event is held online."), st.body))
    if event.online_url:
        story.append(b.qr_block(event.online_url, t("Online link"), 72))
    maps = map_link(" ".join(p for p in (venue.name, venue.address, venue.city) if p), venue.map_url) if venue else ""
    if maps:
        story.append(b.qr_block(maps, t("Map of the venue"), 72))
    story += b.emergency_block(venue.country if venue else recipient.country, width, lang)
    contacts = [(t("Organiser"), event.organizer), (t("Host"), event.host_organization)]
    if any(v for _key, v in contacts):
        story.append(b.heading(t("Who to ask"), 2))
        story.append(b.key_values(contacts, width))

    # Participants (consent only)
    story.append(PageBreak())
    story.append(b.heading(t("Participants")))
    listed, ngettext = len(event.listed), plural(lang)
    story.append(b.fixed(ngettext("{n} participant agreed to be listed here; others are not shown.",
                                  "{n} participants agreed to be listed here; others are not shown.",
                                  listed).format(n=listed), st.muted))
    if event.listed:
        rows = [[b.card_name(c), c.organization, c.country, b.role_label(c.role, lang)] for c in event.listed]
        story.append(b.grid([t("Name"), t("Organisation"), t("Country"), t("Role")], rows,
                            _cols(width, [0.3, 0.44, 0.11, 0.15]),
                            limit=160))

    # Badge
    size = default_size(paper)
    story.append(CondPageBreak(260))
    story.append(KeepTogether([b.heading(t("Your name badge"), 2),
                               b.fixed(t("Cut along the dotted line and slip it into a badge holder ({size}).").format(
                                   size="4 × 3 inch" if size == "4x3" else "90 × 55 mm"), st.muted),
                               Spacer(1, 6), badge_flowable(recipient, event.title, size)]))


def _where(event) -> str:
    v = event.venue
    if v:
        return ", ".join(p for p in (v.name, v.city) if p)
    return "Online" if event.online_url else ""


def _link(event) -> tuple[str, str] | None:
    if event.online_url:
        return "Join online", event.online_url
    v = event.venue
    if v:
        url = map_link(" ".join(p for p in (v.name, v.address, v.city) if p), v.map_url)
        if url:
            return "Map of the venue", url
    return None


def _my_part(slot, person_id: str, t) -> str:
    parts = []
    if person_id in slot.speaker_ids:
        parts.append(t("Speaker"))
    if person_id == slot.chair_id:
        parts.append(t("Chair"))
    return ", ".join(parts)


def _cols(width: float, fractions: list[float]) -> list[float]:
    return [width * f for f in fractions]


__all__ = ["event_story"]
