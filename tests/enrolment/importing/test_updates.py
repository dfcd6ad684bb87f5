"""Updating registered people from a list: only the values the list has change, and the
preview names each change before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from enrolment.importing.plan import HELD, IMPORT, UPDATE, ImportOptions
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


@pytest.mark.parametrize("default_group", [None, "POSYANDU"])
def test_a_list_without_groups_never_moves_registered_people(
    make_xlsx: Callable[..., Path],
    installed_db: Database,
    programme: Programme,
    today: date,
    default_group: str | None,
) -> None:
    """The group for rows without one is for new people: a registered person keeps theirs
    (with none given they were held for "pick a group"; with one, silently moved)."""
    _registered(installed_db, programme, today)
    rows = [
        ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "JK", "No HP"],
        [NIK, "Budi Santoso", "Serang", "12-03-1990", "L", "081234567890"],
        ["3604075203910002", "Siti Aminah", "Serang", "12-03-1991", "P", "081234567891"],
    ]
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    options = ImportOptions(update_existing=True, default_group=default_group)
    plan = judge(
        installed_db, prepared, options=options, programme=programme, today=today, desa_code=None
    )
    update, new = plan.rows
    assert update.verdict == UPDATE and update.data.kategori == "RT_RW"
    assert [m.render() for m in update.changes] == ["Nomor HP: 085741632676 → 081234567890"]
    assert new.verdict == (HELD if default_group is None else IMPORT)
    execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    assert _record(installed_db).kategori == "RT_RW"


def test_a_changed_group_is_named_in_the_preview(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    _registered(installed_db, programme, today)
    rows = [HEADER, person_row(NIK, "Budi Santoso", alamat="KP. SUKAMAJU", rt="6", rw="5", kategori="Kader Posyandu")]  # fmt: skip
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(update_existing=True), programme=programme,
        today=today, desa_code=None,
    )  # fmt: skip
    assert [m.render() for m in plan.rows[0].changes] == [
        "Kelompok (kategori): Ketua RT/RW → Kader Posyandu"
    ]


@pytest.mark.parametrize("update", [False, True])
def test_a_list_of_names_and_phones_skips_or_updates_registered_people(
    make_xlsx: Callable[..., Path],
    installed_db: Database,
    programme: Programme,
    today: date,
    update: bool,
) -> None:
    """NIK, name and phone only: a registered person is skipped, or updated from the phone,
    not held for want of a place of birth or sex (they are in the register)."""
    from enrolment.importing.plan import SKIP

    _registered(installed_db, programme, today)
    rows = [["NIK", "Nama", "No HP"], [NIK, "Budi Santoso", "081234567890"]]
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(update_existing=update),
        programme=programme, today=today, desa_code=None,
    )  # fmt: skip
    (row,) = plan.rows
    assert row.verdict == (UPDATE if update else SKIP), row.reason_text()
    if update:
        assert [m.render() for m in row.changes] == ["Nomor HP: 085741632676 → 081234567890"]
    outcome = execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    assert outcome.error_workbook is None
    record = _record(installed_db)
    assert record.no_hp == ("081234567890" if update else "085741632676")
    assert (record.tempat_lahir, record.jenis_kelamin, record.alamat) == (
        "SERANG",
        "L",
        "KP. SUKAMAJU",
    )
