"""Finding formulas in .ods and .xls workbooks before python-calamine reads them.

calamine returns a formula's last computed value as if it had been typed, so a list whose
numbering or ages come from formulas would be imported with values that can change or be
stale. The .xlsx pre-scan in `reader` looks for `<f>`; these do the same for the other two
formats, one sheet at a time, without building the workbook in memory:

- .ods: the sheets are `table:table` elements of content.xml; a formula is a cell's
  `table:formula` attribute. The XML is streamed through expat (no tree is kept).
- .xls: the Workbook stream of the OLE compound file is a list of BIFF records (2-byte type,
  2-byte length, data). BOUNDSHEET records in the globals give each sheet's name and the
  offset of its own records, where a FORMULA record (0x0006) starts with the cell's row and
  column.

Each function returns the cell of the first formula (`C5`), or None. Structural problems
are left to calamine, which says the file is broken in its own words.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO
from xml.parsers import expat

Check = Callable[[], None]

_CHUNK = 1 << 20


def cell_name(row: int, column: int) -> str:
    """`cell_name(4, 2)` → `C5` (both from 0)."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


# --- .ods ----------------------------------------------------------------------------------

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_TABLE = _TABLE_NS + "table"
_ROW = _TABLE_NS + "table-row"
_CELLS = (_TABLE_NS + "table-cell", _TABLE_NS + "covered-table-cell")
_NAME = _TABLE_NS + "name"
_FORMULA = _TABLE_NS + "formula"
_ROWS_REPEATED = _TABLE_NS + "number-rows-repeated"
_COLUMNS_REPEATED = _TABLE_NS + "number-columns-repeated"


