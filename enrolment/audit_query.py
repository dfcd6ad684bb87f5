"""Reading the audit log: filtered pages for the browser, and export of a filtered view.

The log only grows (triggers refuse UPDATE and DELETE), so paging by offset over `seq` is
stable while the browser is open, apart from new entries arriving at the top.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from enrolment import audit
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.safe_files import write_whole
from models.database import Database
from models.tables import AuditEntry

CTX = "AuditLog"
ACTION_EXPORT = "audit.export"
EXPORT_CHUNK = 2000
# Column titles of the export, in order (Indonesian: the file is read at the kabupaten).
EXPORT_HEADERS = (
    "Waktu",
    "Operator",
    "Tindakan",
    "Objek",
    "ID objek",
    "Kolom",
    "Nilai lama",
    "Nilai baru",
    "Keterangan",
)


class AuditExportError(UserError):
    """The export could not be written or checked; `message` says why."""


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show. Empty strings and None mean "any"."""

    action: str = ""  # an exact action, or a family ending in "." ("backup.")
    actor: str = ""
    start: datetime | None = None  # inclusive, timezone-aware
    end: datetime | None = None  # exclusive, timezone-aware
    text: str = ""  # substring of the object id, field, old/new value or detail

    def describe(self) -> str:
        """A one-line summary, written into the audit entry of an export."""
        parts = []
        if self.action:
            parts.append(f"tindakan={self.action}")
        if self.actor:
            parts.append(f"operator={self.actor}")
        if self.start:
            parts.append(f"dari={self.start.isoformat()}")
        if self.end:
            parts.append(f"sampai={self.end.isoformat()}")
        if self.text:
            parts.append(f"teks={self.text}")
        return ", ".join(parts) or "semua"


def day_range(
    first: date | None, last: date | None, zone: tzinfo | None = None
) -> tuple[datetime | None, datetime | None]:
    """The [start, end) instants covering whole local days `first`..`last` (both inclusive)."""
    zone = zone or datetime.now().astimezone().tzinfo or UTC
    start = datetime.combine(first, time(), tzinfo=zone) if first else None
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=zone) if last else None
    return start, end


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.action.endswith("."):
        where.append(col(AuditEntry.action).startswith(flt.action, autoescape=True))
    elif flt.action:
        where.append(col(AuditEntry.action) == flt.action)
    if flt.actor:
        where.append(col(AuditEntry.actor) == flt.actor)
    if flt.start is not None:
        where.append(col(AuditEntry.at) >= flt.start.astimezone(UTC))
    if flt.end is not None:
        where.append(col(AuditEntry.at) < flt.end.astimezone(UTC))
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        where.append(
            or_(
                *(
                    column.like(pattern, escape="\\")
                    for column in (
                        col(AuditEntry.entity_id),
                        col(AuditEntry.field),
                        col(AuditEntry.old),
                        col(AuditEntry.new),
                        col(AuditEntry.detail),
                        col(AuditEntry.actor),
                        col(AuditEntry.action),
                    )
                )
            )
        )
    return where


def last_seq(session: Session) -> int:
    """The newest entry's number: pass it as `upto_seq` to page over a fixed view."""
    return int(session.exec(select(func.max(AuditEntry.seq))).one() or 0)


def _upto(flt: AuditFilter, upto_seq: int | None) -> list[ColumnElement[bool]]:
    where = _conditions(flt)
    if upto_seq is not None:
        where.append(col(AuditEntry.seq) <= upto_seq)
    return where


def count_entries(session: Session, flt: AuditFilter, upto_seq: int | None = None) -> int:
    query = select(func.count()).select_from(AuditEntry).where(*_upto(flt, upto_seq))
    return int(session.exec(query).one())


