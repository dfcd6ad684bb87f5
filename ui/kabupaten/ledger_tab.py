"""Buku batch: every batch received (merged or refused) and the batch numbers still missing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from ui.errors import tr_message
from ui.kabupaten.tables import fill_table, read_only_table

if TYPE_CHECKING:
    from ui.kabupaten.workspace import KabupatenWorkspace


class LedgerTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self.gaps = QListWidget()
        self.table = read_only_table(
            [
                self.tr("Diterima"),
                self.tr("Kode desa"),
                self.tr("Desa"),
                self.tr("Batch"),
                self.tr("Baris"),
                self.tr("Versi program"),
                self.tr("Status"),
                self.tr("Berkas"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Batch yang belum diterima:")))
        layout.addWidget(self.gaps, 1)
        layout.addWidget(self.table, 4)

    def show_data(self, ledger: list[Any], gaps: list[Any]) -> None:
        self.gaps.clear()
        self.gaps.addItems([tr_message(g.message()) for g in gaps] or [self.tr("(tidak ada)")])
        fill_table(
            self.table,
            [
                [
                    f"{b.received_at:%d-%m-%Y %H:%M}",
                    b.desa_code,
                    b.desa_name,
                    b.batch_no,
                    b.row_count,
                    b.programme_version,
                    self.tr("digabung")
                    if b.status == "merged"
                    else self.tr("DITOLAK: ") + b.reason,
                    b.file_name,
                ]
                for b in ledger
            ],
        )
