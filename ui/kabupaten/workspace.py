"""The kabupaten workspace: receive batches, the ledger, conflicts, recap, BPJS and returns.

Views lay out and call the domain (`enrolment.kabupaten`); every database or file job runs
through `run_task`, never on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from enrolment.programme import Programme
from models.database import Database
from ui.kabupaten.conflicts_tab import ConflictTab
from ui.kabupaten.handover_tab import HandoffTab
from ui.kabupaten.ledger_tab import LedgerTab
from ui.kabupaten.merge_tab import ReceiveTab
from ui.kabupaten.recap_tab import RecapTab
from ui.tasks import TaskContext, run_task


class KabupatenWorkspace(QTabWidget):
    """Tabs: Terima batch, Buku batch, Konflik, Rekap, Ekspor BPJS, File balikan."""

    changed = Signal()  # the register changed (merge, resolution, KPJ): views refresh

    def __init__(
        self, db: Database, actor: str, programme: Programme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.programme = db, actor, programme
        self.task: Any = None
        self.receive = ReceiveTab(self)
        self.ledger = LedgerTab(self)
        self.conflicts = ConflictTab(self)
        self.recap = RecapTab(self)
        self.handoff = HandoffTab(self)
        self.addTab(self.receive, self.tr("Terima batch"))
        self.addTab(self.ledger, self.tr("Buku batch"))
        self.addTab(self.conflicts, self.tr("Konflik"))
        self.addTab(self.recap, self.tr("Rekap"))
        self.addTab(self.handoff, self.tr("Ekspor BPJS dan file balikan"))
        self.version_label = QLabel(
            self.tr("Program {id} versi {version}").format(
                id=programme.id, version=programme.version
            )
        )
        self.setCornerWidget(self.version_label)
        self.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Reloads ledger, conflicts and recap in the background."""
        db, programme = self.db, self.programme

        def work(ctx: TaskContext) -> dict[str, Any]:
            from enrolment.kabupaten.conflicts import open_conflicts
            from enrolment.kabupaten.ledger import gaps, ledger
            from enrolment.kabupaten.recap import build_recap

            with db.session() as session:
                return {
                    "ledger": list(ledger(session)),
                    "gaps": gaps(session),
                    "conflicts": open_conflicts(session),
                    "recap": build_recap(session, programme),
                }

        self.task = run_task(self, work, on_success=self._loaded, show_progress=False)

    def _loaded(self, data: dict[str, Any]) -> None:
        self.ledger.show_data(data["ledger"], data["gaps"])
        self.conflicts.show_data(data["conflicts"])
        self.recap.show_data(data["recap"])
        self.setTabText(2, self.tr("Konflik ({n})").format(n=len(data["conflicts"])))

    def run(self, work: Any, on_success: Any, title: str) -> None:
        self.task = run_task(self, work, on_success=on_success, title=title)
