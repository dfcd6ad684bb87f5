"""Cari peserta: a village calls about someone; find them by NIK, KPJ or name. An admin may
purge a withdrawn or duplicate person's data here after the retention period (UU PDP)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from enrolment.dates import short_date
from enrolment.kabupaten.purge import LEFT
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
        self._found: list[Found] = []
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
        self.purge_button = QPushButton(self.tr("Hapus permanen data pribadi…"))
        self.purge_button.setToolTip(
            self.tr(
                "Untuk peserta yang ditarik desa atau ditandai ganda, setelah masa simpan "
                "lewat (permintaan penghapusan, UU PDP). Hanya admin."
            )
        )
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge_selected)
        # Admin-only, as in the village: hidden for an operator rather than shown greyed.
        self.purge_button.setVisible(ws.account is not None and ws.account.role == "admin")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.purge_button)
        layout.addLayout(buttons)
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
        self._found = found
        fill_table(self.table, [self._row(f) for f in found])
        self._selection_changed()
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

    def selected(self) -> Found | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._found[min(rows)] if rows and min(rows) < len(self._found) else None

    def _selection_changed(self) -> None:
        found = self.selected()
        self.purge_button.setEnabled(found is not None and found.status in LEFT)

    def purge_selected(self) -> None:
        """Admin: overwrite the personal data of the selected withdrawn or duplicate person."""
        from enrolment.kabupaten.purge import purge_kab_record, purge_status_of
        from ui.dialogs import ask, ask_text, warn

        found, account, db = self.selected(), self._ws.account, self._ws.db
        title = self.tr("Hapus permanen")
        if found is None or account is None:
            return
        with db.session() as session:  # one row by its key: quick enough to ask here
            status = purge_status_of(session, found.enrollee_id)
        if status is None or not status.allowed:
            when = status.earliest.astimezone().date() if status and status.earliest else None
            warn(
                self, title,
                self.tr("Data ini belum dapat dihapus permanen: hanya peserta yang ditarik desa "
                        "atau ditandai ganda, setelah masa simpan lewat ({when}).").format(
                    when=short_date(when) if when else "—"),
            )  # fmt: skip
            return
        reason = ask_text(
            self, title,
            self.tr("Dasar penghapusan (mis. permintaan tertulis, nomor surat). Jangan tulis nama orangnya:"),
        )  # fmt: skip
        if reason is None:
            return
        if not reason.strip():
            warn(self, title, self.tr("Dasar penghapusan wajib diisi. Tidak ada yang dihapus."))
            return
        question = self.tr(
            "Data pribadi {name} akan ditimpa dan tidak dapat dikembalikan. Lanjutkan?"
        ).format(name=found.nama)
        if found.status == "duplicate":
            question += "\n\n" + self.tr(
                "Ini rekaman ganda: orang yang sama tetap terdaftar lewat Desa {desa}, dan "
                "rekaman itu tidak ikut dihapus."
            ).format(desa=found.duplicate_of_desa)
        if not ask(self, title, question, self.tr("Hapus permanen"), self.tr("Batal"), danger=True):
            return

        def work(ctx: TaskContext) -> None:
            with db.session() as session:
                purge_kab_record(session, found.enrollee_id, by=account, reason=reason)

        def done(_result: None) -> None:
            # A purged record has no NIK or name left to be found by: it leaves the results.
            if found in self._found:
                self.table.removeRow(self._found.index(found))
                self._found.remove(found)
            self.count.setText(self.tr("Data pribadi peserta itu sudah dihapus permanen."))
            self._ws.changed.emit()

        # A failure (the domain refused) is shown by run_task in Indonesian; nothing changed.
        self.task = run_task(self, work, on_success=done, title=title, cancellable=False)
