"""Updating registered people from a list: only the values the list has change, and the
preview names each change before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import select

from enrolment.importing.plan import UPDATE, ImportOptions
from enrolment.importing.service import execute, judge, prepare
from enrolment.programme import Programme
from enrolment.register import save_enrollee
from enrolment.validation import EnrolleeInput
from models.database import Database
from models.tables import Enrollee

from .conftest import HEADER, person_row

NIK = "3604071203900001"


def _registered(db: Database, programme: Programme, today: date) -> None:
    data = EnrolleeInput(
        nik=NIK, nama="Budi Santoso", tempat_lahir="Serang", tanggal_lahir=date(1990, 3, 12),
        jenis_kelamin="L", alamat="KP. SUKAMAJU", rt="6", rw="5", no_hp="085741632676",
        kategori="RT_RW", jabatan="Ketua RT 006",
    )  # fmt: skip
    with db.session() as session:
        out = save_enrollee(
            session, data, actor="Sekdes", programme=programme, today=today,
            confirmed={"NIK_OLD_KECAMATAN", "NIK_OLD_KABKOTA", "NIK_OUTSIDE_KABUPATEN"},
        )  # fmt: skip
    assert out.saved, out.errors


def _record(db: Database) -> Enrollee:
    with db.session() as s:
        return s.exec(select(Enrollee).where(Enrollee.nik == NIK)).one()


def test_a_list_without_address_columns_keeps_the_address(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    _registered(installed_db, programme, today)
    rows = [
        ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "JK", "Kategori"],
        [NIK, "Budi  Santosa", "Serang", "12-03-1990", "L", "Ketua RT"],
    ]
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(update_existing=True), programme=programme,
        today=today, desa_code=None,
    )  # fmt: skip
    (row,) = plan.rows
    assert row.verdict == UPDATE
    assert [m.render() for m in row.changes] == ["Nama: BUDI SANTOSO → BUDI SANTOSA"]
    outcome = execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    assert outcome.result.updated == 1
    record = _record(installed_db)
    assert record.nama == "BUDI SANTOSA"
    kept = (record.alamat, record.rt, record.rw, record.no_hp, record.jabatan)
    assert kept == ("KP. SUKAMAJU", "006", "005", "085741632676", "Ketua RT 006")


def test_empty_cells_keep_values_and_a_same_row_changes_nothing(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    _registered(installed_db, programme, today)
    rows = [
        HEADER,
        person_row(NIK, "Budi Santoso", alamat="", rt="", rw="", kategori="Ketua RT"),
        person_row("3604071203900002", "Siti Aminah", tanggal="12-03-1990", jk="P"),
    ]
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(update_existing=True), programme=programme,
        today=today, desa_code=None,
    )  # fmt: skip
    update = next(r for r in plan.rows if r.verdict == UPDATE)
    assert update.changes == []
    outcome = execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    assert (outcome.result.updated, outcome.result.unchanged) == (0, 1)
    record = _record(installed_db)
    assert (record.alamat, record.rt, record.rw) == ("KP. SUKAMAJU", "006", "005")
    assert record.tanggal_lahir == date(1990, 3, 12)
