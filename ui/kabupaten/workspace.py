"""The kabupaten workspace: receive batches, the ledger, conflicts, recap, BPJS and returns.

Views lay out and call the domain (`enrolment.kabupaten`); every database or file job runs
through `run_task`, never on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from enrolment.programme import Programme
from models.database import Database
from ui.errors import tr_message
from ui.tasks import TaskContext, run_task


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class KabupatenWorkspace(QTabWidget):
    """Tabs: Terima batch, Buku batch, Konflik, Rekap, Ekspor BPJS, File balikan."""

    changed = Signal()  # the register changed (merge, resolution, KPJ): views refresh

    def __init__(
        self, db: Database, actor: str, programme: Programme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._programme = db, actor, programme
        self.task: Any = None
        self.receive = _ReceiveTab(self)
        self.ledger = _LedgerTab(self)
        self.conflicts = _ConflictTab(self)
        self.recap = _RecapTab(self)
        self.handoff = _HandoffTab(self)
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
        db, programme = self._db, self._programme

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


class _ReceiveTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self.files_button = QPushButton(self.tr("Pilih berkas batch…"))
        self.folder_button = QPushButton(self.tr("Pilih folder atau flashdisk…"))
        self.results = QPlainTextEdit()
        self.results.setReadOnly(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Setiap berkas diperiksa (versi format, manifest, checksum, kode desa) "
                    "sebelum digabung. Berkas yang rusak atau diubah ditolak; yang lain lanjut."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.results)
        self.files_button.clicked.connect(self._pick_files)
        self.folder_button.clicked.connect(self._pick_folder)

    def _pick_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas batch"), "", self.tr("Batch Excel (*.xlsx)")
        )
        if names:
            self.merge([Path(n) for n in names])

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder atau flashdisk"))
        if folder:
            self.merge([Path(folder)])

    def merge(self, paths: list[Path]) -> None:
        ws = self._ws
        db, actor, programme = ws._db, ws._actor, ws._programme

        def work(ctx: TaskContext) -> list[Any]:
            from enrolment.kabupaten.merge import batch_files, merge_files

            files = batch_files(paths)
            return merge_files(
                db,
                files,
                actor=actor,
                programme=programme,
                progress=ctx.progress,
                check=ctx.check,
            )

        ws.run(work, self._merged, self.tr("Menggabungkan batch…"))

    def _merged(self, results: list[Any]) -> None:
        lines = [f"{r.path.name}: {tr_message(r.message)}" for r in results]
        merged = sum(r.outcome == "merged" for r in results)
        refused = sum(r.outcome == "refused" for r in results)
        lines.append(
            self.tr("Selesai: {merged} digabung, {same} sudah pernah, {refused} ditolak.").format(
                merged=merged, same=len(results) - merged - refused, refused=refused
            )
        )
        self.results.setPlainText("\n".join(lines))
        self._ws.changed.emit()


class _LedgerTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self.gaps = QListWidget()
        self.table = _table(
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
        _fill(
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


class _ConflictTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self._views: list[Any] = []
        self.list = QListWidget()
        self.side = _table([self.tr("Data"), self.tr("Catatan A"), self.tr("Catatan B")])
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
        _fill(self.side, [[k, a.get(k, ""), b.get(k, "")] for k in keys])

    def resolve(self, resolution: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._views):
            return
        seq = self._views[row].conflict.seq
        db, actor = self._ws._db, self._ws._actor

        def work(ctx: TaskContext) -> None:
            from enrolment.kabupaten.conflicts import resolve_conflict

            with db.session() as session:
                resolve_conflict(session, seq, resolution, actor=actor)

        self._ws.run(work, lambda _r: self._ws.changed.emit(), self.tr("Menyimpan keputusan…"))


class _RecapTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self._recap: Any = None
        self.level = QComboBox()
        self.level.addItems(
            [self.tr("Per kecamatan"), self.tr("Per desa"), self.tr("Per kelompok")]
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table(
            [
                self.tr("Kode"),
                self.tr("Nama"),
                self.tr("Terdaftar"),
                self.tr("Siap ke BPJS"),
                self.tr("Kuota"),
                self.tr("Capaian"),
            ]
        )
        self.silent = QListWidget()
        self.export_button = QPushButton(self.tr("Ekspor rekap ke Excel…"))
        self.print_button = QPushButton(self.tr("Cetak rekap…"))
        top = QHBoxLayout()
        top.addWidget(self.level)
        top.addStretch()
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 4)
        layout.addWidget(QLabel(self.tr("Desa yang belum menyerahkan batch:")))
        layout.addWidget(self.silent, 1)
        self.level.currentIndexChanged.connect(self._show)
        self.export_button.clicked.connect(self._export)
        self.print_button.clicked.connect(self._print)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_recap(printer)

    def recap_html(self) -> str:
        """The recap as printed: summary, then per kecamatan, desa and group."""
        from html import escape

        recap = self._recap
        if recap is None:
            return ""
        parts = [f"<h2>{escape(self.tr('Rekap pendaftaran pekerja rentan'))}</h2>"]
        parts.append(f"<p>{escape(self.summary.text())}</p>")
        titles = [self.tr("Per kecamatan"), self.tr("Per desa"), self.tr("Per kelompok")]
        heads = [
            self.tr("Kode"),
            self.tr("Nama"),
            self.tr("Terdaftar"),
            self.tr("Siap"),
            self.tr("Kuota"),
        ]
        for title, rows in zip(titles, [recap.kecamatan, recap.desa, recap.groups], strict=True):
            parts.append(
                f"<h3>{escape(title)}</h3><table border='1' cellspacing='0' cellpadding='2'>"
            )
            parts.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>")
            for r in rows:
                cells = [r.code, r.name, r.enrolled, r.ready, r.quota if r.quota else "-"]
                parts.append(
                    "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    def print_recap(self, printer: Any) -> None:
        """Prints the recap (to paper or PDF, as `printer` says) and logs it."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.recap_html())
        document.print_(printer)
        db, actor = self._ws._db, self._ws._actor
        where = printer.outputFileName() or printer.printerName()

        def work(ctx: TaskContext) -> None:
            from enrolment import audit

            with db.session() as session:
                audit.record(session, actor, "kabupaten.report_print", entity="recap", detail=where)
                session.commit()

        self._ws.task = run_task(self, work, on_success=lambda _r: None, show_progress=False)

    def show_data(self, recap: Any) -> None:
        self._recap = recap
        text = self.tr(
            "Terdaftar {enrolled}; siap ke BPJS {ready}; konflik terbuka {conflicts}; data "
            "bermasalah {rejected}; ditarik {withdrawn}; ganda {dup}. Jumlah kuota per kelompok "
            "{quota}."
        ).format(
            enrolled=recap.enrolled,
            ready=recap.ready,
            conflicts=recap.open_conflicts,
            rejected=recap.rejected,
            withdrawn=recap.withdrawn,
            dup=recap.duplicates,
            quota=recap.quota_sum,
        )
        if recap.mismatch is not None:
            text += " " + tr_message(recap.mismatch)
        self.summary.setText(text)
        self.silent.clear()
        self.silent.addItems([f"{d.code} {d.name}" for d in recap.silent])
        self._show()

    def _show(self) -> None:
        if self._recap is None:
            return
        rows = [self._recap.kecamatan, self._recap.desa, self._recap.groups][
            self.level.currentIndex()
        ]
        _fill(
            self.table,
            [[r.code, r.name, r.enrolled, r.ready, r.quota if r.quota else "-", ""] for r in rows],
        )
        for i, r in enumerate(rows):  # the bars: enrolled against the quota
            bar = QProgressBar()
            bar.setRange(0, max(r.quota or 0, r.enrolled, 1))
            bar.setValue(r.enrolled)
            bar.setFormat(f"{r.percent:.0f}%" if r.percent is not None else str(r.enrolled))
            self.table.setCellWidget(i, 5, bar)

    def _export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan rekap"), "rekap-kabupaten.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not name:
            return
        db, actor, programme = self._ws._db, self._ws._actor, self._ws._programme

        def work(ctx: TaskContext) -> Path:
            from enrolment.kabupaten.recap import export_recap

            with db.session() as session:
                export_recap(session, programme, Path(name), actor=actor)
            return Path(name)

        self._ws.run(
            work,
            lambda path: QMessageBox.information(
                self, self.tr("Rekap"), self.tr("Rekap disimpan:\n{path}").format(path=path)
            ),
            self.tr("Menulis rekap…"),
        )


class _HandoffTab(QWidget):
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
        db, actor, programme = self._ws._db, self._ws._actor, self._ws._programme

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
        db, actor = self._ws._db, self._ws._actor

        def work(ctx: TaskContext) -> Any:
            from enrolment.kabupaten.kpj import apply_kpj_sheet

            with db.session() as session:
                return apply_kpj_sheet(session, Path(name), actor=actor)

        def done(r: Any) -> None:
            self._say(
                self.tr(
                    "KPJ dicatat: {new} baru, {same} sudah ada, {unknown} NIK tidak dikenal, "
                    "{damaged} NIK rusak oleh Excel."
                ).format(
                    new=r.assigned,
                    same=r.unchanged,
                    unknown=len(r.unknown_nik),
                    damaged=len(r.damaged),
                )
            )
            self._ws.changed.emit()

        self._ws.run(work, done, self.tr("Membaca KPJ…"))

    def _returns(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan file balikan"))
        if not folder:
            return
        db, actor = self._ws._db, self._ws._actor

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
