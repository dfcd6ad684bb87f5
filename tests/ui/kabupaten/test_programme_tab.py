"""The Program tab end to end: edit a desa quota and the coverage, save a new version, write
the programme file to a stick, and a village loads it with the existing programme-load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

import main
from enrolment.installation import active_programme
from enrolment.programme import default_programme, load_programme
from models.database import Database
from ui import dialogs
from ui.kabupaten import KabupatenWorkspace
from ui.kabupaten.programme_tab import DISCARD, STAY
from ui.tasks import wait_for_all_tasks

MEKAR_JAYA = "36.04.07.2011"


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the tab told the user (warnings and information), instead of blocking boxes."""
    out: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: out.append("WARN " + text))
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: out.append("INFO " + text))
    return out


def _workspace(qtbot: QtBot, kab: Database) -> KabupatenWorkspace:
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", default_programme())
    qtbot.addWidget(ws)
    qtbot.waitUntil(lambda: bool(ws.programme_tab.data), timeout=30_000)
    ws.setCurrentWidget(ws.programme_tab)
    return ws


def _desa_cell(ws: KabupatenWorkspace, desa: str, group: str) -> Any:
    table = ws.programme_tab.desa.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == desa)
    groups = [g["code"] for g in ws.programme_tab.data["groups"]]
    return table.item(row, 2 + groups.index(group))


def test_edit_save_write_and_a_village_loads_it(
    qtbot: QtBot,
    kab: Database,
    installed_db: Database,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ws = _workspace(qtbot, kab)
    tab = ws.programme_tab
    assert "versi aktif di instalasi ini: 1" in tab.header.text()
    assert not tab.save_button.isEnabled()

    _desa_cell(ws, MEKAR_JAYA, "POSYANDU").setText("12")
    qtbot.waitUntil(
        lambda: "Jumlah kuota desa: 12 dari total program 21.234" in tab.desa.check.text()
    )
    assert "berbeda dari total program" in tab.desa.check.text()  # the live total check
    tab.general.start.setDate(QDate(2026, 3, 1))
    tab.general.start.editingFinished.emit()
    qtbot.waitUntil(lambda: tab.data["coverage"]["start"] == "2026-03")
    assert tab.is_dirty() and "akan menjadi versi 2" in tab.state.text()

    # A refused edit is said and undone; the rest of the edits stay.
    tab.general.end.setDate(QDate(2026, 1, 1))
    tab.general.end.editingFinished.emit()
    assert said and "berakhir (2026-01) sebelum dimulai (2026-03)" in said[-1]
    qtbot.waitUntil(lambda: tab.general.end.date() == QDate(2026, 12, 1))
    assert tab.data["coverage"] == {"start": "2026-03", "end": "2026-12"}

    # Leaving with unsaved edits asks; "stay" keeps the user on the tab.
    monkeypatch.setattr(tab, "ask_leave", lambda: STAY)
    ws.setCurrentIndex(0)
    assert ws.currentWidget() is tab and tab.is_dirty()
    # No writing the file with unsaved edits: it always holds the active version.
    assert not tab.write_button.isEnabled()
    assert tab.write_button.toolTip().startswith("Simpan perubahan dulu")
    told = len(said)
    tab.write_file()  # a call past the disabled button is refused too
    assert len(said) == told + 1 and "Simpan dulu" in said[-1]

    tab.save_button.click()
    qtbot.waitUntil(lambda: ws.version_label.text().endswith("versi 2"), timeout=30_000)
    assert not tab.is_dirty() and "versi aktif di instalasi ini: 2" in tab.header.text()
    assert "Program versi 2 disimpan" in said[-1]
    with kab.session() as session:
        assert active_programme(session).quota_for("POSYANDU", MEKAR_JAYA) == (12, True)

    assert tab.write_button.isEnabled() and "versi aktif" in tab.write_button.toolTip()
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    tab.write_button.click()
    file = stick / "program_SERANG-PERBUP-59-2025_v002.json"
    qtbot.waitUntil(lambda: "Berkas program versi 2 ditulis" in said[-1], timeout=30_000)
    assert file.exists() and load_programme(file).version == 2
    assert wait_for_all_tasks()

    # The village loads the file with the existing command and runs the new version.
    installed_db.dispose()
    args = ["--data-dir", str(installed_db.data_dir), "programme-load", str(file)]
    assert main.main(args) == 0
    assert "versi 2 kini berjalan" in capsys.readouterr().out
    with installed_db.session() as session:
        village = active_programme(session)
    assert village.version == 2
    assert village.quota_for("POSYANDU", MEKAR_JAYA) == (12, True)
    assert village.coverage_start == "2026-03"


def test_groups_columns_and_discard(
    qtbot: QtBot, kab: Database, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _workspace(qtbot, kab)
    tab = ws.programme_tab
    answers = iter(["pekerja_sosial", "Pekerja Sosial Keagamaan"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(answers))
    tab.groups.add_button.click()
    qtbot.waitUntil(lambda: tab.groups.table.rowCount() == 9)
    assert tab.groups.table.item(8, 0).text() == "PEKERJA_SOSIAL"
    tab.groups.table.item(8, 2).setText("abc")  # not a number: refused, shown again
    assert "Kuota kelompok PEKERJA_SOSIAL" in said[-1]
    qtbot.waitUntil(lambda: tab.groups.table.item(8, 2).text() == "0")

    tab.groups.usage = {"BPD": 4}
    tab.groups.table.setCurrentCell(0, 1)
    tab.groups.remove_button.click()
    assert "4 peserta sudah terdaftar" in said[-1]

    columns = tab.columns
    columns.table.item(3, columns.HEADER).setText("NAMA LENGKAP")  # row 3 is nama
    qtbot.waitUntil(lambda: "column_template" in tab.data)
    columns.table.setCurrentCell(3, columns.HEADER)
    columns.move(-1)
    qtbot.waitUntil(lambda: tab.data["column_template"][2]["field"] == "nama")
    assert tab.data["column_template"][2]["header"] == "NAMA LENGKAP"
    qtbot.waitUntil(lambda: columns.table.item(2, columns.FIELD).text() == "nama")
    qtbot.waitUntil(lambda: columns.table.currentRow() == 2)  # the moved row stays selected

    assert not tab.write_button.isEnabled()
    monkeypatch.setattr(tab, "ask_leave", lambda: DISCARD)
    ws.setCurrentIndex(0)
    assert ws.currentIndex() == 0 and not tab.is_dirty()
    assert tab.write_button.isEnabled()  # discarded: the active version may be written again
    assert json.dumps(tab.data, sort_keys=True) == json.dumps(tab.base, sort_keys=True)
    assert wait_for_all_tasks()
