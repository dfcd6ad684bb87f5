"""The village reads the kabupaten's return file: the check result and the KPJ per person."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.tasks import Task, TaskContext, run_task

if TYPE_CHECKING:
    from enrolment.kabupaten.returns import ReturnImport
    from ui.desa.workspace import DesaWorkspace


class ReturnFileReader(QObject):
    """Asks for the file, applies it in the background, then says what changed and shows the
    register (owned by a `DesaWorkspace`)."""

    def __init__(self, workspace: DesaWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.task: Task | None = None

    def read(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        parent = self.workspace
        name, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("Berkas balikan dari kabupaten"), "", self.tr("Berkas balikan (*.xlsx)")
        )
        if not name:
            return
        db, actor = parent.ws.db, parent.ws.operator

        def work(ctx: TaskContext) -> ReturnImport:
            from enrolment.kabupaten.returns import apply_return_file

            with db.session() as session:
                return apply_return_file(session, Path(name), actor)

        self.task = run_task(
            parent, work, on_success=self._done, title=self.tr("Membaca berkas balikan…")
        )

    def _done(self, result: ReturnImport) -> None:
        from enrolment.kabupaten.returns import (
            ACCEPTED,
            DUPLICATE,
            PENDING,
            REJECTED,
            WITHDRAWN,
        )
        from ui.dialogs import inform

        parent = self.workspace
        parent.refresh()
        lines = [
            self.tr("{n} peserta diperbarui, {same} tetap; nomor KPJ baru: {kpj}.").format(
                n=result.updated, same=result.unchanged, kpj=result.kpj_new
            ),
            self.tr(
                "Diterima {a}, ditolak {r}, ganda {d}, masih diperiksa kabupaten {p}, ditarik {w}."
            ).format(
                a=result.counts.get(ACCEPTED, 0), r=result.counts.get(REJECTED, 0),
                d=result.counts.get(DUPLICATE, 0), p=result.counts.get(PENDING, 0),
                w=result.counts.get(WITHDRAWN, 0),
            ),
        ]  # fmt: skip
        if result.unknown:
            lines.append(
                self.tr(
                    "{n} peserta dalam berkas tidak ada di register desa ini (mungkin sudah "
                    "dihapus permanen)."
                ).format(n=len(result.unknown))
            )
        lines.append(
            self.tr(
                "Lihat kolom Hasil kabupaten dan No KPJ di Daftar peserta; tanda terima yang "
                "dicetak ulang memuat hasil dan KPJ."
            )
        )
        parent.setCurrentWidget(parent.register)
        inform(parent, self.tr("Berkas balikan dibaca"), "\n".join(lines))
