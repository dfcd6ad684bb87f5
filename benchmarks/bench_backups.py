"""Backup and restore of a large village register (10 000 enrollees, 60 000 audit entries).

Targets: the backup on close must not keep the operator waiting; a locked copy to a stick and
a restore finish while the operator watches the progress dialog.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from enrolment.backups import backup_to, describe_backup, make_backup, restore_backup
from enrolment.installation import SetupAnswers, setup_desa
from enrolment.programme import default_programme
from enrolment.register import save_enrollee
from models.database import Database, open_database

ENROLLEES = 10_000
AUDIT_PER_ENROLLEE = 6
PASSWORD = "sandi-benchmark"


def _fill(db: Database) -> None:
    """One real save, then copies of its row and audit entries through SQL (fast)."""
    from datetime import date

    from enrolment.validation import EnrolleeInput

    with db.session() as session:
        setup_desa(session, SetupAnswers(desa_code="36.04.07.2011", operator_name="Bench"))
    with db.session() as session:
        save_enrollee(
            session,
            EnrolleeInput(
                nik="3604071203900001",
                nama="Budi Santoso",
                tempat_lahir="Serang",
                tanggal_lahir=date(1990, 3, 12),
                jenis_kelamin="L",
                kategori="RT_RW",
            ),
            actor="Bench",
            programme=default_programme(),
            today=date(2025, 12, 10),
        )
    conn = sqlite3.connect(db.path)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(enrollee)") if r[1] != "seq"]
    first = conn.execute(f"SELECT {', '.join(cols)} FROM enrollee").fetchone()
    template = dict(zip(cols, first, strict=True))
    rows = []
    for n in range(2, ENROLLEES + 1):
        row = dict(template)
        row.update(id=f"bench-{n:06d}", nik=f"360407120390{n % 10000:04d}", receipt_seq=n)
        row["nama"] = f"WARGA {n}"
        rows.append(tuple(row[c] for c in cols))
    marks = ", ".join("?" for _ in cols)
    with conn:
        conn.execute("DROP INDEX ux_enrollee_active_nik")  # copies share NIKs mod 10 000
        conn.executemany(f"INSERT INTO enrollee ({', '.join(cols)}) VALUES ({marks})", rows)
        conn.executemany(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, field, old, new, detail)"
            " VALUES ('2025-12-10 01:00:00.000000', 'Bench', 'enrollee.update', 'enrollee', ?,"
            " 'alamat', 'KP. LAMA RT 001', 'KP. BARU RT 002', '')",
            [(f"bench-{i:06d}",) for i in range(ENROLLEES * AUDIT_PER_ENROLLEE)],
        )
    conn.close()


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def run(report: Callable[[str, float, str, str, bool], None]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = open_database(root / "data")
        _fill(db)
        stick = root / "stick"
        stick.mkdir()
        size_mb = db.path.stat().st_size / 1e6
        report("backup: ukuran basis data", round(size_mb, 1), "MB", "info", True)
        seconds = _timed(lambda: make_backup(db, "tutup", "Bench"))
        report("backup: cadangan lokal (saat menutup)", seconds, "s", "< 3 s", seconds < 3)
        locked: list[Path] = []
        seconds = _timed(lambda: locked.append(backup_to(db, stick, "Bench", PASSWORD)))
        report("backup: ke flashdisk, dikunci", seconds, "s", "< 10 s", seconds < 10)
        seconds = _timed(lambda: describe_backup(locked[0], PASSWORD))
        report("backup: baca isi cadangan", seconds, "s", "< 5 s", seconds < 5)
        seconds = _timed(lambda: restore_backup(db, locked[0], "Bench", PASSWORD))
        report("backup: pulihkan", seconds, "s", "< 15 s", seconds < 15)
        db.dispose()
