from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from enrolment.importing import service
from enrolment.programme import Programme
from models.database import Database
from models.tables import Enrollee
from ui.importing import ImportDialog, open_import_dialog
from ui.importing.preview_model import PreviewTableModel
from ui.tasks import Cancelled, wait_for_all_tasks

SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "importing"
DESA = "36.04.07.2011"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "information", record("info"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path, folder: Path) -> Path:
    """The file dialog answers with a copy of `path` in `folder`: an import writes its
    held-back workbook beside the list, and never into the fixtures."""
    copy = folder / path.name
    if copy != path:
        shutil.copyfile(path, copy)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), "Buku kerja (*.xlsx)")
    )
    return copy


def _dialog(qtbot: QtBot, db: Database, programme: Programme) -> ImportDialog:
    dialog = ImportDialog(None, db, "Operator Uji", programme, DESA)
    qtbot.addWidget(dialog)
    return dialog


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.exec(select(func.count()).select_from(Enrollee)).one())


def test_pick_map_preview_import(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    source = tmp_path / "daftar ttl.xlsx"
    shutil.copyfile(SAMPLES / "village-list-ttl.xlsx", source)
    _pick(monkeypatch, source, tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    assert not dialog.import_button.isEnabled()
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 9, timeout=20000)
    assert dialog.mapping()[:3] == ["nik", "nama", "ttl"]
    assert dialog.sheet_combo.currentData() == "Data"
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 60, timeout=20000)
    assert "Ditahan: 4" in dialog.counts_label.text()
    held = [r for r in range(60) if dialog.preview_model.verdict(r) == "held"]
    assert len(held) == 4
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        dialog.import_button.click()
    assert signal.args[0].result.created == 56
    assert wait_for_all_tasks()
    assert _count(installed_db) == 56
    assert "Diimpor 56 peserta baru" in dialog.summary_label.text()
    error_book = next(tmp_path.glob("daftar ttl-ditahan-*.xlsx"))
    assert str(error_book) in dialog.summary_label.text()
    assert messages and messages[-1][0] == "info"
    assert not dialog.import_button.isEnabled()  # no second import of the same plan


def test_mapping_change_invalidates_preview_and_is_used(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    _pick(monkeypatch, SAMPLES / "village-list-clean.xlsx", tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 10, timeout=20000)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 60, timeout=20000)
    combo = dialog.mapping_table.cellWidget(2, 2)  # Tempat Lahir → ignored
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(""))
    assert dialog.preview_model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert "Tempat lahir" in dialog.mapping_note.text()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 60, timeout=20000)
    assert "Ditahan: 60" in dialog.counts_label.text()
    # Nothing to import: the button hands the held rows back for correcting instead.
    assert dialog.import_button.text() == "Simpan 60 baris yang ditahan ke Excel"


def test_cancelled_import_changes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    _pick(monkeypatch, SAMPLES / "village-list-clean.xlsx", tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 10, timeout=20000)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 60, timeout=20000)
    real_execute = service.execute

    def cancel_midway(*args: Any, check: Any = None, **kw: Any) -> Any:
        calls = iter(range(100))

        def press_cancel() -> None:
            if next(calls) == 1:
                raise Cancelled

        return real_execute(*args, check=press_cancel, **kw)

    monkeypatch.setattr(service, "execute", cancel_midway)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "dibatalkan" in dialog.summary_label.text(), timeout=20000)
    assert _count(installed_db) == 0
    assert dialog.import_button.isEnabled()  # the plan can still be imported


def test_cancel_pressed_after_the_commit_reports_the_import(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    """Batal pressed while the held-back workbook is written: the rows are in the register,
    and the dialog says so (it said "nothing changed" and offered to import them again)."""
    _pick(monkeypatch, SAMPLES / "village-list-clean.xlsx", tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 10, timeout=20000)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 60, timeout=20000)
    real_execute = service.execute

    def cancel_after_commit(*args: Any, **kw: Any) -> Any:
        outcome = real_execute(*args, **kw)
        dialog._task.cancel()  # the operator's Batal, one moment too late
        return outcome

    monkeypatch.setattr(service, "execute", cancel_after_commit)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert messages[-1][0] == "info" and "Diimpor" in messages[-1][1]
    assert "dibatalkan" not in dialog.summary_label.text()
    assert _count(installed_db) > 0
    assert not dialog.import_button.isEnabled()  # imported: not offered a second time


