"""The import in three steps, shared by the dialog and `main.py import`.

    prepared = prepare(path, sheet, data_dir)       # checks, reads, finds the header
    plan = judge(db, prepared, mapping, options, …)  # a verdict per row, nothing written
    outcome = execute(db, prepared, plan, …)         # one transaction + error workbook

Each step may run in a background thread and takes `check` (raises to cancel) and
`progress(done, total)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from enrolment import audit
from enrolment.importing.errors import (
    error_headers,
    error_mapping,
    error_workbook_name,
    free_path,
    write_error_workbook,
)
from enrolment.importing.header import HeaderGuess, guess_header, layout_signature
from enrolment.importing.memory import recall_mapping, remember_mapping
from enrolment.importing.plan import ImportOptions, ImportPlan, build_plan
from enrolment.importing.reader import (
    ImportFileError,
    SheetData,
    WorkbookInfo,
    inspect_workbook,
    read_sheet,
)
from enrolment.importing.writer import WriteResult, write_plan
from enrolment.messages import QT_TRANSLATE_NOOP, msg
from enrolment.programme import Programme
from models.database import Database

CTX = "Import"
ERROR_DIRNAME = "impor"
Check = Callable[[], None]
Progress = Callable[[int, int], None]


@dataclass
class Prepared:
    info: WorkbookInfo
    sheet: SheetData
    guess: HeaderGuess
    remembered: bool  # the mapping came from an earlier import of this layout


@dataclass
class ImportOutcome:
    plan: ImportPlan
    result: WriteResult
    error_workbook: Path | None


def default_sheet(info: WorkbookInfo) -> str:
    visible = info.visible_sheets
    if not visible:
        raise ImportFileError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Semua lembar di buku kerja ini disembunyikan. Tampilkan (Unhide) lembar "
                    "daftarnya di Excel, simpan, lalu impor lagi.",
                ),
            )
        )
    return visible[0]


def prepare(
    path: Path,
    sheet_name: str | None,
    data_dir: Path,
    *,
    info: WorkbookInfo | None = None,
    check: Check | None = None,
    header_row: int | None = None,
) -> Prepared:
    """Checks the workbook, reads one sheet and guesses (or recalls) the column mapping.
    `header_row` (0-based) is the operator's choice of header row instead of the guess."""
    info = info or inspect_workbook(path)
    sheet = read_sheet(info, sheet_name or default_sheet(info), check)
    return _with_guess(info, sheet, data_dir, header_row)


def with_header_row(prepared: Prepared, header_row: int, data_dir: Path) -> Prepared:
    """The same sheet with the operator's choice of header row (0-based), not read again."""
    return _with_guess(prepared.info, prepared.sheet, data_dir, header_row)


def _with_guess(
    info: WorkbookInfo, sheet: SheetData, data_dir: Path, header_row: int | None
) -> Prepared:
    guess = guess_header(sheet.rows, sheet.width, header_row)
    recalled = recall_mapping(data_dir, guess.signature, len(guess.mapping))
    if recalled is not None:
        guess.mapping = recalled
    return Prepared(info, sheet, guess, recalled is not None)


def judge(
    db: Database,
    prepared: Prepared,
    *,
    mapping: list[str] | None = None,
    options: ImportOptions,
    programme: Programme,
    today: date,
    desa_code: str | None,
    check: Check | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """A verdict for every row under `mapping` (default: the guessed one)."""
    guess = prepared.guess
    with db.session() as session:
        return build_plan(
            session,
            sheet=prepared.sheet.name,
            rows=prepared.sheet.rows,
            headers=guess.headers,
            mapping=list(mapping if mapping is not None else guess.mapping),
            data_start=guess.data_start,
            programme=programme,
            today=today,
            desa_code=desa_code,
            options=options,
            progress=progress,
            check=check,
        )


def execute(
    db: Database,
    prepared: Prepared,
    plan: ImportPlan,
    *,
    actor: str,
    programme: Programme,
    today: date,
    check: Check | None = None,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Writes the accepted rows in one transaction, then the error workbook of held rows."""
    with db.session() as session:
        result = write_plan(
            session,
            plan,
            actor=actor,
            programme=programme,
            today=today,
            source_name=prepared.info.path.name,
            check=check,
            progress=progress,
        )
    remember_mapping(db.data_dir, prepared.guess.signature, plan.mapping)
    error_path = None
    if plan.held:
        error_path = _write_errors(db, prepared.info.path, plan, actor)
    return ImportOutcome(plan, result, error_path)


def _write_errors(db: Database, source: Path, plan: ImportPlan, actor: str) -> Path:
    """Next to the source file (where the secretary looks), else in the data folder."""
    name = error_workbook_name(source, datetime.now())
    try:
        path = write_error_workbook(plan, free_path(source.parent / name))
    except OSError:
        path = write_error_workbook(plan, free_path(db.data_dir / ERROR_DIRNAME / name))
    # Imported again after correcting, it is read as this list was (a hand-made mapping, a
    # two-row header whose joined titles no guess would recognise).
    remember_mapping(db.data_dir, layout_signature(error_headers(plan)), error_mapping(plan))
    with db.session() as session:  # the file holds personal data: log it like an export
        audit.record(
            session,
            actor,
            "export.import_errors",
            entity="file",
            detail=f"{path} ({len(plan.held)} baris ditahan)",
        )
        session.commit()
    return path
