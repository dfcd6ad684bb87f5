"""Opening a workbook safely and reading one sheet into rows of cell values.

Before python-calamine sees a file, cheap checks refuse what would hurt: not a workbook at
all (a CSV or a web page renamed .xls), password protection, a zip bomb (sizes taken from
the zip directory, never by inflating), and a sheet with too many rows, too many cells or
formulas (in every format: .ods and .xls through `formulas`). calamine builds a dense grid
from the first to the last used cell, so the used area is what memory depends on, and it is
checked before the grid is built for .xlsx.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast
from xml.etree import ElementTree
from xml.parsers import expat

from enrolment.importing.formulas import BiffEncrypted, find_ods_formula, find_xls_formula
from enrolment.importing.values import Cell
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg, os_reason

CTX = "Import"
log = logging.getLogger("jaring")

# Limits. A village list has hundreds of rows; the whole kabupaten about 21,000.
MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # all zip members together
MAX_RATIO = 150  # uncompressed / compressed for a member above RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELLS = 3_000_000

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class ImportFileError(UserError, ValueError):
    """The workbook cannot be imported at all; `message` says why and what to do."""


def _refuse(text: str, **params: object) -> ImportFileError:
    return ImportFileError(msg(CTX, text, **params))


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool


@dataclass(frozen=True)
class WorkbookInfo:
    path: Path
    kind: str  # "xlsx" | "xls" | "ods"
    sheets: tuple[SheetInfo, ...]

    @property
    def visible_sheets(self) -> list[str]:
        return [s.name for s in self.sheets if s.visible]

    def sheet(self, name: str) -> SheetInfo | None:
        return next((s for s in self.sheets if s.name == name), None)


@dataclass
class SheetData:
    """The cells of one sheet from A1 on (row index 0 = Excel row 1)."""

    name: str
    rows: list[list[Cell]]
    width: int


def inspect_workbook(path: Path) -> WorkbookInfo:
    """Checks the file and lists its sheets; raises ImportFileError with the reason."""
    kind = _check_container(path)
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise _password_protected() from exc
    except Exception as exc:  # calamine's errors carry no stable type per cause
        raise _broken(path, exc) from exc
    try:
        sheets = tuple(
            SheetInfo(meta.name, meta.visible == python_calamine.SheetVisibleEnum.Visible)
            for meta in book.sheets_metadata
            if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
        )
    finally:
        book.close()
    if not sheets:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "Buku kerja ini tidak berisi lembar data."))
    return WorkbookInfo(path, kind, sheets)


def read_sheet(
    info: WorkbookInfo, sheet_name: str, check: Callable[[], None] | None = None
) -> SheetData:
    """Reads one visible sheet. Refuses hidden, empty, oversized and formula sheets."""
    sheet_info = info.sheet(sheet_name)
    if sheet_info is None:
        raise _refuse(
            QT_TRANSLATE_NOOP("Import", "Lembar '{sheet}' tidak ada. Lembar yang ada: {sheets}."),
            sheet=sheet_name,
            sheets=", ".join(info.visible_sheets) or "-",
        )
    if not sheet_info.visible:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import",
                "Lembar '{sheet}' disembunyikan di Excel. Jaring tidak mengimpor lembar "
                "tersembunyi: tampilkan dulu (Unhide) bila memang isinya yang dimaksud.",
            ),
            sheet=sheet_name,
        )
    if info.kind == "xlsx":
        _prescan_xlsx_sheet(info.path, sheet_name, check)
    else:
        _refuse_formulas(info, sheet_name, check)
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(info.path))
        try:
            sheet = book.get_sheet_by_name(sheet_name)
            height, width = sheet.height, sheet.width
            _check_size(sheet_name, height, width)
            rows = cast(list[list[Cell]], sheet.to_python(skip_empty_area=False))
        finally:
            book.close()
    except ImportFileError:
        raise
    except python_calamine.PasswordError as exc:
        raise _password_protected() from exc
    except Exception as exc:
        raise _broken(info.path, exc) from exc
    if not any(any(v is not None and v != "" for v in row) for row in rows):
        hidden = [s.name for s in info.sheets if not s.visible]
        if hidden:  # the list may be there: say so rather than leave her looking
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Lembar '{sheet}' kosong. Buku kerja ini punya lembar tersembunyi ({hidden}): "
                    "bila daftarnya di sana, di Excel klik kanan nama lembar > Tampilkan, "
                    "simpan, lalu impor lagi.",
                ),
                sheet=sheet_name,
                hidden=", ".join(hidden),
            )
        raise _refuse(
            QT_TRANSLATE_NOOP("Import", "Lembar '{sheet}' kosong: tidak ada yang diimpor."),
            sheet=sheet_name,
        )
    width = max((len(r) for r in rows), default=0)
    return SheetData(sheet_name, rows, width)


def _check_size(sheet_name: str, height: int, width: int) -> None:
    if height > MAX_ROWS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import",
                "Lembar '{sheet}' berisi {rows} baris; Jaring mengimpor paling banyak {limit} "
                "baris sekaligus. Bagi daftarnya menjadi beberapa berkas.",
            ),
            sheet=sheet_name,
            rows=f"{height:,}".replace(",", "."),
            limit=f"{MAX_ROWS:,}".replace(",", "."),
        )
    if height * width > MAX_CELLS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import",
                "Lembar '{sheet}' terlalu lebar ({rows} baris x {cols} kolom). Hapus kolom dan "
                "baris kosong yang terformat di ujung lembar, simpan, lalu impor lagi.",
            ),
            sheet=sheet_name,
            rows=height,
            cols=width,
        )


def _password_protected() -> ImportFileError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > "
            "Info > Lindungi Buku Kerja), simpan, lalu impor lagi.",
        )
    )


def _not_a_workbook(path: Path) -> ImportFileError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "Berkas {name} bukan buku kerja Excel atau ODS (mungkin CSV atau halaman web yang "
            "diberi nama .xls). Buka di Excel, pilih Simpan Sebagai > Buku Kerja Excel "
            "(.xlsx), lalu impor berkas itu.",
        ),
        name=path.name,
    )


def _broken(path: Path, exc: BaseException) -> ImportFileError:
    # The reader's own words are English and technical ("invalid Zip archive: Could not find
    # EOCD"): they go to the log for whoever helps, not into the secretary's message.
    log.info("buku kerja %s tidak terbaca: %s", path.name, str(exc)[:300])
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "Buku kerja {name} rusak atau tidak dapat dibaca. Buka di Excel, simpan ulang "
            "sebagai .xlsx, lalu impor lagi.",
        ),
        name=path.name,
    )


def _zip_bomb(path: Path) -> ImportFileError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "Berkas {name} akan membengkak jauh melebihi ukurannya bila dibuka (bom zip atau "
            "berkas rusak). Berkas ini tidak dibuka.",
        ),
        name=path.name,
    )


def _check_container(path: Path) -> str:
    """The kind of workbook, after refusing what must not reach a reader."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Import", "Berkas {name} tidak dapat dibuka: {error}"),
            name=path.name,
            error=os_reason(exc),
        ) from exc
    if size == 0:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "Berkas {name} kosong (0 bita)."), name=path.name)
    if size > MAX_FILE_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import",
                "Berkas {name} terlalu besar ({size} MB; paling besar {limit} MB) untuk daftar "
                "peserta desa.",
            ),
            name=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if head.startswith(_OLE):
        return _check_ole(path)
    if head.startswith(_ZIP):
        return _check_zip(path)
    raise _not_a_workbook(path)


