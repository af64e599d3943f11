"""CSV in and out: the one place that reads and writes CSV (people and participant lists).

``reader`` decodes and parses what Excel and friends save; ``mapping`` guesses which
column is which field and reads cell values strictly; ``people`` plans and applies an
import in one transaction and writes exports; ``writer`` makes Excel-safe files.
"""

from qistdesk.formats.csv_io.mapping import TARGETS, guess_mapping, normalise_email
from qistdesk.formats.csv_io.people import (ImportPlan, RowPlan, export_participants, export_people,
                                            import_people, preview_import)
from qistdesk.formats.csv_io.reader import CsvError, Problem, Table, read_bytes, read_file
from qistdesk.formats.csv_io.writer import neutralise, write_rows

__all__ = ["TARGETS", "guess_mapping", "normalise_email", "ImportPlan", "RowPlan", "export_people",
           "export_participants", "import_people", "preview_import", "CsvError", "Problem", "Table",
           "read_bytes", "read_file", "neutralise", "write_rows"]
