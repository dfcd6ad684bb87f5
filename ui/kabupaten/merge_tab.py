"""Terima batch: verify and merge village batch files (files, a folder or a whole stick)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import tr_message
from ui.tasks import TaskContext

if TYPE_CHECKING:
    from ui.kabupaten.workspace import KabupatenWorkspace


class ReceiveTab(QWidget):
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
        db, actor, programme = ws.db, ws.actor, ws.programme

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
