"""Writing and reading the kabupaten's own workbooks (master export, return files).

Same cell rules as village batches: every text field is a string cell with format `@` (never a
number, never a formula, whatever it starts with), dates are dates, numbers numbers.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from enrolment.batches.format import canonical

TEXT_FORMAT, DATE_FORMAT = "@", "DD-MM-YYYY"
_UNIT, _RECORD = "\x1f", "\x1e"


def rows_checksum(identity: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """SHA-256 over canonical strings, like the batch checksum (docs/batch-format.md)."""
    digest = hashlib.sha256((_UNIT.join(identity) + _RECORD).encode("utf-8"))
    for row in rows:
        digest.update((_UNIT.join(row) + _RECORD).encode("utf-8"))
    return digest.hexdigest()


def write_sheets(
    out: IO[bytes],
    sheets: Sequence[tuple[str, Sequence[str], Sequence[str], Sequence[Sequence[str]]]],
) -> None:
    """Writes sheets of (name, headers, kinds, canonical string rows). Kinds: text|date|int.

    As in the batch writer (enrolment/batches/writer.py): one styled cell per column, reused
    row after row (write-only mode serialises a row when it is appended), values assigned
    privately with their type, so a styled text cell costs no more than a bare value.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, headers, kinds, rows in sheets:
        ws: Any = wb.create_sheet(name)
        formats = [{"text": TEXT_FORMAT, "date": DATE_FORMAT}.get(k, "0") for k in kinds]
        for i, number_format in enumerate(formats, 1):
            dim = ws.column_dimensions[get_column_letter(i)]
            dim.width = 18
            dim.number_format = number_format
        ws.freeze_panes = "A2"
        header_cells = []
        for h in headers:
            cell = WriteOnlyCell(ws)
            cell._value, cell.data_type, cell.number_format = h, "s", TEXT_FORMAT
            cell.font = bold
            header_cells.append(cell)
        ws.append(header_cells)
        cells = []
        for column_no, number_format in enumerate(formats, 1):
            cell = WriteOnlyCell(ws)
            cell.number_format = number_format
            cell.column = column_no
            cells.append(cell)
        text_cell = WriteOnlyCell(ws)  # for a date or number that is not one: kept as text
        text_cell.number_format = TEXT_FORMAT

        def ready_cells(row: list[Any], row_idx: int) -> Any:
            for cell in row:
                cell.row = row_idx
                yield cell

        ws._values_to_row = ready_cells
        columns = list(zip(cells, kinds, strict=True))
        for row in rows:
            present = []
            for (cell, kind), value in zip(columns, row, strict=True):
                if value == "":
                    continue  # empty: the column's format applies
                if kind == "date":
                    try:
                        cell._value, cell.data_type = date.fromisoformat(value), "d"
                    except ValueError:
                        text_cell.column = cell.column
                        cell = text_cell
                        cell._value, cell.data_type = value, "s"
                elif kind == "int" and value.lstrip("-").isdigit():
                    cell._value, cell.data_type = int(value), "n"
                else:
                    # Private value + type "s": "=HYPERLINK(…)" stays literal text.
                    cell._value, cell.data_type = value, "s"
                present.append(cell)
            ws.append(present)
    wb.save(out)


def read_sheet(path: Path | bytes, name: str) -> list[list[Any]]:
    """Raw values of one sheet (python-calamine)."""
    from python_calamine import CalamineWorkbook

    wb = (
        CalamineWorkbook.from_filelike(io.BytesIO(path))
        if isinstance(path, bytes)
        else CalamineWorkbook.from_path(str(path))
    )
    rows: list[list[Any]] = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return rows


def canonical_rows(rows: Sequence[Sequence[Any]], kinds: Sequence[str]) -> list[list[str]]:
    from enrolment.batches.format import canonical_date

    width = len(kinds)
    out = []
    for values in rows:
        padded = [*values, *([None] * (width - len(values)))][:width]
        if all(canonical(v) == "" for v in padded):
            continue
        out.append(
            [
                canonical_date(v) if k == "date" else canonical(v)
                for v, k in zip(padded, kinds, strict=True)
            ]
        )
    return out
