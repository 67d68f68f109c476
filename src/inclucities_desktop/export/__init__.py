"""The Word export: plain records in, a .docx out. No Qt, no database (import-linter)."""

from inclucities_desktop.export.document_writer import ExportError, export_docx
from inclucities_desktop.export.records import (
    ExportComment,
    ExportOptions,
    PlanExport,
    StatusChange,
)

__all__ = ["ExportComment", "ExportError", "ExportOptions", "PlanExport", "StatusChange",
           "export_docx"]
