"""The batch ledger: which batches arrived from which desa, which were refused, which are
missing (gaps in a desa's numbering), and which desa handed in nothing yet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, select

from enrolment.messages import QT_TRANSLATE_NOOP, Message, msg
from enrolment.regions import Desa, regions
from models.tables import KabBatch

CTX = "KabupatenLedger"


@dataclass(frozen=True)
class Gap:
    desa_code: str
    desa_name: str
    missing: tuple[int, ...]

    def message(self) -> Message:
        numbers = ", ".join(str(n) for n in self.missing)
        return msg(
            CTX,
            QT_TRANSLATE_NOOP("KabupatenLedger", "Desa {desa}: batch {numbers} belum diterima"),
            desa=self.desa_name,
            numbers=numbers,
        )


def ledger(session: Session) -> Sequence[KabBatch]:
    """Every file received, newest first."""
    return session.exec(select(KabBatch).order_by(KabBatch.seq.desc())).all()  # type: ignore[union-attr]


def merged_numbers(session: Session) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for desa, no in session.exec(
        select(KabBatch.desa_code, KabBatch.batch_no).where(KabBatch.status == "merged")
    ):
        out.setdefault(desa, set()).add(no)
    return out


def gaps(session: Session) -> list[Gap]:
    """Per desa, the batch numbers below its highest merged one that never arrived."""
    reg = regions()
    out = []
    for desa_code, numbers in sorted(merged_numbers(session).items()):
        missing = tuple(n for n in range(1, max(numbers) + 1) if n not in numbers)
        if missing:
            desa = reg.desa(desa_code)
            out.append(Gap(desa_code, desa.name if desa else desa_code, missing))
    return out


def silent_desa(session: Session, kabupaten_code: str) -> list[Desa]:
    """Villages of the kabupaten with no merged batch yet."""
    merged = set(merged_numbers(session))
    reg = regions()
    return [
        d
        for k in reg.kecamatan_of(kabupaten_code)
        for d in sorted(reg.desa_of(k.code), key=lambda d: d.code)
        if d.code not in merged
    ]
