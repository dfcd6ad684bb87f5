"""Writing an import plan: every accepted row in ONE transaction, or nothing.

New records go in through the DB-API cursor's `executemany` in chunks, on the session's own
connection and transaction: one ORM object per row is 50 times slower for a kabupaten-sized
list, and SQLAlchemy's per-row bind processing alone doubles the time. The search index is
filled in one statement at the end rather than by its per-row trigger.

Between chunks `check()` may raise to cancel; the transaction is then rolled back and the
register is exactly as before. Every record gets its audit entries, as if typed in the form;
warnings are recorded as confirmed by the operator who ran the import.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from enrolment import audit
from enrolment.importing.plan import IMPORT, UPDATE, WARNING, ImportPlan, RowPlan
from enrolment.importing.updates import list_changes
from enrolment.nik import mask_nik
from enrolment.programme import Programme
from enrolment.register import EDITABLE_FIELDS, _next_receipt_seq, apply_edit
from models.tables import AuditEntry, Enrollee

CHUNK = 2000
# The audit_log columns in table order; the entry tuples of the bulk insert follow it.
AUDIT_COLUMNS = ["at", "actor", "action", "entity", "entity_id", "field", "old", "new", "detail"]


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
        raw: Any = conn.connection.driver_connection  # same connection, same transaction
        seq = _next_receipt_seq(session, today.year)
        first_seq = session.exec(select(func.max(Enrollee.seq))).one() or 0
        suspended = _suspend_index_triggers(raw) if new_rows else []
        enrollee_sql, enrollee_cols = _insert_sql(Enrollee)
        audit_sql, audit_cols = _insert_sql(AuditEntry)
        assert audit_cols == AUDIT_COLUMNS, audit_cols  # the tuples below are in this order
        stamp_db = _db_value(stamp)  # the raw cursor gets values as SQLAlchemy stores them
        constants = _constants(actor, at, stamp_db, programme, today)
        done = 0
        for start in range(0, len(new_rows), CHUNK):
            if check:
                check()
            records: list[tuple[Any, ...]] = []
            entries: list[tuple[Any, ...]] = []
            for row in new_rows[start : start + CHUNK]:
                record_id = str(uuid.uuid4())
                rendered = [(w.code, w.field, w.message.render()) for w in row.warnings]
                record = _new_record(row, record_id, seq, constants, rendered)
                records.append(tuple(map(record.__getitem__, enrollee_cols)))
                seq += 1
                for code, field, text in rendered:
                    entries.append(
                        (
                            stamp_db, actor, "warning.confirm", "enrollee", record_id, field,
                            None, None, f"{code}: {text} (impor)",
                        )
                    )  # fmt: skip
                entries.append(
                    (
                        stamp_db, actor, "enrollee.create", "enrollee", record_id, "", None, None,
                        f"{mask_nik(row.data.nik)} {row.data.nama}",
                    )
                )  # fmt: skip
            raw.executemany(enrollee_sql, records)
            raw.executemany(audit_sql, entries)
            done += len(records)
            if progress:
                progress(done, total)
        # One bulk insert per search index instead of a trigger call per row: the same
        # indexes, about 20 times faster. The triggers are restored in this transaction.
        for name, sql in suspended:
            raw.execute(SEARCH_INDEXES[name].format(first_seq=int(first_seq)))
            raw.execute(sql)
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


# The insert trigger of each search index on enrollee, and the statement that fills the index
# in bulk for the rows added after `first_seq` (see models/migrations.py). The rowid range scan
# reads them in rowid order today; ORDER BY makes that a guarantee, because FTS5 flushes its
# pending terms on every rowid out of order (a slow fill and a fragmented index).
SEARCH_INDEXES = {
    "enrollee_fts_ai": (
        "INSERT INTO enrollee_fts (rowid, nama, nik) "
        "SELECT seq, nama, nik FROM enrollee WHERE seq > {first_seq} ORDER BY seq"
    ),
    "enrollee_words_ai": (
        "INSERT INTO enrollee_words (rowid, nama) "
        "SELECT seq, nama FROM enrollee WHERE seq > {first_seq} ORDER BY seq"
    ),
}


def _suspend_index_triggers(raw: Any) -> list[tuple[str, str]]:
    """Drops the search indexes' insert triggers for this transaction; returns their SQL.
    A trigger the schema does not have is left alone (and its index is not filled)."""
    suspended: list[tuple[str, str]] = []
    for name in SEARCH_INDEXES:
        found = raw.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
        if found is not None:
            raw.execute(f"DROP TRIGGER {name}")
            suspended.append((name, str(found[0])))
    return suspended


def _insert_sql(table_class: Any) -> tuple[str, list[str]]:
    """A plain INSERT for the DB-API cursor: SQLAlchemy's per-row bind processing is most of
    the cost of a bulk insert, and the few types involved are converted by `_params`."""
    table = table_class.__table__
    names = [c.name for c in table.columns if not c.primary_key]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    return sql, names


def _db_value(value: Any) -> Any:
    """Values as SQLAlchemy stores them in SQLite (see test_writer: both paths agree)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


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


