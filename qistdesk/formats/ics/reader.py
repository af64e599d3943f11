"""A small, strict RFC 5545 reader that knows the line of everything it reads.

Why our own: import errors must name the line ("line 412: BEGIN:VEVENT is
never closed"), and text must come back exactly as written (icalendar turns
``\\N`` into a newline). The structure is strict (every BEGIN needs its END,
nothing outside VCALENDAR); damage inside one property (a parameter with no
``=``) only becomes a warning that names its line, since real clients write such
lines (see the Zimbra and Outlook samples) and the rest of the file is good.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qistdesk.messages import _, at_line


class ICSReadError(ValueError):
    """A file that cannot be read; the message names the line."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(at_line(line, message) if line else message)


@dataclass
class Prop:
    name: str  # upper case
    params: dict[str, str]  # names upper case; values with quotes removed, RFC 6868 decoded
    value: str  # raw (still escaped) value
    line: int
    raw: str = ""  # the whole logical line, unfolded


@dataclass
class Component:
    name: str
    line: int
    props: list[Prop] = field(default_factory=list)
    children: list["Component"] = field(default_factory=list)

    def first(self, name: str) -> Prop | None:
        for p in self.props:
            if p.name == name:
                return p
        return None

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def value(self, name: str, default: str = "") -> str:
        p = self.first(name)
        return p.value if p is not None else default

    def sub(self, name: str) -> list["Component"]:
        return [c for c in self.children if c.name == name]


_NAME = re.compile(r"[A-Za-z0-9-]+")
_URI_SCHEMES = {"mailto", "http", "https", "tel", "urn", "cid"}


def decode_lines(data: bytes) -> tuple[list[tuple[int, str]], list[str]]:
    """Logical lines (unfolded, with the number of the physical line where each begins), decoded
    one by one: UTF-8 first; a line that is not UTF-8 is read as Windows-1252 and named in a
    warning, and the rest of the file stays UTF-8. Continuation lines start with a space or a TAB
    (Outlook 2007 uses TABs); unfolding before decoding keeps a character split by a fold whole.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    logical: list[tuple[int, bytes]] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if raw[:1] in (b" ", b"\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    out, warnings = [], []
    for number, raw in logical:
        try:
            out.append((number, raw.decode("utf-8")))
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
            out.append((number, text))
            warnings.append(_("line {line} is not UTF-8; it was read as Windows-1252: {text}").format(
                line=number, text=repr(text[:60])))
    return out, warnings


def decode(data: bytes) -> str:
    """The whole file as text, decoded line by line (see :func:`decode_lines`)."""
    lines, _notes = decode_lines(data)
    return "\r\n".join(text for _line, text in lines)


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line where each begins.

    Continuation lines start with a space or a TAB (Outlook 2007 uses TABs).
    """
    out: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.endswith("\r"):
            raw = raw[:-1]
        if raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif raw.strip():
            out.append((number, raw))
    return out


def parse_line(text: str, number: int, warnings: list[str]) -> Prop:
    """``NAME;PARAM=a,"b:c";X=y:value`` -> :class:`Prop`."""
    m = _NAME.match(text)
    if not m:
        raise ICSReadError(number, _("not an iCalendar content line: {text}").format(text=repr(text[:60])))
    name, i, n = m.group().upper(), m.end(), len(text)
    params: dict[str, str] = {}
    while i < n and text[i] == ";":
        i += 1
        pm = _NAME.match(text, i)
        if not pm or pm.end() >= n or text[pm.end()] != "=":
            # A parameter with no '=': skip it, keep the line. "ORGANIZER;mailto:x" lost its ':'
            # (a URI where the value should start): read the URI as the value.
            end = i
            while end < n and text[end] not in ";:":
                end += 1
            warnings.append(at_line(number, _("{name} has a malformed parameter {text}; ignored").format(
                name=name, text=repr(text[i:end]))))
            if end < n and text[end] == ":" and text[i:end].lower() in _URI_SCHEMES:
                return Prop(name, params, text[i:], number, text)
            i = end
            continue
        pname, i = pm.group().upper(), pm.end() + 1
        values = []
        while True:
            if i < n and text[i] == '"':
                close = text.find('"', i + 1)
                if close < 0:
                    raise ICSReadError(number, _("{name}: a quoted parameter value is never closed").format(name=name))
                values.append(text[i + 1:close])
                i = close + 1
            else:
                j = i
                while j < n and text[j] not in ";:,":
                    j += 1
                values.append(text[i:j])
                i = j
            if i < n and text[i] == ",":
                i += 1
                continue
            break
        params[pname] = ",".join(_rfc6868(v) for v in values)
    if i >= n or text[i] != ":":
        raise ICSReadError(number, _("{name}: expected ':' before the value").format(name=name))
    return Prop(name, params, text[i + 1:], number, text)


def _rfc6868(value: str) -> str:
    if "^" not in value:
        return value
    return re.sub(r"\^(\^|n|')", lambda m: {"^": "^", "n": "\n", "'": '"'}[m.group(1)], value)


def read(data: bytes | str) -> tuple[Component, list[str]]:
    """Parse one VCALENDAR; returns it and the warnings (each naming its line)."""
    if isinstance(data, bytes):
        lines, warnings = decode_lines(data)
    else:
        lines, warnings = unfold(data), []
    if not lines:
        raise ICSReadError(0, _("the file is empty"))
    stack: list[Component] = []
    root: Component | None = None
    for number, raw in lines:
        try:
            prop = parse_line(raw, number, warnings)
        except ICSReadError as exc:
            if not stack or raw[:6].upper() in ("BEGIN:", "END:VC") or raw[:4].upper() == "END:":
                raise
            # One damaged property inside a component: drop it, say where, read on.
            warnings.append(_("{problem}; this line was skipped").format(problem=exc))
            continue
        if prop.name == "BEGIN":
            comp = Component(prop.value.strip().upper(), number)
            if not stack:
                if root is not None:
                    warnings.append(at_line(number, _("a second VCALENDAR in the file; only the first is read")))
                    break
                if comp.name != "VCALENDAR":
                    raise ICSReadError(number, _("the file must start with BEGIN:VCALENDAR, not BEGIN:{name}").format(
                        name=comp.name))
                root = comp
            else:
                stack[-1].children.append(comp)
            stack.append(comp)
        elif prop.name == "END":
            name = prop.value.strip().upper()
            if not stack:
                raise ICSReadError(number, _("END:{name} without a matching BEGIN").format(name=name))
            if stack[-1].name != name:
                raise ICSReadError(number, _("END:{name} closes BEGIN:{other} of line {line}").format(
                    name=name, other=stack[-1].name, line=stack[-1].line))
            stack.pop()
        elif not stack:
            if root is None:
                raise ICSReadError(number, _("this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)"))
            warnings.append(at_line(number, _("text after END:VCALENDAR ignored")))
            break
        else:
            stack[-1].props.append(prop)
    if stack:
        last = lines[-1][0]
        raise ICSReadError(last, _("the file ends here without END:{name} (BEGIN:{name} is at line {line}); "
                                   "is the file cut short?").format(name=stack[-1].name, line=stack[-1].line))
    assert root is not None
    return root, warnings
