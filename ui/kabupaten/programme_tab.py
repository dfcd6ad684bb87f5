"""Program: the kabupaten edits the programme, saves it as a new version and writes the
programme file the villages load from a stick.

The tab holds the active programme as a dict (`base`) and the edited copy (`data`). Every
edit is a call into `enrolment.kabupaten.programme_edit` through `apply`; a refusal is shown
and the sections show the unchanged dict again. Saving and writing run through `run_task`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from enrolment.messages import UserError
from ui import dialogs
from ui.errors import tr_message
from ui.kabupaten.programme_sections import (
    ColumnsSection,
    DesaQuotaSection,
    GeneralSection,
    GroupsSection,
)
from ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from ui.kabupaten.workspace import KabupatenWorkspace

Data = dict[str, Any]
SAVE, DISCARD, STAY = "save", "discard", "stay"


class ProgrammeTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self.base: Data = {}
        self.data: Data = {}
        self.active_version = 0
        self.loaded_at = ""
        self._busy = False
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel()
        self.general = GeneralSection(self.apply)
        self.groups = GroupsSection(self.apply)
        self.desa = DesaQuotaSection(self.apply)
        self.columns = ColumnsSection(self.apply)
        self.sections = QTabWidget()
        self.sections.addTab(self.general, self.tr("Periode dan iuran"))
        self.sections.addTab(self.groups, self.tr("Kelompok dan kuota"))
        self.sections.addTab(self.desa, self.tr("Kuota per desa"))
        self.sections.addTab(self.columns, self.tr("Kolom ekspor"))
        self.discard_button = QPushButton(self.tr("&Batalkan perubahan"))
        self.save_button = QPushButton(self.tr("&Simpan sebagai versi baru"))
        self.save_button.setToolTip(self.tr("Simpan sebagai versi baru (Ctrl+S)"))
        self.write_button = QPushButton(self.tr("Tulis berkas &program…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.sections, 1)
        layout.addLayout(buttons)
        self.discard_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        self.write_button.clicked.connect(self.write_file)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self._update_state()

    # --- loading and showing -----------------------------------------------------------

    def load(self) -> None:
        """Reads the active programme and the group usage in the background."""
        db = self._ws.db

        def work(ctx: TaskContext) -> dict[str, Any]:
            import json

            from enrolment.installation import active_programme, active_programme_record
            from enrolment.kabupaten.programme_edit import group_usage

            with db.session() as session:
                record = active_programme_record(session)
                raw = (
                    active_programme(session).raw if record is None else json.loads(record.content)
                )
                return {
                    "data": raw,
                    "usage": group_usage(session),
                    "loaded_at": ""
                    if record is None
                    else f"{record.loaded_at.astimezone():%d-%m-%Y %H:%M}",
                }

        self._ws.task = run_task(self, work, on_success=self._loaded, show_progress=False)

    def _loaded(self, result: dict[str, Any]) -> None:
        self.groups.usage = result["usage"]
        self.loaded_at = result["loaded_at"]
        self._set_base(result["data"])

    def _set_base(self, raw: Data) -> None:
        self.base = copy.deepcopy(raw)
        self.data = copy.deepcopy(raw)
        self.active_version = int(raw["version"])
        self.show_all()

    def show_all(self) -> None:
        if not self.data:
            return
        self.general.show_data(self.data)
        self.groups.show_data(self.data)
        self.desa.show_data(self.data)
        self.columns.show_data(self.data)
        self._update_state()

    def _update_state(self) -> None:
        data = self.data
        dirty = self.is_dirty()
        # The file always holds the active version: with unsaved edits it would be the old one.
        self.write_button.setEnabled(not dirty)
        self.write_button.setToolTip(
            self.tr(
                "Simpan perubahan dulu: berkas program selalu berisi versi yang aktif, bukan "
                "perubahan yang belum disimpan."
            )
            if dirty
            else self.tr("Menulis berkas program versi aktif untuk desa, misalnya ke flashdisk")
        )
        if not data:
            self.header.setText(self.tr("Memuat program…"))
            return
        self.header.setText(
            self.tr(
                "{name}\nID program: {id} · versi yang diubah: {version} · versi aktif di "
                "instalasi ini: {active} (dimuat {loaded})"
            ).format(
                name=data["name"],
                id=data["id"],
                version=data["version"],
                active=self.active_version,
                loaded=self.loaded_at or "-",
            )
        )
        self.state.setText(
            self.tr("Ada perubahan yang belum disimpan; akan menjadi versi {next}.").format(
                next=self.active_version + 1
            )
            if dirty
            else self.tr("Tidak ada perubahan yang belum disimpan.")
        )
        self.state.setStyleSheet("color: #a40000; font-weight: bold;" if dirty else "")
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def is_dirty(self) -> bool:
        return bool(self.data) and self.data != self.base

    # --- editing -----------------------------------------------------------------------

    def apply(self, edit: Callable[[Data], Data]) -> None:
        """Runs one domain edit on the working copy; a refusal is shown and undone."""
        if self._busy or not self.data:
            return  # a focus change while the refusal is on screen re-fires editingFinished
        self._busy = True
        try:
            try:
                new = edit(self.data)
            except UserError as exc:
                dialogs.warn(self, self.tr("Program"), tr_message(exc.message))
                QTimer.singleShot(0, self.show_all)
                return
            if new == self.data:
                return
            same_groups = [g["code"] for g in new["groups"]] == [
                g["code"] for g in self.data["groups"]
            ] and [g["name"] for g in new["groups"]] == [g["name"] for g in self.data["groups"]]
            quotas_only = same_groups and {k: v for k, v in new.items() if k != "desa_quotas"} == {
                k: v for k, v in self.data.items() if k != "desa_quotas"
            }
            self.data = new
            # Re-show after the signal that brought the edit has returned (a table must not
            # replace the item whose change it is still reporting).
            QTimer.singleShot(0, lambda: self._after_edit(quotas_only))
        finally:
            self._busy = False

    def _after_edit(self, quotas_only: bool) -> None:
        if quotas_only:
            self.desa.update_sums(self.data)  # 355 rows: only the sums change
            self.groups.show_data(self.data)
        else:
            self.show_all()
        self._update_state()

    def discard(self) -> None:
        if self.is_dirty() and not dialogs.ask(
            self,
            self.tr("Batalkan perubahan"),
            self.tr("Semua perubahan program yang belum disimpan akan dibuang. Lanjutkan?"),
            self.tr("Buang perubahan"),
            self.tr("Kembali"),
            danger=True,
        ):
            return
        self.data = copy.deepcopy(self.base)
        self.show_all()

    def ask_leave(self) -> str:
        """Save, discard or stay, when the user leaves the tab with unsaved edits."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Program"))
        box.setText(self.tr("Perubahan program belum disimpan. Simpan sebagai versi baru?"))
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Kembali ke program"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return SAVE if clicked is save else DISCARD if clicked is discard else STAY

    def confirm_leave(self) -> bool:
        """True when the user may leave (nothing unsaved, saved, or discarded)."""
        if not self.is_dirty():
            return True
        answer = self.ask_leave()
        if answer == SAVE:
            self.save()
            return True
        if answer == DISCARD:
            self.data = copy.deepcopy(self.base)
            self.show_all()
            return True
        return False

    # --- saving and writing ------------------------------------------------------------

    def save(self) -> None:
        if not self.is_dirty():
            return
        ws, data = self._ws, copy.deepcopy(self.data)
        db, actor, account = ws.db, ws.actor, ws.account

        def work(ctx: TaskContext) -> Any:
            from enrolment.kabupaten.programme_edit import save_new_version

            with db.session() as session:
                return save_new_version(session, data, actor=actor, by=account)

        ws.run(work, self._saved, self.tr("Menyimpan program…"))

    def _saved(self, programme: Any) -> None:
        from enrolment import audit

        self.loaded_at = f"{audit.now().astimezone():%d-%m-%Y %H:%M}"
        self._set_base(programme.raw)
        self._ws.set_programme(programme)
        dialogs.inform(
            self,
            self.tr("Program"),
            self.tr(
                "Program versi {version} disimpan dan kini berjalan di instalasi ini. Tulis "
                "berkas program untuk desa dengan tombol «Tulis berkas program…»."
            ).format(version=programme.version),
        )

    def write_file(self) -> None:
        if self.is_dirty():
            dialogs.warn(
                self,
                self.tr("Program"),
                self.tr(
                    "Ada perubahan yang belum disimpan. Simpan dulu sebagai versi baru; berkas "
                    "program selalu berisi versi yang aktif."
                ),
            )
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder tujuan berkas program (misalnya flashdisk)")
        )
        if not folder:
            return
        db, actor = self._ws.db, self._ws.actor

        def work(ctx: TaskContext) -> Any:
            from enrolment.kabupaten.programme_edit import write_release

            with db.session() as session:
                return write_release(session, Path(folder), actor=actor)

        self._ws.run(work, self._written, self.tr("Menulis berkas program…"))

    def _written(self, result: tuple[Any, Path]) -> None:
        programme, path = result
        self.last_written = path
        dialogs.inform(
            self,
            self.tr("Program"),
            self.tr(
                "Berkas program versi {version} ditulis:\n{path}\n\nDi desa, admin memuatnya lewat "
                "Pengaturan › Muat berkas program dari kabupaten…; batch berikutnya mencatat "
                "versi ini."
            ).format(version=programme.version, path=path),
        )
