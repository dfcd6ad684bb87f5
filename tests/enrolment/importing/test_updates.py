"""Updating registered people from a list: only the values the list has change, and the
preview names each change before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from enrolment.importing.plan import HELD, IMPORT, SKIP, UPDATE, ImportOptions
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
    same = plan.rows[0]  # an update that changes nothing is a skip, and writes nothing
    assert same.verdict == SKIP and same.changes == [] and plan.count(UPDATE) == 0
    assert same.reason_text() == "Sama dengan register: tidak diubah."
    with installed_db.session() as s:
        before = s.exec(select(Enrollee).where(Enrollee.nik == NIK)).one()
        before_status, before_updated = before.status, before.updated_at
    outcome = execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    assert outcome.result.updated == 0
    record = _record(installed_db)
    assert (record.status, record.updated_at) == (before_status, before_updated)
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


def test_an_update_with_only_new_warnings_changes_nothing_handed_on(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    """The same people with their NIKs typed as numbers (a note per row, no field changed):
    nobody is marked changed, so the next batch carries no false corrections."""
    import shutil

    from .conftest import SAMPLES

    for name in ("village-list-clean.xlsx", "village-list-numeric.xlsx"):
        shutil.copyfile(SAMPLES / name, tmp_path / name)
    clean = prepare(tmp_path / "village-list-clean.xlsx", None, installed_db.data_dir)
    first = judge(installed_db, clean, options=ImportOptions(), programme=programme, today=today, desa_code=None)  # fmt: skip
    execute(installed_db, clean, first, actor="Op", programme=programme, today=today)
    with installed_db.engine.begin() as conn:  # handed to the kabupaten in batch 1
        conn.exec_driver_sql("UPDATE enrollee SET status = 'handed_on', last_batch_no = 1")
    numeric = prepare(tmp_path / "village-list-numeric.xlsx", None, installed_db.data_dir)
    plan = judge(
        installed_db, numeric, options=ImportOptions(update_existing=True), programme=programme,
        today=today, desa_code=None,
    )  # fmt: skip
    assert plan.count(UPDATE) == 0 and plan.count(SKIP) > 30
    outcome = execute(installed_db, numeric, plan, actor="Op", programme=programme, today=today)
    assert outcome.result.updated == 0
    with installed_db.session() as s:
        statuses = {r.status for r in s.exec(select(Enrollee))}
    assert statuses == {"handed_on"}


def test_warnings_for_a_removed_person_a_new_name_and_a_list_that_differs(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    from enrolment.importing.plan import WARNING
    from enrolment.register import remove_enrollee

    _registered(installed_db, programme, today)
    other = "3604075203910002"
    with installed_db.session() as session:
        out = save_enrollee(
            session,
            EnrolleeInput(nik=other, nama="Siti Aminah", tempat_lahir="Serang",
                          jenis_kelamin="P", kategori="POSYANDU"),
            actor="Sekdes", programme=programme, today=today,
        )  # fmt: skip
        assert out.enrollee is not None
        remove_enrollee(session, out.enrollee.id, reason="Pindah domisili", actor="Sekdes")
    rows = [["NIK", "Nama", "No HP"], [NIK, "Asep Salah Ketik", "081234567890"], [other, "Siti Aminah", ""]]  # fmt: skip
    path = make_xlsx(rows)
    skip = judge(installed_db, prepare(path, None, installed_db.data_dir), options=ImportOptions(), programme=programme, today=today, desa_code=None)  # fmt: skip
    assert skip.rows[0].verdict == SKIP
    assert "berbeda dengan register (Nama, Nomor HP)" in skip.rows[0].reason_text()
    assert skip.rows[1].verdict == HELD  # a new row needs a place of birth and a group
    update = judge(
        installed_db, prepare(path, None, installed_db.data_dir),
        options=ImportOptions(update_existing=True, default_group="POSYANDU"),
        programme=programme, today=today, desa_code=None,
    )  # fmt: skip
    renamed = update.rows[0]
    assert renamed.verdict == UPDATE
    assert "pastikan NIK di daftar milik orang yang sama" in renamed.reason_text()
    back = [["NIK", "Nama", "Tempat Lahir", "L/P"], [other, "Siti Aminah", "Serang", "P"]]
    again = judge(
        installed_db, prepare(make_xlsx(back), None, installed_db.data_dir),
        options=ImportOptions(default_group="POSYANDU"), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    (returned,) = again.rows
    assert returned.verdict == WARNING
    assert "pernah dihapus dari register pada" in returned.reason_text()
    assert "Pindah domisili" in returned.reason_text()
