"""The cooperation report for the joint committee: numbers for a period, ready to print.

:func:`cooperation_report` reads the raw counts of the period and of the one
before it (:mod:`.report_counts`), hides small counts of people ("< 5") and
works out the change, and returns plain data (:class:`Report`) that the PDF
(:mod:`qistdesk.formats.pdf.report`), the CSV copies and the Reports view all
show the same way. Nothing here knows about pages or widgets; nothing in the
report names a person or prints a sensitive field: it holds counts only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from qistdesk.document_text import translator
from qistdesk.domain.enums import QIST_AREA_LABELS
from qistdesk.services.report_counts import RULES, Counts, count_period, previous_period
from qistdesk.store import Database

#: Counts of people from 1 to this number minus one are hidden.
SUPPRESS_BELOW = 5
HIDDEN = "< 5"

def _(text: str) -> str:
    """Marks a text for translation (pybabel); :func:`build_report` translates it into the report's language."""
    return text


KIND_LABELS = {"seminar": _("Seminar dates"), "conference": _("Conferences"), "workshop": _("Workshops")}
AREA_NAMES = (_("Quantum computing"), _("Networks and communication"), _("Sensing and metrology"), _("Other"))
AREA_LABELS = {**QIST_AREA_LABELS, "": _("Not set")}
SECTOR_LABELS = {"government": _("Government"), "academia": _("Academia"), "industry": _("Industry"),
                 "non-profit": _("Non-profit"), "unknown": _("Unknown")}
STAGE_LABELS = {"student": _("Student"), "early career": _("Early career"), "established": _("Established"),
                "unknown": _("Unknown")}
COUNTRY_LABELS = {"DK": _("Denmark"), "US": _("United States"), "SE": _("Sweden"), "NO": _("Norway"), "FI": _("Finland"),
                  "IS": _("Iceland"), "DE": _("Germany"), "NL": _("Netherlands"), "GB": _("United Kingdom"), "FR": _("France"),
                  "CA": _("Canada"), "unknown": _("Unknown")}
DIRECTION_LABELS = {"US-DK": _("US → DK"), "DK-US": _("DK → US")}
PROGRAM_KIND_LABELS = {"student": _("Student"), "researcher": _("Researcher"), "professional": _("Professional")}
LENGTH_LABELS = {key: key for key in (_("up to 1 month"), _("1–3 months"), _("3–6 months"), _("6–12 months"),
                                      _("more than a year"))}
EXCHANGE_STAGE_LABELS = {"accepted": _("Accepted"), "preparing": _("Preparing"), "in-progress": _("In progress"),
                         "completed": _("Completed")}


@dataclass
class Row:
    """One line of a table: a label, this period and the previous one as printed, and the change."""

    label: str
    value: int | None          # None when hidden (what charts draw)
    shown: str                 # "12", "< 5"
    before: int | None = None
    before_shown: str = ""
    change: str = ""


@dataclass
class Table:
    key: str                   # file name of its CSV copy, e.g. "participants_by_sector"
    title: str
    rows: list[Row]
    chart: bool = True         # drawn as a bar chart beside its numbers
    note: str = ""


@dataclass
class Section:
    title: str
    intro: str
    tables: list[Table] = field(default_factory=list)


@dataclass
class Report:
    title: str
    start: date
    end: date
    previous_start: date
    previous_end: date
    headline: list[Row]
    sections: list[Section]
    rules: list[str]
    lang: str = "en"  # the language it is written in (labels, numbers, dates)

    def tables(self) -> list[Table]:
        t = translator(self.lang)
        return [Table("summary", t("Summary"), self.headline, chart=False)] + [
            table for section in self.sections for table in section.tables]


