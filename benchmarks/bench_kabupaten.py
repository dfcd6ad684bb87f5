"""Kabupaten merge speed: 326 village batches, 21,434 rows, against python-calamine alone.

Target (issue 6): merging the 326 batch files — verification (format, manifest, checksum,
desa code) and duplicate detection included — takes at most 4x the time python-calamine needs
to merely read every sheet of the same files, both measured here, in the same run.

The files are made by the village export code itself (tests/enrolment/kabupaten/regency.py,
no planted cases) and cached in the system temp folder: the first run spends a few minutes
making them, later runs only measure.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_RATIO = 4.0


def _read_all(files: list[Path]) -> int:
    from python_calamine import CalamineWorkbook

    cells = 0
    for path in files:
        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python():
                cells += len(row)
    return cells


def run(report: Any) -> None:
    from enrolment.installation import active_programme, setup_kabupaten
    from enrolment.kabupaten.merge import MERGED, batch_files, merge_files
    from models.database import open_database
    from tests.enrolment.kabupaten.regency import cached_regency

    regency = cached_regency(plant=False)
    files = batch_files([regency.stick])
    _read_all(files[:5])  # warm the import and the page cache alike for both sides
    started = time.perf_counter()
    _read_all(files)
    read_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp))
        with db.session() as session:
            setup_kabupaten(session, "36.04", "Bench")
            programme = active_programme(session)
        started = time.perf_counter()
        results = merge_files(db, files, actor="Bench", programme=programme)
        merge_s = time.perf_counter() - started
        db.dispose()
    rows = sum(r.rows for r in results if r.outcome == MERGED)
    assert rows == regency.rows_in_stick, (rows, regency.rows_in_stick)
    ratio = merge_s / read_s
    report(f"calamine membaca {len(files)} berkas", read_s, "s", "acuan", True)
    report(f"gabung {len(files)} berkas, {rows} baris", merge_s, "s", "-", True)
    report("gabung / baca calamine", ratio, "x", f"<= {TARGET_RATIO:g}x", ratio <= TARGET_RATIO)
