"""Formulas in .ods and .xls lists are refused like in .xlsx: a clear message, nothing imported.

The fixture village-list-formula.xls was written once with xlwt 1.3.0 (not a dependency):
sheet "Data" numbers its rows with `xlwt.Formula("A4+1")` from A5 on (the usual running
number), sheet "Tanpa Rumus" holds the same list with typed numbers.
"""

from __future__ import annotations

import shutil
import struct
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlmodel import func, select

import main
from enrolment.importing.formulas import (
    BiffEncrypted,
    cell_name,
    find_biff_formula,
    find_ods_formula,
    find_xls_formula,
)
from enrolment.importing.reader import ImportFileError
from enrolment.importing.service import prepare
from models.database import Database
from models.tables import Enrollee

FIXTURES = Path(__file__).parents[2] / "fixtures" / "importing"
FORMULA_XLS = FIXTURES / "village-list-formula.xls"
OLD_XLS = FIXTURES / "village-list-old-excel.xls"

HEADER = ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "L/P", "Kategori"]
PERSON = ["3604071203900001", "Budi", "Serang", "12-03-1990", "L", "Kader"]

# --- building small workbooks --------------------------------------------------------------

OdsCell = str | tuple[str, str]  # text, or (formula, its cached text)


def _ods_cell(value: OdsCell) -> str:
    if isinstance(value, tuple):
        formula, shown = value
        return (
            f'<table:table-cell table:formula="{escape(formula)}" office:value-type="string" '
            f'office:string-value="{escape(shown)}"><text:p>{escape(shown)}</text:p>'
            "</table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
        "</table:table-cell>"
    )


def make_ods(path: Path, sheets: dict[str, list[list[OdsCell]]], extra_rows: str = "") -> Path:
    """An .ods as LibreOffice writes it, reduced to what calamine needs."""
    tables = "".join(
        f'<table:table table:name="{escape(name)}">'
        + extra_rows
        + "".join(
            "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
            for row in rows
        )
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    _write_ods(path, content)
    return path


def _write_ods(path: Path, content: str) -> None:
    ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{ns}" '
        'manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def _record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(version: int = 0x0600, sheet_type: int = 0x0010) -> bytes:
    return _record(0x0809, struct.pack("<HH", version, sheet_type) + b"\0" * 12)


def _boundsheet(offset: int, name: str, *, wide: bool = False) -> bytes:
    encoded = name.encode("utf-16-le" if wide else "latin-1")
    return _record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), int(wide)) + encoded)


def _formula(row: int, column: int) -> bytes:
    return _record(0x0006, struct.pack("<HHH", row, column, 15) + b"\0" * 14)


def _label(row: int, column: int) -> bytes:
    return _record(0x0204, struct.pack("<HHHH", row, column, 15, 1) + b"x")


EOF = _record(0x000A)


def biff_stream(
    sheets: dict[str, list[bytes]], *, wide: bool = False, globals_: bytes = b""
) -> bytes:
    """A Workbook stream: globals listing the sheets, then each sheet's records."""
    bodies = [_bof() + b"".join(records) + EOF for records in sheets.values()]
    # The offsets depend on the globals' own length, which does not depend on the offsets.
    head_length = len(_bof() + globals_ + EOF) + sum(
        len(_boundsheet(0, name, wide=wide)) for name in sheets
    )
    offsets, at = [], head_length
    for body in bodies:
        offsets.append(at)
        at += len(body)
    listing = b"".join(
        _boundsheet(offset, name, wide=wide) for offset, name in zip(offsets, sheets, strict=True)
    )
    return _bof(sheet_type=0x0005) + globals_ + listing + EOF + b"".join(bodies)


def _refused(path: Path, data_dir: Path, sheet: str | None = None) -> str:
    with pytest.raises(ImportFileError) as caught:
        prepare(path, sheet, data_dir)
    return caught.value.message.render()