def _repeated(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 1


class _OdsScan:
    """expat handlers that follow rows and columns of one sheet until a formula shows up."""

    def __init__(self, sheet_name: str) -> None:
        self.sheet_name = sheet_name
        self.in_sheet = False
        self.sheet_done = False
        self.row = 0  # index of the current row; repeated rows count as many
        self.row_repeat = 1
        self.column = 0
        self.found: str | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self.found or self.sheet_done:
            return
        if tag == _TABLE:
            self.in_sheet = attrs.get(_NAME) == self.sheet_name
            self.row = 0
        elif not self.in_sheet:
            return
        elif tag == _ROW:
            self.column = 0
            self.row_repeat = _repeated(attrs.get(_ROWS_REPEATED))
        elif tag in _CELLS:
            if _FORMULA in attrs:
                self.found = cell_name(self.row, self.column)
            self.column += _repeated(attrs.get(_COLUMNS_REPEATED))

    def end(self, tag: str) -> None:
        if not self.in_sheet:
            return
        if tag == _ROW:
            self.row += self.row_repeat
        elif tag == _TABLE:
            self.sheet_done = True  # the chosen sheet was read whole: the rest is not needed


def find_ods_formula(content: IO[bytes], sheet_name: str, check: Check | None = None) -> str | None:
    """The first formula cell of a sheet, from the content.xml stream of an .ods file."""
    scan = _OdsScan(sheet_name)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    while scan.found is None and not scan.sheet_done:
        if check:
            check()
        chunk = content.read(_CHUNK)
        if not chunk:
            break
        parser.Parse(chunk, False)
    return scan.found


# --- .xls ----------------------------------------------------------------------------------

_BOF = 0x0809
_EOF = 0x000A
_BOUNDSHEET = 0x0085
_FILEPASS = 0x002F
_FORMULA_RECORD = 0x0006
_BIFF8 = 0x0600
_CHECK_EVERY = 1 << 16  # records


class BiffEncrypted(ValueError):
    """The Workbook stream is encrypted (a password to open): its records cannot be read."""


def find_xls_formula(path: Path, sheet_name: str, check: Check | None = None) -> str | None:
    """The first formula cell of a sheet of an Excel 97-2003 (or 5.0/95) workbook.

    Raises BiffEncrypted for a workbook with a password to open; OSError or ValueError when
    the compound file cannot be read.
    """
    import olefile

    with path.open("rb") as handle:
        header = handle.read(512)
    # olefile only logs a sector size other than 512 or 4096, then reads sectors of that size:
    # a damaged or hostile header would have it allocate up to 2**65535 bytes.
    if len(header) < 512 or struct.unpack_from("<HH", header, 0x1E) not in ((9, 6), (12, 6)):
        raise OSError("compound file header with an impossible sector size")
    with olefile.OleFileIO(str(path)) as ole:
        for stream in ("Workbook", "Book"):  # BIFF8, then Excel 5.0/95
            if ole.get_type(stream) == olefile.STGTY_STREAM:
                # A FAT that loops lets a stream declare more than the file holds: olefile
                # would read the same sectors over and over, up to 4 GB.
                if ole.get_size(stream) > path.stat().st_size:
                    raise OSError(f"the {stream} stream is larger than the file")
                data = ole.openstream(stream).read()
                break
        else:
            return None  # not a workbook: calamine says so
    return find_biff_formula(data, sheet_name, check)


def _records(data: bytes, start: int, check: Check | None) -> Iterator[tuple[int, int, int]]:
    """(offset, type, length) of each record from `start` to the end of the data."""
    at, end, count = start, len(data), 0
    while at + 4 <= end:
        kind, length = struct.unpack_from("<HH", data, at)
        if at + 4 + length > end:
            return
        yield at, kind, length
        at += 4 + length
        count += 1
        if check and count % _CHECK_EVERY == 0:
            check()


def _sheet_name(record: bytes, biff8: bool) -> str:
    """The name in a BOUNDSHEET record: offset (4), state (1), type (1), then the name."""
    if not biff8:  # one length byte, then the name in the workbook's code page
        return record[7 : 7 + record[6]].decode("cp1252", "replace")
    length, flags = record[6], record[7]
    if flags & 0x01:  # UTF-16LE, else "compressed" (the high bytes are zero): Latin-1
        return record[8 : 8 + 2 * length].decode("utf-16-le", "replace")
    return record[8 : 8 + length].decode("latin-1")


def find_biff_formula(data: bytes, sheet_name: str, check: Check | None = None) -> str | None:
    """The first FORMULA record of a sheet in a Workbook stream, as a cell name.

    The globals (from the first BOF to its EOF) list the sheets; the chosen sheet's records
    run from the BOF at its offset to the matching EOF (a chart inside a sheet has its own
    BOF/EOF pair). When the sheet cannot be found by name, every sheet is searched: a
    formula anywhere is reported rather than missed.
    """
    records = _records(data, 0, check)
    first = next(records, None)
    if first is None or first[1] != _BOF or first[2] < 2:
        return None  # not BIFF5/8: calamine decides
    biff8 = struct.unpack_from("<H", data, 4)[0] == _BIFF8
    offsets: dict[str, int] = {}
    globals_end = len(data)
    for at, kind, length in records:
        if kind == _FILEPASS:
            raise BiffEncrypted
        if kind == _BOUNDSHEET and length >= 8:
            record = data[at + 4 : at + 4 + length]
            offsets.setdefault(_sheet_name(record, biff8), struct.unpack_from("<I", record)[0])
        elif kind == _EOF:
            globals_end = at + 4
            break
    start = offsets.get(sheet_name)
    if start is None or start + 4 > len(data) or struct.unpack_from("<H", data, start)[0] != _BOF:
        return _first_formula(data, globals_end, check, whole_sheet=False)
    return _first_formula(data, start, check, whole_sheet=True)


def _first_formula(
    data: bytes, start: int, check: Check | None, *, whole_sheet: bool
) -> str | None:
    depth = 0
    for at, kind, length in _records(data, start, check):
        if kind == _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if whole_sheet and depth <= 0:
                return None
        elif kind == _FORMULA_RECORD and length >= 4:
            row, column = struct.unpack_from("<HH", data, at + 4)
            return cell_name(row, column)
    return None
