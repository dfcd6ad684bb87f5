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

    def _row(self, b: Any) -> list[Any]:
        merged = b.status == "merged"
        # A refused file was not read: no row count or programme version to show (not 0).
        return [
            f"{b.received_at:%d-%m-%Y %H:%M}",
            b.desa_code,
            b.desa_name,
            b.batch_no or None,
            b.row_count if merged else None,
            b.programme_version or None,
            self.tr("digabung") if merged else self.tr("DITOLAK: ") + b.reason,
            b.file_name,
        ]

    def show_data(self, ledger: list[Any], gaps: list[Any]) -> None:
        self.gaps.clear()
        self.gaps.addItems([tr_message(g.message()) for g in gaps] or [self.tr("(tidak ada)")])
        fill_table(
            self.table,
            [self._row(b) for b in ledger],
        )
