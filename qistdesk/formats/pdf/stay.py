"""An exchange packet's "Events during the stay": one line per event, a series as ONE line.

Why summarised: a long stay holds hundreds of series dates; "Quantum seminar — 12 dates,
Tuesdays 15:00: 5, 19 Jan, 2 Feb 2027" says when to come in one line a student reads.
"""

from __future__ import annotations

from qistdesk.document_text import plural, translator
from qistdesk.formats.pdf.info import day_text, fmt_day, fmt_span, local


def _(text: str) -> str:
    """Marks a text for translation (pybabel); it is translated where printed."""
    return text


WEEKDAYS = (_("Mondays"), _("Tuesdays"), _("Wednesdays"), _("Thursdays"), _("Fridays"), _("Saturdays"),
            _("Sundays"))
#: How many dates a line of the programme's other events spells out before "…".
OTHER_DATES = 6


def _month(d, lang: str) -> str:
    from qistdesk.locale_text import format_date_skeleton

    return format_date_skeleton(d, "MMM", lang)


def date_list(days: list, lang: str = "en") -> str:
    """'5, 19 Jan, 2 Feb 2027' / '5., 19. jan., 2. feb. 2027': days grouped by month, the year
    after each year's last date."""
    dot = "." if lang == "da" else ""
    parts: list[str] = []
    for i, d in enumerate(days):
        nxt = days[i + 1] if i + 1 < len(days) else None
        text = f"{d.day}{dot}"
        if nxt is None or (nxt.year, nxt.month) != (d.year, d.month):
            text += f" {_month(d, lang)}"
            if nxt is None or nxt.year != d.year:
                text += f" {d.year}"
        parts.append(text)
    return ", ".join(parts)


def series_summary(dates: list, zone_name: str, lang: str = "en", limit: int | None = None) -> str:
    """'12 dates, Tuesdays 15:00: 5, 19 Jan, 2 Feb 2027 …' in ``zone_name``: the weekday and time
    when every date shares them; only the first ``limit`` dates spelled out."""
    from qistdesk.formats.pdf.info import clock

    t = translator(lang)
    starts = [local(a, zone_name) for a, _b in dates]
    ngettext = plural(lang)
    text = ngettext("%(n)d date", "%(n)d dates", len(starts)) % {"n": len(starts)}
    if not starts:
        return text
    if len({d.weekday() for d in starts}) == 1 and len({(d.hour, d.minute) for d in starts}) == 1:
        text += ", " + t("{weekdays} {time}").format(weekdays=t(WEEKDAYS[starts[0].weekday()]),
                                                      time=clock(starts[0], lang))
    shown = starts if limit is None else starts[:limit]
    text += ": " + date_list([d.date() for d in shown], lang)
    return text + (" …" if len(shown) < len(starts) else "")


def own_rows(items, host_zone: str, home_zone: str, lang: str = "en") -> list[tuple[tuple, list]]:
    """(sort key, row) for the itinerary grid: Day, time here, time at home, What, Where."""
    two = home_zone != host_zone
    keyed = []
    for item in items:
        a, b = item.dates[0]
        at = local(a, host_zone)
        what = f"{item.title} — {series_summary(item.dates, host_zone, lang)}" if item.series else item.title
        keyed.append(((at.date(), at.strftime("%H:%M")),
                      [fmt_day(a, host_zone, lang), fmt_span(a, b, host_zone, lang=lang),
                       fmt_span(a, b, home_zone, host_zone, lang) if two else "", what, item.place]))
    return keyed


def other_rows(items, host_zone: str, lang: str = "en") -> list[list]:
    """Rows Day, What, Where of the programme's other events; a series' dates cut at OTHER_DATES."""
    rows = []
    for item in items:
        a, b = item.dates[0]
        if item.series:
            what = f"{item.title} — {series_summary(item.dates, host_zone, lang, OTHER_DATES)}"
        else:
            what = f"{item.title} ({fmt_span(a, b, host_zone, lang=lang)})"
        rows.append([day_text(local(a, host_zone), lang=lang), what, item.place])
    return rows


def more_line(count: int, lang: str = "en") -> str:
    from qistdesk.locale_text import format_number

    ngettext = plural(lang)
    return ngettext("and %(n)s more event in the programme calendar",
                    "and %(n)s more events in the programme calendar", count) % {"n": format_number(count, lang)}
