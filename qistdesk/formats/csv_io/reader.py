"""Read a CSV file as people save it: Excel in Danish or US settings, Google Sheets, Outlook.

Why each rule (measured, see DESIGN.md "Data safety"):

- Danish Excel writes ``;`` between fields and Windows-1252 text; "CSV UTF-8" adds a BOM;
  "Unicode text" is UTF-16 with tabs. The delimiter is sniffed from the header line, the
  encoding tried in that order, and the choice is reported so the preview can show it.
- ``strict=True``: without it a stray quote silently swallows the following rows into one
  field. With it the reader stops, and we name the line where the bad record starts.
- The csv module refuses fields over 128 KB by default; a pasted abstract can be 200 KB.
  The limit is raised to :data:`FIELD_SIZE_LIMIT`, and the file size is capped so a wrong
  file (a video, a database) gets a message instead of eating the memory.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from qistdesk.formats.errors import FormatError
from qistdesk.messages import _, ngettext

FIELD_SIZE_LIMIT = 10 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 5
DELIMITERS = (",", ";", "\t")

if csv.field_size_limit() < FIELD_SIZE_LIMIT:
    csv.field_size_limit(FIELD_SIZE_LIMIT)


@dataclass(frozen=True)
class Problem:
    line: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = [_("line {line}").format(line=self.line)] if self.line else []
        if self.column:
            where.append(_("column {name}").format(name=repr(self.column)))
        return f"{', '.join(where)}: {self.reason}" if where else self.reason


class CsvError(FormatError):
    """The file cannot be imported; ``problems`` says where and why (nothing was saved)."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, (str, Problem)):
            problems = [problems if isinstance(problems, Problem) else Problem(None, None, problems)]
        self.problems = list(problems)
        shown = "; ".join(str(p) for p in self.problems[:MAX_PROBLEMS_SHOWN])
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        tail = ngettext(" (and {n} more problem)", " (and {n} more problems)", more).format(n=more) if more > 0 else ""
        super().__init__(_("{problems}; nothing was imported").format(problems=shown + tail))


@dataclass
class Row:
    line: int  # physical line where the record starts (1-based, header is usually line 1)
    values: dict[str, str]


