"""Making a batch end to end: snapshot, write and check the file, then record it.

The order matters: records are marked handed-on only after the file is safely under its final
name, and if recording fails the file is removed again, so "marked" and "on the stick" never
disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from enrolment.batches.builder import (
    BatchContent,
    BatchError,
    build_batch,
    get_batch,
    log_rewrite,
    record_batch,
)
from enrolment.batches.naming import batch_file_name
from enrolment.batches.writer import ProgressFn, write_batch_file
from enrolment.messages import QT_TRANSLATE_NOOP, msg
from enrolment.programme import Programme
from models.database import Database
from models.tables import Batch

CTX = "Batches"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    batch: Batch

    @property
    def sha256(self) -> str:
        return self.batch.sha256


def export_next_batch(
    db: Database,
    programme: Programme,
    *,
    actor: str,
    folder: Path,
    password: str | None = None,
    progress: ProgressFn | None = None,
    today: date | None = None,
) -> ExportResult:
    """Makes the next batch into `folder`. Raises BatchError / BatchWriteError (nothing marked).

    A local backup is taken first (issue 7): the export changes the status of many records.
    """
    from enrolment.backup_crypto import MIN_PASSWORD_LEN
    from enrolment.backups import REASON_BEFORE_EXPORT, make_backup

    if password and len(password) < MIN_PASSWORD_LEN:  # the same rule as for backups
        raise BatchError(
            msg(
                "Batches",
                QT_TRANSLATE_NOOP("Batches", "Kata sandi batch minimal {n} karakter."),
                n=MIN_PASSWORD_LEN,
            )
        )
    with db.session() as session:
        plan = build_batch(session, programme, operator=actor)
    make_backup(db, REASON_BEFORE_EXPORT, actor)
    content = plan.content
    name = batch_file_name(
        content.desa_code, content.desa_name, content.batch_no, today or date.today()
    )
    path = write_batch_file(content, folder, name, password=password, progress=progress)
    try:
        with db.session() as session:
            batch = record_batch(
                session, plan, destination=str(folder), file_name=name, actor=actor
            )
    except BaseException:
        path.unlink(missing_ok=True)  # not recorded, so it must not look handed on
        raise
    return ExportResult(path, batch)


def rewrite_batch(
    db: Database,
    batch_no: int,
    *,
    actor: str,
    folder: Path,
    password: str | None = None,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Writes an old batch again from its stored snapshot: same cells, same hash."""
    with db.session() as session:
        batch = get_batch(session, batch_no)
    if batch is None:
        raise BatchError(
            msg(CTX, QT_TRANSLATE_NOOP("Batches", "Batch nomor {no} tidak ada."), no=batch_no)
        )
    content = BatchContent.from_json(batch.content)
    if content.sha256() != batch.sha256:
        raise BatchError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Batches",
                    "Salinan batch {no} di basis data tidak cocok dengan checksum-nya; batch "
                    "tidak ditulis ulang. Hubungi petugas TI kabupaten.",
                ),
                no=batch_no,
            )
        )
    path = write_batch_file(content, folder, batch.file_name, password=password, progress=progress)
    with db.session() as session:
        log_rewrite(session, batch, destination=str(folder), actor=actor)
    return ExportResult(path, batch)
