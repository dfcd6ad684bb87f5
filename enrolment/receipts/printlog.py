"""Which receipts to print, their print numbers, and the log of every print."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from enrolment import audit
from enrolment.installation import active_programme, get_installation
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.receipts.content import ReceiptContent, build_content
from models.tables import Enrollee, ReceiptPrint

CTX = "Receipts"
KINDS = ("pdf", "printer")


class ReceiptError(UserError, ValueError):
    """Receipts cannot be made (no installation, nothing selected…); `message` says why."""


@dataclass(frozen=True)
class ReceiptJob:
    """What is to be printed: the receipts in order, with the ids to log afterwards."""

    enrollee_ids: tuple[str, ...]
    contents: tuple[ReceiptContent, ...]
    paper: str
    copies: int


def select_ids(
    session: Session, *, nik: str | None = None, batch: int | None = None, everyone: bool = False
) -> list[str]:
    """Ids of active enrollees by NIK, by hand-off batch number, or all, in receipt order."""
    query = select(Enrollee.id).where(col(Enrollee.removed_at).is_(None))
    if nik is not None:
        query = query.where(Enrollee.nik == nik)
    elif batch is not None:
        query = query.where(Enrollee.last_batch_no == batch)
    elif not everyone:
        return []
    query = query.order_by(col(Enrollee.receipt_year), col(Enrollee.receipt_seq))
    return list(session.exec(query).all())


def auto_print_enabled(session: Session) -> bool:
    """Whether this installation prints a receipt straight after a new enrollee is saved."""
    inst = get_installation(session)
    return bool(inst and inst.receipt_auto_print)


def next_print_numbers(session: Session, enrollee_ids: Sequence[str]) -> dict[str, int]:
    """The print number each receipt would get now (1 = never printed before)."""
    counts: dict[str, int] = {}
    ids = list(enrollee_ids)
    for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
        chunk = ids[start : start + 500]
        rows = session.exec(
            select(ReceiptPrint.enrollee_id, func.max(ReceiptPrint.copy_no))
            .where(col(ReceiptPrint.enrollee_id).in_(chunk))
            .group_by(ReceiptPrint.enrollee_id)
        ).all()
        counts.update({eid: int(n) for eid, n in rows})
    return {eid: counts.get(eid, 0) + 1 for eid in ids}


def prepare_job(session: Session, enrollee_ids: Sequence[str]) -> ReceiptJob:
    """Loads everything the receipts show; raises ReceiptError when that is impossible."""
    inst = get_installation(session)
    if inst is None or inst.mode != "desa" or not inst.desa_code:
        raise ReceiptError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Receipts", "Tanda terima hanya dapat dicetak di instalasi desa yang siap."
                ),
            )
        )
    if not enrollee_ids:
        raise ReceiptError(
            msg(CTX, QT_TRANSLATE_NOOP("Receipts", "Tidak ada peserta yang dipilih untuk dicetak."))
        )
    programme = active_programme(session)
    numbers = next_print_numbers(session, enrollee_ids)
    by_id: dict[str, Enrollee] = {}
    ids = list(enrollee_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for e in session.exec(select(Enrollee).where(col(Enrollee.id).in_(chunk))):
            by_id[e.id] = e
    missing = [eid for eid in ids if eid not in by_id]
    if missing:
        raise ReceiptError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Receipts", "{count} peserta tidak ditemukan di register."),
                count=len(missing),
            )
        )
    contents = tuple(build_content(by_id[i], inst, programme, print_no=numbers[i]) for i in ids)
    paper = "F4" if inst.paper_size == "F4" else "A4"
    return ReceiptJob(tuple(ids), contents, paper, 2 if inst.receipt_copies == 2 else 1)


def record_prints(
    session: Session, job: ReceiptJob, *, actor: str, kind: str, destination: str = ""
) -> None:
    """Logs a finished print: one receipt_print row and one audit entry per receipt."""
    if kind not in KINDS:
        raise ValueError(kind)
    stamp = audit.now()
    for eid, content in zip(job.enrollee_ids, job.contents, strict=True):
        session.add(
            ReceiptPrint(
                enrollee_id=eid,
                printed_at=stamp,
                operator=actor,
                copy_no=content.print_no,
                kind=kind,
            )
        )
        audit.record(
            session,
            actor,
            "receipt.print",
            entity="enrollee",
            entity_id=eid,
            new=content.print_no,
            detail=f"{kind} {content.number}"
            + (f" {content.reprint_label}" if content.reprint_label else "")
            + (f" -> {destination}" if destination else ""),
            at=stamp,
        )
    session.commit()
