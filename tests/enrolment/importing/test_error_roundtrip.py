"""The held-back workbook goes back in: corrected in Excel and imported again, it is read as
its list was (a hand-made mapping, a two-row header), and held again it gets one reason column
and a name that does not grow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl import Workbook

from enrolment.importing.errors import REASON_HEADER
from enrolment.importing.header import IGNORE
from enrolment.importing.plan import HELD, IMPORT, ImportOptions, ImportPlan
from enrolment.importing.service import ImportOutcome, Prepared, execute, judge, prepare
from enrolment.programme import Programme
from models.database import Database


def _two_row_header_list(path: Path) -> Path:
    """A title, then TTL and RT/RW each merged over two sub-headers, as villages lay it out."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DATA KADER POSYANDU DESA MEKAR JAYA"])
    sheet.append([])
    sheet.append(["No", "Nomor Identitas", "Nama", "TTL", None, "JK", "RT/RW", None, "Kelompok"])
    sheet.append([None, None, None, "Tempat", "Tanggal", None, "RT", "RW", None])
    for cells in ("A1:I1", "D3:E3", "G3:H3", "A3:A4", "B3:B4", "C3:C4", "F3:F4", "I3:I4"):
        sheet.merge_cells(cells)
    sheet.append([1, "3604075203900001", "SITI AMINAH", "Serang", "12-03-1990", "P", 1, 2, "Posyandu"])  # fmt: skip
    sheet.append([2, "3604075504880002", "SITI 2", "Serang", "15-04-1988", "P", 3, 2, "Posyandu"])  # fmt: skip
    book.save(path)
    return path


def _run(
    db: Database, path: Path, programme: Programme, today: date, mapping: list[str] | None = None
) -> tuple[Prepared, ImportPlan, ImportOutcome]:
    prepared = prepare(path, None, db.data_dir)
    plan = judge(
        db, prepared, mapping=mapping, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    return prepared, plan, execute(db, prepared, plan, actor="Op", programme=programme, today=today)


def _set_cell(path: Path, row: int, header: str, value: str) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=row, column=headers.index(header) + 1, value=value)
    book.save(path)


def test_held_rows_corrected_and_imported_again(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    source = _two_row_header_list(tmp_path / "kader.xlsx")
    prepared = prepare(source, None, installed_db.data_dir)
    mapping = list(prepared.guess.mapping)
    assert mapping[1] == IGNORE  # "Nomor Identitas" is no name the guess knows
    mapping[1] = "nik"  # the secretary maps it by hand
    _prepared, plan, outcome = _run(installed_db, source, programme, today, mapping)
    assert [r.verdict for r in plan.rows] == [IMPORT, HELD]
    held = outcome.error_workbook
    assert held is not None and held.name.startswith("kader-ditahan-")

    # Held again without correcting: the reason is replaced, not added beside the old one.
    _p, again, second = _run(installed_db, held, programme, today)
    assert [r.verdict for r in again.rows] == [HELD]
    assert "Nama hanya boleh berisi huruf" in again.rows[0].reason_text()
    assert second.error_workbook is not None
    assert second.error_workbook.name.startswith("kader-ditahan-")
    assert "-ditahan-" not in second.error_workbook.name.split("-ditahan-", 1)[1]
    header = [c.value for c in openpyxl.load_workbook(second.error_workbook).active[1]]  # type: ignore[index]
    assert header.count(REASON_HEADER) == 1 and header[-1] == REASON_HEADER
    assert header[:4] == ["No", "Nomor Identitas", "Nama", "TTL Tempat"]

    # Corrected in Excel: imported, with the hand-made mapping and the joined two-row titles.
    _set_cell(second.error_workbook, 2, "Nama", "SITI MAESAROH")
    corrected, fixed, _third = _run(installed_db, second.error_workbook, programme, today)
    assert corrected.remembered
    assert [r.verdict for r in fixed.rows] == [IMPORT], fixed.rows[0].reason_text()
    row = fixed.rows[0].data
    assert (row.nik, row.tempat_lahir, row.tanggal_lahir) == ("3604075504880002", "SERANG", date(1988, 4, 15))  # fmt: skip
    assert (row.rt, row.rw) == ("003", "002")


def test_the_group_chosen_for_the_import_and_the_row_number_travel_with_held_rows(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    """A list without a group column, imported as 'Guru Ngaji': its held rows come back in
    that group once corrected, and say which row of the first list they were."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P"])
    sheet.append(["3604071203900001", "Ustad Ahmad", "Serang", "12-03-1990", "L"])
    sheet.append(["3604071504880002", "Ustad 2", "Serang", "15-04-1988", "L"])
    source = tmp_path / "guru.xlsx"
    book.save(source)
    prepared = prepare(source, None, installed_db.data_dir)
    options = ImportOptions(default_group="GURU_NGAJI")
    plan = judge(
        installed_db, prepared, options=options, programme=programme, today=today, desa_code=None
    )
    outcome = execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    assert outcome.error_workbook is not None
    rows = list(openpyxl.load_workbook(outcome.error_workbook).active.values)  # type: ignore[union-attr]
    assert rows[0][-3:] == ("Kelompok", "Baris asal", REASON_HEADER)
    assert rows[1][-3:-1] == ("Guru Ngaji", "3")

    _set_cell(outcome.error_workbook, 2, "Nama", "Ustad Bahrudin")
    again = prepare(outcome.error_workbook, None, installed_db.data_dir)
    fixed = judge(
        installed_db, again, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    assert [(r.verdict, r.data.kategori) for r in fixed.rows] == [(IMPORT, "GURU_NGAJI")]


def test_the_ktp_mark_is_written_once_however_often_the_row_comes_back(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"])
    sheet.append([3604071203900010, "Budi", "Serang", "12-03-1990", "L", "Ketua RT"])
    path = tmp_path / "angka.xlsx"
    book.save(path)
    for _ in range(3):  # imported again without touching it
        _p, plan, outcome = _run(installed_db, path, programme, today)
        assert [r.verdict for r in plan.rows] == [HELD]
        assert outcome.error_workbook is not None
        path = outcome.error_workbook
    nik = openpyxl.load_workbook(path).active["A2"].value  # type: ignore[index]
    assert nik == "3604071203900010 (cocokkan dengan KTP)"
