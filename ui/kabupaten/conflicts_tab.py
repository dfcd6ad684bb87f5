"""Konflik: two records that may be the same person, side by side, and the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from ui.kabupaten.tables import fill_table, read_only_table
from ui.tasks import TaskContext

if TYPE_CHECKING:
    from ui.kabupaten.workspace import KabupatenWorkspace


class ConflictTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self._views: list[Any] = []
        self.list = QListWidget()
        self.side = read_only_table([self.tr("Data"), self.tr("Catatan A"), self.tr("Catatan B")])
        self.keep_a = QPushButton(self.tr("Pertahankan A"))
        self.keep_b = QPushButton(self.tr("Pertahankan B"))
        self.distinct = QPushButton(self.tr("Keduanya orang berbeda"))
        buttons = QHBoxLayout()
        for b in (self.keep_a, self.keep_b, self.distinct):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addWidget(self.side)
        right.addLayout(buttons)
        layout.addLayout(right, 2)
        self.list.currentRowChanged.connect(self._show)
        self.keep_a.clicked.connect(lambda: self.resolve("keep_a"))
        self.keep_b.clicked.connect(lambda: self.resolve("keep_b"))
        self.distinct.clicked.connect(lambda: self.resolve("distinct"))

    def show_data(self, views: list[Any]) -> None:
        self._views = views
        self.list.clear()
        for v in views:
            kind = (
                self.tr("NIK sama")
                if v.conflict.kind == "same_nik"
                else self.tr("Nama dan tanggal lahir sama")
            )
            self.list.addItem(f"{kind}: {v.a.nama} ({v.a.desa_code} / {v.b.desa_code})")
        if views:
            self.list.setCurrentRow(0)
        else:
            self.side.setRowCount(0)
        for b in (self.keep_a, self.keep_b, self.distinct):
            b.setEnabled(bool(views))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._views):
            return
        v = self._views[row]
        a, b = v.fields(v.a), v.fields(v.b)
        keys = [k for k in a if k != "jenis"]
        fill_table(self.side, [[k, a.get(k, ""), b.get(k, "")] for k in keys])

    def resolve(self, resolution: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._views):
            return
        seq = self._views[row].conflict.seq
        db, actor = self._ws.db, self._ws.actor

        def work(ctx: TaskContext) -> None:
            from enrolment.kabupaten.conflicts import resolve_conflict

            with db.session() as session:
                resolve_conflict(session, seq, resolution, actor=actor)

        self._ws.run(work, lambda _r: self._ws.changed.emit(), self.tr("Menyimpan keputusan…"))
