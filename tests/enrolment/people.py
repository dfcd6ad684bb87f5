"""Test helper: saving many distinct, valid enrollees through the real register."""

from __future__ import annotations

import string
from datetime import date

from enrolment.programme import Programme
from enrolment.register import save_enrollee
from enrolment.validation import EnrolleeInput
from models.database import Database

TODAY = date(2025, 12, 10)
CONFIRM = ("PROBABLE_DUPLICATE", "QUOTA_EXCEEDED")


def letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = string.ascii_uppercase[r] + out
    return out


def person(n: int, day: int = 12) -> EnrolleeInput:
    """The n-th test person (n from 1 to 9999): NIK of Bojonegara, born `day`-03-1990."""
    return EnrolleeInput(
        nik=f"360407{day:02d}0390{n:04d}",
        nama=f"Warga {letters(n + day * 10000)}",
        tempat_lahir="Serang",
        tanggal_lahir=date(1990, 3, day),
        jenis_kelamin="L",
        kategori="RT_RW",
    )


def add_people(
    db: Database, programme: Programme, numbers: range, actor: str = "Operator Uji"
) -> None:
    for n in numbers:
        with db.session() as session:
            out = save_enrollee(
                session, person(n), actor=actor, programme=programme, today=TODAY, confirmed=CONFIRM
            )
        assert out.saved, (n, out.errors, out.unconfirmed)
