"""The import dialog: Excel lists villages already keep → the register."""

from ui.importing.import_dialog import ImportDialog, open_import_dialog

__all__ = ["ImportDialog", "open_import_dialog"]
