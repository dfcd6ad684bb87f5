"""Applying one verified batch's rows to the kabupaten register (kab_record).

Rows are applied by the enrollee's permanent id: new rows join the register, corrections
replace, withdrawals withdraw. A row from a batch older than the one that last touched the
record (a late batch) does not overwrite newer data. The conflicts the batch brings (same NIK,
probable duplicates) are then added to the conflict list.

`prepare` works out what needs no database (JSON, name keys, check reasons); `apply_rows`
then writes in the caller's transaction, and the caller commits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlmodel import Session

from enrolment import audit
from enrolment.batches.format import KIND_CORRECTION, KIND_NEW, KIND_WITHDRAWAL
from enrolment.batches.verify import ParsedBatch
from enrolment.kabupaten.common import name_key, rows_in
from enrolment.kabupaten.conflicts import detect_conflicts, resolve_withdrawn
from enrolment.nik import check_nik
from enrolment.programme import Programme
from enrolment.regions import Regions, regions

STALE = "stale"  # the count of rows older than the record's last batch, ignored
# One encoder for every row: json.dumps with these options builds a new one on each call.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_INSERT = (
    "INSERT INTO kab_record (enrollee_id, desa_code, kecamatan_code, nik, nama, name_key, "
    "tanggal_lahir, kategori, status, duplicate_of, first_batch_no, last_batch_no, data, "
    "kpj, check_reason, updated_at) VALUES (?,?,?,?,?,?,?,?,?,'',?,?,?,'',?,?)"
)
# A later batch that carries a purged record brings its data back: it is no longer purged.
_UPDATE = (
    "UPDATE kab_record SET nik=?, nama=?, name_key=?, tanggal_lahir=?, kategori=?, "
    "status=?, last_batch_no=?, data=?, check_reason=?, updated_at=?, purged_at=NULL "
    "WHERE enrollee_id=?"
)


def check_reason(
    rec: dict[str, str], programme: Programme, today: date, region_data: Regions | None = None
) -> str:
    """Why the kabupaten cannot pass a record on to BPJS ("" when it can)."""
    nik = check_nik(rec.get("nik", ""), today, region_data)
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


def _existing(cur: Any, ids: list[str]) -> dict[str, tuple[int, str]]:
    """(last batch number, status) of the records already in the register, by id."""
    return {
        eid: (int(last), str(status))
        for eid, last, status in rows_in(
            cur,
            "SELECT enrollee_id, last_batch_no, status FROM kab_record "
            "WHERE enrollee_id IN ({marks})",
            ids,
        )
    }


class Row(NamedTuple):
    """One batch row as the register stores it, worked out before the database is touched."""

    id: str
    kind: str  # new | correction | withdrawal
    nik: str
    nama: str
    name_key: str
    born: str
    kategori: str
    data: str  # the row as JSON
    reason: str  # check_reason ("" for a withdrawal)


@dataclass(frozen=True)
class PreparedBatch:
    """A verified batch with its rows prepared (`prepare`), ready for `apply_rows`."""

    parsed: ParsedBatch
    rows: list[Row]


def prepare(parsed: ParsedBatch, programme: Programme, today: date) -> PreparedBatch:
    """The rows' JSON, name keys and check reasons: the part of applying a batch that needs
    no database, so the merge can do it on its verification thread, files ahead."""
    reg = regions()
    rows = []
    for rec in parsed.records():
        kind = rec["jenis"]
        rows.append(
            Row(
                rec["id"],
                kind,
                rec["nik"],
                rec["nama"],
                name_key(rec["nama"]),
                rec["tanggal_lahir"],
                rec["kategori"],
                _JSON.encode(rec),
                "" if kind == KIND_WITHDRAWAL else check_reason(rec, programme, today, reg),
            )
        )
    return PreparedBatch(parsed, rows)


def apply_rows(session: Session, prepared: PreparedBatch) -> tuple[dict[str, int], int]:
    """Applies the batch's rows; returns the counts by kind (and STALE) and the new conflicts."""
    parsed = prepared.parsed
    batch_no, desa_code = parsed.batch_no, parsed.desa_code
    desa = regions().desa(desa_code)
    kecamatan = desa.kecamatan_code if desa else ""
    stamp = audit.now().isoformat(sep=" ")
    cur = _cursor(session)
    existing = _existing(cur, [row.id for row in prepared.rows])
    counts = {KIND_NEW: 0, KIND_CORRECTION: 0, KIND_WITHDRAWAL: 0, STALE: 0}
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    withdrawn: list[str] = []
    touched: list[tuple[str, str, str]] = []  # (NIK, name key, birth date) of the active rows
    for row in prepared.rows:
        known = existing.get(row.id)
        if known is not None and known[0] > batch_no:
            counts[STALE] += 1
            continue
        withdrawal = row.kind == KIND_WITHDRAWAL
        if known is not None:
            if withdrawal:
                status = "withdrawn"
                withdrawn.append(row.id)
            else:
                status = "duplicate" if known[1] == "duplicate" else "active"
            updates.append(
                (
                    row.nik,
                    row.nama,
                    row.name_key,
                    row.born,
                    row.kategori,
                    status,
                    batch_no,
                    row.data,
                    row.reason,
                    stamp,
                    row.id,
                )
            )
        else:
            inserts.append(
                (
                    row.id,
                    desa_code,
                    kecamatan,
                    row.nik,
                    row.nama,
                    row.name_key,
                    row.born,
                    row.kategori,
                    "withdrawn" if withdrawal else "active",
                    batch_no,
                    batch_no,
                    row.data,
                    row.reason,
                    stamp,
                )
            )
        counts[row.kind] += 1
        if not withdrawal:
            touched.append((row.nik, row.name_key, row.born))
    if inserts:
        cur.executemany(_INSERT, inserts)
    if updates:
        cur.executemany(_UPDATE, updates)
    cur.close()
    if withdrawn:
        resolve_withdrawn(session, withdrawn, actor="(penarikan desa)")
    conflicts = detect_conflicts(session, touched)
    return counts, conflicts