def test_enter_in_the_preview_never_imports(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import Qt

    _pick(monkeypatch, SAMPLES / "village-list-clean.xlsx", tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 10, timeout=20000)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == 60, timeout=20000)
    assert dialog.import_button.isEnabled() and not dialog.import_button.isDefault()
    picked: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: picked.append(a) or ("", "")
    )
    dialog.pick_button.setFocus()  # a button the operator went past earlier
    dialog.preview_view.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.preview_view, key)
        qtbot.keyClick(dialog, key)
    assert wait_for_all_tasks()
    qtbot.wait(50)
    assert _count(installed_db) == 0 and dialog.isVisible()
    assert picked == [] and dialog.preview_model.rowCount() == 60  # no file dialog either


def test_hostile_file_gets_a_calm_message(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    fake = tmp_path / "unduhan.xls"
    fake.write_text("<html>bukan excel</html>", encoding="utf-8")
    _pick(monkeypatch, fake, tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert messages[0][0] == "warning" and "bukan buku kerja" in messages[0][1]
    assert dialog.mapping_table.rowCount() == 0 and not dialog.preview_button.isEnabled()


def test_open_import_dialog(qtbot: QtBot, installed_db: Database, programme: Programme) -> None:
    dialog = open_import_dialog(None, installed_db, "Operator Uji", programme, DESA)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.close()


def test_preview_model(qtmodeltester: Any, programme: Programme) -> None:
    model = PreviewTableModel(programme)
    qtmodeltester.check(model)


def test_preview_names_what_an_update_changes(programme: Programme) -> None:
    from enrolment.importing.plan import UPDATE, ImportPlan, RowPlan
    from enrolment.importing.updates import describe_changes
    from enrolment.validation import EnrolleeInput
    from ui.importing.preview_model import COL_REASON

    changed = RowPlan(3, [], EnrolleeInput(nama="ADE"), UPDATE)
    changed.changes = describe_changes({"no_hp": ("085741632676", "081234567890")}, programme)
    same = RowPlan(4, [], EnrolleeInput(nama="IIS"), UPDATE)
    model = PreviewTableModel(programme)
    model.set_plan(ImportPlan("Data", [], [], [changed, same]))
    texts = [model.data(model.index(r, COL_REASON)) for r in range(2)]
    assert texts == [
        "Diubah: Nomor HP: 085741632676 → 081234567890.",
        "Sama dengan register: tidak ada yang diubah.",
    ]


def test_held_rows_can_be_saved_when_nothing_else_imports(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    source = tmp_path / "daftar.xlsx"
    shutil.copyfile(SAMPLES / "village-list-ttl.xlsx", source)
    _pick(monkeypatch, source, tmp_path)
    texts = []
    for _ in range(2):  # the second time every good row is already in the register
        dialog = _dialog(qtbot, installed_db, programme)
        assert not dialog.import_button.autoDefault()  # a stray Enter never imports
        dialog.pick_button.click()
        qtbot.waitUntil(lambda d=dialog: d.mapping_table.rowCount() == 9, timeout=20000)
        dialog.preview_button.click()
        qtbot.waitUntil(lambda d=dialog: d.preview_model.rowCount() == 60, timeout=20000)
        texts.append(dialog.import_button.text())
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            dialog.import_button.click()
        assert wait_for_all_tasks()
    assert texts == ["Impor", "Simpan 4 baris yang ditahan ke Excel"]
    assert _count(installed_db) == 56
    assert len(list(tmp_path.glob("daftar-ditahan-*.xlsx"))) == 2  # the second run's too
