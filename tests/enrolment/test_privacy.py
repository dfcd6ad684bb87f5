from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlmodel import select

from enrolment.audit import now
from enrolment.permissions import PermissionDenied
from enrolment.privacy import (
    ACTION_PURGE,
    PURGED_NAME,
    REDACTED,
    PrivacyError,
    display_nik,
    nik_masking_enabled,
    purge_enrollee,
    purge_status,
    retention_days,
    set_nik_masking,
    set_retention_days,
)
from enrolment.programme import Programme
from enrolment.register import find_active_by_nik, get_enrollee, remove_enrollee
from models.database import Database
from models.tables import AuditEntry, Enrollee
from tests.accounts_support import cheap_hashing, make_admin, make_operator
from tests.enrolment.people import add_people, person

NIK = person(1).nik
NAME = person(1).nama.upper()  # names are stored in capitals


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


def removed_person(db: Database, programme: Programme) -> str:
    add_people(db, programme, range(1, 3))
    with db.session() as session:
        record = find_active_by_nik(session, NIK)
        assert record is not None
        remove_enrollee(session, record.id, reason=f"Permintaan {NAME}", actor="Operator Uji")
        return record.id


def test_nik_masking_is_on_by_default_and_only_an_admin_turns_it_off(
    installed_db: Database,
) -> None:
    admin, _ = make_admin(installed_db)
    operator = make_operator(installed_db, admin)
    with installed_db.session() as session:
        assert nik_masking_enabled(session)
        assert display_nik(NIK, nik_masking_enabled(session)) == NIK[:4] + "•" * 8 + NIK[12:]
        with pytest.raises(PermissionDenied):
            set_nik_masking(session, False, by=operator)
        assert nik_masking_enabled(session)
        set_nik_masking(session, False, by=admin)
        assert not nik_masking_enabled(session)
        assert display_nik(NIK, nik_masking_enabled(session)) == NIK
        entry = session.exec(select(AuditEntry).where(AuditEntry.field == "mask_nik")).one()
    assert (entry.actor, entry.old, entry.new) == ("Siti Admin", "True", "False")


def test_purge_waits_for_the_retention_period(installed_db: Database, programme: Programme) -> None:
    admin, _ = make_admin(installed_db)
    enrollee_id = removed_person(installed_db, programme)
    with installed_db.session() as session:
        assert retention_days(session) == 365
        with pytest.raises(PrivacyError) as info:
            purge_enrollee(session, enrollee_id, by=admin, reason="Permintaan tertulis")
        assert "Masa simpan belum lewat" in str(info.value)
        set_retention_days(session, 0, by=admin)
        record = get_enrollee(session, enrollee_id)
        assert record is not None and purge_status(session, record).allowed
        active = find_active_by_nik(session, person(2).nik)
        assert active is not None
        with pytest.raises(PrivacyError):  # not removed: never purged
            purge_enrollee(session, active.id, by=admin, reason="Permintaan tertulis")


def test_operator_cannot_purge(installed_db: Database, programme: Programme) -> None:
    admin, _ = make_admin(installed_db)
    operator = make_operator(installed_db, admin)
    enrollee_id = removed_person(installed_db, programme)
    later = now() + timedelta(days=400)
    with installed_db.session() as session, pytest.raises(PermissionDenied):
        purge_enrollee(session, enrollee_id, by=operator, reason="x", now=later)
    with installed_db.session() as session:
        record = get_enrollee(session, enrollee_id)
        assert record is not None and record.nik == NIK and record.purged_at is None


def test_purge_overwrites_personal_data_and_redacts_the_audit(
    installed_db: Database, programme: Programme
) -> None:
    admin, _ = make_admin(installed_db)
    enrollee_id = removed_person(installed_db, programme)
    later = now() + timedelta(days=366)
    with installed_db.session() as session:
        before = get_enrollee(session, enrollee_id)
        assert before is not None
        keep = (before.id, before.kategori, before.receipt_year, before.receipt_seq, before.seq)
        purge_enrollee(session, enrollee_id, by=admin, reason="Surat permintaan no. 12", now=later)
        with pytest.raises(PrivacyError):
            purge_enrollee(session, enrollee_id, by=admin, reason="lagi", now=later)
    conn = sqlite3.connect(installed_db.path)
    try:
        row = conn.execute(
            "SELECT nik, nama, tempat_lahir, tanggal_lahir, removed_reason, purged_at,"
            " id, kategori, receipt_year, receipt_seq, seq FROM enrollee WHERE id = ?",
            (enrollee_id,),
        ).fetchone()
        assert row[:5] == ("", PURGED_NAME, "", "1900-01-01", REDACTED)
        assert row[5] is not None and tuple(row[6:]) == keep
        assert conn.execute("SELECT count(*) FROM enrollee").fetchone()[0] == 2
        # Nothing left anywhere in the database file's tables that names the person.
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for values in conn.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(str(v) for v in values).upper()
                assert NIK not in text and NAME not in text, table
        assert (
            conn.execute(
                "SELECT count(*) FROM enrollee_fts WHERE enrollee_fts MATCH ?", (f'"{NAME[-5:]}"',)
            ).fetchone()[0]
            == 0
        )
        entries = conn.execute(
            "SELECT action, actor, old, new, detail FROM audit_log WHERE entity_id = ?",
            (enrollee_id,),
        ).fetchall()
    finally:
        conn.close()
    assert entries[-1] == (ACTION_PURGE, "Siti Admin", None, None, "Surat permintaan no. 12")
    create = next(e for e in entries if e[0] == "enrollee.create")
    assert create[1] == "Operator Uji" and create[4] == REDACTED
    with installed_db.session() as session:
        other = find_active_by_nik(session, person(2).nik)
        assert other is not None and other.nama == person(2).nama.upper()


def test_audit_log_stays_append_only_apart_from_purge(
    installed_db: Database, programme: Programme
) -> None:
    admin, _ = make_admin(installed_db)
    enrollee_id = removed_person(installed_db, programme)
    conn = sqlite3.connect(installed_db.path, isolation_level=None)  # no open transaction
    try:
        refused = [
            # Ordinary updates and deletes.
            "UPDATE audit_log SET actor = 'orang lain'",
            "UPDATE audit_log SET detail = 'diubah'",
            "DELETE FROM audit_log",
            # Redaction before the person is purged.
            f"UPDATE audit_log SET detail = '{REDACTED}' WHERE entity_id = '{enrollee_id}'",
        ]
        for statement in refused:
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
        with installed_db.session() as session:
            purge_enrollee(
                session, enrollee_id, by=admin, reason="Permintaan", now=now() + timedelta(days=400)
            )
        still_refused = [
            # A purged person's entries: only the redaction marker, only old/new/detail.
            f"UPDATE audit_log SET detail = 'lain' WHERE entity_id = '{enrollee_id}'",
            f"UPDATE audit_log SET actor = '{REDACTED}' WHERE entity_id = '{enrollee_id}'",
            f"UPDATE audit_log SET at = '2020-01-01' WHERE entity_id = '{enrollee_id}'",
            f"DELETE FROM audit_log WHERE entity_id = '{enrollee_id}'",
            # Someone else's entries stay untouchable.
            f"UPDATE audit_log SET detail = '{REDACTED}' WHERE entity_id != '{enrollee_id}'",
        ]
        for statement in still_refused:
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    finally:
        conn.close()
    with installed_db.session() as session:
        others = session.exec(select(AuditEntry).where(AuditEntry.entity_id != enrollee_id)).all()
        assert others and all(e.detail != REDACTED for e in others)
        assert session.exec(select(Enrollee)).all()