def _check_ole(path: Path) -> str:
    """An OLE compound file: an old .xls, or an encrypted .xlsx (EncryptedPackage stream)."""
    data = path.read_bytes()  # bounded by MAX_FILE_BYTES
    if _ENCRYPTED_PACKAGE in data:
        raise _password_protected()
    return "xls"


def _check_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if any(m.flag_bits & 0x1 for m in members):
                raise _password_protected()
            total = 0
            for member in members:
                total += member.file_size
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                    raise _zip_bomb(path)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise _zip_bomb(path)
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "content.xml" in names:
                manifest = (
                    archive.read("META-INF/manifest.xml")
                    if "META-INF/manifest.xml" in names
                    else b""
                )
                if b"encryption-data" in manifest:
                    raise _password_protected()
                return "ods"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError) as exc:
        raise _broken(path, exc) from exc
    raise _not_a_workbook(path)


# --- .xlsx pre-scan ------------------------------------------------------------------------

_CHUNK = 1 << 20
_OVERLAP = 512
_CELL_REF = re.compile(rb'<c r="([A-Z]+)(\d+)"')
# Cells past column Z or below row 99,999: rare in a village list, so this literal-led pattern
# costs little, and it finds them wherever they are (rows out of order included).
_FAR_REF = re.compile(rb'<c r="(?:([A-Z]{2,})(\d+)|([A-Z])(\d{6,}))"')
_HAS_VALUE = re.compile(rb"[^>]*(?<!/)>\s*<[vfi]")
_VALUE_END = (b"</v>", b"</is>")


