"""The error workbook: the rows held back, with their original columns and the reason.

The secretary corrects it in Excel and imports it again, so it starts with the header row
(the title block is left out) and keeps every value as text: a NIK stays 16 characters, a
name like `=HYPERLINK(...)` stays literal text instead of becoming a formula. Imported again
and held again, it is replaced by a new one with the new reasons, not with a second reason
column beside the old one (`error_columns`), and its name does not grow.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from enrolment.importing.header import IGNORE
from enrolment.importing.plan import ImportPlan, RowPlan
from enrolment.importing.values import CHECK_MARK, cell_text
from enrolment.safe_files import write_whole

REASON_HEADER = "Alasan ditahan"
ROW_HEADER = "Baris asal"  # the row number in the list first imported, to find it there
GROUP_HEADER = "Kelompok"  # added when the group did not come from a column of the list
_ADDED = (ROW_HEADER, REASON_HEADER)  # replaced, not repeated, when imported again
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


_HELD_SUFFIX = re.compile(r"-ditahan-\d{8}-\d{6}(?:-\d+)?$")


def error_workbook_name(source: Path, when: datetime) -> str:
    """`daftar-rt-ditahan-20251210-093000.xlsx`: valid on FAT32 and Windows. A held-back
    workbook imported again keeps its list's name: `daftar-rt-ditahan-<new time>.xlsx`."""
    stem = _HELD_SUFFIX.sub("", source.stem)
    stem = _UNSAFE.sub("_", stem).strip(" .") or "impor"
    return f"{stem[:80]}-ditahan-{when:%Y%m%d-%H%M%S}.xlsx"


def error_columns(plan: ImportPlan) -> list[int]:
    """The sheet columns the error workbook copies: all but the ones it adds itself."""
    return [i for i, h in enumerate(plan.headers) if h.strip() not in _ADDED]


def _adds_group(plan: ImportPlan) -> bool:
    """The group came from elsewhere than a Kelompok column (the dialog's default, the
    register, a Jabatan column): the workbook writes it down, so that a corrected row comes
    back in the same group."""
    return "kategori" not in plan.mapping


def error_headers(plan: ImportPlan) -> list[str]:
    """The header row of the error workbook."""
    group = [GROUP_HEADER] if _adds_group(plan) else []
    return [*(plan.headers[i] for i in error_columns(plan)), *group, ROW_HEADER, REASON_HEADER]


def error_mapping(plan: ImportPlan) -> list[str]:
    """The mapping that reads the error workbook back as the plan read the list."""
    group = ["kategori"] if _adds_group(plan) else []
    return [*(plan.mapping[i] for i in error_columns(plan)), *group, IGNORE, IGNORE]


def _source_row(plan: ImportPlan, row: RowPlan) -> str:
    """The row's number in the list first imported (kept through every round)."""
    if ROW_HEADER in plan.headers:
        index = plan.headers.index(ROW_HEADER)
        if index < len(row.source) and cell_text(row.source[index]).strip():
            return cell_text(row.source[index]).strip()
    return str(row.row)


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
    columns = error_columns(plan)
    mapping = error_mapping(plan)
    nik_column = mapping.index("nik") if "nik" in mapping else -1

    def write(tmp: Path) -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Ditahan")

        def text_cell(value: str) -> WriteOnlyCell:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # literal text even when it starts with = + - @
            cell.number_format = "@"
            return cell

        sheet.append([text_cell(h) for h in error_headers(plan)])
        for row in held:
            source = row.source
            values = [cell_text(source[i]) if i < len(source) else "" for i in columns]
            if _adds_group(plan):
                values.append(plan.group_names.get(row.data.kategori, row.data.kategori))
            values.append(_source_row(plan, row))
            if row.nik_damaged and nik_column >= 0 and not values[nik_column].endswith(CHECK_MARK):
                values[nik_column] += CHECK_MARK  # once, however often it comes back
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