def _confirmation_json(rendered: list[tuple[str, str, str]], actor: str, at: str) -> str:
    """The record's confirmed_warnings column: what was confirmed, by whom, when, how."""
    if not rendered:
        return "[]"
    return json.dumps(
        [
            {"code": code, "text": text, "by": actor, "at": at, "via": "import"}
            for code, _field, text in rendered
        ],
        ensure_ascii=False,
    )


def _constants(
    actor: str, at: str, stamp_db: str, programme: Programme, today: date
) -> dict[str, Any]:
    """The columns every new record shares, already in their stored form."""
    return {
        "status": "ready",
        "enrolled_on": today.isoformat(),
        "coverage_start": programme.coverage_start,
        "coverage_end": programme.coverage_end,
        "programme_id": programme.id,
        "programme_version": programme.version,
        "receipt_year": today.year,
        "last_batch_no": None,
        "removed_at": None,
        "purged_at": None,
        "removed_by": "",
        "removed_reason": "",
        "withdrawal_batch_no": None,
        "return_status": "",
        "return_reason": "",
        "kpj": "",
        "created_at": stamp_db,
        "created_by": actor,
        "updated_at": stamp_db,
        "updated_by": actor,
        "_actor": actor,
        "_at": at,
    }


def _new_record(
    row: RowPlan,
    record_id: str,
    seq: int,
    constants: dict[str, Any],
    rendered: list[tuple[str, str, str]],
) -> dict[str, Any]:
    values = dict(constants)
    data = row.data
    for name in EDITABLE_FIELDS:
        values[name] = getattr(data, name)
    values["tanggal_lahir"] = _db_value(data.tanggal_lahir)
    values["dok_tanggal"] = _db_value(data.dok_tanggal)
    values["id"] = record_id
    values["receipt_seq"] = seq
    values["confirmed_warnings"] = _confirmation_json(
        rendered, constants["_actor"], constants["_at"]
    )
    return values


def _update_record(session: Session, row: RowPlan, actor: str, stamp: Any) -> bool:
    """Applies the list's values to an existing record, audited field by field like the form."""
    record = session.exec(select(Enrollee).where(col(Enrollee.id) == row.existing_id)).one()
    # Only the values the list has (enrolment/importing/updates.py), as the preview showed.
    changes = list_changes(record, row.data)
    if not changes:
        return False  # warnings alone change nothing (the plan makes such a row a skip)
    earlier = json.loads(record.confirmed_warnings)
    known_codes = {w["code"] for w in earlier}
    fresh = [
        (w.code, w.field, w.message.render()) for w in row.warnings if w.code not in known_codes
    ]
    apply_edit(session, record, changes, actor=actor, ready=None, at=stamp)
    for code, field, text in fresh:
        audit.record(
            session,
            actor,
            "warning.confirm",
            entity="enrollee",
            entity_id=record.id,
            field=field,
            detail=f"{code}: {text} (impor)",
            at=stamp,
        )
    record.confirmed_warnings = json.dumps(
        earlier + json.loads(_confirmation_json(fresh, actor, stamp.isoformat())),
        ensure_ascii=False,
    )
    record.updated_at, record.updated_by = stamp, actor
    session.add(record)
    return True
