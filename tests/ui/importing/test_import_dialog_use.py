"""The import dialog as a secretary uses it: scrolling and tabbing the mapping, finding the
held-back rows among many, opening the folder of their workbook, starting on a new file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from enrolment.importing.plan import HELD
from enrolment.programme import Programme
from models.database import Database
from ui.importing import ImportDialog
from ui.tasks import wait_for_all_tasks

from .test_import_dialog import SAMPLES, _dialog, _pick, messages  # noqa: F401


def _loaded(qtbot: QtBot, dialog: ImportDialog, columns: int) -> None:
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == columns, timeout=20000)


def _previewed(qtbot: QtBot, dialog: ImportDialog, rows: int) -> None:
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() == rows, timeout=20000)


def _wheel(widget: Any) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_scrolling_over_the_mapping_never_changes_it_and_tab_goes_column_by_column(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _pick(monkeypatch, SAMPLES / "village-list-clean.xlsx", tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    dialog.show()
    qtbot.waitExposed(dialog)
    _loaded(qtbot, dialog, 10)
    before = dialog.mapping()
    first, second = dialog.mapping_table.combo(1), dialog.mapping_table.combo(2)
    _wheel(first)  # the pointer passes over a drop-down while the list scrolls
    assert dialog.mapping() == before
    dialog.sheet_combo.setFocus()
    qtbot.waitUntil(dialog.sheet_combo.hasFocus)
    qtbot.keyClick(dialog.sheet_combo, Qt.Key.Key_Tab)
    assert dialog.mapping_table.combo(0).hasFocus()  # from the sheet straight to column A
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()  # one Tab per column, not one per cell
    _wheel(second)  # even the drop-down just chosen: the wheel is for reading down the list
    assert dialog.mapping() == before
    qtbot.keyClick(second, Qt.Key.Key_Down)  # the keyboard still chooses
    assert dialog.mapping() != before


def test_held_rows_are_found_and_their_folder_opened(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],  # noqa: F811
) -> None:
    source = tmp_path / "daftar.xlsx"
    shutil.copyfile(SAMPLES / "village-list-ttl.xlsx", source)
    _pick(monkeypatch, source, tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    _loaded(qtbot, dialog, 9)
    _previewed(qtbot, dialog, 60)
    dialog.show_combo.setCurrentIndex(dialog.show_combo.findText("Yang ditahan"))
    shown = dialog.preview_view.model()
    assert shown.rowCount() == 4
    assert {dialog.preview_model.verdict(shown.mapToSource(shown.index(r, 0)).row()) for r in range(4)} == {HELD}  # fmt: skip
    dialog.show_combo.setCurrentIndex(dialog.show_combo.findText("Semua baris"))
    assert shown.rowCount() == 60
    assert not dialog.open_folder_button.isVisibleTo(dialog)

    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    assert wait_for_all_tasks()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.open_folder_button.isVisibleTo(dialog)
    dialog.open_folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path]

    # A new file: nothing said about the last one lingers.
    _pick(monkeypatch, SAMPLES / "village-list-clean.xlsx", tmp_path)
    dialog.pick_button.click()
    assert dialog.summary_label.text() == ""
    assert not dialog.open_folder_button.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 10, timeout=20000)


def test_a_sheet_with_only_headers_says_so(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"])
    book.save(tmp_path / "kosong.xlsx")
    _pick(monkeypatch, tmp_path / "kosong.xlsx", tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    _loaded(qtbot, dialog, 6)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: "Tidak ada baris data" in dialog.counts_label.text(), timeout=20000)
    assert not dialog.import_button.isEnabled()


def test_the_header_row_can_be_chosen(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No", "Nama", "Keterangan"])  # an old header left above the real one
    sheet.append([])
    sheet.append(["NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"])
    sheet.append(["3604071203900001", "Budi Santoso", "Serang", "12-03-1990", "L", "Ketua RT"])
    book.save(tmp_path / "dua-judul.xlsx")
    _pick(monkeypatch, tmp_path / "dua-judul.xlsx", tmp_path)
    dialog = _dialog(qtbot, installed_db, programme)
    _loaded(qtbot, dialog, 6)
    assert dialog.header_spin.value() == 3  # the guess
    dialog.header_spin.setValue(1)
    dialog.header_apply.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.item(0, 0).text() == "A: No", timeout=20000)
    assert dialog.mapping()[1] == "nama"
    dialog.header_spin.setValue(2)  # an empty row
    infos: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text, *a: infos.append(text)
    )
    dialog.header_apply.click()
    assert len(infos) == 1 and infos[0].startswith("Baris 2 kosong atau di luar lembar")
    dialog.header_spin.setValue(4)  # Budi's row
    dialog.header_apply.click()
    assert "Baris 4 berisi data peserta" in infos[-1]
    assert dialog.preview_button.isEnabled()  # what was shown stays usable
    dialog.header_spin.setValue(3)
    dialog.header_apply.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.item(0, 0).text() == "A: NIK", timeout=20000)
    _previewed(qtbot, dialog, 1)


def test_the_file_dialog_opens_in_a_folder_that_exists(
    qtbot: QtBot,
    tmp_path: Path,
    installed_db: Database,
    programme: Programme,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A PC without a Documents folder: the dialog starts at home, not with 'Documents'
    typed in as a file name (tried under Xvfb from make run)."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _loc: str(tmp_path / "nope"))
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    seen: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, _t, folder, *a: seen.append(folder) or ("", "")
    )
    dialog = _dialog(qtbot, installed_db, programme)
    dialog.pick_button.click()
    assert seen == [str(tmp_path)]
