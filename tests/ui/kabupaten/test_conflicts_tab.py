"""The Konflik tab: the side-by-side in the village form's words, the decision asked first and
said after, and no "two different people" for one NIK."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from enrolment.programme import default_programme
from models.database import Database
from models.tables import KabConflict, KabRecord
from tests.ui.kabupaten.conftest import build_stick
from ui import dialogs
from ui.kabupaten import KabupatenWorkspace
from ui.kabupaten.conflicts_tab import DIFFERS
from ui.tasks import wait_for_all_tasks

LABELS = [
    "Nama",
    "NIK",
    "Tempat lahir",
    "Tanggal lahir",
    "Jenis kelamin",
    "Alamat",
    "RT/RW",
    "No HP",
    "Kelompok",
    "Jabatan",
    "Nama ibu",
    "No. dokumen",
    "Desa",
    "Batch",
]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Each confirmation asked, answered by `answer` (the first item's key, set by the test)."""
    out: list[dict[str, Any]] = [{"answer": True}]

    def ask(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> bool:
        out.append({"title": title, "text": text, "args": a, **k})
        return bool(out[0]["answer"])

    monkeypatch.setattr(dialogs, "ask", ask)
    return out


def _merged(
    qtbot: QtBot, kab: Database, folder: Path, monkeypatch: pytest.MonkeyPatch, conflicts: int
) -> KabupatenWorkspace:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", default_programme())
    qtbot.addWidget(ws)
    ws.receive.folder_button.click()
    qtbot.waitUntil(lambda: "Selesai" in ws.receive.results.toPlainText(), timeout=60_000)
    qtbot.waitUntil(lambda: ws.conflicts.list.count() == conflicts, timeout=30_000)
    assert wait_for_all_tasks()
    ws.setCurrentWidget(ws.conflicts)
    return ws


def _cells(ws: KabupatenWorkspace) -> list[list[str]]:
    side = ws.conflicts.side
    return [[side.item(r, c).text() for c in range(3)] for r in range(side.rowCount())]


def test_side_by_side_speaks_the_form(
    qtbot: QtBot, kab: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _merged(qtbot, kab, build_stick(tmp_path), monkeypatch, 1)
    tab = ws.conflicts
    rows = _cells(ws)
    assert [r[0] for r in rows] == LABELS
    by = {r[0]: r[1:] for r in rows}
    for value in (v for r in rows for v in r):  # no record UUID, no raw field key
        with pytest.raises(ValueError):
            uuid.UUID(value)
        assert value not in ("tempat_lahir", "nama_ibu", "dok_nomor", "kategori")
    assert by["Nama"] == ["WARGA 9", "WARGA 9"]
    assert by["Tanggal lahir"] == ["10-01-1980", "10-01-1980"]
    assert by["Jenis kelamin"] == ["Laki-laki", "Laki-laki"]
    assert by["RT/RW"][0].endswith("/002")
    assert sorted(by["Kelompok"]) == ["Anggota BPD", "Ketua RT/RW"]  # names, not RT_RW
    assert sorted(d.split(",")[0] for d in by["Desa"]) == ["Kramatwatu", "Mekar Jaya"]
    assert by["Batch"] == ["1", "1"]

    differs = {r for r in range(len(rows)) if tab.side.item(r, 1).background().color() == DIFFERS}
    assert {rows[r][0] for r in differs} == {"Kelompok", "Desa"}
    assert tab.side.item(LABELS.index("Desa"), 0).font().bold()
    assert not tab.side.item(LABELS.index("Nama"), 0).font().bold()

    entry = tab.list.item(0)
    assert "Mekar Jaya" in entry.text() and "Kramatwatu" in entry.text()
    assert "Kec. Bojonegara" in entry.toolTip() and "36.04.05.2001" in entry.toolTip()
    assert "Pertahankan A: catatan B ditandai ganda" in tab.explain.text()


def test_deciding_asks_first_and_says_after(
    qtbot: QtBot,
    kab: Database,
    stick: Path,
    asked: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = _merged(qtbot, kab, stick, monkeypatch, 1)
    tab = ws.conflicts
    a_desa, b_desa = (tab.list.item(0).toolTip().split("\n")[i].split(", ")[1] for i in (1, 2))

    asked[0]["answer"] = False  # "Kembali": nothing happens
    tab.keep_b.click()
    assert len(asked) == 2 and asked[1]["danger"] is True
    assert asked[1]["title"] == "Pertahankan B"
    assert (
        f"A — WARGA 9 (Desa {a_desa}) — ditandai ganda dan dikembalikan ke desanya sebagai GANDA; "
        f"B — WARGA 9 (Desa {b_desa}) — tetap terdaftar." in asked[1]["text"]
    )
    assert wait_for_all_tasks()
    assert tab.list.count() == 1 and tab.status.text() == ""
    with kab.session() as session:
        assert session.exec(select(KabConflict)).one().status == "open"

    asked[0]["answer"] = True
    tab.keep_b.click()
    qtbot.waitUntil(lambda: tab.list.count() == 0, timeout=30_000)
    assert tab.status.text().startswith("Keputusan disimpan: A — WARGA 9")
    assert "tetap terdaftar" in tab.status.text()
    with kab.session() as session:
        conflict = session.exec(select(KabConflict)).one()
        assert (conflict.status, conflict.resolution) == ("resolved", "keep_b")
        loser = session.exec(select(KabRecord).where(KabRecord.enrollee_id == conflict.record_a))
        assert loser.one().status == "duplicate"
    assert wait_for_all_tasks()


def test_same_nik_offers_no_two_people(
    qtbot: QtBot,
    kab: Database,
    stick: Path,
    asked: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = _merged(qtbot, kab, stick, monkeypatch, 1)
    tab = ws.conflicts
    assert tab.keep_a.isEnabled() and tab.keep_b.isEnabled()
    assert not tab.distinct.isEnabled()
    assert "satu NIK hanya dimiliki satu orang" in tab.distinct.toolTip()
    assert "Keduanya orang berbeda: tidak tersedia" in tab.explain.text()
    tab.resolve("distinct")  # past the disabled button: still nothing asked, nothing stored
    assert len(asked) == 1
    with kab.session() as session:
        assert session.exec(select(KabConflict)).one().status == "open"


def test_probable_duplicate_may_be_two_people(
    qtbot: QtBot,
    kab: Database,
    tmp_path: Path,
    asked: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = _merged(qtbot, kab, build_stick(tmp_path, probable=True), monkeypatch, 2)
    tab = ws.conflicts
    row = next(r for r in range(tab.list.count()) if "SITI AMINAH" in tab.list.item(r).text())
    tab.list.setCurrentRow(row)
    assert tab.list.item(row).text().startswith("Mungkin ganda: SITI AMINAH")
    assert tab.distinct.isEnabled() and "dua orang" in tab.distinct.toolTip()
    nik_row = LABELS.index("NIK")
    assert tab.side.item(nik_row, 1).background().color() == DIFFERS
    tab.distinct.click()
    assert "dicatat sebagai dua orang berbeda; keduanya tetap terdaftar" in asked[-1]["text"]
    qtbot.waitUntil(lambda: tab.list.count() == 1, timeout=30_000)
    assert "dua orang berbeda" in tab.status.text()
    # The same-NIK conflict is shown next: "two people" is off again.
    assert tab.list.item(0).text().startswith("NIK sama") and not tab.distinct.isEnabled()
    with kab.session() as session:
        done = session.exec(select(KabConflict).where(KabConflict.status == "resolved")).one()
        assert (done.kind, done.resolution) == ("probable", "distinct")
    assert wait_for_all_tasks()
