"""Cari peserta: the operator finds a person by name, NIK or KPJ, and sees where they stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from enrolment.kabupaten.conflicts import KEEP_A, open_conflicts, resolve_conflict
from enrolment.kabupaten.merge import batch_files, merge_files
from enrolment.programme import default_programme
from models.database import Database
from ui.kabupaten import KabupatenWorkspace
from ui.tasks import wait_for_all_tasks

from .conftest import build_stick


def _rows(ws: KabupatenWorkspace) -> list[list[str]]:
    table = ws.people.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _search(ws: KabupatenWorkspace, qtbot: QtBot, text: str) -> list[list[str]]:
    ws.people.search.setText(text)
    qtbot.waitUntil(lambda: not ws.people._timer.isActive(), timeout=5000)
    assert wait_for_all_tasks()
    qtbot.wait(10)
    return _rows(ws)


def test_find_by_name_nik_and_see_the_state(
    qtbot: QtBot, kab: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programme = default_programme()
    merge_files(kab, batch_files([build_stick(tmp_path)]), actor="Op", programme=programme)
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", programme)
    qtbot.addWidget(ws)
    assert ws.tabText(ws.indexOf(ws.people)) == "Cari peserta"

    both = _search(ws, qtbot, "warga 9")  # the same NIK from two villages
    assert sorted(r[3] for r in both) == [
        "Kramatwatu (36.04.05.2001)",
        "Mekar Jaya (36.04.07.2011)",
    ]
    assert {r[5] for r in both} == {"Konflik terbuka (lihat tab Konflik)"}
    assert ws.people.count.text() == "2 cocok."

    assert {r[0] for r in both} == {"3604••••••••0010"}  # masked, as the installation says
    nik = "3604071001800010"
    assert [r[0] for r in _search(ws, qtbot, nik[:8])].count("3604••••••••0010") == 2
    with kab.engine.begin() as conn:  # an admin turned masking off
        conn.exec_driver_sql("UPDATE installation SET mask_nik = 0")
    assert [r[0] for r in _search(ws, qtbot, nik)] == [nik, nik]
    assert _search(ws, qtbot, "w") == []  # one letter is too little to search
    assert ws.people.count.text() == "0 cocok."
    with kab.engine.begin() as conn:  # an older KPJ card, with letters
        conn.exec_driver_sql("UPDATE kab_record SET kpj = 'AB123456789' WHERE nama = 'WARGA 0'")
    assert [r[1] for r in _search(ws, qtbot, "ab123456789")] == ["WARGA 0"]

    with kab.session() as session:
        (conflict,) = open_conflicts(session)
        resolve_conflict(session, conflict.conflict.seq, KEEP_A, actor="Op")
        kept = conflict.a.desa_code
    states = {r[3]: r[5] for r in _search(ws, qtbot, "WARGA 9")}
    kept_name = "Mekar Jaya" if kept == "36.04.07.2011" else "Kramatwatu"
    assert f"Ganda: tetap terdaftar lewat Desa {kept_name}" in states.values()
    assert "Terdaftar, siap ke BPJS" in states.values()


def test_admin_purges_a_duplicate_after_the_retention_period(
    qtbot: QtBot, kab: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlmodel import select

    from enrolment.privacy import PURGED_NAME, set_retention_days
    from models.tables import KabRecord
    from tests.accounts_support import cheap_hashing, make_admin, make_operator

    cheap_hashing(monkeypatch)
    programme = default_programme()
    merge_files(kab, batch_files([build_stick(tmp_path)]), actor="Op", programme=programme)
    admin, _ = make_admin(kab)
    operator = make_operator(kab, admin)
    with kab.session() as session:
        (conflict,) = open_conflicts(session)
        resolve_conflict(session, conflict.conflict.seq, KEEP_A, actor="Op")
        loser = conflict.b.enrollee_id
    as_operator = KabupatenWorkspace(kab, "Budi", programme, account=operator)
    qtbot.addWidget(as_operator)
    assert as_operator.people.purge_button.isHidden()  # admin only

    ws = KabupatenWorkspace(kab, "Siti", programme, account=admin)
    qtbot.addWidget(ws)
    assert not ws.people.purge_button.isHidden()
    rows = _search(ws, qtbot, "WARGA 9")
    duplicate = next(i for i, r in enumerate(rows) if r[5].startswith("Ganda"))
    ws.people.table.selectRow(1 - duplicate)  # the record kept: still registered
    assert not ws.people.purge_button.isEnabled()
    ws.people.table.selectRow(duplicate)
    assert ws.people.purge_button.isEnabled()

    warned: list[str] = []
    monkeypatch.setattr("ui.dialogs.warn", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr("ui.dialogs.ask_text", lambda *a, **k: "Surat permintaan 3/2026")
    questions: list[str] = []
    monkeypatch.setattr(
        "ui.dialogs.ask", lambda _p, _t, text, *a, **k: questions.append(text) or True
    )
    ws.people.purge_button.click()  # the retention period (365 days) has not passed
    assert "setelah masa simpan lewat" in warned[0]
    with kab.session() as session:
        set_retention_days(session, 0, by=admin)
    ws.people.purge_button.click()
    assert wait_for_all_tasks()
    qtbot.wait(10)
    assert len(warned) == 1
    assert (
        "tetap terdaftar lewat Desa" in questions[0]
    )  # a duplicate: the person stays    assert ws.people.count.text() == "Data pribadi peserta itu sudah dihapus permanen."
    assert [r[5] for r in _rows(ws)] == ["Terdaftar, siap ke BPJS"]
    with kab.session() as session:
        record = session.exec(select(KabRecord).where(KabRecord.enrollee_id == loser)).one()
        assert (record.nama, record.nik, record.status) == (PURGED_NAME, "", "duplicate")
    assert len(_search(ws, qtbot, "WARGA 9")) == 1
