"""The cooperation report as PDF: a summary page, one section per line of effort, the rules.

Pure rendering: plain data in (a report with ``headline``, ``sections`` of
``tables`` of ``rows``, as :mod:`qistdesk.services.reports` makes them, and the
office block), PDF bytes out. Charts are reportlab graphics (vectors, sharp
when printed or zoomed) with each bar's number written beside it, and every
chart sits beside the table of the same numbers with the previous period and
the change. Hidden counts ("< 5") are drawn as an outline bar with no length.
"""

from __future__ import annotations

from qistdesk.document_text import translator
from qistdesk.formats.pdf import fonts
from qistdesk.formats.pdf.paper import A4

BAR = "#1f5f8b"
BAR_BEFORE = "#9fb8cc"
HIDDEN_FILL = "#ffffff"


def fmt_date(d, lang: str = "en") -> str:
    """'1 Jan 2027' / '1. jan. 2027', whatever the process locale."""
    if lang == "da":
        from babel.dates import format_date

        return format_date(d, "d. MMM y", locale="da_DK")
    return f"{d.day} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[d.month - 1]} {d.year}"


def period_text(start, end, lang: str = "en") -> str:
    return f"{fmt_date(start, lang)} – {fmt_date(end, lang)}"


def bar_chart(rows, width: float, bar_height: float = 12, label_width: float | None = None):
    """A horizontal bar chart of ``rows`` (label, value or None when hidden, shown text), numbers beside the bars."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from qistdesk.formats.pdf.templates import INK, MUTED, RULE

    fonts.register()
    size = 7.5
    label_width = label_width or min(width * 0.58, max([stringWidth(r.label, fonts.REGULAR, size) for r in rows]
                                                       + [20]) + 6)
    number_room = max([stringWidth(r.shown, fonts.REGULAR, size) for r in rows] + [10]) + 6
    gap = 5
    height = len(rows) * (bar_height + gap) + gap
    d = Drawing(width, height)
    top = max([r.value or 0 for r in rows] + [1])
    span = max(width - label_width - number_room, 10)
    d.add(Line(label_width, 0, label_width, height, strokeColor=colors.HexColor(RULE), strokeWidth=0.5))
    for i, row in enumerate(rows):
        y = height - (i + 1) * (bar_height + gap)
        text = _fit(row.label, label_width - 6, size)
        d.add(String(label_width - 4, y + 3, text, fontName=fonts.REGULAR, fontSize=size, textAnchor="end",
                     fillColor=colors.HexColor(INK)))
        if row.value is None:  # hidden: an outline with no length, and "< 5"
            d.add(Rect(label_width, y, 6, bar_height, fillColor=colors.HexColor(HIDDEN_FILL),
                       strokeColor=colors.HexColor(MUTED), strokeWidth=0.5, strokeDashArray=[1.5, 1.5]))
            length = 6
        else:
            length = span * row.value / top
            if length > 0:
                d.add(Rect(label_width, y, length, bar_height, fillColor=colors.HexColor(BAR), strokeColor=None))
        d.add(String(label_width + length + 3, y + 3, row.shown, fontName=fonts.REGULAR, fontSize=size,
                     fillColor=colors.HexColor(INK)))
    return d


def _fit(text: str, width: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


def column_titles(report) -> tuple[str, str]:
    """"2027" / "2026" when the periods are calendar years, else "This period" / "Previous" (translated)."""
    t = translator(getattr(report, "lang", "en"))

    def year(a, b):
        return str(a.year) if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year else None

    now, before = year(report.start, report.end), year(report.previous_start, report.previous_end)
    return (now, before) if now and before else (t("This period"), t("Previous"))


def numbers_table(rows, width: float, titles: tuple[str, str], first: str = "", lang: str = "en"):
    """The numbers of a chart: label, this period, previous period, change."""
    from qistdesk.formats.pdf.fasttable import make_table

    t = translator(lang)
    header = [first or "", titles[0], titles[1], t("Change")]
    data = [[r.label, r.shown, r.before_shown, r.change] for r in rows]
    number_w = 46 if titles[0][:1].isdigit() else 58
    change_w = 66
    return make_table(header, data, [width - 2 * number_w - change_w, number_w, number_w, change_w])


def report_pdf(report, office, paper: str = A4, logo_warnings: list[str] | None = None) -> bytes:
    """The whole report: summary page (with the office's logo), sections, counting rules."""
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table

    from qistdesk.formats.pdf.paper import page_size

    from qistdesk.formats.pdf.templates import (PacketState, body_width, build_pdf, load_logo, start_packet,
                                                styles)
    from qistdesk.formats.pdf.text import label, markup

    st = styles()
    width = body_width(paper)
    warnings = logo_warnings if logo_warnings is not None else []
    state = PacketState(office=office.name, office_contact=office.contact, logo=load_logo(office.logo, warnings),
                        extra={"office_email": office.email, "office_phone": office.phone})
    lang = getattr(report, "lang", "en")
    t = translator(lang)
    period = period_text(report.start, report.end, lang)
    titles = column_titles(report)
    previous = period_text(report.previous_start, report.previous_end, lang)
    story: list = []
    start_packet(story, state, paper, t("Cooperation report"), t("Period {period}").format(period=period),
                 first=True, lang=lang)
    story += [Paragraph(label(t("Report to the joint committee")), st.cover_sub),
              Paragraph(label(report.title), st.cover_title),
              Paragraph(label(t("{period}, compared with {previous}").format(period=period, previous=previous)),
                        st.cover_sub),
              Spacer(1, 8), Paragraph(label(t("Summary")), st.h2),
              numbers_table(report.headline, width, titles, lang=lang), Spacer(1, 6),
              Paragraph(label(t("Counts of people from 1 to 4 are shown as “< 5”. The counting rules are on the "
                                "last page.")), st.muted)]
    events = next((tb for sec in report.sections for tb in sec.tables if tb.key == "events_by_area"), None)
    if events is not None:
        story += [Paragraph(label(t("Events by QIST area")), st.h2), bar_chart(events.rows, width * 0.7)]
    for i, section in enumerate(report.sections):  # the first on a page of its own, the others where room
        story += [PageBreak() if i == 0 else CondPageBreak(page_size(paper)[1] * 0.35), Spacer(1, 10),
                  Paragraph(label(section.title), st.h1),
                  Paragraph(label(section.intro), st.muted)]
        for table in section.tables:
            block = [Paragraph(label(table.title), st.h2)]
            if table.chart:
                chart_w, table_w = width * 0.48, width * 0.52 - 10
                side = Table([[bar_chart(table.rows, chart_w), numbers_table(table.rows, table_w, titles, lang=lang)]],
                             colWidths=[chart_w + 10, table_w], hAlign="LEFT")
                side.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)])
                block.append(side)
            else:
                block.append(numbers_table(table.rows, width, titles, lang=lang))
            if table.note:
                block.append(Paragraph(label(table.note), st.muted))
            story.append(KeepTogether(block) if len(table.rows) < 25 else block[0])
            if len(table.rows) >= 25:
                story += block[1:]
    story += [PageBreak(), Paragraph(label(t("How the numbers are counted")), st.h1)]
    story += [Paragraph("•&nbsp;&nbsp;" + markup(rule), st.body) for rule in report.rules]
    story.append(Paragraph(label(t("Previous period: {previous}.").format(previous=previous)), st.muted))
    return build_pdf(story, state, paper, f"{report.title} – {period}", office.name)
