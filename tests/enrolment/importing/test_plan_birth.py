"""A place-and-date column whose date is impossible: held back for the date alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from enrolment.importing.plan import HELD, ImportOptions
from enrolment.importing.service import judge, prepare
from enrolment.programme import Programme
from models.database import Database


def test_impossible_date_in_one_column_keeps_the_place(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    path = make_xlsx(
        [
            ["NIK", "Nama", "Tempat/Tgl Lahir", "L/P", "Kategori"],
            ["3604071203900001", "Budi", "Serang, 31-02-1995", "L", "Kader"],
        ]
    )
    prepared = prepare(path, None, installed_db.data_dir)
    plan = judge(
        installed_db,
        prepared,
        options=ImportOptions(),
        programme=programme,
        today=today,
        desa_code=None,
    )
    row = plan.rows[0]
    assert row.verdict == HELD
    assert row.data.tempat_lahir == "SERANG"
    assert row.reason_text() == (
        "Tanggal '31-02-1995' tidak ada di kalender; periksa hari dan bulannya."
    )
