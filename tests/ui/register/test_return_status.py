"""The village reads the kabupaten's return file: register columns, filter, form and receipt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from enrolment.batches.service import export_next_batch
from enrolment.installation import get_installation, setup_kabupaten
from enrolment.kabupaten.merge import batch_files, merge_files
from enrolment.kabupaten.returns import write_return_files
from enrolment.programme import Programme
from enrolment.receipts.printlog import prepare_job
from enrolment.register import save_enrollee
from enrolment.validation import EnrolleeInput
from models.database import open_database
from models.register_query import NO_RETURN
from ui import dialogs
from ui.main_window import MainWindow
from ui.register.table_model import EnrolleeTableModel
from ui.tasks import wait_for_all_tasks

pytestmark = pytest.mark.usefixtures("auto_login")


def _return_file(
    window: MainWindow, programme: Programme, tmp_path: Path
) -> tuple[Path, list[str]]:
    """Three people handed on; the kabupaten accepts one with a KPJ, rejects one, and has
    no KPJ yet for the third. Returns the village's return file and the ids in that order."""
    assert window.ws is not None
    db = window.ws.db
    ids = []
    with db.session() as s:
        for i, nama in enumerate(("SITI AMINAH", "BUDI SANTOSO", "ASEP SUNANDAR")):
            out = save_enrollee(
                s, EnrolleeInput(nik=f"36040712039000{i + 1:02d}", nama=nama, tempat_lahir="Serang",
                                 jenis_kelamin="L", kategori="RT_RW"),
                actor="t", programme=programme, today=date(2025, 12, 10),
            )  # fmt: skip
            assert out.saved and out.enrollee is not None, out.errors
            ids.append(out.enrollee.id)
    (tmp_path / "stick").mkdir()
    batch = export_next_batch(
        db, programme, actor="t", folder=tmp_path / "stick", today=date(2025, 12, 10)
    ).path
    kab = open_database(tmp_path / "kab")
    with kab.session() as s:
        setup_kabupaten(s, "36.04", "Operator Kabupaten")
    merge_files(kab, batch_files([batch]), actor="Op", programme=programme)
    with kab.engine.begin() as conn:
        conn.execute(
            text("UPDATE kab_record SET kpj = '12345678901' WHERE enrollee_id = :i"), {"i": ids[0]}
        )
        conn.execute(
            text(
                "UPDATE kab_record SET check_reason = 'usia di luar batas' WHERE enrollee_id = :i"
            ),
            {"i": ids[1]},
        )
    with kab.session() as s:
        made = write_return_files(s, tmp_path / "balikan", actor="Op")
    kab.dispose()
    assert len(made) == 1
    return made[0].path, ids


def _column(model: EnrolleeTableModel, column: int) -> dict[str, str]:
    return {
        str(model.enrollee_id(r)): model.index(r, column).data() for r in range(model.rowCount())
    }


def test_return_file_read_from_the_menu_shows_status_and_kpj(
    window: MainWindow, qtbot: QtBot, programme: Programme, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path, (kept, rejected, waiting) = _return_file(window, programme, tmp_path)
    said: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    file_menu = [a.text() for a in window.menu_file.actions()]
    assert "Baca berkas ba&likan dari kabupaten…" in file_menu
    window.desa.read_return_file()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert wait_for_all_tasks()
    assert "3 peserta diperbarui, 0 tetap; nomor KPJ baru: 1." in said[0]
    assert "Diterima 2, ditolak 1, ganda 0, masih diperiksa kabupaten 0" in said[0]
    assert window.tabs.currentWidget() is window.desa.register

    model = window.desa.register.model
    hasil = _column(model, model.COL_HASIL)
    assert hasil == {kept: "Diterima", rejected: "Ditolak", waiting: "Diterima"}
    assert _column(model, model.COL_KPJ) == {kept: "12345678901", rejected: "", waiting: ""}
    row = next(r for r in range(model.rowCount()) if model.enrollee_id(r) == rejected)
    assert model.index(row, model.COL_HASIL).data(2 + 1) == "usia di luar batas"  # tooltip

    # The filter finds the rejected person alone; "no result yet" finds nobody.
    view = window.desa.register
    view.result.setCurrentIndex(view.result.findData("rejected"))
    assert [model.enrollee_id(r) for r in range(model.rowCount())] == [rejected]
    view.result.setCurrentIndex(view.result.findData(NO_RETURN))
    assert model.rowCount() == 0
    view.result.setCurrentIndex(0)
    assert model.rowCount() == 3

    # The entry form says what the kabupaten said when the record is opened.
    window.desa.edit_enrollee(rejected)
    form = window.desa.entry
    assert form.return_info.isVisibleTo(form)
    assert "Ditolak" in form.return_info.text() and "usia di luar batas" in form.return_info.text()
    window.desa.edit_enrollee(kept)
    assert "Nomor KPJ 12345678901" in form.return_info.text()
    form.cancel()
    assert not form.return_info.isVisibleTo(form)

    # A reprinted receipt carries the status and the KPJ.
    with window.ws.db.session() as s:  # type: ignore[union-attr]
        job = prepare_job(s, [kept, rejected])
        assert get_installation(s) is not None
    rows = [dict(c.rows) for c in job.contents]
    assert rows[0]["Nomor KPJ"] == "12345678901"
    assert rows[0]["Hasil pemeriksaan"] == "Diterima oleh kabupaten"
    assert rows[1]["Hasil pemeriksaan"] == "Ditolak oleh kabupaten: usia di luar batas"


def test_damaged_return_file_is_refused_calmly(
    window: MainWindow, qtbot: QtBot, programme: Programme, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path, _ids = _return_file(window, programme, tmp_path)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(path.read_bytes()[:500])
    warned: list[str] = []
    monkeypatch.setattr("ui.errors.QMessageBox.warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    window.desa.read_return_file()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert wait_for_all_tasks()
    assert "bukan berkas balikan yang dapat dibaca" in warned[0]
    window.desa.register.refresh()
    model = window.desa.register.model
    assert model.rowCount() == 3
    assert set(_column(model, model.COL_HASIL).values()) == {""}
