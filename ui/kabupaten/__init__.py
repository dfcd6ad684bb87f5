"""The kabupaten screens (installation mode "kabupaten"): the consolidation workspace.

Entry point for the main window:
    KabupatenWorkspace(db, actor, programme, parent=None)   # a QTabWidget, the central widget
"""

from ui.kabupaten.workspace import KabupatenWorkspace

__all__ = ["KabupatenWorkspace"]
