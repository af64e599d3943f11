"""The whole database as one versioned JSON document (see docs/json-format.md)."""

from qistdesk.formats.json_document.layout import FORMAT_VERSION, document_schema
from qistdesk.formats.json_document.reader import DocumentError, ImportSummary, import_document, read_into
from qistdesk.formats.json_document.writer import dumps, export_document, write_document

__all__ = ["FORMAT_VERSION", "document_schema", "DocumentError", "ImportSummary", "import_document",
           "read_into", "dumps", "export_document", "write_document"]
