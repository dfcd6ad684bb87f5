"""The kabupaten workspace offscreen: merge a folder, resolve a conflict, export for BPJS."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from enrolment.programme import default_programme
from models.database import Database
from ui import dialogs
from ui.kabupaten import KabupatenWorkspace
from ui.tasks import wait_for_all_tasks


def test_merge_resolve_export(
    qtbot: QtBot, kab: Database, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", default_programme())
    qtbot.addWidget(ws)
    assert ws.version_label.text() == "Program serang-perbup-59-2025 versi 1"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    ws.receive.folder_button.click()
    qtbot.waitUntil(lambda: "Selesai" in ws.receive.results.toPlainText(), timeout=60_000)
    text = ws.receive.results.toPlainText()
    assert "Selesai: 2 digabung, 0 sudah pernah, 1 ditolak." in text
    assert "rusak.xlsx: DITOLAK" in text
    qtbot.waitUntil(lambda: ws.conflicts.list.count() == 1, timeout=30_000)
    assert ws.tabText(2) == "Konflik (1)"
    assert ws.conflicts.side.rowCount() > 5
    assert ws.recap.table.rowCount() > 0
    assert ws.ledger.table.rowCount() == 3

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    ws.conflicts.keep_a.click()
    qtbot.waitUntil(lambda: ws.conflicts.list.count() == 0, timeout=30_000)
    qtbot.waitUntil(lambda: "Terdaftar 7" in ws.recap.summary.text(), timeout=30_000)
    ws.recap.level.setCurrentIndex(1)
    assert ws.recap.table.rowCount() == 2

    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "rekap.pdf"))
    ws.recap.print_recap(printer)
    assert (tmp_path / "rekap.pdf").stat().st_size > 1000
    assert "Mekar Jaya" in ws.recap.recap_html()

    out = tmp_path / "bpjs"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    ws.handoff.export_button.click()
    qtbot.waitUntil(lambda: "7 peserta" in ws.handoff.log.toPlainText(), timeout=30_000)
    ws.handoff.return_button.click()
    qtbot.waitUntil(lambda: "2 file balikan" in ws.handoff.log.toPlainText(), timeout=30_000)
    assert wait_for_all_tasks()


def test_locked_batch_asks_for_the_password_and_again_when_wrong(
    qtbot: QtBot, kab: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from enrolment.batches.service import export_next_batch
    from tests.enrolment.kabupaten.regency import _insert, _open_village, _template

    from .conftest import person

    village = _open_village(_template(tmp_path / "t"), tmp_path / "v", "36.04.07.2011")
    _insert(village, [person("36.04.07.2011", n) for n in range(2)], 1)
    stick = tmp_path / "STICK"
    stick.mkdir()
    export_next_batch(
        village, default_programme(), actor="Sekdes", folder=stick, password="pagi-cerah"
    )
    village.dispose()
    asked: list[str] = []
    answers = iter(["keliru", "pagi-cerah"])

    def answer(_parent: object, _title: str, text: str, *_a: object) -> tuple[str, bool]:
        asked.append(text)
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", default_programme())
    qtbot.addWidget(ws)
    ws.receive.merge([stick])
    qtbot.waitUntil(lambda: "digabung: 2 baru" in ws.receive.results.toPlainText(), timeout=60_000)
    assert wait_for_all_tasks()
    assert len(asked) == 2
    assert "Batch 1 Desa Mekar Jaya dikunci kata sandi" in asked[0]
    assert asked[1].startswith("Kata sandi salah.")
    text = ws.receive.results.toPlainText()
    assert "DITOLAK: Kata sandi salah." in text  # the first try stays visible above

    # The same stick again: the file merged before is known without its password.
    ws.receive.merge([stick])
    qtbot.waitUntil(lambda: "sudah digabung" in ws.receive.results.toPlainText(), timeout=60_000)
    assert wait_for_all_tasks()
    assert len(asked) == 2  # nobody phones the village for a password not needed
