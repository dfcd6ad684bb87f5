"""Merging village batch files into the kabupaten register.

Each file is verified first (format version, manifest, checksum, desa code) by the village's
own verifier, and merged in its own transaction: a damaged or edited file is refused with the
reason and the others go on. The ledger makes a (desa, batch number) merge once; the same
batch again is a no-op that says so. Rows are applied by the enrollee's permanent id:
new rows join the register, corrections replace, withdrawals withdraw. A row from a batch
older than the one that last touched the record (a late batch) does not overwrite newer data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from enrolment import audit
from enrolment.batches.format import (
    KIND_CORRECTION,
    KIND_FROM_LABEL,
    KIND_NEW,
    KIND_WITHDRAWAL,
    M_KABUPATEN,
    M_PROGRAMME_ID,
    M_PROGRAMME_VERSION,
)
from enrolment.batches.verify import BatchInvalid, ParsedBatch, verify_batch
from enrolment.kabupaten.common import ProgressFn, name_key, require_kabupaten
from enrolment.kabupaten.conflicts import detect_conflicts, resolve_withdrawn
from enrolment.messages import QT_TRANSLATE_NOOP, Message, msg
from enrolment.nik import check_nik
from enrolment.programme import Programme
from enrolment.regions import regions
from models.database import Database
from models.tables import KabBatch

CTX = "KabupatenMerge"
MERGED, ALREADY, REFUSED = "merged", "already", "refused"
_CHUNK = 400  # SQLite parameters per IN (...) list


@dataclass(frozen=True)
class FileResult:
    """What happened to one file; `message` is the Indonesian result line."""

    path: Path
    outcome: str  # merged | already | refused
    message: Message
    desa_code: str = ""
    batch_no: int = 0
    rows: int = 0
    conflicts: int = 0

    def line(self) -> str:
        return f"{self.path.name}: {self.message.render()}"


def batch_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the .xlsx files under the folders named (a whole stick), in order.

    Inside folders, Excel's lock files (`~$…`) and anything not .xlsx (such as the temporary
    file of an interrupted write) are skipped; a file named explicitly is always tried.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = [
                f
                for f in sorted(path.rglob("*"))
                if f.is_file() and f.suffix.lower() == ".xlsx" and not f.name.startswith("~$")
            ]
        else:
            found = [path]
        for f in found:
            if f not in seen:
                seen.add(f)
                out.append(f)
    return out


def merge_files(
    db: Database,
    paths: Sequence[Path],
    *,
    actor: str,
    programme: Programme,
    today: date | None = None,
    progress: ProgressFn | None = None,
    check: Callable[[], None] | None = None,
) -> list[FileResult]:
    """Merges every file, each on its own; returns one result per file."""
    with db.session() as session:
        kabupaten_code = require_kabupaten(session).kabupaten_code
    results: list[FileResult] = []
    for n, path in enumerate(paths):
        if check is not None:
            check()
        if progress is not None:
            progress(n, len(paths), path.name)
        results.append(
            merge_file(
                db,
                path,
                actor=actor,
                programme=programme,
                kabupaten_code=kabupaten_code,
                today=today,
            )
        )
    if progress is not None:
        progress(len(paths), len(paths), "")
    return results


def merge_file(
    db: Database,
    path: Path,
    *,
    actor: str,
    programme: Programme,
    kabupaten_code: str,
    today: date | None = None,
) -> FileResult:
    """Verifies and merges one batch file in one transaction."""
    try:
        parsed = verify_batch(path)
        _check_identity(parsed, kabupaten_code)
    except BatchInvalid as exc:
        return _refuse(db, path, exc.message, actor=actor)
    with db.session() as session:
        earlier = session.exec(
            select(KabBatch).where(
                KabBatch.desa_code == parsed.desa_code,
                KabBatch.batch_no == parsed.batch_no,
                KabBatch.status == MERGED,
            )
        ).first()
    desa_name = _desa_name(parsed)
    if earlier is not None:
        if earlier.sha256 == parsed.computed_sha256:
            return FileResult(
                path,
                ALREADY,
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "KabupatenMerge",
                        "Batch {no} Desa {desa} sudah digabung pada {when}; tidak ada yang "
                        "berubah.",
                    ),
                    no=parsed.batch_no,
                    desa=desa_name,
                    when=earlier.received_at.strftime("%d-%m-%Y %H:%M"),
                ),
                parsed.desa_code,
                parsed.batch_no,
            )
        return _refuse(
            db,
            path,
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "KabupatenMerge",
                    "Batch {no} Desa {desa} sudah digabung dengan isi yang berbeda (checksum "
                    "lain). Nomor batch tidak boleh dipakai ulang; tanyakan ke desa.",
                ),
                no=parsed.batch_no,
                desa=desa_name,
            ),
            actor=actor,
            parsed=parsed,
        )
    with db.session() as session:
        counts, conflicts = _apply(session, parsed, programme, today or date.today())
        _ledger(session, path, parsed, actor=actor, status=MERGED)
        audit.record(
            session,
            actor,
            "kabupaten.merge",
            entity="kab_batch",
            entity_id=f"{parsed.desa_code}/{parsed.batch_no}",
            detail=(
                f"batch {parsed.batch_no} desa {parsed.desa_code} {desa_name} dari {path.name}: "
                f"{counts[KIND_NEW]} baru, {counts[KIND_CORRECTION]} koreksi, "
                f"{counts[KIND_WITHDRAWAL]} penarikan, {counts['stale']} lebih lama diabaikan, "
                f"{conflicts} konflik baru; sha256 {parsed.computed_sha256}"
            ),
        )
        session.commit()
    return FileResult(
        path,
        MERGED,
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "KabupatenMerge",
                "Batch {no} Desa {desa} digabung: {new} baru, {corr} koreksi, {wd} penarikan"
                "{stale}; {conflicts} konflik baru.",
            ),
            no=parsed.batch_no,
            desa=desa_name,
            new=counts[KIND_NEW],
            corr=counts[KIND_CORRECTION],
            wd=counts[KIND_WITHDRAWAL],
            stale=msg(
                CTX,
                QT_TRANSLATE_NOOP("KabupatenMerge", ", {n} baris lebih lama diabaikan"),
                n=counts["stale"],
            )
            if counts["stale"]
            else "",
            conflicts=conflicts,
        ),
        parsed.desa_code,
        parsed.batch_no,
        len(parsed.canonical_rows),
        conflicts,
    )


def _check_identity(parsed: ParsedBatch, kabupaten_code: str) -> None:
    kab = parsed.manifest.get(M_KABUPATEN, "")
    if kab != kabupaten_code or not parsed.desa_code.startswith(kabupaten_code + "."):
        raise BatchInvalid(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "KabupatenMerge", "Batch ini dari kabupaten {kab}, bukan {ours}."
                ),
                kab=kab or parsed.desa_code,
                ours=kabupaten_code,
            )
        )
    if regions().desa(parsed.desa_code) is None:
        raise BatchInvalid(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "KabupatenMerge", "Kode desa {code} di manifest tidak ada di kabupaten ini."
                ),
                code=parsed.desa_code,
            )
        )


def _desa_name(parsed: ParsedBatch) -> str:
    desa = regions().desa(parsed.desa_code)
    return desa.name if desa else parsed.manifest.get("NAMA_DESA", parsed.desa_code)


def _refuse(
    db: Database,
    path: Path,
    reason: Message,
    *,
    actor: str,
    parsed: ParsedBatch | None = None,
) -> FileResult:
    with db.session() as session:
        _ledger(session, path, parsed, actor=actor, status=REFUSED, reason=reason.render())
        audit.record(
            session,
            actor,
            "kabupaten.refuse",
            entity="kab_batch",
            entity_id=f"{parsed.desa_code}/{parsed.batch_no}" if parsed else "",
            detail=f"{path.name}: {reason.render()}",
        )
        session.commit()
    return FileResult(
        path,
        REFUSED,
        msg(CTX, QT_TRANSLATE_NOOP("KabupatenMerge", "DITOLAK: {reason}"), reason=reason.render()),
        parsed.desa_code if parsed else "",
        parsed.batch_no if parsed else 0,
    )


def _ledger(
    session: Session,
    path: Path,
    parsed: ParsedBatch | None,
    *,
    actor: str,
    status: str,
    reason: str = "",
) -> None:
    entry = KabBatch(
        received_at=audit.now(),
        file_name=path.name,
        operator=actor,
        status=status,
        reason=reason,
        desa_code="",
    )
    if parsed is not None:
        kinds = [r[1] for r in _kinds(parsed)]
        version = parsed.manifest.get(M_PROGRAMME_VERSION, "0")
        entry.desa_code = parsed.desa_code
        entry.desa_name = _desa_name(parsed)
        entry.batch_no = parsed.batch_no
        entry.sha256 = parsed.computed_sha256
        entry.row_count = len(parsed.canonical_rows)
        entry.new_count = kinds.count(KIND_NEW)
        entry.correction_count = kinds.count(KIND_CORRECTION)
        entry.withdrawal_count = kinds.count(KIND_WITHDRAWAL)
        entry.programme_id = parsed.manifest.get(M_PROGRAMME_ID, "")
        entry.programme_version = int(version) if version.isdigit() else 0
    session.add(entry)


def _kinds(parsed: ParsedBatch) -> list[tuple[str, str]]:
    keys = [c.field for c in parsed.columns]
    i_id, i_kind = keys.index("id"), keys.index("jenis")
    return [
        (row[i_id], KIND_FROM_LABEL.get(row[i_kind], row[i_kind])) for row in parsed.canonical_rows
    ]


def check_reason(rec: dict[str, str], programme: Programme, today: date) -> str:
    """Why the kabupaten cannot pass a record on to BPJS ("" when it can)."""
    nik = check_nik(rec.get("nik", ""), today)
    if nik.error is not None:
        return f"NIK tidak sah: {nik.error.render()}"
    if programme.group(rec.get("kategori", "")) is None:
        return f"kelompok {rec.get('kategori', '')!r} tidak ada di program {programme.id}"
    try:
        date.fromisoformat(rec.get("tanggal_lahir", ""))
    except ValueError:
        return "tanggal lahir tidak sah"
    return ""


def _cursor(session: Session) -> Any:
    # The plain DB-API cursor inside the session's transaction (thousands of rows per file).
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def _apply(
    session: Session, parsed: ParsedBatch, programme: Programme, today: date
) -> tuple[dict[str, int], int]:
    records = parsed.records()
    batch_no = parsed.batch_no
    desa = regions().desa(parsed.desa_code)
    kecamatan = desa.kecamatan_code if desa else ""
    stamp = audit.now().isoformat(sep=" ")
    cur = _cursor(session)
    existing: dict[str, tuple[int, str]] = {}
    ids = [r["id"] for r in records]
    for i in range(0, len(ids), _CHUNK):
        part = ids[i : i + _CHUNK]
        for eid, last, status in cur.execute(
            "SELECT enrollee_id, last_batch_no, status FROM kab_record "
            f"WHERE enrollee_id IN ({','.join('?' * len(part))})",
            part,
        ):
            existing[eid] = (int(last), str(status))
    counts = {KIND_NEW: 0, KIND_CORRECTION: 0, KIND_WITHDRAWAL: 0, "stale": 0}
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    withdrawn: list[str] = []
    touched: list[dict[str, str]] = []
    for rec in records:
        kind = rec["jenis"]
        eid = rec["id"]
        data = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
        reason = "" if kind == KIND_WITHDRAWAL else check_reason(rec, programme, today)
        if eid in existing:
            last, status = existing[eid]
            if last > batch_no:
                counts["stale"] += 1
                continue
            if kind == KIND_WITHDRAWAL:
                new_status = "withdrawn"
                withdrawn.append(eid)
            else:
                new_status = "duplicate" if status == "duplicate" else "active"
            updates.append(
                (
                    rec["nik"],
                    rec["nama"],
                    name_key(rec["nama"]),
                    rec["tanggal_lahir"],
                    rec["kategori"],
                    new_status,
                    batch_no,
                    data,
                    reason,
                    stamp,
                    eid,
                )
            )
        else:
            inserts.append(
                (
                    eid,
                    parsed.desa_code,
                    kecamatan,
                    rec["nik"],
                    rec["nama"],
                    name_key(rec["nama"]),
                    rec["tanggal_lahir"],
                    rec["kategori"],
                    "withdrawn" if kind == KIND_WITHDRAWAL else "active",
                    batch_no,
                    batch_no,
                    data,
                    reason,
                    stamp,
                )
            )
        counts[kind] += 1
        if kind != KIND_WITHDRAWAL:
            touched.append(rec)
    if inserts:
        cur.executemany(
            "INSERT INTO kab_record (enrollee_id, desa_code, kecamatan_code, nik, nama, name_key, "
            "tanggal_lahir, kategori, status, duplicate_of, first_batch_no, last_batch_no, data, "
            "kpj, check_reason, updated_at) VALUES (?,?,?,?,?,?,?,?,?,'',?,?,?,'',?,?)",
            inserts,
        )
    if updates:
        cur.executemany(
            "UPDATE kab_record SET nik=?, nama=?, name_key=?, tanggal_lahir=?, kategori=?, "
            "status=?, last_batch_no=?, data=?, check_reason=?, updated_at=? WHERE enrollee_id=?",
            updates,
        )
    cur.close()
    if withdrawn:
        resolve_withdrawn(session, withdrawn, actor="(penarikan desa)")
    conflicts = detect_conflicts(session, touched)
    return counts, conflicts
