"""A small kabupaten for the screens: two villages' batches on a stick and a kabupaten DB."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from enrolment.installation import setup_kabupaten
from enrolment.programme import default_programme
from models.database import Database, open_database
from tests.enrolment.kabupaten.regency import Person, _export, _insert, _open_village, _template

VILLAGES = ("36.04.07.2011", "36.04.05.2001")  # Mekar Jaya, Kramatwatu


def person(desa: str, n: int, nik: str | None = None) -> Person:
    born = date(1980, 1, 1 + n)
    return Person(
        str(uuid.uuid4()),
        desa,
        nik or f"360407{born:%d%m%y}{n + 1:04d}",
        f"WARGA {n}",
        born,
        "BPD",
    )


def build_stick(root: Path, *, probable: bool = False) -> Path:
    """Each village: three people of its own and WARGA 9 with the same NIK (a same-NIK
    conflict). With `probable`, also SITI AMINAH in both, same birth date, another NIK."""
    programme = default_programme()
    template = _template(root / "t")
    folder = root / "FLASHDISK"
    shared = person("", 9)
    for i, code in enumerate(VILLAGES):
        db = _open_village(template, root / f"v{i}", code)
        people = [person(code, n + 10 * i) for n in range(3)]
        people.append(
            Person(
                str(uuid.uuid4()),
                code,
                shared.nik,
                shared.nama,
                shared.born,
                "BPD" if i == 0 else "RT_RW",
            )
        )
        if probable:
            born = date(1975, 5, 17)
            nik = f"360407{born:%d%m%y}{51 + i:04d}"
            people.append(Person(str(uuid.uuid4()), code, nik, "SITI AMINAH", born, "BPD"))
        _insert(db, people, 1)
        _export(db, programme, folder)
        db.dispose()
    return folder


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = build_stick(tmp_path)
    (folder / "rusak.xlsx").write_text("bukan batch", encoding="utf-8")
    return folder


@pytest.fixture
def kab(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "kab")
    with db.session() as session:
        setup_kabupaten(session, "36.04", "Operator Kabupaten")
    yield db
    db.dispose()