def fetch_entries(
    session: Session, flt: AuditFilter, offset: int, limit: int, upto_seq: int | None = None
) -> list[AuditEntry]:
    """One page of matching entries, newest first. With `upto_seq` (from `last_seq`), entries
    logged meanwhile do not shift the pages."""
    query = (
        select(AuditEntry)
        .where(*_upto(flt, upto_seq))
        .order_by(col(AuditEntry.seq).desc())
        .offset(offset)
        .limit(limit)
    )
    return list(session.exec(query).all())


def distinct_actions(session: Session) -> list[str]:
    return list(session.exec(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def distinct_actors(session: Session) -> list[str]:
    return list(session.exec(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))


def local_time_text(at: datetime) -> str:
    """An entry's time on this PC's clock, with its UTC offset so it is never ambiguous."""
    local = at.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}"


def export_row(entry: AuditEntry) -> tuple[str, ...]:
    return (
        local_time_text(entry.at),
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.field,
        entry.old or "",
        entry.new or "",
        entry.detail,
    )


def _iter_rows(db: Database, flt: AuditFilter, upto_seq: int) -> Iterator[AuditEntry]:
    """Matching entries with seq <= upto_seq, newest first, a chunk per short session (keyset
    paging: entries logged meanwhile neither shift nor join the export)."""
    before = upto_seq + 1
    while True:
        with db.session() as session:
            query = (
                select(AuditEntry)
                .where(*_conditions(flt), col(AuditEntry.seq) < before)
                .order_by(col(AuditEntry.seq).desc())
                .limit(EXPORT_CHUNK)
            )
            page = list(session.exec(query).all())
        yield from page
        if len(page) < EXPORT_CHUNK:
            return
        before = page[-1].seq or 0


def export_audit(
    db: Database,
    flt: AuditFilter,
    target: Path,
    actor: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> int:
    """Writes the matching entries to an .xlsx file (all cells text) and logs the export.

    Returns the number of entries written. `progress(done, total)` and `check()` (which may
    raise to cancel) are called between rows, for the background-task helper.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    with db.session() as session:
        upto_seq = last_seq(session)
        total = count_entries(session, flt, upto_seq)
    written = 0

    def write(tmp: Path) -> None:
        nonlocal written
        book = Workbook(write_only=True)
        sheet: Any = book.create_sheet("Log audit")
        sheet.append([_text_cell(WriteOnlyCell, sheet, h) for h in EXPORT_HEADERS])
        try:
            for entry in _iter_rows(db, flt, upto_seq):
                sheet.append([_text_cell(WriteOnlyCell, sheet, v) for v in export_row(entry)])
                written += 1
                if written % 200 == 0:
                    if check is not None:
                        check()
                    if progress is not None:
                        progress(min(written, total), total)
        except BaseException:
            sheet.close()  # ends openpyxl's row writer; the temporary file is then removed
            raise
        book.save(tmp)

    def verify(tmp: Path) -> None:
        from python_calamine import CalamineWorkbook

        try:
            rows = CalamineWorkbook.from_path(str(tmp)).get_sheet_by_index(0).to_python()
        except Exception as exc:  # calamine raises its own error types for unreadable files
            raise AuditExportError(
                msg(CTX, QT_TRANSLATE_NOOP("AuditLog", "Berkas ekspor tidak dapat dibaca ulang."))
            ) from exc
        if len(rows) != written + 1:
            raise AuditExportError(
                msg(CTX, QT_TRANSLATE_NOOP("AuditLog", "Berkas ekspor tidak lengkap."))
            )

    write_whole(target, write, verify)
    if progress is not None:
        progress(total, total)
    with db.session() as session:
        audit.record(
            session,
            actor,
            ACTION_EXPORT,
            entity="audit_log",
            entity_id=target.name,
            detail=f"baris: {written}; filter: {flt.describe()}",
        )
        session.commit()
    return written


def _text_cell(cell_type: Any, sheet: Any, value: str) -> Any:
    """A text cell: "=…", "+…", "-…" and "@…" stay literal text, numbers stay digits."""
    cell = cell_type(sheet, value=value)
    cell.data_type = "s"
    cell.number_format = "@"
    return cell
