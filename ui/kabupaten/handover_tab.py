"""Ekspor BPJS dan file balikan: the master workbook, KPJ numbers, return files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.kabupaten.tables import thousands
from ui.tasks import TaskContext

if TYPE_CHECKING:
    from ui.kabupaten.workspace import KabupatenWorkspace


def _row_list(rows: list[int]) -> str:
    """`7, 9, 12`: sheet row numbers as the operator reads them in Excel."""
    return ", ".join(str(n) for n in rows)


class HandoffTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self.export_button = QPushButton(self.tr("Buat berkas induk untuk BPJS…"))
        self.kpj_button = QPushButton(self.tr("Baca nomor KPJ dari BPJS…"))
        self.return_button = QPushButton(self.tr("Buat file balikan untuk setiap desa…"))
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Berkas induk hanya berisi peserta tanpa konflik terbuka dan tanpa data "
                    "bermasalah. Setiap ekspor dicatat di log audit."
                )
            )
        )
        for b in (self.export_button, self.kpj_button, self.return_button):
            layout.addWidget(b)
        layout.addWidget(self.log)
        self.export_button.clicked.connect(self._export)
        self.kpj_button.clicked.connect(self._kpj)
        self.return_button.clicked.connect(self._returns)

    def _say(self, text: str) -> None:
        self.log.appendPlainText(text)

    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan berkas induk"))
        if not folder:
            return
        db, actor, programme = self._ws.db, self._ws.actor, self._ws.programme

        def work(ctx: TaskContext) -> Any:
            from enrolment.kabupaten.master_export import export_master

            with db.session() as session:
                return export_master(session, programme, Path(folder), actor=actor)

        self._ws.run(
            work,
            lambda r: self._say(
                self.tr("Berkas induk: {path} ({rows} peserta; {held} ditahan)").format(
                    path=r.path, rows=r.rows, held=r.held_back
                )
            ),
            self.tr("Membuat berkas induk…"),
        )

    def _kpj(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Lembar KPJ dari BPJS"), "", self.tr("Excel (*.xlsx)")
        )
        if not name:
            return
        db, actor = self._ws.db, self._ws.actor

        def work(ctx: TaskContext) -> tuple[Any, bool]:
            from enrolment.kabupaten.kpj import apply_kpj_sheet
            from enrolment.privacy import nik_masking_enabled

            with db.session() as session:
                return apply_kpj_sheet(session, Path(name), actor=actor), nik_masking_enabled(
                    session
                )

        def done(outcome: tuple[Any, bool]) -> None:
            self._say(self.kpj_report(*outcome))
            self._ws.changed.emit()

        self._ws.run(work, done, self.tr("Membaca KPJ…"))

    def kpj_report(self, r: Any, masked: bool) -> str:
        """Every count the KPJ result carries, with the sheet rows (or NIKs) to look at."""
        from enrolment.privacy import display_nik

        lines = [
            self.tr("KPJ dicatat: {new} baru atau diganti, {same} tidak berubah.").format(
                new=thousands(r.assigned), same=thousands(r.unchanged)
            )
        ]
        if r.unknown_nik:
            lines.append(
                self.tr(
                    "{n} NIK tidak dikenal (tidak ada peserta aktif dengan NIK itu): {niks}"
                ).format(
                    n=thousands(len(r.unknown_nik)),
                    niks=", ".join(display_nik(nik, masked) for nik in r.unknown_nik),
                )
            )
        if r.damaged:
            lines.append(
                self.tr(
                    "{n} baris NIK-nya berupa angka (rusak oleh Excel; ketik ulang sebagai teks): "
                    "baris {rows}"
                ).format(n=thousands(len(r.damaged)), rows=_row_list(r.damaged))
            )
        if r.bad_kpj:
            lines.append(
                self.tr("{n} baris dengan KPJ tidak sah: baris {rows}").format(
                    n=thousands(len(r.bad_kpj)), rows=_row_list(r.bad_kpj)
                )
            )
        return "\n".join(lines)

    def _returns(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan file balikan"))
        if not folder:
            return
        db, actor = self._ws.db, self._ws.actor

        def work(ctx: TaskContext) -> Any:
            from enrolment.kabupaten.returns import write_return_files

            with db.session() as session:
                return write_return_files(session, Path(folder), actor=actor)

        self._ws.run(
            work,
            lambda made: self._say(
                self.tr("{n} file balikan ditulis ke {folder}.").format(n=len(made), folder=folder)
            ),
            self.tr("Menulis file balikan…"),
        )
