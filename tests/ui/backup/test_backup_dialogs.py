from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from enrolment.backups import RestoreResult, backup_to
from enrolment.programme import Programme
from models.database import Database
from tests.enrolment.people import add_people
from ui.backup import backup_dialogs
from ui.backup.backup_dialogs import (
    BackupToStickDialog,
    backup_to_stick,
    looks_removable,
    restore_from_file,
)

PASSWORD = "sandi-desa-123"


def count(db: Database) -> int:
    conn = sqlite3.connect(db.path)
    try:
        return int(conn.execute("SELECT count(*) FROM enrollee").fetchone()[0])
    finally:
        conn.close()


class Boxes:
    """Records QMessageBox calls instead of showing them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.info: list[str] = []
        self.warnings: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(
            QMessageBox,
            "information",
            staticmethod(lambda _p, _t, text, *a: self.info.append(text)),
        )
        monkeypatch.setattr(
            QMessageBox,
            "warning",
            staticmethod(lambda _p, _t, text, *a: self.warnings.append(text)),
        )

        def ask(_p: object, _t: str, text: str, *a: object, **k: object) -> bool:
            self.questions.append(text)
            return answer == QMessageBox.StandardButton.Yes

        monkeypatch.setattr("ui.dialogs.ask", ask)


@pytest.mark.parametrize(
    ("root", "fs", "windows", "expected"),
    [
        ("/media/budi/FLASHDISK", "vfat", False, True),
        ("/run/media/budi/DATA", "exfat", False, True),
        ("/", "ext4", False, False),
        ("/boot/efi", "vfat", False, False),
        ("/mnt/usb", "ext4", False, True),
        ("/home", "ext4", False, False),
        ("E:/", "FAT32", True, True),
        ("C:/", "NTFS", True, False),
        ("D:/", "NTFS", True, True),
    ],
)
def test_looks_removable(root: str, fs: str, windows: bool, expected: bool) -> None:
    assert looks_removable(root, fs, windows=windows, system_drive="C:") is expected


def test_dialog_needs_a_folder_and_matching_passwords(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = BackupToStickDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.places.clear()
    dialog._update()
    assert not ok.isEnabled()
    dialog.add_folder(tmp_path)
    assert ok.isEnabled() and dialog.folder() == tmp_path
    dialog.lock_check.setChecked(True)
    assert not ok.isEnabled()
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    assert not ok.isEnabled() and dialog.problem.text()
    dialog.repeat.setText(PASSWORD)
    assert ok.isEnabled() and dialog.chosen_password() == PASSWORD


def test_backup_to_stick_then_restore_from_file(
    qtbot: QtBot,
    installed_db: Database,
    programme: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_people(installed_db, programme, range(1, 4))
    stick = tmp_path / "stick"
    stick.mkdir()
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)

    def fill_and_accept(dialog: BackupToStickDialog) -> int:
        dialog.add_folder(stick)
        dialog.lock_check.setChecked(True)
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(BackupToStickDialog, "exec", fill_and_accept)
    task = backup_to_stick(None, installed_db, "Operator Uji")
    assert task is not None
    qtbot.waitUntil(lambda: bool(boxes.info), timeout=20000)
    (locked,) = stick.iterdir()
    assert locked.suffix == ".jaringenc" and str(locked) in boxes.info[0]

    add_people(installed_db, programme, range(4, 6))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(locked), ""))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASSWORD, True)))
    restored: list[RestoreResult] = []
    assert restore_from_file(None, installed_db, "Sekdes", restored.append) is not None
    qtbot.waitUntil(lambda: bool(restored), timeout=20000)
    assert "3 peserta aktif" in boxes.questions[0] and "Mekar Jaya" in boxes.questions[0]
    assert "desa lain" not in boxes.questions[0]
    assert count(installed_db) == 3
    assert restored[0].info.active_enrollees == 3
    assert not boxes.warnings


def test_restore_declined_or_wrong_password_changes_nothing(
    qtbot: QtBot,
    installed_db: Database,
    programme: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_people(installed_db, programme, range(1, 3))
    locked = backup_to(installed_db, tmp_path, "A", PASSWORD)
    add_people(installed_db, programme, range(3, 5))
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(locked), ""))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASSWORD, True)))
    task = restore_from_file(None, installed_db, "A")
    assert task is not None
    qtbot.waitUntil(lambda: bool(boxes.questions), timeout=20000)
    assert count(installed_db) == 4

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("salah!!!!", True)))
    restore_from_file(None, installed_db, "A")
    qtbot.waitUntil(lambda: bool(boxes.warnings), timeout=20000)
    assert "Kata sandi salah" in boxes.warnings[0]
    assert count(installed_db) == 4

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    assert restore_from_file(None, installed_db, "A") is None


def test_another_desa_is_pointed_out(installed_db: Database, tmp_path: Path) -> None:
    from dataclasses import replace

    copy = backup_to(installed_db, tmp_path, "A")
    info = backup_dialogs.describe_backup(copy)
    assert "desa lain" not in backup_dialogs.describe_text(info, ("36.04.07.2011", "Mekar Jaya"))
    other = replace(info, desa_code="36.04.01.2001", desa_name="Lain")
    assert "desa lain" in backup_dialogs.describe_text(other, ("36.04.07.2011", "Mekar Jaya"))
