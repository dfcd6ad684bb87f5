"""Backup to a stick and restore from a backup file: the dialogs around `enrolment.backups`.

    backup_to_stick(parent, db, actor) -> Task | None
    restore_from_file(parent, db, actor, on_restored=None) -> Task | None

Both return the running task (None when the operator backed out). The file work runs through
`run_task`; failures (wrong password, corrupt file, stick pulled) become calm messages.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrolment.backup_crypto import MIN_PASSWORD_LEN, is_encrypted
from enrolment.backups import (
    ENCRYPTED_SUFFIX,
    PLAIN_SUFFIX,
    BackupInfo,
    RestoreResult,
    backup_to,
    current_desa,
    describe_backup,
    restore_backup,
)
from models.database import Database
from models.tables import Account
from ui.tasks import Task, TaskContext, run_task

_REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/Volumes/", "/mnt/")
_STICK_FILESYSTEMS = {"vfat", "fat", "fat32", "exfat", "msdos", "fuseblk"}


def looks_removable(root_path: str, fs_type: str, *, windows: bool, system_drive: str) -> bool:
    """Whether a mounted volume is probably a stick (Qt has no "removable" flag)."""
    fs = fs_type.lower()
    if windows:
        root = root_path.rstrip("/\\").upper()
        return root != system_drive.rstrip("/\\").upper() and (
            fs in _STICK_FILESYSTEMS or fs == "ntfs"
        )
    if root_path == "/" or root_path.startswith("/boot"):  # the EFI partition is FAT too
        return False
    return root_path.startswith(_REMOVABLE_PREFIXES) or fs in _STICK_FILESYSTEMS


def stick_folders() -> list[tuple[str, Path]]:
    """(label, root folder) of the writable volumes that look like sticks, for the list."""
    windows = os.name == "nt"
    system_drive = QDir.rootPath()  # the system drive on Windows ("C:/")
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        fs = volume.fileSystemType().data().decode(errors="replace")
        if not looks_removable(volume.rootPath(), fs, windows=windows, system_drive=system_drive):
            continue
        free_mb = volume.bytesAvailable() // (1024 * 1024)
        name = volume.displayName() or volume.rootPath()
        label = QCoreApplication.translate(
            "BackupDialogs", "{name} ({path}), {free} MB bebas"
        ).format(name=name, path=QDir.toNativeSeparators(volume.rootPath()), free=free_mb)
        found.append((label, Path(volume.rootPath())))
    return found


class BackupToStickDialog(QDialog):
    """Choose where the backup goes (sticks listed first) and, optionally, a password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cadangkan ke flashdisk"))
        self.places = QListWidget()
        for label, folder in stick_folders():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            self.places.addItem(item)
        if self.places.count():
            self.places.setCurrentRow(0)
        self.none_label = QLabel(
            self.tr("Tidak ada flashdisk terdeteksi. Pasang flashdisk, atau pilih folder lain.")
        )
        self.none_label.setVisible(self.places.count() == 0)
        self.other_button = QPushButton(self.tr("Pilih folder lain…"))
        self.lock_check = QCheckBox(
            self.tr("Kunci dengan kata sandi (disarankan bila cadangan dibawa keluar kantor)")
        )
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Cadangkan"))

        form = QFormLayout()
        form.addRow(self.tr("Kata sandi:"), self.password)
        form.addRow(self.tr("Ulangi:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Simpan cadangan ke:")))
        layout.addWidget(self.places)
        layout.addWidget(self.none_label)
        layout.addWidget(self.other_button)
        layout.addWidget(self.lock_check)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.other_button.clicked.connect(self._choose_other)
        self.lock_check.toggled.connect(self.password.setEnabled)
        self.lock_check.toggled.connect(self.repeat.setEnabled)
        for signal in (
            self.lock_check.toggled,
            self.password.textChanged,
            self.repeat.textChanged,
            self.places.currentRowChanged,
        ):
            signal.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def add_folder(self, folder: Path) -> None:
        item = QListWidgetItem(QDir.toNativeSeparators(str(folder)))
        item.setData(Qt.ItemDataRole.UserRole, str(folder))
        self.places.addItem(item)
        self.places.setCurrentItem(item)
        self.none_label.setVisible(False)

    def _choose_other(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan cadangan"))
        if chosen:
            self.add_folder(Path(chosen))

    def folder(self) -> Path | None:
        item = self.places.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def chosen_password(self) -> str | None:
        return self.password.text() if self.lock_check.isChecked() else None

    def _update(self) -> None:
        problem = ""
        if self.lock_check.isChecked():
            if len(self.password.text()) < MIN_PASSWORD_LEN:
                problem = self.tr("Kata sandi minimal {n} karakter.").format(n=MIN_PASSWORD_LEN)
            elif self.password.text() != self.repeat.text():
                problem = self.tr("Kedua kata sandi belum sama.")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.folder() is not None and not problem)


