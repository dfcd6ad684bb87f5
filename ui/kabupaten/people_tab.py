"""Cari peserta: a village calls about someone; find them by NIK, KPJ or name."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from enrolment.dates import short_date
from enrolment.kabupaten.search import LIMIT, find_people
from enrolment.privacy import display_nik, nik_masking_enabled
from ui.kabupaten.tables import fill_table, read_only_table
from ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from enrolment.kabupaten.search import Found
    from ui.kabupaten.workspace import KabupatenWorkspace


class PeopleTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self.task: Any = None
        self._masked = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Ketik NIK (awalnya), nomor KPJ, atau sebagian nama…")
        )
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = read_only_table(
            [
                self.tr("NIK"),
                self.tr("Nama"),
                self.tr("Tgl lahir"),
                self.tr("Desa"),
                self.tr("Kelompok"),
                self.tr("Keadaan"),
                self.tr("No KPJ"),
                self.tr("Batch"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        # One query after the typing pauses, not one per keystroke.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)

    def run_search(self) -> None:
        db, query = self._ws.db, self.search.text()

        def work(ctx: TaskContext) -> tuple[str, list[Found], bool]:
            with db.session() as session:
                return query, find_people(session, query), nik_masking_enabled(session)

        self.task = run_task(self, work, on_success=self._show, show_progress=False)

    def _show(self, result: tuple[str, list[Found], bool]) -> None:
        query, found, self._masked = result
        if query != self.search.text():
            return  # typing went on: a newer search follows
        fill_table(self.table, [self._row(f) for f in found])
        if not query.strip():
            self.count.clear()
        elif len(found) >= LIMIT:
            self.count.setText(
                self.tr("Lebih dari {n} cocok: ketik lebih lengkap.").format(n=LIMIT)
            )
        else:
            self.count.setText(self.tr("{n} cocok.").format(n=len(found)))

    def _row(self, f: Found) -> list[str]:
        born = short_date(date.fromisoformat(f.tanggal_lahir[:10]))
        desa = f"{f.desa_name} ({f.desa_code})"
        group = self._group(f.kategori)
        nik = display_nik(f.nik, self._masked)  # the installation's NIK-masking setting
        return [nik, f.nama, born, desa, group, self._state(f), f.kpj, str(f.last_batch_no)]

    def _group(self, code: str) -> str:
        group = self._ws.programme.group(code)
        return group.name if group else code

    def _state(self, f: Found) -> str:
        if f.status == "withdrawn":
            return self.tr("Ditarik oleh desa")
        if f.status == "duplicate":
            return self.tr("Ganda: tetap terdaftar lewat Desa {desa}").format(
                desa=f.duplicate_of_desa
            )
        if f.open_conflict:
            return self.tr("Konflik terbuka (lihat tab Konflik)")
        if f.check_reason:
            return self.tr("Ditahan: {reason}").format(reason=f.check_reason)
        return self.tr("Terdaftar, siap ke BPJS")
