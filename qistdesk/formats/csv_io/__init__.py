"""CSV in and out: the one place that reads and writes CSV bytes (people and participant lists).

``reader`` decodes and parses what Excel and friends save; ``mapping`` guesses which
column is which field and reads cell values strictly; ``people`` turns rows into a plan of
people and people into rows; ``writer`` makes Excel-safe files. Importing and exporting
(reading and writing the database) is ``qistdesk.services.people_csv``.
"""

from qistdesk.formats.csv_io.mapping import TARGETS, guess_mapping, normalise_email
from qistdesk.formats.csv_io.people import ImportPlan, RowPlan, plan_rows
from qistdesk.formats.csv_io.reader import CsvError, Problem, Table, read_bytes, read_file
from qistdesk.formats.csv_io.writer import neutralise, write_rows

__all__ = ["TARGETS", "guess_mapping", "normalise_email", "ImportPlan", "RowPlan", "plan_rows", "CsvError",
           "Problem", "Table", "read_bytes", "read_file", "neutralise", "write_rows"]
