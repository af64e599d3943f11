"""Write the bad-input corpus (run once; the files are committed). Big files are made by the test.

    python tests/safety/corpus/make_corpus.py

``expect.json`` says per file what a correct answer is: {"people": N} (imported, N people
in the database afterwards), {"error": "words of the one-line message"}, or {"either": true}
for importers owned by others (ICS, JSON), where a clear one-line error or success both pass.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES: dict[str, tuple[bytes, dict]] = {}


def add(name: str, data: bytes | str, expect: dict, encoding: str = "utf-8") -> None:
    FILES[name] = (data.encode(encoding) if isinstance(data, str) else data, expect)


# --- CSV: encodings, delimiters, quoting -------------------------------------------------------
DK = "Fornavn;Efternavn;E-mail\r\nSøren;Ågård;soren@example.dk\r\nÆse;Øby;aese@example.dk\r\n"
add("csv/utf8_bom_semicolon.csv", DK, {"people": 2}, "utf-8-sig")
add("csv/windows1252_semicolon.csv", DK, {"people": 2}, "cp1252")
add("csv/utf16_tab.csv", DK.replace(";", "\t"), {"people": 2}, "utf-16")
add("csv/utf8_comma_lf.csv", "Name,E-mail\nNina Hansen,nina@example.dk\n", {"people": 1})
add("csv/classic_mac_cr.csv", "Name,E-mail\rNina Hansen,nina@example.dk\rBo Berg,bo@example.dk\r", {"people": 2})
add("csv/quoted_newlines.csv", 'Name,E-mail,Notes\n"Nina\nHansen",nina@example.dk,"a\nb, c"\n', {"people": 1})
add("csv/stray_quote.csv", 'Name;E-mail\n"Nina;nina@example.dk\nBo;bo@example.dk\n', {"error": "line 2"})
add("csv/quote_mid_field.csv", 'Name,E-mail\n"Nina" Hansen,nina@example.dk\n', {"error": "line 2"})
add("csv/empty.csv", b"", {"error": "empty"})
add("csv/only_blank_lines.csv", "\n\n  \n", {"error": "empty"})
add("csv/header_only.csv", "Name,E-mail\n", {"people": 0})
add("csv/blank_lines_between.csv", "Name,E-mail\n\nNina,n@example.dk\n,\n\nBo,b@example.dk\n", {"people": 2})
add("csv/too_many_values.csv", "Name,E-mail\nNina,n@example.dk,extra,more\n", {"error": "line 2"})
add("csv/trailing_empty_values.csv", "Name,E-mail\nNina,n@example.dk,,\n", {"people": 1})
add("csv/duplicate_header.csv", "Name,Name\nNina,Bo\n", {"error": "twice"})
add("csv/no_name_column.csv", "E-mail,Phone\nn@example.dk,123\n", {"error": "no column gives the name"})
add("csv/bad_email.csv", "Name,E-mail\nNina,nina@\nBo,bo@example.dk\n", {"error": "line 2, column 'E-mail'"})
add("csv/unknown_org.csv", "Name;Organisation\nNina;Nowhere Institute\n", {"people": 1})  # org made "to review"
add("csv/new_org_with_sector.csv", "Name;Organisation;Sector;Country\nNina;Aarhus Universitet;academia;DK\n",
    {"people": 1})
add("csv/bad_sector.csv", "Name;Organisation;Sector;Country\nNina;X;banking;DK\n", {"error": "line 2, column 'Sector'"})
add("csv/bad_consent.csv", "Name,Consent to be listed\nNina,maybe\n", {"error": "not yes or no"})
add("csv/not_text_latin.csv", b"Name,E-mail\nN\x81\x8d\x8f\x90\x9d,n@example.dk\n", {"error": "neither UTF-8"})
add("csv/nul_bytes.csv", b"Name,E-mail\nNi\x00na,n@example.dk\n", {"error": "NUL"})
add("csv/xlsx_renamed.csv", b"PK\x03\x04" + b"\x00" * 200, {"error": "workbook"})
add("csv/formula_cells.csv", 'Name,E-mail,Notes\n"=HYPERLINK(""http://x"")",f@example.dk,@SUM(A1)\n', {"people": 1})
add("csv/duplicates_in_file.csv", "Name,E-mail\nNina,N@Example.dk\nNina H,n@example.dk \n", {"people": 1})
add("csv/mailto_emails.csv", "Name,E-mail\nNina,mailto:nina@example.dk\n", {"people": 1})
add("csv/binary_garbage.csv", bytes(range(256)) * 4, {"error": ""})
# --- names ------------------------------------------------------------------------------------
add("names/scripts.csv", "Name,E-mail\nنادية حسن,a@example.org\n王小明,b@example.org\nЖанна Петрова,c@example.org\n"
    "Zoë O'Brien-Smith,d@example.org\nTëst 👩‍🔬 Person,e@example.org\n", {"people": 5})
add("names/combining_and_zero_width.csv", "Name,E-mail\nJose\u0301 Ru\u200bi\u200dz,a@example.org\n", {"people": 1})
add("names/control_characters.csv", "Name,E-mail\nNi\x07na\x1b Hansen,a@example.org\n", {"people": 1})
add("names/only_spaces.csv", "Name,E-mail\n   ,a@example.org\n", {"error": "line 2"})
add("names/too_long.csv", "Name,E-mail\n" + "A" * 401 + ",a@example.org\n", {"error": "too long"})
add("names/comma_family_first.csv", 'Name,E-mail\n"Hansen, Nina",a@example.org\n', {"people": 1})
add("names/sql_and_markup.csv", "Name,E-mail\nRobert'); DROP TABLE people;--,a@example.org\n<b>Bo</b> &amp;,b@example.org\n",
    {"people": 2})
# --- dates ------------------------------------------------------------------------------------
add("dates/good.csv", "Name,Keep data until\nA,2027-04-03\nB,3.4.2027\nC,13/04/2027\nD,\n", {"people": 4})
add("dates/impossible.csv", "Name,Keep data until\nA,2027-02-30\n", {"error": "not a date that exists"})
add("dates/ambiguous.csv", "Name,Keep data until\nA,03/04/2027\n", {"error": "ambiguous"})
add("dates/words.csv", "Name,Keep data until\nA,next spring\n", {"error": "not a date"})
add("dates/birth_in_future.csv", "Name,Date of birth\nA,2999-01-01\n", {"error": "in the future"})
add("dates/year_zero.csv", "Name,Date of birth\nA,0000-01-01\n", {"error": "line 2"})
# --- ICS (import owned by the calendar engineer) ----------------------------------------------
add("ics/empty.ics", b"", {"either": True})
add("ics/garbage.ics", "this is not a calendar\n", {"either": True})
add("ics/vcard.ics", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nina\r\nEND:VCARD\r\n", {"either": True})
add("ics/truncated.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@y\r\nSUMMARY:Half\r\n", {"either": True})
add("ics/unknown_tzid.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
    "DTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Mars/Olympus:20270101T100000\r\nDTEND;TZID=Mars/Olympus:"
    "20270101T110000\r\nSUMMARY:Mars\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", {"either": True})
add("ics/dst_gap.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:gap@b\r\n"
    "DTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Copenhagen:20260329T023000\r\nDTEND;TZID=Europe/Copenhagen:"
    "20260329T033000\r\nSUMMARY:Gap\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", {"either": True})
add("ics/end_before_start.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:e@b\r\n"
    "DTSTAMP:20260101T000000Z\r\nDTSTART:20270101T100000Z\r\nDTEND:20270101T090000Z\r\nSUMMARY:Back\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n", {"either": True})
add("ics/binary.ics", bytes(range(256)), {"either": True})
# --- JSON (import owned by the lead) ----------------------------------------------------------
add("json/empty.json", b"", {"either": True})
add("json/invalid.json", "{not json", {"either": True})
add("json/array.json", "[]", {"either": True})
add("json/wrong_format.json", '{"format": "something-else", "version": 99}', {"either": True})
add("json/deep_nesting.json", "[" * 100000 + "]" * 100000,
    {"either": True})
add("json/nul_and_bom.json", b"\xef\xbb\xbf{\"a\": \"\x00\"}", {"either": True})
add("json/huge_number.json", '{"format": "qistdesk", "version": 1e999999}', {"either": True})

if __name__ == "__main__":
    for name, (data, _) in FILES.items():
        path = HERE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (HERE / "expect.json").write_text(json.dumps({k: v for k, (_, v) in FILES.items()}, indent=1) + "\n")
    print(f"wrote {len(FILES)} files")
