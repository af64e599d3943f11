"""The whole database as one versioned JSON document (see docs/json-format.md): the translation.

Export and import (reading the database, writing it in one transaction) are
``qistdesk.services.documents``.
"""

from qistdesk.formats.json_document.layout import FORMAT_VERSION, document_schema
from qistdesk.formats.json_document.reader import DocumentError, ImportSummary, check_document, read_file
from qistdesk.formats.json_document.writer import build_document, dumps, write_text

__all__ = ["FORMAT_VERSION", "document_schema", "DocumentError", "ImportSummary", "check_document", "read_file",
           "build_document", "dumps", "write_text"]