def _col_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def _sheet_part(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip member of a sheet, from workbook.xml and its relationships."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG_REL}Relationship")}
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        if sheet.get("name") == sheet_name:
            target = targets.get(sheet.get(f"{_NS_REL}id"), "")
            if target.startswith("/"):
                return target.lstrip("/")
            return "xl/" + target if target else None
    return None


def _prescan_xlsx_sheet(path: Path, sheet_name: str, check: Callable[[], None] | None) -> None:
    """Streams the sheet XML once: formulas, and the used area, before calamine reads it.

    Only cells with a value count towards the used area: sheets formatted down to row
    1,048,576 are common and harmless. Rows are in ascending order in the XML, so the last
    value in each chunk gives the highest row so far; columns past Z are rare and checked
    with a pattern that only matches two-letter (or longer) references.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet_name)
            if part is None or part not in archive.namelist():
                return  # let calamine decide
            max_row, max_col = 0, 0
            tail = b""
            with archive.open(part) as stream:
                while True:
                    if check:
                        check()
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    data = tail + chunk
                    formula = _find_formula(data)
                    if formula is not None:
                        raise _formula(sheet_name, formula)
                    max_row = max(max_row, _last_value_row(data))
                    for far in _FAR_REF.finditer(data):
                        if _HAS_VALUE.match(data, far.end()):  # formatted-only cells are free
                            letters = far.group(1) or far.group(3)
                            max_col = max(max_col, _col_number(letters))
                            max_row = max(max_row, int(far.group(2) or far.group(4)))
                    tail = data[-_OVERLAP:]
            if max_row and max_col < 26:
                max_col = 26
            _check_size(sheet_name, max_row, max(max_col, 1))
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, OSError, KeyError, ElementTree.ParseError) as exc:
        raise _broken(path, exc) from exc


def _find_formula(data: bytes) -> str | None:
    for marker in (b"<f>", b"<f "):
        at = data.find(marker)
        if at >= 0:
            start = data.rfind(b'<c r="', 0, at)
            ref = _CELL_REF.match(data, start) if start >= 0 else None
            return (ref.group(1) + ref.group(2)).decode("ascii") if ref else "?"
    return None


def _last_value_row(data: bytes) -> int:
    end = max(data.rfind(marker) for marker in _VALUE_END)
    if end < 0:
        return 0
    start = data.rfind(b'<c r="', 0, end)
    ref = _CELL_REF.match(data, start) if start >= 0 else None
    return int(ref.group(2)) if ref else 0


def _refuse_formulas(info: WorkbookInfo, sheet_name: str, check: Callable[[], None] | None) -> None:
    """Formulas in an .ods or .xls sheet; its size is left to calamine's own count."""
    try:
        if info.kind == "ods":
            with zipfile.ZipFile(info.path) as archive, archive.open("content.xml") as content:
                cell = find_ods_formula(content, sheet_name, check)
        else:
            cell = find_xls_formula(info.path, sheet_name, check)
    except BiffEncrypted as exc:
        raise _password_protected() from exc
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, expat.ExpatError) as exc:
        raise _broken(info.path, exc) from exc
    if cell is not None:
        raise _formula(sheet_name, cell)


def _formula(sheet_name: str, cell: str) -> ImportFileError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "Lembar '{sheet}' berisi rumus (formula), mis. di sel {cell}. Hasil rumus bisa "
            "berubah atau salah, jadi tidak diimpor. Di Excel: blok semua sel, Salin, lalu "
            "Tempel Spesial > Nilai; simpan, lalu impor lagi.",
        ),
        sheet=sheet_name,
        cell=cell,
    )
