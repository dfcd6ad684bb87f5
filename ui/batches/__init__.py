"""The batch screens: the export dialog and the batch history (with the handover sheet).

Entry points for the main window:
    open_export_dialog(parent, db, actor, programme) -> ExportDialog
    BatchHistoryWidget(db, actor, parent=None)
"""

from ui.batches.export_dialog import ExportDialog, open_export_dialog
from ui.batches.history import BatchHistoryWidget

__all__ = ["BatchHistoryWidget", "ExportDialog", "open_export_dialog"]
