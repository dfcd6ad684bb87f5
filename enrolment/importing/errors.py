"""The error workbook: the rows held back, with their original columns and the reason.

The secretary corrects it in Excel and imports it again, so it starts with the header row
(the title block is left out) and keeps every value as text: a NIK stays 16 characters, a
name like `=HYPERLINK(...)` stays literal text instead of becoming a formula.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from enrolment.importing.plan import ImportPlan
from enrolment.importing.values import cell_text
from enrolment.safe_files import write_whole

REASON_HEADER = "Alasan ditahan"
# Appended to a NIK Excel may have damaged, so the row cannot be imported again unchecked.
CHECK_MARK = " (cocokkan dengan KTP)"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def error_workbook_name(source: Path, when: datetime) -> str:
    """`daftar-rt-ditahan-20251210-0930.xlsx`: valid on FAT32 and Windows."""
    stem = _UNSAFE.sub("_", source.stem).strip(" .") or "impor"
    return f"{stem[:80]}-ditahan-{when:%Y%m%d-%H%M%S}.xlsx"


def free_path(path: Path) -> Path:
    """`path`, or `name-2.xlsx`, `name-3.xlsx`… when a file of that name is there already (two
    imports in the same second must not overwrite each other's held-back rows)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def write_error_workbook(plan: ImportPlan, target: Path) -> Path:
    """Writes the held-back rows to `target` (whole or not at all)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    held = plan.held
    width = len(plan.headers)
    nik_column = plan.mapping.index("nik") if "nik" in plan.mapping else -1

    def write(tmp: Path) -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Ditahan")

        def text_cell(value: str) -> WriteOnlyCell:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # literal text even when it starts with = + - @
            cell.number_format = "@"
            return cell

        sheet.append([text_cell(h) for h in [*plan.headers, REASON_HEADER]])
        for row in held:
            values = [cell_text(v) for v in row.source[:width]]
            values += [""] * (width - len(values))
            if row.nik_damaged and nik_column >= 0:
                values[nik_column] += CHECK_MARK
            sheet.append([text_cell(v) for v in [*values, row.reason_text()]])
        book.save(tmp)

    def verify(tmp: Path) -> None:
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(str(tmp))
        try:
            rows = book.get_sheet_by_name("Ditahan").to_python()
        finally:
            book.close()
        if len(rows) != len(held) + 1:
            raise OSError(f"berkas {target.name} tidak tertulis utuh")

    return write_whole(target, write, verify)
