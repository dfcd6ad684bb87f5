"""The signature block under a village list ("Mengetahui, … Kepala Desa") is not a person:
it is neither imported nor held back, and the summary says how many such rows there were."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import main
from enrolment.importing.plan import FOOTER, HELD, IMPORT, ImportOptions
from enrolment.importing.service import judge, prepare
from enrolment.programme import Programme
from models.database import Database

from .conftest import HEADER, person_row


def _plan(path: Path, db: Database, programme: Programme, today: date):  # type: ignore[no-untyped-def]
    prepared = prepare(path, None, db.data_dir)
    return judge(
        db, prepared, options=ImportOptions(), programme=programme, today=today, desa_code=None
    )


def test_signature_block_is_not_data(
    make_xlsx: Callable[..., Path],
    installed_db: Database,
    programme: Programme,
    today: date,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = [
        ["DAFTAR KETUA RT/RW DESA MEKAR JAYA"],
        [],
        HEADER,
        person_row("3604071203900001", "Budi Santoso"),
        person_row("", "Tanpa NIK", jk="L"),  # a person without NIK stays a held row
        [],
        [None, "Mengetahui,", None, None, None, None, None, None, "Mekar Jaya, 10 Desember 2025"],
        [None, "Kepala Desa", None, None, None, None, None, None, "Sekretaris Desa"],
        [None, "( H. SUKRI )", None, None, None, None, None, None, "( ENENG )"],
    ]
    path = make_xlsx(rows)
    plan = _plan(path, installed_db, programme, today)
    assert [r.verdict for r in plan.rows] == [IMPORT, HELD] + [FOOTER] * plan.footer_rows
    assert plan.footer_rows == 3

    args = ["--data-dir", str(installed_db.data_dir), "import", str(path)]
    installed_db.dispose()
    assert main.main(args) == 0
    out = capsys.readouterr().out
    assert "Baris tanda tangan di bawah daftar (bukan data): 3" in out
    assert "Ditahan: 1" in out


def test_a_person_whose_post_is_kepala_desa_is_data(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    rows = [
        HEADER,
        person_row("3604071203900001", "Budi Santoso", kategori="Kepala Desa"),
        person_row("", "Kades Tanpa NIK", kategori="Kepala Desa"),
    ]
    plan = _plan(make_xlsx(rows), installed_db, programme, today)
    assert [r.verdict for r in plan.rows] == [HELD, HELD]  # no such group; no NIK
    assert plan.footer_rows == 0


def test_signature_block_in_the_nik_column_with_its_place_and_date(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    """The common layout: NO | NIK | NAMA …, the block starting in the NIK's column, under the
    letter's place-and-date line; an NIP is no NIK; a short row above the block stays data."""
    header = ["No", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"]
    rows = [
        header,
        [1, "3604071203900001", "Budi Santoso", "Serang", "12-03-1990", "L", "Ketua RT"],
        [2, None, "Tanpa NIK"],  # a person, half filled in: held, not taken for a signature
        [],
        [None, "Mekar Jaya, 10 Desember 2025"],
        [None, "Mengetahui,", None, None, "Sekretaris Desa"],
        [None, "Camat Bojonegara"],
        [],
        [None, "( H. SUKRI, S.Sos )"],
        [None, "NIP. 19700101 199001 1 001"],
    ]
    plan = _plan(make_xlsx(rows), installed_db, programme, today)
    assert [r.verdict for r in plan.rows] == [IMPORT, HELD] + [FOOTER] * plan.footer_rows
    assert plan.footer_rows == 5


def test_people_near_the_bottom_are_never_taken_for_signatures(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    """Rows with a person in them stay data (held when a NIK is missing), even when their post
    reads "Kepala Desa"; the block's rows are shown as such in the preview, never dropped."""
    rows = [
        HEADER,
        person_row("3604071203900001", "Budi Santoso"),
        person_row("", "Cecep", kategori="Ketua RT"),
        person_row("", "Deden", kategori="Kepala Desa"),
        [None, "ENDANG"],
        [None, "FAJAR"],
        [],
        [None, "Mekar Jaya, 10 Desember 2025"],
        [None, "Pj. Kepala Desa Mekar Jaya"],
        [None, "( H. SUKRI )"],
        [None, "19700101 199001 1 001"],  # an NIP without "NIP.": no NIK
    ]
    plan = _plan(make_xlsx(rows), installed_db, programme, today)
    people = [(r.verdict, r.data.nama) for r in plan.rows if r.verdict != FOOTER]
    assert people == [
        (IMPORT, "BUDI SANTOSO"),
        (HELD, "CECEP"),
        (HELD, "DEDEN"),
        (HELD, "ENDANG"),
        (HELD, "FAJAR"),
    ]
    footer = [r for r in plan.rows if r.verdict == FOOTER]
    assert [r.row for r in footer] == [8, 9, 10, 11]
    assert "bukan peserta" in footer[0].reason_text()


def test_a_last_person_with_a_post_and_no_block_is_data(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    # Name and post only, no NIK: two cells, one a signature phrase, the other not.
    rows = [HEADER, person_row("3604071203900001"), [None, "SITI", None, None, None, None, None, None, "Sekretaris Desa"]]  # fmt: skip
    plan = _plan(make_xlsx(rows), installed_db, programme, today)
    assert plan.footer_rows == 0 and plan.rows[-1].verdict == HELD


def test_an_nip_typed_as_a_number_is_no_nik(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    rows = [
        ["No", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"],
        [1, "3604071203900001", "Budi Santoso", "Serang", "12-03-1990", "L", "Ketua RT"],
        [],
        [None, "Mengetahui,"],
        [None, "Kepala Desa Mekar Jaya"],
        [None, "H. SUKRI"],
        [None, 197001011990011001],
    ]
    plan = _plan(make_xlsx(rows), installed_db, programme, today)
    assert [r.verdict for r in plan.rows] == [IMPORT] + [FOOTER] * 4
