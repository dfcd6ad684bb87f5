"""Purging a person's personal data from the kabupaten's register (UU PDP, on request).

The kabupaten keeps its own copy of every person a village handed in. When a village withdraws
someone, or the kabupaten sets a record aside as a duplicate, that copy leaves the register; after
the retention period (the installation's setting, as in a village) an admin may overwrite its
personal data, as a village purges its own record (`enrolment.privacy.purge_enrollee`).

The record itself stays (its id, desa, group, status and batch numbers), so the ledger, the
recap and later batches still add up. The row as the batch carried it (`data`) keeps only the
fields in `KEPT_FIELDS`; every other field, including any a later format adds, is blanked.
Earlier audit entries about the record are redacted; the purge is audited with its grounds.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from enrolment import audit
from enrolment.kabupaten.common import require_kabupaten
from enrolment.messages import QT_TRANSLATE_NOOP, msg
from enrolment.permissions import ROLE_ADMIN, require_role
from enrolment.privacy import (
    CTX,
    PURGED_BIRTH_DATE,
    PURGED_NAME,
    PrivacyError,
    PurgeStatus,
    check_purge_allowed,
    checkpoint,
    purge_reason,
    redact_audit_about,
    retention_status,
    secure_delete,
)
from models.tables import Account, KabConflict, KabRecord

ACTION_KAB_PURGE = "kabupaten.purge"
# Statuses of records that have left the kabupaten's register.
LEFT = ("withdrawn", "duplicate")
# What a purged record's batch row keeps: where it came from and what it was, not who.
KEPT_FIELDS = frozenset(
    {
        "id", "jenis", "kode_desa", "nama_desa", "kode_kecamatan", "nama_kecamatan",
        "kode_kabupaten", "kategori", "nama_kategori", "program", "upah", "iuran",
        "periode_mulai", "periode_selesai", "tanggal_daftar", "no_tanda_terima",
    }
)  # fmt: skip


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def kab_purge_status(
    session: Session, record: KabRecord, *, now: datetime | None = None
) -> PurgeStatus:
    """Whether this kabupaten record may be purged now: it left the register (withdrawn or a
    duplicate), is not purged yet, and its last change is older than the retention period."""
    left_at = _aware(record.updated_at) if record.status in LEFT else None
    return retention_status(session, left_at, record.purged_at, now)


def purge_status_of(session: Session, enrollee_id: str) -> PurgeStatus | None:
    """The purge status of the kabupaten record with this id (None: no such record)."""
    record = session.exec(select(KabRecord).where(KabRecord.enrollee_id == enrollee_id)).first()
    return kab_purge_status(session, record) if record is not None else None


def purged_row(data: str) -> str:
    """The batch row of a purged record: the kept fields, every other one blank."""
    try:
        row = json.loads(data)
    except ValueError:
        row = {}
    if not isinstance(row, dict):
        row = {}
    kept = {key: (value if key in KEPT_FIELDS else "") for key, value in row.items()}
    kept["nama"] = PURGED_NAME
    kept["tanggal_lahir"] = PURGED_BIRTH_DATE.isoformat()
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":"))


def purge_kab_record(
    session: Session,
    enrollee_id: str,
    *,
    by: Account,
    reason: str,
    now: datetime | None = None,
) -> KabRecord:
    """Overwrites the personal data of a record that left the kabupaten's register, after the
    retention period (admin only). Commits."""
    require_kabupaten(session)
    admin = require_role(session, by, ROLE_ADMIN)
    reason = purge_reason(reason)
    record = session.exec(select(KabRecord).where(KabRecord.enrollee_id == enrollee_id)).first()
    if record is None:
        raise PrivacyError(msg(CTX, QT_TRANSLATE_NOOP("Privacy", "Data peserta ini tidak ada.")))
    stamp = now or audit.now()
    status = kab_purge_status(session, record, now=stamp)
    check_purge_allowed(status, purged=record.purged_at is not None, left=record.status in LEFT)
    secure_delete(session)
    record.nik = ""
    record.nama = PURGED_NAME
    record.name_key = ""
    record.tanggal_lahir = PURGED_BIRTH_DATE.isoformat()
    record.data = purged_row(record.data)
    record.kpj = ""
    record.check_reason = ""
    record.purged_at = stamp
    session.add(record)
    # The conflicts that named this record keep their decision, not the NIK.
    session.execute(
        update(KabConflict)
        .where(
            (col(KabConflict.record_a) == enrollee_id) | (col(KabConflict.record_b) == enrollee_id)
        )
        .values(nik="")
    )
    session.flush()  # the audit trigger allows redaction only once purged_at is set
    redact_audit_about(session, enrollee_id)
    audit.record(
        session,
        admin.display_name,
        ACTION_KAB_PURGE,
        entity="kab_record",
        entity_id=enrollee_id,
        detail=reason,
        at=stamp,
    )
    session.commit()
    checkpoint(session)
    return record
