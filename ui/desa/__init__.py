"""The village screens (installation mode "desa"): entry form, register and summary.

Entry point for the main window:
    DesaWorkspace(ws, parent=None, *, account=None)   # a QTabWidget, the central widget
"""

from ui.desa.workspace import DesaWorkspace

__all__ = ["DesaWorkspace"]
