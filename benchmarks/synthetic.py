"""Synthetic registers for benchmarks: valid-looking people, inserted in bulk with sqlite3."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import uuid
from pathlib import Path

FIRST = ["SITI", "AHMAD", "NUR", "DEDE", "ENENG", "ASEP", "UJANG", "IIS", "RINA", "BUDI", "YAYAT", "OMAN",
         "ENDANG", "TATI", "AAN", "DEDI", "ROHMAH", "MUHAMAD", "SRI", "EUIS", "JAJANG", "NENG", "HERI", "LILIS"]  # fmt: skip
LAST = ["AMINAH", "SANTOSO", "HIDAYAT", "SOPIAN", "NURHAYATI", "SUPRIATNA", "ROHIMAH", "MULYANA", "SUHENDI",
        "KURNIASIH", "SAEPUDIN", "MARYAM", "FAUZI", "HASANAH", "RAHMAT", "SETIAWAN", "JUBAEDAH", "WAHYUDI"]  # fmt: skip
GROUPS = ["BPD", "RT_RW", "POSYANDU", "GURU_NGAJI", "POKTAN", "NELAYAN", "USAHA", "BALAWISTA"]
CACHE = Path(tempfile.gettempdir()) / "jaring-bench"


def person(i: int, rng: random.Random, seen: set[str]) -> tuple[object, ...]:
    while True:
        woman = rng.random() < 0.5
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1962, 2005)
        nik = f"3604{rng.randint(5, 35):02d}{day + (40 if woman else 0):02d}{month:02d}{year % 100:02d}{rng.randint(1, 9999):04d}"
        if nik not in seen:
            seen.add(nik)
            break
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    stamp = "2025-12-10 03:00:00.000000"
    return (
        str(uuid.UUID(int=rng.getrandbits(128))), nik, name, "SERANG", f"{year}-{month:02d}-{day:02d}",
        "P" if woman else "L", "KP. CIBEBER", f"{rng.randint(1, 20):03d}", f"{rng.randint(1, 9):03d}",
        f"0812{rng.randint(10**6, 10**7 - 1)}", rng.choice(GROUPS), "", "", None, "", "", "ready", "[]",
        "2025-12-10", "2026-01", "2026-12", "serang-perbup-59-2025", 1, 2025, i + 1, None, None, "", "",
        None, "", "", "", stamp, "bench", stamp, "bench",
    )  # fmt: skip


def make_register(count: int) -> Path:
    """A data folder with a set-up desa and `count` enrollees (cached between runs)."""
    from enrolment.installation import SetupAnswers, setup_desa
    from models.database import open_database

    data_dir = CACHE / f"register-{count}"
    if (data_dir / "done").exists():
        _ensure_admin(data_dir)
        return data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    for old in data_dir.glob("jaring.sqlite*"):
        old.unlink()
    db = open_database(data_dir)
    with db.session() as session:
        setup_desa(session, SetupAnswers(desa_code="36.04.07.2011", operator_name="Bench"))
    db.dispose()
    rng = random.Random(count)
    seen: set[str] = set()
    conn = sqlite3.connect(data_dir / "jaring.sqlite")
    cols = (
        "id, nik, nama, tempat_lahir, tanggal_lahir, jenis_kelamin, alamat, rt, rw, no_hp, kategori, jabatan, "
        "dok_nomor, dok_tanggal, nama_ibu, catatan, status, confirmed_warnings, enrolled_on, coverage_start, "
        "coverage_end, programme_id, programme_version, receipt_year, receipt_seq, last_batch_no, removed_at, "
        "removed_by, removed_reason, withdrawal_batch_no, return_status, return_reason, kpj, created_at, "
        "created_by, updated_at, updated_by"
    )
    marks = ", ".join("?" * len(cols.split(",")))
    with conn:
        conn.executemany(
            f"INSERT INTO enrollee ({cols}) VALUES ({marks})",
            (person(i, rng, seen) for i in range(count)),
        )
    conn.close()
    _ensure_admin(data_dir)
    (data_dir / "done").write_text("ok")
    return data_dir


BENCH_ADMIN = "bench"


def _ensure_admin(data_dir: Path) -> None:
    """The first admin, made once with the register (hashing a password is not start-up)."""
    from enrolment.accounts import create_first_admin
    from enrolment.permissions import has_accounts
    from models.database import open_database

    db = open_database(data_dir)
    try:
        with db.session() as session:
            if not has_accounts(session):
                create_first_admin(session, BENCH_ADMIN, "Bench", BENCH_PASSWORD)
    finally:
        db.dispose()


BENCH_PASSWORD = "rahasia-bench-1"
# Pasted into a child process that opens the real window: a stand-in for the person at the
# keyboard. It waits for the real login dialog, prints when it appeared ("login"), types the
# user name and password `typing_ms` later and presses Enter ("accept"). Call
# `_type_login(typing_ms)` before the window opens the data.
USER_LOGIN = (
    f"\nADMIN, PASSWORD = {BENCH_ADMIN!r}, {BENCH_PASSWORD!r}\n"
    + r"""
def _type_login(typing_ms):
    import time as _time
    from PySide6.QtCore import QTimer as _QTimer
    from PySide6.QtWidgets import QApplication as _QApplication
    def _watch():
        dialog = _QApplication.activeModalWidget()
        if dialog is None or type(dialog).__name__ != "LoginDialog":
            _QTimer.singleShot(2, _watch)
            return
        print("login", _time.time(), flush=True)
        def _enter():
            dialog.username.setText(ADMIN)
            dialog.password.setText(PASSWORD)
            print("accept", _time.time(), flush=True)
            dialog.try_login()
        _QTimer.singleShot(typing_ms, _enter)
    _QTimer.singleShot(0, _watch)
"""
)
