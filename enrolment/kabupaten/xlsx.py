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
    """Writes sheets of (name, headers, kinds, canonical string rows). Kinds: text|date|int."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, headers, kinds, rows in sheets:
        ws: Any = wb.create_sheet(name)
        for i, kind in enumerate(kinds, 1):
            dim = ws.column_dimensions[get_column_letter(i)]
            dim.width = 18
            dim.number_format = {"text": TEXT_FORMAT, "date": DATE_FORMAT}.get(kind, "0")
        ws.freeze_panes = "A2"
        header_cells = []
        for h in headers:
            cell = WriteOnlyCell(ws)
            cell._value, cell.data_type, cell.number_format = h, "s", TEXT_FORMAT
            cell.font = bold
            header_cells.append(cell)
        ws.append(header_cells)
        for row in rows:
            cells = []
            for value, kind in zip(row, kinds, strict=True):
                cell = WriteOnlyCell(ws)
                if value == "":
                    cell.number_format = TEXT_FORMAT if kind == "text" else "General"
                elif kind == "date":
                    try:
                        cell.value = date.fromisoformat(value)
                        cell.number_format = DATE_FORMAT
                    except ValueError:
                        cell._value, cell.data_type, cell.number_format = value, "s", TEXT_FORMAT
                elif kind == "int" and value.lstrip("-").isdigit():
                    cell.value = int(value)
                else:
                    # Private value + type "s": "=HYPERLINK(…)" stays literal text.
                    cell._value, cell.data_type, cell.number_format = value, "s", TEXT_FORMAT
                cells.append(cell)
            ws.append(cells)
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
