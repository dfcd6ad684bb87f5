"""Where the header is: guessed, or said by the operator (a title the guess took for one)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import main
from enrolment.importing.header import IGNORE, HeaderNotFound, guess_header
from enrolment.importing.service import prepare, with_header_row
from models.database import Database

TITLE = ["DAFTAR KADER DESA MEKAR JAYA", "TAHUN 2025"]
UNKNOWN = ["ID WARGA", "SEBUTAN", "KOTA", "TGL", "KELAMIN", "GOLONGAN"]
PERSON = ["3604071203900001", "Budi Santoso", "Serang", "12-03-1990", "L", "Ketua RT"]


def test_with_nothing_recognised_the_widest_row_is_the_header() -> None:
    guess = guess_header([TITLE, [], UNKNOWN, PERSON], 6)
    assert (guess.row, guess.data_start, guess.recognised) == (2, 3, False)
    assert guess.headers == UNKNOWN and guess.mapping[:2] == [IGNORE, IGNORE]


def test_the_operator_says_which_row_is_the_header(
    make_xlsx: Callable[..., Path], installed_db: Database
) -> None:
    headers = ["No KTP", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"]
    path = make_xlsx([["Daftar"], ["No", "Nama"], headers, PERSON])
    prepared = prepare(path, None, installed_db.data_dir)
    chosen = with_header_row(prepared, 2, installed_db.data_dir)
    assert chosen.sheet is prepared.sheet  # not read again
    assert (chosen.guess.row, chosen.guess.data_start) == (2, 3)
    assert chosen.guess.mapping[:2] == ["nik", "nama"]
    with pytest.raises(HeaderNotFound):
        guess_header([TITLE, [], PERSON], 6, at=1)  # an empty row is no header


def test_headless_header_row(
    make_xlsx: Callable[..., Path], installed_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"]
    path = make_xlsx([headers, ["catatan: kolom di bawah"], headers, PERSON])
    installed_db.dispose()
    args = ["--data-dir", str(installed_db.data_dir), "import", str(path), "--header-row", "3"]
    assert main.main(args) == 0
    out = capsys.readouterr().out
    assert "judul kolom di baris 3" in out and "Diimpor: 1 peserta baru" in out


def test_a_persons_row_is_never_taken_for_the_header() -> None:
    from datetime import date

    rows = [
        ["DAFTAR GURU NGAJI"],
        ["Identitas", None, "Kelahiran", None, "Kel."],  # merged headings: few cells
        ["3604071203900001", "JAJANG NURJAMAN", "Serang", date(1990, 3, 12), "L"],
    ]
    assert guess_header(rows, 5).row == 1
    with pytest.raises(HeaderNotFound, match="Baris 9 kosong atau di luar lembar"):
        guess_header(rows, 5, at=8)
    with pytest.raises(HeaderNotFound, match="Baris 3 berisi data peserta"):
        guess_header(rows, 5, at=2)  # chosen by hand: that person would be lost
