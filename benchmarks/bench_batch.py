"""Batch export speed: the whole kabupaten quota against bare openpyxl, and a village batch.

Targets (issue 4): exporting 21,434 enrollees takes at most 1.2x the time bare openpyxl
write-only mode needs to write the same cells (both measured here, in the same run); a 500-row
village batch takes under 0.5 s. The export's time includes reading the register, the
snapshot, the checksum, fsync, reading the file back and recording the batch.
"""

from __future__ import annotations

import io
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

FULL = 21_434
VILLAGE = 500
GROUPS = ["BPD", "RT_RW", "POSYANDU", "GURU_NGAJI", "POKTAN", "NELAYAN", "USAHA", "BALAWISTA"]
_COLS = (
    "id, nik, nama, tempat_lahir, tanggal_lahir, jenis_kelamin, alamat, rt, rw, no_hp, kategori, "
    "jabatan, dok_nomor, nama_ibu, catatan, status, confirmed_warnings, enrolled_on, "
    "coverage_start, coverage_end, programme_id, programme_version, receipt_year, receipt_seq, "
    "removed_by, removed_reason, return_status, return_reason, kpj, created_at, created_by, "
    "updated_at, updated_by"
)


def _fill(data_dir: Path, n: int) -> Any:
    """A set-up desa database with `n` ready enrollees, inserted in one bulk statement."""
    from enrolment.installation import SetupAnswers, setup_desa
    from models.database import open_database
    from models.db import connect

    db = open_database(data_dir)
    with db.session() as session:
        setup_desa(session, SetupAnswers(desa_code="36.04.07.2011", operator_name="Bench"))
    stamp = "2025-12-10 03:00:00.000000"
    rows = []
    for i in range(n):
        d, m, y = 1 + i % 28, 1 + i % 12, 60 + i % 40
        rows.append(
            (str(uuid.uuid4()), f"360407{d:02d}{m:02d}{y:02d}{i % 10000:04d}",
             f"PESERTA NOMOR {i:05d}", "SERANG", f"19{y:02d}-{m:02d}-{d:02d}", "L",
             "KP. MEKAR JAYA RT 001", f"{1 + i % 9:03d}", "002", "081234567890",
             GROUPS[i % len(GROUPS)], "", "", "", "", "ready", "[]", "2025-12-01", "2026-01",
             "2026-12", "serang-perbup-59-2025", 1, 2025, i + 1, "", "", "", "", "", stamp,
             "Bench", stamp, "Bench")
        )  # fmt: skip
    conn = connect(db.path)
    conn.execute("BEGIN")
    # NIKs need not be unique for the benchmark, but the register's index demands it.
    conn.execute("DROP INDEX ux_enrollee_active_nik")
    conn.executemany(f"INSERT INTO enrollee ({_COLS}) VALUES ({', '.join('?' * 33)})", rows)
    conn.execute("COMMIT")
    conn.close()
    return db


def _bare_openpyxl(rows: list[list[Any]], headers: list[str], date_cols: set[int]) -> None:
    """The yardstick: openpyxl write-only mode appending the same values, no styles."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(headers)
    for row in rows:
        ws.append([date.fromisoformat(v) if i in date_cols and v else v for i, v in enumerate(row)])
    wb.save(io.BytesIO())


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run(report: Callable[[str, float, str, str, bool], None]) -> None:
    from enrolment.batches.builder import build_batch
    from enrolment.batches.service import export_next_batch
    from enrolment.programme import default_programme

    programme = default_programme()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = _fill(root / "full", FULL)
        stick = root / "stick"
        stick.mkdir()
        with db.session() as session:
            content = build_batch(session, programme, operator="Bench").content
        date_cols = {i for i, c in enumerate(content.columns) if c.spec.kind == "date"}
        bare = _timed(lambda: _bare_openpyxl(content.rows, content.headers, date_cols))
        result: list[Any] = []
        export = _timed(
            lambda: result.append(export_next_batch(db, programme, actor="Bench", folder=stick))
        )
        assert result[0].batch.row_count == FULL
        db.dispose()
        report("openpyxl write-only, 21.434 baris (acuan)", bare, "s", "-", True)
        report("ekspor batch 21.434 peserta", export, "s", f"<= {1.2 * bare:.2f} s", True)
        report("rasio ekspor / openpyxl", export / bare, "x", "<= 1,2", export / bare <= 1.2)

        small = _fill(root / "village", VILLAGE)
        stick2 = root / "stick2"
        stick2.mkdir()
        seconds = _timed(lambda: export_next_batch(small, programme, actor="B", folder=stick2))
        small.dispose()
        report("ekspor batch desa 500 baris", seconds, "s", "< 0,5 s", seconds < 0.5)
