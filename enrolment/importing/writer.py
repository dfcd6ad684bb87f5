"""Writing an import plan: every accepted row in ONE transaction, or nothing.

Inserts go through SQLAlchemy Core `executemany` in chunks (one ORM object per row is 50
times slower for a kabupaten-sized list). Between chunks `check()` may raise to cancel; the
transaction is then rolled back and the register is exactly as before. Every record gets
its audit entries, as if typed in the form; warnings are recorded as confirmed by the
operator who ran the import.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session, col, select

from enrolment import audit
from enrolment.importing.plan import IMPORT, UPDATE, WARNING, ImportPlan, RowPlan
from enrolment.nik import mask_nik
from enrolment.programme import Programme
from enrolment.register import EDITABLE_FIELDS, _next_receipt_seq
from enrolment.validation import FieldWarning
from models.tables import AuditEntry, Enrollee

CHUNK = 2000


@dataclass
class WriteResult:
    created: int
    updated: int  # existing records the list changed
    unchanged: int  # existing records the list would update but already agree
    warnings_confirmed: int  # rows written with at least one warning confirmed by the import


def write_plan(
    session: Session,
    plan: ImportPlan,
    *,
    actor: str,
    programme: Programme,
    today: date,
    source_name: str,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> WriteResult:
    """Writes the rows the plan accepts; rolls everything back if anything fails."""
    new_rows = [r for r in plan.rows if r.verdict in (IMPORT, WARNING)]
    updates = [r for r in plan.rows if r.verdict == UPDATE]
    total = len(new_rows) + len(updates)
    stamp = audit.now()
    at = stamp.isoformat()
    try:
        conn = session.connection()  # begins the (IMMEDIATE) transaction
        seq = _next_receipt_seq(session, today.year)
        done = 0
        for start in range(0, len(new_rows), CHUNK):
            if check:
                check()
            records: list[dict[str, Any]] = []
            entries: list[dict[str, Any]] = []
            for row in new_rows[start : start + CHUNK]:
                record_id = str(uuid.uuid4())
                records.append(_new_record(row, record_id, seq, actor, at, stamp, programme, today))
                seq += 1
                entries.extend(_confirmations(row.warnings, record_id, actor, stamp))
                entries.append(
                    _entry(
                        actor,
                        stamp,
                        "enrollee.create",
                        entity_id=record_id,
                        detail=f"{mask_nik(row.data.nik)} {row.data.nama}",
                    )
                )
            conn.execute(insert(Enrollee), records)
            conn.execute(insert(AuditEntry), entries)
            done += len(records)
            if progress:
                progress(done, total)
        changed = 0
        for row in updates:
            if check and done % 200 == 0:
                check()
            changed += _update_record(session, row, actor, stamp)
            done += 1
            if progress and done % 200 == 0:
                progress(done, total)
        if check:
            check()
        counts = plan.counts()
        session.add(
            AuditEntry(
                **_entry(
                    actor,
                    stamp,
                    "import",
                    entity="import",
                    detail=(
                        f"{source_name} [{plan.sheet}]: baru {len(new_rows)}, diperbarui "
                        f"{len(updates)}, dilewati {counts['skip']}, ditahan {counts['held']}"
                    ),
                )
            )
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    confirmed = sum(1 for r in new_rows + updates if r.warnings)
    return WriteResult(len(new_rows), changed, len(updates) - changed, confirmed)


def _entry(
    actor: str,
    stamp: Any,
    action: str,
    *,
    entity: str = "enrollee",
    entity_id: str = "",
    field: str = "",
    old: str | None = None,
    new: str | None = None,
    detail: str = "",
) -> dict[str, Any]:
    return {
        "at": stamp,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "field": field,
        "old": old,
        "new": new,
        "detail": detail,
    }


def _confirmations(
    warnings: list[FieldWarning], record_id: str, actor: str, stamp: Any
) -> list[dict[str, Any]]:
    return [
        _entry(
            actor,
            stamp,
            "warning.confirm",
            entity_id=record_id,
            field=w.field,
            detail=f"{w.code}: {w.message.render()} (impor)",
        )
        for w in warnings
    ]


def _confirmation_json(warnings: list[FieldWarning], actor: str, at: str) -> list[dict[str, str]]:
    return [
        {"code": w.code, "text": w.message.render(), "by": actor, "at": at, "via": "import"}
        for w in warnings
    ]


def _new_record(
    row: RowPlan,
    record_id: str,
    seq: int,
    actor: str,
    at: str,
    stamp: Any,
    programme: Programme,
    today: date,
) -> dict[str, Any]:
    values = {name: getattr(row.data, name) for name in EDITABLE_FIELDS}
    values.update(
        id=record_id,
        status="ready",
        confirmed_warnings=json.dumps(
            _confirmation_json(row.warnings, actor, at), ensure_ascii=False
        ),
        enrolled_on=today,
        coverage_start=programme.coverage_start,
        coverage_end=programme.coverage_end,
        programme_id=programme.id,
        programme_version=programme.version,
        receipt_year=today.year,
        receipt_seq=seq,
        last_batch_no=None,
        removed_at=None,
        removed_by="",
        removed_reason="",
        withdrawal_batch_no=None,
        return_status="",
        return_reason="",
        kpj="",
        created_at=stamp,
        created_by=actor,
        updated_at=stamp,
        updated_by=actor,
    )
    return values


def _update_record(session: Session, row: RowPlan, actor: str, stamp: Any) -> bool:
    """Applies the list's values to an existing record, audited field by field like the form."""
    record = session.exec(select(Enrollee).where(col(Enrollee.id) == row.existing_id)).one()
    changes: dict[str, Any] = {}
    for name in EDITABLE_FIELDS:
        old, new = getattr(record, name), getattr(row.data, name)
        if name in ("dok_nomor", "dok_tanggal", "nama_ibu", "catatan", "jabatan") and not new:
            continue  # a column the list does not have must not wipe what the form entered
        if old != new:
            changes[name] = new
            audit.record(
                session,
                actor,
                "enrollee.update",
                entity="enrollee",
                entity_id=record.id,
                field=name,
                old=old,
                new=new,
                at=stamp,
            )
    earlier = json.loads(record.confirmed_warnings)
    known_codes = {w["code"] for w in earlier}
    fresh = [w for w in row.warnings if w.code not in known_codes]
    if not changes and not fresh:
        return False
    for entry in _confirmations(fresh, record.id, actor, stamp):
        session.add(AuditEntry(**entry))
    changes["confirmed_warnings"] = json.dumps(
        earlier + _confirmation_json(fresh, actor, stamp.isoformat()), ensure_ascii=False
    )
    if record.status in ("handed_on", "changed"):
        changes["status"] = "changed"  # the next batch carries it as a correction
    if changes.get("status", record.status) != record.status:
        audit.record(
            session,
            actor,
            "enrollee.status",
            entity="enrollee",
            entity_id=record.id,
            field="status",
            old=record.status,
            new=changes["status"],
            at=stamp,
        )
    changes.update(updated_at=stamp, updated_by=actor)
    session.execute(update(Enrollee).where(col(Enrollee.id) == record.id).values(**changes))
    return True
