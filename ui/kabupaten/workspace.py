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
from models.tables import Account
from ui.kabupaten.conflicts_tab import ConflictTab
from ui.kabupaten.handover_tab import HandoffTab
from ui.kabupaten.ledger_tab import LedgerTab
from ui.kabupaten.merge_tab import ReceiveTab
from ui.kabupaten.people_tab import PeopleTab
from ui.kabupaten.programme_tab import ProgrammeTab
from ui.kabupaten.recap_tab import RecapTab
from ui.tasks import TaskContext, run_task


class KabupatenWorkspace(QTabWidget):
    """Tabs: Terima batch, Buku batch, Konflik, Rekap, Ekspor BPJS dan file balikan, Cari
    peserta, Program."""

    changed = Signal()  # the register changed (merge, resolution, KPJ): views refresh
    programme_changed = Signal(object)  # a new programme version is active (a Programme)

    def __init__(
        self,
        db: Database,
        actor: str,
        programme: Programme,
        parent: QWidget | None = None,
        *,
        account: Account | None = None,
    ) -> None:
        super().__init__(parent)
        # `account` is the logged-in account: saving a programme version needs an admin.
        self.db, self.actor, self.programme, self.account = db, actor, programme, account
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
        self.people = PeopleTab(self)
        self.addTab(self.people, self.tr("Cari peserta"))
        self.programme_tab = ProgrammeTab(self)
        self.addTab(self.programme_tab, self.tr("Program"))
        self.version_label = QLabel()
        self.setCornerWidget(self.version_label)
        self._show_version()
        self._current = self.currentIndex()
        self.currentChanged.connect(self._tab_changed)
        self.changed.connect(self.refresh)
        self.refresh()
        self.programme_tab.load()

    def _show_version(self) -> None:
        self.version_label.setText(
            self.tr("Program {id} versi {version}").format(
                id=self.programme.id, version=self.programme.version
            )
        )

    def set_programme(self, programme: Programme) -> None:
        """A new programme version is active: the recap follows it, the main window hears it."""
        self.programme = programme
        self._show_version()
        self.refresh()
        self.programme_changed.emit(programme)

    def _tab_changed(self, index: int) -> None:
        """Leaving the Program tab with unsaved edits asks first (save, discard or stay)."""
        previous, self._current = self._current, index
        if self.widget(previous) is self.programme_tab and not self.programme_tab.confirm_leave():
            self.blockSignals(True)
            self.setCurrentIndex(previous)
            self.blockSignals(False)
            self._current = previous

    def confirm_close(self) -> bool:
        """For the main window's closeEvent: False when the user chose to stay."""
        if self.programme_tab.is_dirty():
            self.setCurrentWidget(self.programme_tab)
        return self.programme_tab.confirm_leave()

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
