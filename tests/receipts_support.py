"""Helpers shared by the receipt tests: enrolling people into a test register."""

from __future__ import annotations

from datetime import date

from enrolment.programme import Programme
from enrolment.register import save_enrollee
from enrolment.validation import EnrolleeInput
from models.database import Database
from models.tables import Enrollee

TODAY = date(2025, 12, 10)


def enrol(db: Database, programme: Programme, **overrides: object) -> Enrollee:
    values: dict[str, object] = dict(
        nik="3604071203900001",
        nama="Budi Santoso",
        tempat_lahir="Serang",
        tanggal_lahir=date(1990, 3, 12),
        jenis_kelamin="L",
        kategori="RT_RW",
        alamat="Kp. Mekar Sari",
        rt="001",
        rw="002",
    )
    values.update(overrides)
    with db.session() as s:
        out = save_enrollee(
            s,
            EnrolleeInput(**values),  # type: ignore[arg-type]
            actor="Operator Uji",
            programme=programme,
            today=TODAY,
            confirmed=("PROBABLE_DUPLICATE", "QUOTA_EXCEEDED", "NIK_OUTSIDE_KABUPATEN"),
        )
    assert out.saved and out.enrollee is not None, out
    return out.enrollee


def enrol_many(db: Database, programme: Programme, count: int) -> list[Enrollee]:
    people = []
    for i in range(count):
        day = 1 + i % 28
        people.append(
            enrol(
                db,
                programme,
                nik=f"360407{day:02d}0390{i + 1:04d}",
                nama=f"Peserta {_letters(i)}",
                tanggal_lahir=date(1990, 3, day),
            )
        )
    return people


def _letters(i: int) -> str:
    """0 → A, 25 → Z, 26 → BA: names may not contain digits."""
    text = ""
    while True:
        text = chr(ord("A") + i % 26) + text
        i //= 26
        if i == 0:
            return text
