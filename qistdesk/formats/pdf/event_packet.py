"""The event packet: cover, personal agenda, programme in both zones, venue, participants, badge.

Why both zones everywhere: a Washington participant reading a Copenhagen
programme must not convert times in their head (and the US and EU change
clocks on different Sundays). The second zone is the recipient's own, or,
for someone in the event's zone, the programme's other capital.
"""

from __future__ import annotations

from qistdesk.formats.pdf import blocks as b
from qistdesk.formats.pdf.badges import badge_flowable, default_size
from qistdesk.formats.pdf.info import fmt_day, fmt_span, fmt_when, other_zone, zone_for_place, zone_label
from qistdesk.formats.pdf.qr import map_link
from qistdesk.formats.pdf.templates import body_width, start_packet, styles

KIND_LABELS = {"seminar": "Seminar", "conference": "Conference", "workshop": "Workshop"}


def event_story(story: list, state, event, recipient, paper: str, first: bool = True) -> None:
    """Append one participant's packet for ``event`` to ``story``."""
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

    st = styles()
    width = body_width(paper)
    name = b.card_name(recipient)
    start_packet(story, state, paper, f"{event.title} – participant packet", name, first)
    home_zone = zone_for_place(recipient.country, recipient.city, event.timezone)
    second = other_zone(event.timezone, home_zone)

    # Cover
    story.append(b.fixed(KIND_LABELS.get(event.kind, event.kind.capitalize()) + " · participant packet", st.cover_sub))
    story.append(b.para(event.title, st.cover_title, 300))
    story.append(b.fixed(fmt_when(event.start_utc, event.end_utc, event.timezone), st.cover_sub))
    if second != event.timezone:
        story.append(b.fixed(fmt_when(event.start_utc, event.end_utc, second), st.cover_sub))
    where = _where(event)
    if where:
        story.append(b.para(where, st.cover_sub, 300))
    story.append(b.para(name, st.cover_name, 200))
    story.append(b.para(" · ".join(p for p in (recipient.organization, b.role_label(recipient.role)) if p), st.body,
                        300))
    story.append(Spacer(1, 18))
    link = _link(event)
    if link:
        story.append(b.qr_block(link[1], link[0], 96))
    story.append(b.contents(["Your agenda", "Programme, in two time zones", "Venue and accessibility",
                             "Emergency numbers", "Participants", "Your name badge"]))
    story.append(PageBreak())

    # Personal agenda
    story.append(b.heading("Your agenda"))
    mine = [s for s in event.programme if recipient.id in s.speaker_ids or recipient.id == s.chair_id]
    story.append(b.fixed(f"Your role: {b.role_label(recipient.role)}. "
                         f"Times are given in {zone_label(event.timezone)} (the event's time) "
                         + (f"and {zone_label(second)}." if second != event.timezone else "."), st.body))
    if mine:
        rows = [[fmt_day(s.start_utc, event.timezone), fmt_span(s.start_utc, s.end_utc, event.timezone),
                 fmt_span(s.start_utc, s.end_utc, second, event.timezone) if second != event.timezone else "",
                 s.title, _my_part(s, recipient.id), s.room] for s in mine]
        story.append(b.grid(["Day", zone_label(event.timezone), zone_label(second), "Session", "Your part", "Room"],
                            rows, _cols(width, [0.14, 0.145, 0.16, 0.30, 0.12, 0.135])))
    else:
        story.append(b.fixed("You have no speaking or chairing part; every session of the programme below is "
                             "open to you.", st.body))
    story += b.sensitive_block(recipient, width)

    # Programme
    story.append(CondPageBreak(160))
    story.append(b.heading("Programme"))
    if event.description:
        story.append(b.para(event.description))
    rows, last_day = [], None
    for s in event.programme:
        day = fmt_day(s.start_utc, event.timezone)
        people = "; ".join(p for p in (", ".join(s.speakers), f"Chair: {s.chair}" if s.chair else "") if p)
        title = s.title + (" (cancelled)" if s.status == "cancelled" else "")
        rows.append([day if day != last_day else "", fmt_span(s.start_utc, s.end_utc, event.timezone),
                     fmt_span(s.start_utc, s.end_utc, second, event.timezone), title, people, s.room])
        last_day = day
    story.append(b.grid(["Day", zone_label(event.timezone), zone_label(second), "Session", "Speakers", "Room"],
                        rows, _cols(width, [0.14, 0.145, 0.15, 0.27, 0.175, 0.12])))

    # Venue and accessibility
    story.append(CondPageBreak(200))
    story.append(b.heading("Venue and accessibility"))
    venue = event.venue
    if venue:
        story.append(b.key_values([("Venue", venue.name), ("Address", venue.address),
                                   ("City", " ".join(p for p in (venue.city, venue.country) if p)),
                                   ("Time zone", f"{zone_label(venue.timezone)} ({venue.timezone})"),
                                   ("Capacity", venue.capacity)], width))
        story.append(b.heading("Accessibility", 2))
        story.append(b.para(venue.accessibility_notes or "Ask the organisers about step-free access, hearing "
                            "loops and quiet rooms; tell them what you need before you travel."))
    else:
        story.append(b.fixed("This event is held online.", st.body))
    if event.online_url:
        story.append(b.qr_block(event.online_url, "Online link", 72))
    maps = map_link(" ".join(p for p in (venue.name, venue.address, venue.city) if p), venue.map_url) if venue else ""
    if maps:
        story.append(b.qr_block(maps, "Map of the venue", 72))
    story += b.emergency_block(venue.country if venue else recipient.country, width)
    contacts = [("Organiser", event.organizer), ("Host", event.host_organization)]
    if any(v for _, v in contacts):
        story.append(b.heading("Who to ask", 2))
        story.append(b.key_values(contacts, width))

    # Participants (consent only)
    story.append(PageBreak())
    story.append(b.heading("Participants"))
    story.append(b.fixed(f"{len(event.listed)} participants agreed to be listed here; others are not shown.",
                         st.muted))
    if event.listed:
        rows = [[b.card_name(c), c.organization, c.country, b.role_label(c.role)] for c in event.listed]
        story.append(b.grid(["Name", "Organisation", "Country", "Role"], rows, _cols(width, [0.3, 0.44, 0.11, 0.15]),
                            limit=160))

    # Badge
    size = default_size(paper)
    story.append(CondPageBreak(260))
    story.append(KeepTogether([b.heading("Your name badge", 2),
                               b.fixed("Cut along the dotted line and slip it into a badge holder "
                                       f"({'4 × 3 inch' if size == '4x3' else '90 × 55 mm'}).", st.muted),
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


def _my_part(slot, person_id: str) -> str:
    parts = []
    if person_id in slot.speaker_ids:
        parts.append("Speaker")
    if person_id == slot.chair_id:
        parts.append("Chair")
    return ", ".join(parts)


def _cols(width: float, fractions: list[float]) -> list[float]:
    return [width * f for f in fractions]


__all__ = ["event_story"]
