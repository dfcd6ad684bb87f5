"""Register contents for batch tests, inserted directly (the register's rules are tested
elsewhere; a batch must carry whatever the register holds, hostile names included)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from enrolment import audit
from models.database import Database
from models.tables import Enrollee

# A copy of ../shared/samples kept in the repo, so the tests never depend on that folder.
SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "importing"
# The hostile and awkward names of the shared samples (kept here too, so the tests do not
# depend on the samples folder being present).
HOSTILE = [
    '=HYPERLINK("http://contoh.invalid","klik")',
    "@SUM(1+1)",
    "+6281234",
    "-ALI-",
    "MA'RUF",
    "NUR'AINI  ",
    "  siti   aminah",
]
GROUPS = ["BPD", "RT_RW", "POSYANDU", "GURU_NGAJI", "POKTAN", "NELAYAN", "USAHA", "BALAWISTA"]


def sample_names() -> list[str]:
    names = list(HOSTILE)
    expect = SAMPLES / "village-list-clean.expect.json"
    names += [row["nama"] for row in json.loads(expect.read_text(encoding="utf-8"))][:10]
    return names


def make_enrollee(i: int, *, nama: str | None = None, status: str = "ready") -> Enrollee:
    stamp = audit.now()
    day, month, year = 1 + i % 28, 1 + i % 12, 60 + i % 40
    return Enrollee(
        id=str(uuid.uuid4()),
        # Papua (94…) NIKs are above 2^53: a number would silently lose digits.
        nik=f"{'3604' if i % 5 else '9471'}07{day:02d}{month:02d}{year:02d}{i + 1:04d}",
        nama=nama if nama is not None else f"PESERTA {i:05d}",
        tempat_lahir="SERANG",
        tanggal_lahir=date(1900 + year, month, day),
        jenis_kelamin="L",
        alamat="KP. MEKAR JAYA",
        rt=f"{1 + i % 9:03d}",
        rw="002",
        no_hp="081234567890" if i % 2 else "",
        kategori=GROUPS[i % len(GROUPS)],
        jabatan="=1+1" if i == 3 else "",
        status=status,
        enrolled_on=date(2025, 12, 1),
        coverage_start="2026-01",
        coverage_end="2026-12",
        programme_id="serang-perbup-59-2025",
        programme_version=1,
        receipt_year=2025,
        receipt_seq=i + 1,
        created_at=stamp,
        created_by="Uji",
        updated_at=stamp,
        updated_by="Uji",
    )


AddFn = Callable[..., list[Enrollee]]


@pytest.fixture
def add_enrollees(installed_db: Database) -> AddFn:
    counter = {"next": 0}

    def add(n: int = 0, *, names: list[str] | None = None, status: str = "ready") -> list[Enrollee]:
        names = names or [None] * n  # type: ignore[list-item]
        made = []
        with installed_db.session() as session:
            for nama in names:
                e = make_enrollee(counter["next"], nama=nama, status=status)
                counter["next"] += 1
                session.add(e)
                made.append(e)
            session.commit()
        return made

    return add
