"""Writes tests/fixtures/schema-v<N>.sqlite: a small database of the current schema.

Run once per released schema (before the next migration is added) and commit the file:
    .venv/bin/python scripts/make_schema_fixture.py
The upgrade and restore tests then run from every fixture, for good.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from enrolment.installation import SetupAnswers, setup_desa  # noqa: E402
from enrolment.programme import default_programme  # noqa: E402
from enrolment.register import remove_enrollee, save_enrollee  # noqa: E402
from enrolment.validation import EnrolleeInput  # noqa: E402
from models.database import open_database  # noqa: E402
from models.migrations import LATEST_VERSION  # noqa: E402


def main() -> int:
    target = ROOT / "tests" / "fixtures" / f"schema-v{LATEST_VERSION}.sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp))
        with db.session() as session:
            setup_desa(session, SetupAnswers(desa_code="36.04.07.2011", operator_name="Fixture"))
        programme = default_programme()
        ids = []
        for n, (name, sex) in enumerate([("Budi Santoso", "L"), ("Siti Aminah", "P")], start=1):
            with db.session() as session:
                out = save_enrollee(
                    session,
                    EnrolleeInput(
                        nik=f"360407{12 + (40 if sex == 'P' else 0)}0390000{n}",
                        nama=name,
                        tempat_lahir="Serang",
                        tanggal_lahir=date(1990, 3, 12),
                        jenis_kelamin=sex,
                        kategori="RT_RW",
                        rt="001",
                        rw="002",
                    ),
                    actor="Fixture",
                    programme=programme,
                    today=date(2025, 12, 10),
                )
            assert out.saved and out.enrollee is not None, out.errors
            ids.append(out.enrollee.id)
        with db.session() as session:
            remove_enrollee(session, ids[1], reason="Pindah domisili", actor="Fixture")
        db.dispose()
        conn = sqlite3.connect(db.path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
        conn.close()
        target.write_bytes(db.path.read_bytes())
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
