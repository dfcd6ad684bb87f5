"""The batch ledger: which batches arrived from which desa, which were refused, which are
missing (gaps in a desa's numbering), and which desa handed in nothing yet. The merge adds one
entry per file received (`add_entry`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, select

from enrolment import audit
from enrolment.batches.format import (
    KIND_CORRECTION,
    KIND_NEW,
    KIND_WITHDRAWAL,
    M_DESA_NAME,
    M_PROGRAMME_ID,
    M_PROGRAMME_VERSION,
)
from enrolment.batches.naming import name_hint
from enrolment.batches.verify import ParsedBatch
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
    """Per desa, the batch numbers not merged: those below its highest merged one that never
    arrived, and those that arrived but were refused (a locked or damaged last batch)."""
    reg = regions()
    merged = merged_numbers(session)
    refused: dict[str, set[int]] = {}
    for code, no in session.exec(
        select(KabBatch.desa_code, KabBatch.batch_no).where(
            KabBatch.status == "refused", KabBatch.batch_no > 0, KabBatch.desa_code != ""
        )
    ):
        refused.setdefault(code, set()).add(no)
    out = []
    for desa_code in sorted(set(merged) | set(refused)):
        numbers = merged.get(desa_code, set())
        wanted = set(range(1, max(numbers, default=0) + 1)) | refused.get(desa_code, set())
        missing = tuple(sorted(wanted - numbers))
        if missing:
            known = reg.desa(desa_code)
            out.append(Gap(desa_code, known.name if known else desa_code, missing))
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


def desa_name(parsed: ParsedBatch) -> str:
    """The desa's name from the region snapshot (the manifest's own name if it is not there)."""
    desa = regions().desa(parsed.desa_code)
    return desa.name if desa else parsed.manifest.get(M_DESA_NAME, parsed.desa_code)


def add_entry(
    session: Session,
    path: Path,
    parsed: ParsedBatch | None,
    *,
    actor: str,
    status: str,
    reason: str = "",
    file_sha256: str = "",
) -> tuple[str, int]:
    """Adds the ledger entry of one file received (`parsed` is None when it could not be read);
    returns the (desa code, batch number) it was filed under ("", 0 when unknown).

    A Core insert on the table: one row per file, without an ORM object for the session to
    flush.
    """
    desa_code, desa, batch_no = "", "", 0
    hint = name_hint(path.name) if parsed is None else None
    hinted = regions().desa(hint[0]) if hint is not None else None
    if hint is not None and hinted is not None:
        # Unreadable (locked, damaged): the file's name says whom to call; marked as such.
        desa_code, desa, batch_no = hint[0], hinted.name, hint[1]
        reason = f"{reason} Desa dan nomor batch menurut nama berkas." if reason else reason
    entry: dict[str, object] = {
        "received_at": audit.now(),
        "file_name": path.name,
        "operator": actor,
        "status": status,
        "reason": reason,
        "sha256": "",
        "file_sha256": file_sha256,
        "row_count": 0,
        "new_count": 0,
        "correction_count": 0,
        "withdrawal_count": 0,
        "programme_id": "",
        "programme_version": 0,
    }
    if parsed is not None:
        desa_code, desa, batch_no = parsed.desa_code, desa_name(parsed), parsed.batch_no
        kinds = [r["jenis"] for r in parsed.records()]
        version = parsed.manifest.get(M_PROGRAMME_VERSION, "0")
        entry.update(
            sha256=parsed.computed_sha256,
            file_sha256=parsed.file_sha256,
            row_count=len(parsed.canonical_rows),
            new_count=kinds.count(KIND_NEW),
            correction_count=kinds.count(KIND_CORRECTION),
            withdrawal_count=kinds.count(KIND_WITHDRAWAL),
            programme_id=parsed.manifest.get(M_PROGRAMME_ID, ""),
            programme_version=int(version) if version.isdigit() else 0,
        )
    entry.update(desa_code=desa_code, desa_name=desa, batch_no=batch_no)
    session.execute(insert(KabBatch.__table__), [entry])  # type: ignore[attr-defined]
    return desa_code, batch_no
