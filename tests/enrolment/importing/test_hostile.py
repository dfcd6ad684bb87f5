"""Hostile or broken files: each gets a clear message, nothing is imported, memory stays low."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import func, select

import main
from enrolment.importing import reader
from enrolment.importing.header import HeaderNotFound
from enrolment.importing.reader import ImportFileError
from enrolment.importing.service import prepare
from enrolment.programme import Programme
from models.database import Database
from models.tables import Enrollee

from .conftest import HEADER, person_row


def _refused(path: Path, data_dir: Path, sheet: str | None = None) -> str:
    with pytest.raises((ImportFileError, HeaderNotFound)) as caught:
        prepare(path, sheet, data_dir)
    text = caught.value.message.render()  # type: ignore[union-attr]
    assert "Traceback" not in text
    return text


def _headless(installed_db: Database, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    code = main.main(["--data-dir", str(installed_db.data_dir), "import", str(path)])
    out = capsys.readouterr().out
    assert code != 0, out
    with installed_db.session() as s:
        assert s.exec(select(func.count()).select_from(Enrollee)).one() == 0
    return out


def test_not_a_workbook(tmp_path: Path, installed_db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "daftar.xlsx"
    csv.write_text("NIK;Nama\n3604071203900001;Budi\n", encoding="utf-8")
    html = tmp_path / "unduhan.xls"
    html.write_text("<html><table><tr><td>NIK</td></tr></table></html>", encoding="utf-8")
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    assert "bukan buku kerja" in _refused(csv, installed_db.data_dir)
    assert "bukan buku kerja" in _refused(html, installed_db.data_dir)
    assert "kosong" in _refused(empty, installed_db.data_dir)
    assert "bukan buku kerja" in _headless(installed_db, csv, capsys)


def test_missing_file(tmp_path: Path, installed_db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    assert "tidak dapat dibuka" in _headless(installed_db, tmp_path / "tidak-ada.xlsx", capsys)


def test_truncated_workbook(make_xlsx: Callable[..., Path], installed_db: Database) -> None:
    path = make_xlsx([HEADER, person_row("3604071203900001")])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "rusak" in _refused(path, installed_db.data_dir)


def test_password_protected(tmp_path: Path, installed_db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    # An encrypted .xlsx is an OLE compound file holding an "EncryptedPackage" stream.
    ole = tmp_path / "rahasia.xlsx"
    ole.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
    )
    assert "kata sandi" in _refused(ole, installed_db.data_dir)
    assert "kata sandi" in _headless(installed_db, ole, capsys)
    # A zip whose members are encrypted (flag bit 0) is refused the same way.
    zipped = tmp_path / "terkunci.xlsx"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(zipped.read_bytes())
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(sig)
        flag = at + (6 if sig == b"PK\x03\x04" else 8)
        data[flag] |= 1
    zipped.write_bytes(bytes(data))
    assert "kata sandi" in _refused(zipped, installed_db.data_dir)


def test_zip_bomb_refused_from_the_directory(tmp_path: Path, installed_db: Database) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    assert "bom zip" in _refused(bomb, installed_db.data_dir)


def test_zip_bomb_total_size(
    tmp_path: Path, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_UNCOMPRESSED_BYTES", 1000)
    bomb = tmp_path / "besar.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>" + " " * 2000)
    assert "bom zip" in _refused(bomb, installed_db.data_dir)


def test_file_too_big(
    make_xlsx: Callable[..., Path], installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_xlsx([HEADER, person_row("3604071203900001")])
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 100)
    assert "terlalu besar" in _refused(path, installed_db.data_dir)


def test_a_million_rows_refused_before_reading(
    tmp_path: Path,
    installed_db: Database,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(HEADER)
    ws.append(person_row("3604071203900001"))
    ws.cell(row=1_000_000, column=1, value="3604071203900002")
    path = tmp_path / "sejuta.xlsx"
    book.save(path)
    assert "baris" in _refused(path, installed_db.data_dir)
    assert "100.000" in _headless(installed_db, path, capsys)


def test_rows_out_of_order_still_counted(tmp_path: Path, installed_db: Database) -> None:
    """A hostile sheet lists row 1,000,000 first: the pre-scan still sees it."""
    path = tmp_path / "acak.xlsx"
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    workbook = (
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    with pytest.raises(ImportFileError) as caught:  # before calamine builds its grid
        reader._prescan_xlsx_sheet(path, "Data", None)
    assert "baris" in caught.value.message.render()


def test_far_column_refused_before_reading(tmp_path: Path, installed_db: Database) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(HEADER)
    for n in range(2, 2000):
        ws.cell(row=n, column=1, value="x")
    ws.cell(row=2, column=16000, value="jauh")
    path = tmp_path / "lebar.xlsx"
    book.save(path)
    assert "terlalu lebar" in _refused(path, installed_db.data_dir)


def test_formulas_refused(make_xlsx: Callable[..., Path], installed_db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    path = make_xlsx(
        [HEADER, person_row("3604071203900001"), person_row("=A2", nama='=CONCAT("A","B")')]
    )
    text = _refused(path, installed_db.data_dir)
    assert "rumus" in text and "A3" in text
    assert "rumus" in _headless(installed_db, path, capsys)


def test_empty_sheet(make_xlsx: Callable[..., Path], installed_db: Database) -> None:
    path = make_xlsx([])
    assert "kosong" in _refused(path, installed_db.data_dir)


def test_no_header(
    make_xlsx: Callable[..., Path],
    installed_db: Database,
    programme: Programme,
    today: date,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Headers no guess knows ("ID WARGA"): the first filled row is taken as the header, to be
    mapped by hand in the window; headless that is refused until a mapping was remembered."""
    from enrolment.importing.memory import remember_mapping
    from enrolment.importing.plan import IMPORT, ImportOptions
    from enrolment.importing.service import judge

    rows = [
        ["Daftar"],
        ["ID WARGA", "SEBUTAN", "KOTA KELAHIRAN", "TGL", "KELAMIN", "GOLONGAN"],
        ["3604071203900001", "Budi Santoso", "Serang", "12-03-1990", "L", "Ketua RT"],
    ]
    path = make_xlsx(rows)
    prepared = prepare(path, None, installed_db.data_dir)
    assert not prepared.guess.recognised and prepared.guess.row == 1
    assert prepared.guess.mapping[:2] == ["", ""] and prepared.guess.data_start == 2
    assert "judul kolom" in _headless(installed_db, path, capsys)
    mapping = ["nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "kategori"]
    remember_mapping(installed_db.data_dir, prepared.guess.signature, mapping)  # the window did
    again = prepare(path, None, installed_db.data_dir)
    assert again.remembered and again.guess.mapping == mapping
    plan = judge(
        installed_db, again, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    assert [r.verdict for r in plan.rows] == [IMPORT]
    assert "judul kolom" in _refused(make_xlsx([["Daftar"], [], ["satu"]]), installed_db.data_dir)


def test_hidden_sheets(make_xlsx: Callable[..., Path], installed_db: Database) -> None:
    rows = [HEADER, person_row("3604071203900001")]
    path = make_xlsx(rows, extra_sheets={"Rahasia": rows}, hidden=["Rahasia"])
    assert "disembunyikan" in _refused(path, installed_db.data_dir, sheet="Rahasia")
    assert "tidak ada" in _refused(path, installed_db.data_dir, sheet="Lain")
    prepared = prepare(path, None, installed_db.data_dir)  # the visible sheet is the default
    assert prepared.sheet.name == "Data"
    assert [s.name for s in prepared.info.sheets if not s.visible] == ["Rahasia"]
    only_hidden = make_xlsx([["x"]], sheet="Sampul", extra_sheets={"Isi": rows}, hidden=["Isi"])
    assert "disembunyikan" in _refused(only_hidden, installed_db.data_dir, sheet="Isi")
    cover = make_xlsx([[None]], sheet="Kosong", extra_sheets={"Isi": rows}, hidden=["Isi"])
    assert "lembar tersembunyi (Isi)" in _refused(cover, installed_db.data_dir)


def test_title_block_and_numbering_row(
    make_xlsx: Callable[..., Path],
    installed_db: Database,
    programme,
    today: date,  # type: ignore[no-untyped-def]
) -> None:
    from enrolment.importing.plan import HELD, ImportOptions
    from enrolment.importing.service import judge

    path = make_xlsx(
        [
            ["DAFTAR KETUA RT/RW DESA MEKAR JAYA"],
            ["KECAMATAN BOJONEGARA TAHUN 2025"],
            [],
            ["No", "No. KTP", "Nama Lengkap", "TTL", None, "JK", "RT/RW", "No HP", "Jabatan"],
            [None, None, None, "Tempat", "Tgl Lahir"],
            [1, 2, 3, 4, 5, 6, 7, 8, 9],
            [1, "'3604071203900001", "budi", "Serang", "12 Maret 1990", "Laki-laki", "1/2",
             "+62 812-3456-7890", "Ketua RT 001"],
            [2, "3604 0752 0385 0002", "Siti", "Serang", "12/03/1985", "P", "001/002", 8123456789,
             "Kader Posyandu Melati"],
            [],
            [None, None, "Mengetahui,"],
        ]
    )  # fmt: skip
    prepared = prepare(path, None, installed_db.data_dir)
    assert prepared.guess.row == 3
    assert prepared.guess.mapping[:6] == ["", "nik", "nama", "tempat_lahir", "tanggal_lahir",
                                          "jenis_kelamin"]  # fmt: skip
    assert prepared.guess.data_start == 6
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code="36.04.07.2011",
    )  # fmt: skip
    first, second = plan.rows[0], plan.rows[1]
    assert first.verdict != HELD, first.reason_text()
    assert (first.data.nik, first.data.rt, first.data.rw) == ("3604071203900001", "001", "002")
    assert first.data.no_hp == "081234567890" and first.data.kategori == "RT_RW"
    assert second.data.nik == "3604075203850002" and second.data.kategori == "POSYANDU"
    assert second.data.no_hp == "08123456789"
    # The "Mengetahui," footer is not a person: neither imported nor held, but counted.
    assert len(plan.rows) == 3 and plan.footer_rows == 1 and plan.rows[2].verdict == "footer"


def test_formatting_alone_does_not_count_as_used_area(
    tmp_path: Path, installed_db: Database
) -> None:
    """Sheets formatted far down and right are common and harmless; only values count."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(HEADER)
    ws.append(person_row("3604071203900001"))
    ws.cell(row=2, column=16000).font = Font(bold=True)
    ws.cell(row=1_000_000, column=1).font = Font(bold=True)
    path = tmp_path / "berformat.xlsx"
    book.save(path)
    prepared = prepare(path, None, installed_db.data_dir)
    assert prepared.sheet.width <= len(HEADER) + 1