def backup_to_stick(parent: QWidget | None, db: Database, actor: str) -> Task | None:
    """Asks where (and whether to lock), then writes a checked backup there in the background."""
    dialog = BackupToStickDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    folder, password = dialog.folder(), dialog.chosen_password()
    if folder is None:
        return None

    def work(ctx: TaskContext) -> Path:
        ctx.progress(0, 0, QCoreApplication.translate("BackupDialogs", "Membuat cadangan…"))
        return backup_to(db, folder, actor, password)

    def done(path: object) -> None:
        text = QCoreApplication.translate("BackupDialogs", "Cadangan tersimpan di {path}.").format(
            path=QDir.toNativeSeparators(str(path))
        )
        if password:
            text += " " + QCoreApplication.translate(
                "BackupDialogs",
                "Simpan kata sandinya baik-baik: tanpa itu cadangan tidak dapat dibuka.",
            )
        QMessageBox.information(
            parent, QCoreApplication.translate("BackupDialogs", "Cadangan selesai"), text
        )

    return run_task(
        parent,
        work,
        on_success=done,
        title=QCoreApplication.translate("BackupDialogs", "Mencadangkan…"),
        cancellable=False,
    )


def describe_text(info: BackupInfo, current: tuple[str, str]) -> str:
    """The confirmation text: what the backup holds, and a warning when it is another desa's."""
    when = info.last_change.astimezone().strftime("%d-%m-%Y %H:%M") if info.last_change else "-"
    text = QCoreApplication.translate(
        "BackupDialogs",
        "Cadangan ini berisi data Desa {desa} ({code}): {count} peserta aktif, perubahan "
        "terakhir {when}.\n\nSeluruh data yang ada sekarang akan diganti dengan isi cadangan "
        "ini. Data sekarang dicadangkan dulu secara otomatis. Lanjutkan?",
    ).format(desa=info.desa_name, code=info.desa_code, count=info.active_enrollees, when=when)
    if current[0] and info.desa_code != current[0]:
        warning = QCoreApplication.translate(
            "BackupDialogs", "PERHATIAN: cadangan ini milik desa lain (PC ini: Desa {desa})."
        ).format(desa=current[1])
        text = warning + "\n\n" + text
    return text


def restore_from_file(
    parent: QWidget | None,
    db: Database,
    actor: str,
    on_restored: Callable[[RestoreResult], None] | None = None,
    by: Account | None = None,
) -> Task | None:
    """Pick a backup, unlock it if needed, show what it holds, confirm, restore.

    `by` is the logged-in account; once accounts exist only an admin may restore (the domain
    refuses anyone else).

    `on_restored(result)` runs on the GUI thread after a successful restore: reload every view
    (the whole database changed). Returns the first task (reading the backup) or None.
    """
    sticks = stick_folders()
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupDialogs", "Pilih berkas cadangan"),
        str(sticks[0][1]) if sticks else "",
        QCoreApplication.translate(
            "BackupDialogs", "Cadangan Jaring (*{plain} *{locked});;Semua berkas (*)"
        ).format(plain=PLAIN_SUFFIX, locked=ENCRYPTED_SUFFIX),
    )
    if not chosen:
        return None
    path = Path(chosen)
    password: str | None = None
    try:
        with path.open("rb") as handle:
            locked = is_encrypted(handle.read(64))
    except OSError as exc:
        from ui.errors import show_failure

        show_failure(parent, exc)
        return None
    if locked:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("BackupDialogs", "Cadangan terkunci"),
            QCoreApplication.translate("BackupDialogs", "Kata sandi cadangan:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        password = text

    def read(ctx: TaskContext) -> tuple[BackupInfo, tuple[str, str]]:
        ctx.progress(0, 0, QCoreApplication.translate("BackupDialogs", "Memeriksa cadangan…"))
        return describe_backup(path, password), current_desa(db)

    def confirm(result: object) -> None:
        info, current = result  # type: ignore[misc]
        from ui.dialogs import ask

        if not ask(
            parent,
            QCoreApplication.translate("BackupDialogs", "Pulihkan data?"),
            describe_text(info, current),
            QCoreApplication.translate("BackupDialogs", "Ya, ganti data dengan cadangan ini"),
            QCoreApplication.translate("BackupDialogs", "Batal"),
            danger=True,
        ):
            return

        def restore(ctx: TaskContext) -> RestoreResult:
            ctx.progress(0, 0, QCoreApplication.translate("BackupDialogs", "Memulihkan data…"))
            return restore_backup(db, path, actor, password, by=by)

        def restored(outcome: object) -> None:
            assert isinstance(outcome, RestoreResult)
            QMessageBox.information(
                parent,
                QCoreApplication.translate("BackupDialogs", "Data dipulihkan"),
                QCoreApplication.translate(
                    "BackupDialogs",
                    "Data dipulihkan dari {file}. Data sebelum pemulihan disimpan sebagai {safe}.",
                ).format(file=path.name, safe=outcome.safety_backup.name),
            )
            if on_restored is not None:
                on_restored(outcome)

        run_task(
            parent,
            restore,
            on_success=restored,
            title=QCoreApplication.translate("BackupDialogs", "Memulihkan…"),
            cancellable=False,
        )

    return run_task(
        parent,
        read,
        on_success=confirm,
        title=QCoreApplication.translate("BackupDialogs", "Memeriksa cadangan…"),
    )