def _headless_refused(
    installed_db: Database, path: Path, capsys: pytest.CaptureFixture[str]
) -> str:
    capsys.readouterr()
    code = main.main(["--data-dir", str(installed_db.data_dir), "import", str(path)])
    out = capsys.readouterr().out
    assert code != 0, out
    with installed_db.session() as s:
        assert s.exec(select(func.count()).select_from(Enrollee)).one() == 0
    return out


# --- the scanners --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "column", "name"),
    [(0, 0, "A1"), (4, 2, "C5"), (9, 25, "Z10"), (0, 26, "AA1"), (0, 701, "ZZ1"), (0, 702, "AAA1")],
)
def test_cell_name(row: int, column: int, name: str) -> None:
    assert cell_name(row, column) == name


def test_biff_formula_found_in_the_chosen_sheet_only() -> None:
    stream = biff_stream({"Data": [_label(0, 0), _label(1, 0)], "Rekap": [_formula(6, 3)]})
    assert find_biff_formula(stream, "Data") is None
    assert find_biff_formula(stream, "Rekap") == "D7"


def test_biff_formula_after_an_embedded_chart() -> None:
    """A chart inside a sheet has its own BOF/EOF; the sheet goes on after it."""
    chart = _bof(sheet_type=0x0020) + _record(0x1002, b"\0" * 16) + EOF
    stream = biff_stream({"Data": [_label(0, 0), chart, _formula(3, 0)], "Lain": []})
    assert find_biff_formula(stream, "Data") == "A4"


def test_biff_sheet_names_in_utf16() -> None:
    stream = biff_stream({"Daftar Ibu-ibu": [], "Kader Posyandu ✓": [_formula(1, 1)]}, wide=True)
    assert find_biff_formula(stream, "Kader Posyandu ✓") == "B2"
    assert find_biff_formula(stream, "Daftar Ibu-ibu") is None


def test_biff_unknown_sheet_searches_every_sheet() -> None:
    stream = biff_stream({"Data": [_label(0, 0)], "Rekap": [_formula(2, 2)]})
    assert find_biff_formula(stream, "Nama Lain") == "C3"


def test_biff_encrypted_workbook() -> None:
    stream = biff_stream({"Data": [_formula(2, 2)]}, globals_=_record(0x002F, b"\1\0" + b"\0" * 52))
    with pytest.raises(BiffEncrypted):
        find_biff_formula(stream, "Data")


@pytest.mark.parametrize(
    "stream",
    [b"", b"\x09\x08", _label(0, 0) + _formula(1, 1), _bof()[:-3], _bof() + b"\x06\x00\xff\xff"],
)
def test_biff_not_a_workbook_or_truncated_is_left_to_calamine(stream: bytes) -> None:
    assert find_biff_formula(stream, "Data") is None


def test_biff_truncated_inside_the_sheet() -> None:
    stream = biff_stream({"Data": [_label(0, 0), _formula(1, 1)]})
    assert find_biff_formula(stream[:-30], "Data") is None  # the formula record is cut
    assert find_biff_formula(stream[:-4], "Data") == "B2"  # only the EOF is missing


def test_ods_formula_cell_counts_repeated_rows_and_columns(tmp_path: Path) -> None:
    repeated = (
        '<table:table-row table:number-rows-repeated="3"><table:table-cell '
        'table:number-columns-repeated="5"/></table:table-row>'
    )
    path = make_ods(
        tmp_path / "a.ods",
        {
            "Sampul": [["judul"]],
            "Data": [["NIK", "Nama", "No"], ["3604071203900001", "Budi", ("of:=[.C4]+1", "2")]],
        },
        extra_rows=repeated,
    )
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        assert find_ods_formula(content, "Data") == "C5"
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        assert find_ods_formula(content, "Sampul") is None


def test_ods_stops_after_the_chosen_sheet(tmp_path: Path) -> None:
    path = make_ods(tmp_path / "b.ods", {"Data": [["x"]], "Rekap": [[("of:=1+1", "2")]]})
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        assert find_ods_formula(content, "Data") is None
    checks = []
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        assert find_ods_formula(content, "Rekap", lambda: checks.append(1)) == "A1"
    assert checks  # cancellable while it reads


