"""Importing a kabupaten-sized list (21,434 rows): preview + write vs a bare calamine read.

Target: the whole import (checks, read, header, verdict per row, one-transaction write) takes
at most 3x what python-calamine needs merely to read the same file, measured in the same run.
The workbook is generated once and cached in the temp folder.

Where the time goes (profile, 21,434 rows): `enrolment.validation.validate` per row (the entry
form's rules, shared on purpose) is the largest single part of the verdicts; the SQLite insert
of the records and ~31,000 audit entries (every record and every confirmed warning is audited,
as in the form) dominates the write; the .xlsx pre-scan that refuses hostile sheets before
calamine builds its grid costs about a quarter of calamine's own read.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

ROWS = 21_434
TARGET_RATIO = 3.0
FIRST = ["ADE", "ASEP", "BUDI", "DEDE", "ENENG", "IIS", "JAJANG", "MAESAROH", "NINING", "SITI",
         "SUKRI", "TATI", "UJANG", "YAYAN", "ZAENAL", "ROHMAH", "ENDANG", "KOMARUDIN"]  # fmt: skip
LAST = ["HASANAH", "MULYANA", "ROSIDIN", "FAUZIAH", "SUPRIATNA", "RAHMAN", "SETIAWAN",
        "NURJANAH", "JUHAERI", "KURNIAWAN", "MAULANA", "HIDAYAT", "SANUSI", "SUHENDI"]  # fmt: skip
GROUPS = ["Ketua RT/RW", "Kader Posyandu", "Anggota BPD", "Guru Ngaji", "Kelompok Tani",
          "Nelayan", "Pelaku Usaha", "Balawista"]  # fmt: skip


def _workbook() -> Path:
    folder = Path(tempfile.gettempdir()) / "jaring-bench"
    path = folder / f"impor-{ROWS}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(59)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append(["DAFTAR PEKERJA RENTAN KABUPATEN SERANG"])
    sheet.append([])
    sheet.append(["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "L/P", "Alamat",
                  "RT", "RW", "No HP", "Kategori"])  # fmt: skip
    seen: set[str] = set()
    n = 0
    while n < ROWS:
        day, month, year = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(1962, 2006)
        female = rnd.random() < 0.5
        nik = (
            f"360407{day + 40 if female else day:02d}{month:02d}{year % 100:02d}"
            f"{rnd.randint(1, 9999):04d}"
        )
        if nik in seen:
            continue
        seen.add(nik)
        n += 1
        sheet.append([
            n, nik, f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.choice(LAST)}",
            rnd.choice(["SERANG", "CILEGON", "PANDEGLANG"]),
            date(year, month, day) if n % 2 else f"{day:02d}-{month:02d}-{year}",
            "P" if female else "L", f"KP. {rnd.choice(LAST)}", rnd.randint(1, 12),
            rnd.randint(1, 6), f"08{rnd.randint(10**9, 10**10 - 1)}", rnd.choice(GROUPS),
        ])  # fmt: skip
    tmp = path.with_suffix(".tmp")
    book.save(tmp)
    tmp.replace(path)
    return path


def run(report) -> None:  # type: ignore[no-untyped-def]
    import python_calamine

    from enrolment.importing.plan import ImportOptions
    from enrolment.importing.service import execute, judge, prepare
    from enrolment.installation import SetupAnswers, active_programme, setup_desa
    from models.database import open_database

    source = _workbook()
    started = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(source))
    rows = book.get_sheet_by_name("Data").to_python(skip_empty_area=False)
    book.close()
    bare = time.perf_counter() - started
    assert len(rows) >= ROWS

    work = Path(tempfile.mkdtemp(prefix="jaring-bench-import-"))
    try:
        copy = work / source.name
        shutil.copyfile(source, copy)
        db = open_database(work / "data")
        with db.session() as session:
            setup_desa(session, SetupAnswers(desa_code="36.04.07.2011", operator_name="Bench"))
            programme = active_programme(session)
        # Quotas are irrelevant here; a kabupaten-wide quota keeps warnings realistic.
        today = date(2025, 12, 10)
        started = time.perf_counter()
        prepared = prepare(copy, None, db.data_dir)
        plan = judge(
            db, prepared, options=ImportOptions(), programme=programme, today=today,
            desa_code="36.04.07.2011",
        )  # fmt: skip
        previewed = time.perf_counter() - started
        outcome = execute(db, prepared, plan, actor="Bench", programme=programme, today=today)
        total = time.perf_counter() - started
        db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    written = outcome.result.created
    report("impor: calamine baca saja", bare, "s", "acuan", True)
    report("impor: pratinjau (baca+putusan)", previewed, "s", "-", True)
    report("impor: tulis saja (satu transaksi)", total - previewed, "s", "-", True)
    report(f"impor: pratinjau+tulis {written} baris", total, "s", "-", written > ROWS * 0.9)
    ratio = total / bare
    report(
        "impor: rasio terhadap calamine", ratio, "x", f"<= {TARGET_RATIO}", ratio <= TARGET_RATIO
    )
