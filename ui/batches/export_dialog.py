"""The export dialog: what the next batch carries, where it goes, optional password, Export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrolment.backup_crypto import MIN_PASSWORD_LEN
from enrolment.batches.builder import BatchPreview, preview_batch
from enrolment.batches.service import ExportResult, export_next_batch
from enrolment.programme import Programme
from models.database import Database
from ui.batches.drives import removable_drives
from ui.tasks import TaskContext, run_task

MIN_PASSWORD = MIN_PASSWORD_LEN  # the same as for backups (enrolment/backup_crypto.py)
_PICK = "pick"


class ExportDialog(QDialog):
    """Shows the preview first; nothing is written before the operator presses Ekspor."""

    exported = Signal(int)  # batch number, after the batch was recorded

    def __init__(
        self, db: Database, actor: str, programme: Programme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._programme = db, actor, programme
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Ekspor batch untuk kabupaten"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kelompok"), self.tr("Baru"), self.tr("Koreksi"), self.tr("Penarikan")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

        form = QFormLayout()
        self.destination = QComboBox()
        self.destination.activated.connect(self._on_destination)
        form.addRow(self.tr("Tujuan"), self.destination)
        self.protect = QCheckBox(self.tr("Lindungi berkas dengan kata sandi"))
        self.protect.toggled.connect(self._on_protect)
        form.addRow("", self.protect)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.password_again)
        hint = QLabel(
            self.tr(
                "Kata sandi tidak disimpan oleh Jaring. Sampaikan kepada petugas kabupaten "
                "secara terpisah (jangan ditulis di flashdisk)."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Ekspor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._on_protect(False)
        self.refresh_destinations()
        self.refresh_preview()

    # --- preview -------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        # A grouped count over an indexed table of at most a few tens of thousands of rows
        # takes milliseconds: done here rather than through a background task.
        with self._db.session() as session:
            preview = preview_batch(session, self._programme)
        self.show_preview(preview)

    def show_preview(self, preview: BatchPreview) -> None:
        self.preview = preview
        rows = [g for g in preview.groups if g.total] or preview.groups
        self.table.setRowCount(len(rows) + 1)
        for r, g in enumerate(rows):
            for c, value in enumerate((g.name, g.new, g.correction, g.withdrawal)):
                self._set(r, c, value)
        total = (self.tr("Jumlah"), preview.new, preview.corrections, preview.withdrawals)
        for c, value in enumerate(total):
            self._set(len(rows), c, value, bold=True)
        self.table.resizeColumnsToContents()
        if preview.empty:
            self.heading.setText(
                self.tr("Tidak ada data baru, koreksi, atau penarikan yang perlu diserahkan.")
            )
        else:
            self.heading.setText(
                self.tr(
                    "Batch nomor {no} akan berisi {total} baris: {new} peserta baru, "
                    "{corrections} koreksi, {withdrawals} penarikan."
                ).format(
                    no=preview.batch_no,
                    total=preview.total,
                    new=preview.new,
                    corrections=preview.corrections,
                    withdrawals=preview.withdrawals,
                )
            )
        self.export_button.setEnabled(not preview.empty)

    def _set(self, row: int, col: int, value: Any, bold: bool = False) -> None:
        item = QTableWidgetItem(str(value))
        if col:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, col, item)

    # --- destination ---------------------------------------------------------------------
    def refresh_destinations(self) -> None:
        self.destination.clear()
        for drive in removable_drives():
            self.destination.addItem(drive.label, str(drive.path))
        self.destination.addItem(self.tr("Pilih folder…"), _PICK)

    def _on_destination(self, index: int) -> None:
        if self.destination.itemData(index) == _PICK:
            self.pick_folder()

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan"))
        if not folder:
            return
        at = self.destination.findData(folder)
        if at < 0:
            self.destination.insertItem(0, folder, folder)
            at = 0
        self.destination.setCurrentIndex(at)

    def chosen_folder(self) -> Path | None:
        data = self.destination.currentData()
        return None if data in (None, _PICK) else Path(data)

    def _on_protect(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.password_again.setEnabled(on)
        if not on:
            self.password.clear()
            self.password_again.clear()

    # --- export --------------------------------------------------------------------------
    def _problem(self) -> str | None:
        if self.chosen_folder() is None:
            return self.tr("Pilih flashdisk atau folder tujuan dulu.")
        if self.protect.isChecked():
            if len(self.password.text()) < MIN_PASSWORD:
                return self.tr("Kata sandi minimal {n} karakter.").format(n=MIN_PASSWORD)
            if self.password.text() != self.password_again.text():
                return self.tr("Kedua kata sandi tidak sama.")
        return None

    def start_export(self) -> None:
        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.tr("Ekspor batch"), problem)
            return
        folder = self.chosen_folder()
        assert folder is not None
        password = self.password.text() if self.protect.isChecked() else None
        db, programme, actor = self._db, self._programme, self._actor
        writing = self.tr("Menulis batch…")

        def work(ctx: TaskContext) -> ExportResult:
            def progress(done: int, total: int) -> None:
                ctx.check()
                ctx.progress(done, total, writing)

            return export_next_batch(
                db, programme, actor=actor, folder=folder, password=password, progress=progress
            )

        self.export_button.setEnabled(False)
        self.task = run_task(
            self,
            work,
            on_success=self._done,
            on_failure=self._failed,
            on_cancel=self.refresh_preview,
            title=self.tr("Mengekspor batch…"),
        )

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import show_failure

        show_failure(self, exc)
        self.refresh_preview()

    def _done(self, result: ExportResult) -> None:
        self.result_path = result.path
        self.password.clear()
        self.password_again.clear()
        self.exported.emit(result.batch.batch_no)
        QMessageBox.information(
            self,
            self.tr("Batch tersimpan"),
            self.tr(
                "Batch {no} ({rows} baris) tersimpan dan sudah diperiksa:\n{path}\n\n"
                "SHA-256: {sha}\n\nCetak berita acara serah terima dari Riwayat batch."
            ).format(
                no=result.batch.batch_no,
                rows=result.batch.row_count,
                path=result.path,
                sha=result.sha256,
            ),
        )
        self.accept()


def open_export_dialog(
    parent: QWidget | None, db: Database, actor: str, programme: Programme
) -> ExportDialog:
    """Opens the export dialog window-modally and returns it (connect to `exported`)."""
    dialog = ExportDialog(db, actor, programme, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