def number(value: int, lang: str = "en") -> str:
    """A count as the reader writes it: "1,234" / "1.234"."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "da" else text


def hide(value: int, people: bool = True, lang: str = "en") -> str:
    """The printed count: counts of people from 1 to 4 become "< 5"."""
    return HIDDEN if people and 0 < value < SUPPRESS_BELOW else number(value, lang)


def change(now: int, before: int, people: bool = True, lang: str = "en") -> str:
    """"+3 (+25 %)", "−2", "0", or "" when either side is hidden."""
    if people and (0 < now < SUPPRESS_BELOW or 0 < before < SUPPRESS_BELOW):
        return ""
    diff = now - before
    text = "0" if diff == 0 else (f"+{number(diff, lang)}" if diff > 0 else f"−{number(-diff, lang)}")
    if before and diff:
        pct = round(100 * diff / before)
        text += f" ({'+' if pct > 0 else '−' if pct < 0 else '±'}{abs(pct)} %)"
    return text


def make_rows(now: Counter | dict, before: Counter | dict, labels: dict[str, str] | None = None,
              people: bool = True, order: list[str] | None = None, limit: int | None = None,
              lang: str = "en") -> list[Row]:
    """Rows for a breakdown, with small counts hidden and a second cell hidden where one alone would show.

    ``order`` fixes the rows (every vocabulary value shown, zeros too); otherwise the largest first,
    and past ``limit`` the rest is summed as "Other".
    """
    t = translator(lang)
    labels = {key: t(text) for key, text in (labels or {}).items()}
    keys = list(order) if order else sorted(set(now) | set(before), key=lambda k: (-now.get(k, 0), str(k)))
    keys += [k for k in sorted(set(now) | set(before), key=str) if k not in keys]
    pairs = [(k, now.get(k, 0), before.get(k, 0)) for k in keys]
    pairs = [p for p in pairs if not (order is None and p[1] == 0 and p[2] == 0)]
    if limit and len(pairs) > limit:
        head, tail = pairs[:limit - 1], pairs[limit - 1:]
        pairs = head + [("__other__", sum(p[1] for p in tail), sum(p[2] for p in tail))]
        labels = {**labels, "__other__": t("Other ({n})").format(n=len(tail))}
    hidden_now = _hidden([p[1] for p in pairs]) if people else set()
    hidden_before = _hidden([p[2] for p in pairs]) if people else set()
    rows = []
    for i, (key, n, b) in enumerate(pairs):
        label = labels.get(key, key if key else t("Not set"))
        shown = HIDDEN if i in hidden_now else number(n, lang)
        before_shown = HIDDEN if i in hidden_before else number(b, lang)
        diff = "" if (i in hidden_now or i in hidden_before) else change(n, b, people, lang)
        rows.append(Row(label, None if i in hidden_now else n, shown, None if i in hidden_before else b,
                        before_shown, diff))
    return rows


def _hidden(values: list[int]) -> set[int]:
    """Indexes to hide: every 1–4, and when exactly one is hidden, the next smallest non-zero count too."""
    small = {i for i, v in enumerate(values) if 0 < v < SUPPRESS_BELOW}
    if len(small) == 1:
        others = [(v, i) for i, v in enumerate(values) if v > 0 and i not in small]
        if others:
            small.add(min(others)[1])
    return small


def headline_row(label: str, now: int, before: int, people: bool = True, lang: str = "en") -> Row:
    return Row(label, None if hide(now, people) == HIDDEN else now, hide(now, people, lang),
               None if hide(before, people) == HIDDEN else before, hide(before, people, lang),
               change(now, before, people, lang))


def cooperation_report(db: Database, start: date, end: date, zone_name: str = "Europe/Copenhagen",
                       lang: str = "en") -> Report:
    """The report for [start, end] with the previous period beside it, in ``lang`` ("en" or "da")."""
    if end < start:
        from qistdesk.services.errors import ValidationError

        raise ValidationError({"to": f"the period ends ({end}) before it starts ({start})"}, "report")
    prev_start, prev_end = previous_period(start, end)
    now = count_period(db, start, end, zone_name)
    before = count_period(db, prev_start, prev_end, zone_name)
    return build_report(now, before, lang)


def build_report(now: Counts, before: Counts, lang: str = "en") -> Report:
    t = translator(lang)
    returning = len(now.people & before.people)

    def headline_row(label, a, b, people=True):
        return _headline(t(label), a, b, people, lang)

    def make_rows(a, b, labels=None, people=True, order=None, limit=None):
        return _make_rows(a, b, labels, people, order, limit, lang)

    headline = [
        headline_row(_("Seminar dates"), now.events_by_kind["seminar"], before.events_by_kind["seminar"], False),
        headline_row(_("Conferences"), now.events_by_kind["conference"], before.events_by_kind["conference"], False),
        headline_row(_("Workshops"), now.events_by_kind["workshop"], before.events_by_kind["workshop"], False),
        headline_row(_("Participants (unique people)"), len(now.people), len(before.people)),
        headline_row(_("Registrations (people × events)"), now.registrations, before.registrations),
        headline_row(_("Organisations taking part"), now.organisations, before.organisations, False),
        headline_row(_("Countries"), len([k for k in now.by_country if k != "unknown"]),
                     len([k for k in before.by_country if k != "unknown"]), False),
        headline_row(_("Exchanges"), now.exchanges, before.exchanges),
        headline_row(_("Accessibility requests"), now.access_requests, before.access_requests),
        headline_row(_("… of them met"), now.access_met, before.access_met),
    ]
    headline.insert(5, Row(t("… also in the previous period"), None if hide(returning) == HIDDEN else returning,
                           hide(returning, lang=lang)))
    kinds = ["seminar", "conference", "workshop"]
    areas = ["computing", "networks", "sensing", "other", ""]
    sections = [
        Section(t("Seminars, conferences and workshops"),
                t("Meetings that bring government, academia and industry together, by kind and by QIST area."),
                [Table("events_by_kind", t("Events by kind"), make_rows(now.events_by_kind, before.events_by_kind,
                                                                      KIND_LABELS, False, kinds)),
                 Table("events_by_area", t("Events by QIST area"), make_rows(
                     now.events_by_area, before.events_by_area, AREA_LABELS, False, areas)),
                 Table("sessions_by_area", t("Conference and workshop sessions by QIST area"), make_rows(
                     now.sessions_by_area, before.sessions_by_area, AREA_LABELS, False, areas),
                     note=t("A session without its own area counts under its event's."))]),
        Section(t("Participants"),
                t("Unique people taking part in the period's events (not registrations)."),
                [Table("participants_by_sector", t("By sector"), make_rows(
                    now.by_sector, before.by_sector, SECTOR_LABELS, True,
                    ["government", "academia", "industry", "non-profit", "unknown"])),
                 Table("participants_by_country", t("By country"), make_rows(
                     now.by_country, before.by_country, COUNTRY_LABELS, True, limit=10)),
                 Table("participants_by_stage", t("By career stage"), make_rows(
                     now.by_stage, before.by_stage, STAGE_LABELS, True,
                     ["student", "early career", "established", "unknown"]))]),
        Section(t("Exchanges"),
                t("Students, researchers and professionals at a host institution in the other country."),
                [Table("exchanges_by_direction", t("By direction"), make_rows(
                    now.exchanges_by_direction, before.exchanges_by_direction, DIRECTION_LABELS, True,
                    ["US-DK", "DK-US"])),
                 Table("exchanges_by_kind", t("By kind"), make_rows(
                     now.exchanges_by_kind, before.exchanges_by_kind, PROGRAM_KIND_LABELS, True,
                     ["student", "researcher", "professional"])),
                 Table("exchanges_by_length", t("By length"), make_rows(
                     now.exchanges_by_length, before.exchanges_by_length, LENGTH_LABELS, True,
                     ["up to 1 month", "1–3 months", "3–6 months", "6–12 months", "more than a year"])),
                 Table("exchanges_by_stage", t("By stage"), make_rows(
                     now.exchanges_by_stage, before.exchanges_by_stage, EXCHANGE_STAGE_LABELS, True,
                     ["accepted", "preparing", "in-progress", "completed"])),
                 Table("exchanges_by_area", t("By QIST area"), make_rows(
                     now.exchanges_by_area, before.exchanges_by_area, AREA_LABELS, True, areas)),
                 Table("exchange_host_organisations", t("Host organisations"), make_rows(
                     now.host_organisations, before.host_organisations, None, True, limit=15), chart=False),
                 Table("exchange_home_organisations", t("Home organisations"), make_rows(
                     now.home_organisations, before.home_organisations, None, True, limit=15), chart=False)]),
        Section(t("Inclusive and accessible research communities"),
                t("Accessibility requests of people taking part, and how many were met. Counts only."),
                [Table("accessibility", t("Accessibility requests"), [
                    headline_row(_("Requests made"), now.access_requests, before.access_requests),
                    headline_row(_("Requests met"), now.access_met, before.access_met)])]),
    ]
    return Report(t("US–Denmark cooperation in quantum information science and technology"), now.start, now.end,
                  before.start, before.end, headline, sections, [t(rule) for rule in RULES], lang)


def last_calendar_year(today: date | None = None) -> tuple[date, date]:
    """The default period: the last whole calendar year."""
    today = today or date.today()
    return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)


_make_rows = make_rows
_headline = headline_row
