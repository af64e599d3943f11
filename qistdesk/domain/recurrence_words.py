"""A series rule in Danish words: "Hver anden uge til og med 27. maj 2027", "Hver hverdag, 15 gange".

The English words are built beside the rule (``SeriesRule.describe``); Danish needs its own
grammar, not a word-for-word table: the ordinal comes before the unit ("hver 3. uge"), "år" is
neuter ("hvert andet år"), weekdays and months are written in lower case, and the first Tuesday
of a month is "den første tirsdag". What Danish does not say as a phrase (a rule with BYHOUR,
BYWEEKNO …) is shown as the rule itself, as in English.
"""

from __future__ import annotations

from datetime import date

DAYS = dict(zip(["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
                ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]))
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
UNITS = {"DAILY": "dag", "WEEKLY": "uge", "MONTHLY": "måned", "YEARLY": "år"}
SIMPLE = {("DAILY", 1): "Daglig", ("WEEKLY", 1): "Ugentlig", ("WEEKLY", 2): "Hver anden uge",
          ("MONTHLY", 1): "Månedlig", ("YEARLY", 1): "Årlig"}
_ORDINALS = {1: "første", 2: "anden", 3: "tredje", 4: "fjerde", 5: "femte"}


def describe_da(rule) -> str:
    """``rule`` (a ``recurrence.SeriesRule``) in Danish, with its end."""
    if not rule.text:
        text = SIMPLE.get((rule.freq, rule.interval)) or _every(UNITS[rule.freq], rule.interval).capitalize()
        return text + _end(rule, ("dato", "datoer"))
    return _describe(rule.parts()) + _end(rule, ("gang", "gange"))


def _end(rule, nouns: tuple[str, str]) -> str:
    if rule.count:
        return f", {rule.count} {nouns[0] if rule.count == 1 else nouns[1]}"
    if rule.until:
        return " til og med " + _day(rule.until)
    return ", uden slutdato"


def _day(value: date) -> str:
    from qistdesk.locale_text import format_date_words

    return format_date_words(value, "da")


def _ordinal(n: int) -> str:
    if n == -1:
        return "sidste"
    if n == -2:
        return "næstsidste"
    if n < 0:
        return f"{-n}. sidste"
    return _ORDINALS.get(n, f"{n}.")


def _every(unit: str, interval: int) -> str:
    """"hver uge", "hver anden uge", "hver 7. uge", "hvert år", "hvert andet år"."""
    word = "hvert" if unit == "år" else "hver"
    if interval == 1:
        return f"{word} {unit}"
    if interval == 2:
        return f"{word} {'andet' if unit == 'år' else 'anden'} {unit}"
    return f"{word} {interval}. {unit}"


def _days(byday: str) -> str:
    days = byday.split(",")
    if sorted(days) == sorted(["MO", "TU", "WE", "TH", "FR"]):
        return "hverdag"
    return _and([f"{_ordinal(int(d[:-2]))} {DAYS[d[-2:]]}" if d[:-2] else DAYS[d[-2:]] for d in days])


def _and(words: list[str]) -> str:
    return " og ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else words[0]


def _describe(p: dict[str, str]) -> str:
    from qistdesk.domain.recurrence import rule_shape

    freq, interval = p.get("FREQ", ""), int(p.get("INTERVAL", "1") or 1)
    unit = UNITS.get(freq, freq.lower())
    shape = rule_shape(p)
    every = _every(unit, interval)
    if shape == "rule":
        return "Regel " + ";".join(f"{k}={v}" for k, v in p.items() if k not in ("COUNT", "UNTIL"))
    phrases = {
        "setpos": lambda: (f"Den {_and([_ordinal(int(x)) for x in p['BYSETPOS'].split(',')])} {_days(p['BYDAY'])} "
                           f"i {_every(unit, 1)}" + ("" if interval == 1 else f" ({every})")),
        "days": lambda: (f"Hver {_days(p['BYDAY'])}" if interval == 1
                         else f"{_days(p['BYDAY']).capitalize()}, {_every('uge', interval)}"),
        "byday": lambda: f"{every.capitalize()} den {_days(p['BYDAY'])}",
        "monthday": lambda: f"{every.capitalize()} den {_and([f'{d}.' for d in p['BYMONTHDAY'].split(',')])}",
        "plain": lambda: SIMPLE.get((freq, interval)) or every.capitalize(),
    }
    text = phrases[shape]()
    if "BYMONTH" in p:
        text += " i " + _and([MONTHS[int(m) - 1] for m in p["BYMONTH"].split(",")])
    return text
