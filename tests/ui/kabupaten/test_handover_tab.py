"""The KPJ result as the operator reads it: every count, the sheet rows, the unknown NIKs
masked as the installation says."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from enrolment.programme import default_programme
from models.database import Database
from ui.kabupaten import KabupatenWorkspace
from ui.tasks import wait_for_all_tasks

KNOWN = "3604070101800001"  # WARGA 0 of Mekar Jaya, on the stick
UNKNOWN = "3604070101990099"


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NIK", "NAMA", "NO KPJ"])  # row 1
    ws.append([KNOWN, "WARGA 0", "12345678901"])  # row 2: stored
    ws.append([UNKNOWN, "ORANG LAIN", "12345678902"])  # row 3: nobody with this NIK
    ws.append([3604070101800002, "WARGA 1", "12345678903"])  # row 4: NIK a number
    ws.append([None, None, None])
    ws.append([None, None, None])
    ws.append(["3604070201800002", "WARGA 1", "KPJ-1"])  # row 7: not a KPJ
    ws.append([None, None, None])
    ws.append(["3604070301800003", "WARGA 2", ""])  # row 9: no KPJ
    wb.save(path)
    return path


def test_kpj_report_says_everything(
    qtbot: QtBot, kab: Database, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", default_programme())
    qtbot.addWidget(ws)
    ws.receive.folder_button.click()
    qtbot.waitUntil(lambda: "Selesai" in ws.receive.results.toPlainText(), timeout=60_000)
    assert wait_for_all_tasks()
    sheet = _sheet(tmp_path / "kpj.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    log = ws.handoff.log

    ws.handoff.kpj_button.click()
    qtbot.waitUntil(lambda: "KPJ dicatat" in log.toPlainText(), timeout=30_000)
    said = log.toPlainText().splitlines()
    assert said == [
        "KPJ dicatat: 1 baru atau diganti, 0 tidak berubah.",
        "1 NIK tidak dikenal (tidak ada peserta aktif dengan NIK itu): 3604••••••••0099",
        "1 baris NIK-nya berupa angka (rusak oleh Excel; ketik ulang sebagai teks): baris 4",
        "2 baris dengan KPJ tidak sah: baris 7, 9",
    ]
    assert UNKNOWN not in log.toPlainText()  # the installation masks NIKs (the default)

    with kab.engine.begin() as conn:
        conn.execute(text("UPDATE installation SET mask_nik = 0"))
    log.clear()
    ws.handoff.kpj_button.click()
    qtbot.waitUntil(lambda: "KPJ dicatat" in log.toPlainText(), timeout=30_000)
    said = log.toPlainText().splitlines()
    assert said[0] == "KPJ dicatat: 0 baru atau diganti, 1 tidak berubah."
    assert said[1].endswith(": " + UNKNOWN)
    assert wait_for_all_tasks()
