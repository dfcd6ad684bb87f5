"""Personal data: NIK masking on screens, the retention period, and purging a person.

UU PDP asks that personal data be deletable on request after the retention period. A purge
overwrites the person's personal fields with neutral placeholders (the record, its id, group,
status and receipt number stay, so counts and batches still add up) and redacts the earlier
audit entries about that person; the purge itself is audited without personal data. Backups
made before the purge still hold the old data until they rotate out.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, text, update
from sqlmodel import Session, col, select

from enrolment import audit
from enrolment.installation import change_setting
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.nik import mask_nik
from enrolment.permissions import ROLE_ADMIN, require_role
from models.tables import Account, AuditEntry, Enrollee, Installation

CTX = "Privacy"
REDACTED = "[dihapus]"  # the marker the audit log's update trigger accepts
PURGED_NAME = "(data pribadi dihapus)"
PURGED_BIRTH_DATE = date(1900, 1, 1)
RETENTION_DAYS_RANGE = (0, 3650)
ACTION_PURGE = "enrollee.purge"


class PrivacyError(UserError, ValueError):
    """A privacy rule refused the action; `message` says why."""


def _installation(session: Session) -> Installation:
    inst = session.get(Installation, 1)
    if inst is None:
        raise PrivacyError(msg(CTX, QT_TRANSLATE_NOOP("Privacy", "Instalasi belum disiapkan.")))
    return inst


# --- NIK masking ---------------------------------------------------------------------------


def nik_masking_enabled(session: Session) -> bool:
    """Whether lists and search results show NIKs masked (on unless an admin turned it off)."""
    inst = session.get(Installation, 1)
    return True if inst is None else bool(inst.mask_nik)


def display_nik(nik: str, masked: bool) -> str:
    """The NIK as a list or search result shows it."""
    return mask_nik(nik) if masked else nik


def set_nik_masking(session: Session, enabled: bool, *, by: Account) -> None:
    """Turns masking on or off. Only an admin may do either (it is one setting)."""
    admin = require_role(session, by, ROLE_ADMIN)
    inst = _installation(session)
    change_setting(session, inst, "mask_nik", enabled, actor=admin.display_name)
    session.commit()


# --- retention -----------------------------------------------------------------------------


def retention_days(session: Session) -> int:
    inst = session.get(Installation, 1)
    return inst.retention_days if inst else Installation.model_fields["retention_days"].default


def set_retention_days(session: Session, days: int, *, by: Account) -> None:
    admin = require_role(session, by, ROLE_ADMIN)
    low, high = RETENTION_DAYS_RANGE
    if not low <= days <= high:
        raise PrivacyError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Privacy", "Masa simpan harus {low} sampai {high} hari."),
                low=low,
                high=high,
            )
        )
    inst = _installation(session)
    change_setting(session, inst, "retention_days", days, actor=admin.display_name)
    session.commit()


@dataclass(frozen=True)
class PurgeStatus:
    allowed: bool
    earliest: datetime | None  # when the retention period ends (None: not removed)


def retention_status(
    session: Session, left_at: datetime | None, purged_at: datetime | None, now: datetime | None
) -> PurgeStatus:
    """Whether a record that left the register at `left_at` may be purged at `now`."""
    if left_at is None or purged_at is not None:
        return PurgeStatus(False, None)
    earliest = left_at + timedelta(days=retention_days(session))
    return PurgeStatus(earliest <= (now or audit.now()), earliest)


def purge_status(session: Session, record: Enrollee, *, now: datetime | None = None) -> PurgeStatus:
    """Whether this record may be purged now (removed, not yet purged, retention passed)."""
    return retention_status(session, record.removed_at, record.purged_at, now)


def purge_reason(reason: str) -> str:
    """The grounds of a purge, on one line; refused when empty."""
    reason = " ".join(reason.split())
    if not reason:
        raise PrivacyError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Privacy", "Tuliskan dasar penghapusan (mis. permintaan tertulis tanggal …)."
                ),
            )
        )
    return reason


def check_purge_allowed(status: PurgeStatus, *, purged: bool, left: bool) -> None:
    """Refuses a purge of a record already purged, still in the register, or too recent."""
    if purged:
        raise PrivacyError(
            msg(CTX, QT_TRANSLATE_NOOP("Privacy", "Data pribadi peserta ini sudah dihapus."))
        )
    if not left:
        raise PrivacyError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Privacy",
                    "Hanya data yang sudah dihapus dari register yang dapat dihapus permanen.",
                ),
            )
        )
    if not status.allowed:
        assert status.earliest is not None
        raise PrivacyError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Privacy",
                    "Masa simpan belum lewat: data ini baru boleh dihapus permanen mulai {date}.",
                ),
                date=status.earliest.astimezone().strftime("%d-%m-%Y"),
            )
        )


def redact_audit_about(session: Session, entity_id: str) -> None:
    """Replaces old/new/detail of the audit entries about a purged record with the marker.
    The audit log's update trigger allows it only once the record's purged_at is set."""
    about = col(AuditEntry.entity_id) == entity_id
    session.execute(
        update(AuditEntry).where(about, col(AuditEntry.old).is_not(None)).values(old=REDACTED)
    )
    session.execute(
        update(AuditEntry).where(about, col(AuditEntry.new).is_not(None)).values(new=REDACTED)
    )
    session.execute(
        update(AuditEntry).where(about, col(AuditEntry.detail) != "").values(detail=REDACTED)
    )


def secure_delete(session: Session) -> None:
    """Freed pages are zeroed from here on, so overwritten values do not linger in the file."""
    session.execute(text("PRAGMA secure_delete = ON"))


def checkpoint(session: Session) -> None:
    """Best effort after a committed purge: move the overwritten pages out of the WAL file
    into the main file. Outside any transaction (the engine's connections are in autocommit
    mode underneath)."""
    bind = session.get_bind()
    raw = bind.raw_connection() if isinstance(bind, Engine) else None
    if raw is not None:
        try:
            with contextlib.suppress(sqlite3.Error):
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()


# --- purge ---------------------------------------------------------------------------------


def purge_enrollee(
    session: Session,
    enrollee_id: str,
    *,
    by: Account,
    reason: str,
    now: datetime | None = None,
) -> Enrollee:
    """Overwrites a removed person's personal data after the retention period (admin only).

    Keeps the id, group, status, dates and receipt number; redacts the earlier audit entries
    about the person; audits the purge with the reason (which must not name the person).
    """
    admin = require_role(session, by, ROLE_ADMIN)
    reason = purge_reason(reason)
    record = session.exec(select(Enrollee).where(Enrollee.id == enrollee_id)).first()
    if record is None:
        raise PrivacyError(msg(CTX, QT_TRANSLATE_NOOP("Privacy", "Data peserta ini tidak ada.")))
    stamp = now or audit.now()
    status = purge_status(session, record, now=stamp)
    check_purge_allowed(
        status, purged=record.purged_at is not None, left=record.removed_at is not None
    )
    secure_delete(session)
    record.nik = ""
    record.nama = PURGED_NAME
    record.tempat_lahir = ""
    record.tanggal_lahir = PURGED_BIRTH_DATE
    record.alamat = record.rt = record.rw = record.no_hp = ""
    record.jabatan = record.dok_nomor = record.nama_ibu = record.catatan = ""
    record.dok_tanggal = None
    record.kpj = ""
    record.confirmed_warnings = "[]"
    record.removed_reason = REDACTED
    record.return_reason = REDACTED if record.return_reason else ""
    record.purged_at = stamp
    record.updated_at, record.updated_by = stamp, admin.display_name
    session.add(record)
    session.flush()  # the trigger allows redaction only once purged_at is set
    redact_audit_about(session, enrollee_id)
    audit.record(
        session,
        admin.display_name,
        ACTION_PURGE,
        entity="enrollee",
        entity_id=enrollee_id,
        detail=reason,
        at=stamp,
    )
    session.commit()
    checkpoint(session)
    return record
