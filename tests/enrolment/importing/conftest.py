"""Helpers to build small workbooks the way villages (and attackers) make them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "importing"

HEADER = ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Alamat", "RT", "RW", "Kategori"]


def person_row(nik: str, nama: str = "BUDI SANTOSO", **kw: Any) -> list[Any]:
    values = {
        "tempat": "Serang",
        "tanggal": "12-03-1990",
        "jk": "L",
        "alamat": "KP. TEGAL",
        "rt": "1",
        "rw": "2",
        "kategori": "Ketua RT",
    }
    values.update(kw)
    return [nik, nama, *values.values()]


def write_xlsx(
    path: Path,
    rows: Iterable[Sequence[Any]],
    *,
    sheet: str = "Data",
    extra_sheets: dict[str, Iterable[Sequence[Any]]] | None = None,
    hidden: Iterable[str] = (),
) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for name, extra in (extra_sheets or {}).items():
        other = book.create_sheet(name)
        for row in extra:
            other.append(list(row))
    for name in hidden:
        book[name].sheet_state = "hidden"
    book.save(path)
    return path


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    counter = iter(range(1000))

    def make(rows: Iterable[Sequence[Any]], name: str | None = None, **kw: Any) -> Path:
        return write_xlsx(tmp_path / (name or f"daftar-{next(counter)}.xlsx"), rows, **kw)

    return make