# --- through the import --------------------------------------------------------------------


def test_ods_with_formulas_refused(
    tmp_path: Path, installed_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_ods(
        tmp_path / "daftar.ods",
        {"Data": [HEADER, PERSON, [("of:=[.A2]", "3604071203900001"), *PERSON[1:]]]},
    )
    text = _refused(path, installed_db.data_dir)
    assert "rumus" in text and "'Data'" in text and "A3" in text
    assert "rumus" in _headless_refused(installed_db, path, capsys)


def test_ods_formula_in_another_sheet_does_not_stop_this_one(
    tmp_path: Path, installed_db: Database
) -> None:
    path = make_ods(
        tmp_path / "dua.ods",
        {"Data": [HEADER, PERSON], "Rekap": [["Jumlah", ("of:=COUNTA([.Data.A2:A100])", "1")]]},
    )
    assert prepare(path, None, installed_db.data_dir).sheet.name == "Data"
    assert "B1" in _refused(path, installed_db.data_dir, sheet="Rekap")


def test_ods_with_broken_xml_is_refused_calmly(tmp_path: Path, installed_db: Database) -> None:
    """calamine lists the sheet; the scan then meets XML that is not well-formed."""
    path = make_ods(tmp_path / "rusak.ods", {"Data": [HEADER, PERSON]}, extra_rows="<x &y; />")
    assert "rusak" in _refused(path, installed_db.data_dir)


def test_xls_with_formulas_refused(
    tmp_path: Path, installed_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / FORMULA_XLS.name
    shutil.copyfile(FORMULA_XLS, source)
    text = _refused(source, installed_db.data_dir)
    assert "rumus" in text and "'Data'" in text and "A5" in text
    assert "rumus" in _headless_refused(installed_db, source, capsys)
    # The same list typed without formulas, in the same workbook, is read.
    prepared = prepare(source, "Tanpa Rumus", installed_db.data_dir)
    assert prepared.info.kind == "xls"
    assert [row[0] for row in prepared.sheet.rows[3:]] == [1, 2, 3]


def test_xls_without_formulas_still_read(tmp_path: Path, installed_db: Database) -> None:
    prepared = prepare(OLD_XLS, None, installed_db.data_dir)
    assert prepared.sheet.name == "Data RT RW" and len(prepared.sheet.rows) == 7


def test_encrypted_xls_refused_as_password_protected(
    tmp_path: Path, installed_db: Database
) -> None:
    """The CODEPAGE record of the globals turned into FILEPASS: a workbook with a password."""
    data = bytearray(OLD_XLS.read_bytes())
    codepage = data.find(struct.pack("<HHH", 0x0042, 2, 1200))  # xlwt writes UTF-16 (1200)
    assert codepage > 0
    data[codepage : codepage + 2] = struct.pack("<H", 0x002F)
    path = tmp_path / "berkunci.xls"
    path.write_bytes(bytes(data))
    assert "kata sandi" in _refused(path, installed_db.data_dir)


def test_xls_with_an_impossible_sector_size_refused_before_olefile_reads_it(
    tmp_path: Path, installed_db: Database
) -> None:
    """olefile would read sectors of 2**60 bytes (MemoryError) from this damaged header."""
    data = bytearray(OLD_XLS.read_bytes())
    data[0x1E:0x20] = struct.pack("<H", 60)
    path = tmp_path / "rusak.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(OSError, match="sector size"):
        find_xls_formula(path, "Data RT RW")
    assert "rusak" in _refused(path, installed_db.data_dir)


def test_xls_stream_larger_than_the_file_is_not_read(tmp_path: Path) -> None:
    """A looping FAT lets a stream declare up to 4 GB: olefile would read it all."""
    data = bytearray(OLD_XLS.read_bytes())
    entry = data.find("Workbook".encode("utf-16-le"))
    assert entry > 0
    data[entry + 0x78 : entry + 0x7C] = struct.pack("<I", len(data) + 1)
    path = tmp_path / "besar.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(OSError, match="larger than the file"):
        find_xls_formula(path, "Data RT RW")