@dataclass
class Table:
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    #: Things the user should check, e.g. lines that were not UTF-8 (named by number, never by value).
    warnings: list[str] = field(default_factory=list)

    @property
    def delimiter_name(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab"}.get(self.delimiter, repr(self.delimiter))


def read_file(path: str | Path) -> Table:
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CsvError(_("{name} is {size} MB; a CSV import reads at most {limit} MB").format(
            name=path.name, size=f"{size / 1e6:.0f}", limit=MAX_FILE_BYTES // (1024 * 1024)))
    return read_bytes(path.read_bytes())


def read_bytes(data: bytes) -> Table:
    text, encoding, lines = decode_lines(data)
    warnings = []
    if lines:
        shown = ", ".join(map(str, lines[:10])) + (f" and {len(lines) - 10} more" if len(lines) > 10 else "")
        many = len(lines) > 1
        warnings.append(f"line{'s' if many else ''} {shown} {'are' if many else 'is'} not UTF-8 and "
                        f"{'were' if many else 'was'} read as Windows-1252; the rest of the file is UTF-8. Check "
                        f"{'those lines' if many else 'that line'} in the preview")
    delimiter = sniff_delimiter(text)
    headers, rows = parse(text, delimiter)
    return Table(headers, rows, encoding, delimiter, warnings)


def _mixed_utf8(data: bytes, bom: bool) -> tuple[str, list[int]] | None:
    """A UTF-8 file with some lines in Windows-1252 (one pasted name): decode line by line.

    None when no line with non-ASCII bytes is valid UTF-8 (then it is a Windows-1252 file).
    Returns the text and the 1-based numbers of the lines read as Windows-1252.
    """
    body = data[3:] if bom else data
    parts, odd, utf8_seen = [], [], bom
    for number, line in enumerate(body.split(b"\n"), start=1):
        try:
            parts.append(line.decode("utf-8"))
            utf8_seen = utf8_seen or not line.isascii()
        except UnicodeDecodeError:
            try:
                parts.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                return None
            odd.append(number)
    if not utf8_seen:
        return None
    return "\n".join(parts), odd


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding that read it: UTF-8 (with or without BOM), UTF-16, Windows-1252."""
    text, encoding, _lines = decode_lines(data)
    return text, encoding


def decode_lines(data: bytes) -> tuple[str, str, list[int]]:
    """Like :func:`decode`, plus the lines of a UTF-8 file that had to be read as Windows-1252."""
    if data.startswith(b"PK\x03\x04"):
        raise CsvError(_("this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it as CSV first"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as exc:
            raise CsvError(_("the file says it is UTF-16 but is not ({reason})").format(reason=exc.reason)) from None
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8", "cp1252")
    failure = None
    for encoding in candidates:
        odd: list[int] = []
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            failure = exc
            mixed = _mixed_utf8(data, encoding == "utf-8-sig") if encoding.startswith("utf-8") else None
            if mixed is None:
                continue
            text, odd = mixed
        if "\x00" in text:
            line = text.count("\n", 0, text.index("\x00")) + 1
            raise CsvError(Problem(line, None, _("the file contains NUL bytes: it is not a text CSV file")))
        return text, ("windows-1252" if encoding == "cp1252" else encoding), odd
    line = data.count(b"\n", 0, failure.start) + 1 if failure else None
    raise CsvError(Problem(line, None, _("the text is neither UTF-8 nor Windows-1252 (byte {byte}); save the file "
                                         "as CSV UTF-8").format(byte=f"0x{data[failure.start]:02x}")))


def sniff_delimiter(text: str) -> str:
    """The candidate that occurs most often outside quotes in the header line.

    A header without any candidate is a file of one column: then the candidate that occurs
    least in the rest is taken, so a value like ``0,5`` in that column is never split.
    """
    header = dict.fromkeys(DELIMITERS, 0)
    rest = dict.fromkeys(DELIMITERS, 0)
    counts, seen_text, quoted = header, False, False
    for char in text[:65536]:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "\r\n":
            if seen_text:
                counts = rest
        elif char in counts:
            counts[char] += 1
            seen_text = True
        elif not char.isspace():
            seen_text = True
    if any(header.values()):
        return max(DELIMITERS, key=lambda d: header[d])
    return min(DELIMITERS, key=lambda d: (rest[d], DELIMITERS.index(d)))


def _reason(exc: csv.Error, text_of_record: str) -> str:
    message = str(exc)
    if "field larger than field limit" in message:
        return _("a field is longer than {n} MB").format(n=FIELD_SIZE_LIMIT // (1024 * 1024))
    if "unexpected end of data" in message or "EOF" in message:
        return _("a quoted field starts here and is never closed (a stray \" character?)")
    if "expected after" in message:
        return _("a \" character inside a field that is not quoted as a whole; quote the whole field "
                 "and write a \" inside it as \"\"")
    return _("the CSV is malformed here ({reason})").format(reason=message)


def parse(text: str, delimiter: str) -> tuple[list[str], list[Row]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: list[str] | None = None
    rows: list[Row] = []
    problems: list[Problem] = []
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(start, None, _reason(exc, "")))
            break  # after a broken quote the rest of the file cannot be trusted
        if not any(value.strip() for value in record):
            continue
        if headers is None:
            headers = _headers(record, start)
            continue
        if len(record) > len(headers) and any(v.strip() for v in record[len(headers):]):
            problems.append(Problem(start, None, _("{n} values but the header has {columns} columns").format(
                n=len(record), columns=len(headers))))
            continue
        record = record + [""] * (len(headers) - len(record))
        rows.append(Row(start, dict(zip(headers, record))))
    if problems:
        raise CsvError(problems)
    if headers is None:
        raise CsvError(_("the file is empty: expected a header line such as Name;E-mail;Organisation"))
    return headers, rows


def _headers(record: list[str], line: int) -> list[str]:
    headers = []
    for i, name in enumerate(record, 1):
        name = " ".join(name.split()) or f"column {i}"
        if name in headers:
            raise CsvError(Problem(line, name, _("this column name appears twice in the header")))
        headers.append(name)
    return headers
