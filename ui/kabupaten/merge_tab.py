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
        """Lists the files (a slow stick takes a moment) in the background, asks the password
        of each locked one up front (not of one merged before), then merges without stopping."""

        db = self._ws.db

        def work(ctx: TaskContext) -> tuple[list[Path], list[Path]]:
            from enrolment.kabupaten.merge import batch_files, locked_to_ask

            files = batch_files(paths)
            return files, locked_to_ask(db, files)

        self._ws.run(work, self._listed, self.tr("Membaca daftar berkas…"))

    def _listed(self, found: tuple[list[Path], list[Path]]) -> None:
        files, locked = found
        passwords = {}
        for path in locked:
            password = self.ask_password(path)
            if password:
                passwords[path] = password
        self._merge(files, passwords)

    def ask_password(self, path: Path, wrong: bool = False) -> str:
        """The password of a batch the village locked ("" when the operator skips it)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from enrolment.batches.naming import name_hint
        from enrolment.regions import regions

        hint = name_hint(path.name)
        desa = regions().desa(hint[0]) if hint else None
        who = (
            self.tr("Batch {no} Desa {desa}").format(no=hint[1], desa=desa.name)
            if hint and desa
            else path.name
        )
        text = self.tr(
            "{who} dikunci kata sandi oleh desa ({file}).\nKetik kata sandinya (dari desa, "
            "lewat telepon), atau Batal untuk melewatinya:"
        ).format(who=who, file=path.name)
        if wrong:
            text = self.tr("Kata sandi salah.") + "\n" + text
        password, ok = QInputDialog.getText(
            self, self.tr("Batch dikunci kata sandi"), text, QLineEdit.EchoMode.Password
        )
        return password if ok else ""

    def _merge(self, files: list[Path], passwords: dict[Path, str], again: bool = False) -> None:
        ws = self._ws
        db, actor, programme = ws.db, ws.actor, ws.programme

        def work(ctx: TaskContext) -> list[Any]:
            from enrolment.kabupaten.merge import merge_files

            return merge_files(
                db,
                files,
                actor=actor,
                programme=programme,
                progress=ctx.progress,
                check=ctx.check,
                passwords=passwords,
            )

        ws.run(
            work,
            lambda results: self._merged(results, passwords, again),
            self.tr("Menggabungkan batch…"),
        )

    def _merged(self, results: list[Any], passwords: dict[Path, str], again: bool) -> None:
        lines = [f"{r.path.name}: {tr_message(r.message)}" for r in results]
        merged = sum(r.outcome == "merged" for r in results)
        refused = sum(r.outcome == "refused" for r in results)
        lines.append(
            self.tr("Selesai: {merged} digabung, {same} sudah pernah, {refused} ditolak.").format(
                merged=merged, same=len(results) - merged - refused, refused=refused
            )
        )
        if again:  # a second try with corrected passwords: under the first results
            self.results.appendPlainText("\n".join(lines))
        else:
            self.results.setPlainText("\n".join(lines))
        self._ws.changed.emit()
        # A mistyped password: ask again for those files (skipping one leaves it refused).
        retry = {}
        for r in results:
            if r.locked and r.path in passwords:
                password = self.ask_password(r.path, wrong=True)
                if password:
                    retry[r.path] = password
        if retry:
            self._merge(list(retry), retry, again=True)
