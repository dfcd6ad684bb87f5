"""Batch history: every batch handed on, writing a lost one again, printing its handover sheet."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrolment import audit
from enrolment.batches.builder import BatchContent, get_batch, list_batches
from enrolment.batches.service import ExportResult, rewrite_batch
from enrolment.installation import get_installation
from models.database import Database
from models.tables import Batch
from ui.batches.drives import removable_drives
from ui.batches.handover import render_handover
from ui.tasks import TaskContext, run_task

COLUMNS = ("no", "date", "rows", "kinds", "sha256", "destination", "operator")


class BatchHistoryWidget(QWidget):
    """A table of batches, newest first, with "Tulis ulang" and "Cetak berita acara"."""

    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.batches: list[Batch] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Tanggal"),
                self.tr("Baris"),
                self.tr("Baru / koreksi / tarik"),
                self.tr("SHA-256"),
                self.tr("Tujuan"),
                self.tr("Operator"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Muat ulang"))
        self.rewrite_button = QPushButton(self.tr("Tulis ulang…"))
        self.print_button = QPushButton(self.tr("Cetak berita acara…"))
        self.pdf_button = QPushButton(self.tr("Berita acara ke PDF…"))
        for button in (
            self.refresh_button,
            self.rewrite_button,
            self.print_button,
            self.pdf_button,
        ):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.refresh_button.clicked.connect(self.refresh)
        self.rewrite_button.clicked.connect(self.rewrite_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button.clicked.connect(self.pdf_selected)
        self.refresh()

    def refresh(self) -> None:
        # A handful of rows (one per batch): read here, not in a background task.
        with self._db.session() as session:
            self.batches = list(list_batches(session))
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            created = b.created_at if b.created_at.tzinfo else b.created_at.replace(tzinfo=UTC)
            values = (
                f"{b.batch_no:03d}",
                created.astimezone().strftime("%d-%m-%Y %H:%M"),
                str(b.row_count),
                f"{b.new_count} / {b.correction_count} / {b.withdrawal_count}",
                b.sha256[:16] + "…",
                b.destination,
                b.operator,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4:
                    item.setToolTip(b.sha256)
                if c == 5:
                    item.setToolTip(f"{b.destination} / {b.file_name}")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Batch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def select_batch(self, batch_no: int) -> None:
        for r, b in enumerate(self.batches):
            if b.batch_no == batch_no:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        on = self.selected() is not None
        for button in (self.rewrite_button, self.print_button, self.pdf_button):
            button.setEnabled(on)

    # --- write a lost batch again --------------------------------------------------------
    def rewrite_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        drives = removable_drives()
        start = str(drives[0].path) if drives else ""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Tulis ulang batch {no} ke folder").format(no=batch.batch_no), start
        )
        if not folder:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Kata sandi"),
            self.tr("Kata sandi untuk berkas (kosongkan bila tanpa kata sandi):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        db, actor, batch_no = self._db, self._actor, batch.batch_no

        def work(ctx: TaskContext) -> ExportResult:
            def progress(done: int, total: int) -> None:
                ctx.check()
                ctx.progress(done, total, "")

            return rewrite_batch(
                db,
                batch_no,
                actor=actor,
                folder=Path(folder),
                password=password or None,
                progress=progress,
            )

        self.task = run_task(
            self, work, on_success=self._rewritten, title=self.tr("Menulis ulang batch…")
        )

    def _rewritten(self, result: ExportResult) -> None:
        QMessageBox.information(
            self,
            self.tr("Batch ditulis ulang"),
            self.tr("Batch {no} ditulis ulang dengan isi dan checksum yang sama:\n{path}").format(
                no=result.batch.batch_no, path=result.path
            ),
        )

    # --- handover sheet ------------------------------------------------------------------
    def _sheet_data(self) -> tuple[Batch, BatchContent] | None:
        batch = self.selected()
        if batch is None:
            return None
        with self._db.session() as session:
            stored = get_batch(session, batch.batch_no)
        assert stored is not None
        return stored, BatchContent.from_json(stored.content)

    def _log_print(self, batch: Batch, where: str) -> None:
        with self._db.session() as session:
            audit.record(
                session,
                self._actor,
                "batch.handover_print",
                entity="batch",
                entity_id=str(batch.batch_no),
                detail=f"berita acara batch {batch.batch_no} ke {where}",
            )
            session.commit()

    def print_selected(self) -> None:
        data = self._sheet_data()
        if data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._render(printer, *data)
        self._log_print(data[0], printer.printerName() or "printer")

    def pdf_selected(self) -> None:
        data = self._sheet_data()
        if data is None:
            return
        batch = data[0]
        suggested = batch.file_name.rsplit(".", 1)[0] + "_berita-acara.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berita acara"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        self.save_pdf(Path(path), *data)

    def save_pdf(self, path: Path, batch: Batch, content: BatchContent) -> Path:
        """Writes the sheet as PDF under a temporary name, then renames it."""
        from enrolment.safe_files import write_whole

        def write(tmp: Path) -> None:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(300)
            writer.setTitle(self.tr("Berita acara batch {no}").format(no=batch.batch_no))
            self._render(writer, batch, content)
            del writer  # closes the file

        write_whole(path, write)
        self._log_print(batch, str(path))
        return path

    def _render(self, device: QPrinter | QPdfWriter, batch: Batch, content: BatchContent) -> None:
        with self._db.session() as session:
            inst = get_installation(session)
        assert inst is not None
        render_handover(device, batch, content, inst)
