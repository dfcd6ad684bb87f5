from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from enrolment.programme import Programme
from enrolment.register import (
    RegisterError,
    count_by_group,
    quota_warning,
    remove_enrollee,
    save_enrollee,
    set_ready,
)
from enrolment.validation import EnrolleeInput
from models.database import Database
from models.tables import AuditEntry, Enrollee

TODAY = date(2025, 12, 10)


def person(**overrides: object) -> EnrolleeInput:
    values: dict[str, object] = dict(
        nik="3604071203900001",
        nama="Budi Santoso",
        tempat_lahir="Serang",
        tanggal_lahir=date(1990, 3, 12),
        jenis_kelamin="L",
        kategori="RT_RW",
    )
    values.update(overrides)
    return EnrolleeInput(**values)  # type: ignore[arg-type]


def save(db: Database, programme: Programme, data: EnrolleeInput, **kw: object):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return save_enrollee(s, data, actor="Operator Uji", programme=programme, today=TODAY, **kw)  # type: ignore[arg-type]


def test_save_and_audit(installed_db: Database, programme: Programme) -> None:
    out = save(installed_db, programme, person())
    assert out.saved and out.enrollee is not None
    with installed_db.session() as s:
        rec = s.exec(select(Enrollee)).one()
        assert rec.nama == "BUDI SANTOSO"
        assert rec.status == "ready"
        assert (rec.receipt_year, rec.receipt_seq) == (2025, 1)
        assert len(rec.id) == 36
        actions = [
            a.action for a in s.exec(select(AuditEntry).where(AuditEntry.entity_id == rec.id))
        ]
        assert actions == ["enrollee.create"]


def test_same_nik_refused_with_existing_offered(
    installed_db: Database, programme: Programme
) -> None:
    first = save(installed_db, programme, person())
    again = save(installed_db, programme, person(nama="Budi S"))
    assert not again.saved
    assert "nik" in again.errors
    assert again.duplicate_of is not None and again.duplicate_of.id == first.enrollee.id


def test_probable_duplicate_warns_then_confirmed_and_recorded(
    installed_db: Database, programme: Programme
) -> None:
    save(installed_db, programme, person())
    other = person(nik="3604071203900002")
    out = save(installed_db, programme, other)
    assert not out.saved
    assert [w.code for w in out.unconfirmed] == ["PROBABLE_DUPLICATE"]
    out = save(installed_db, programme, other, confirmed={"PROBABLE_DUPLICATE"})
    assert out.saved
    confirmations = json.loads(out.enrollee.confirmed_warnings)
    assert confirmations[0]["code"] == "PROBABLE_DUPLICATE"
    assert confirmations[0]["by"] == "Operator Uji"
    with installed_db.session() as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "warning.confirm")).one()
        assert entry.entity_id == out.enrollee.id


def test_quota_warning(installed_db: Database, programme: Programme) -> None:
    raw = dict(programme.raw)
    raw["desa_quotas"] = {"36.04.07.2011": {"NELAYAN": 1}}
    from enrolment.programme import parse_programme

    small = parse_programme(raw)
    kw = {"desa_code": "36.04.07.2011"}
    first = save(installed_db, small, person(kategori="NELAYAN"), **kw)
    assert first.saved and first.enrollee is not None
    out = save(
        installed_db, small, person(nik="3604071203900002", nama="Ahmad", kategori="NELAYAN"), **kw
    )
    assert [w.code for w in out.unconfirmed] == ["QUOTA_EXCEEDED"]
    with installed_db.session() as s:
        assert quota_warning(s, small, "NELAYAN", "36.04.07.2011") is not None
        # The member itself (being edited) does not count against its own group's quota.
        member = first.enrollee.id
        assert quota_warning(s, small, "NELAYAN", "36.04.07.2011", exclude_id=member) is None
        assert quota_warning(s, small, "NELAYAN", "36.04.07.2011", exclude_id="lain") is not None


def test_edit_records_old_and_new(installed_db: Database, programme: Programme) -> None:
    rec = save(installed_db, programme, person()).enrollee
    out = save(installed_db, programme, person(alamat="Kp. Baru"), enrollee_id=rec.id)
    assert out.saved
    with installed_db.session() as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "enrollee.update")).one()
        assert (entry.field, entry.old, entry.new) == ("alamat", "", "KP. BARU")


def test_edit_after_hand_off_marks_changed(installed_db: Database, programme: Programme) -> None:
    rec = save(installed_db, programme, person()).enrollee
    with installed_db.session() as s:
        row = s.exec(select(Enrollee)).one()
        row.status, row.last_batch_no = "handed_on", 1
        s.add(row)
        s.commit()
    # Opened and saved unchanged: still handed on, no false correction for the kabupaten.
    assert save(installed_db, programme, person(), enrollee_id=rec.id).saved
    with installed_db.session() as s:
        assert s.exec(select(Enrollee)).one().status == "handed_on"
    save(installed_db, programme, person(alamat="Kp. Baru"), enrollee_id=rec.id)
    with installed_db.session() as s:
        assert s.exec(select(Enrollee)).one().status == "changed"


def test_remove_needs_reason_and_keeps_record(installed_db: Database, programme: Programme) -> None:
    rec = save(installed_db, programme, person()).enrollee
    with installed_db.session() as s, pytest.raises(RegisterError):
        remove_enrollee(s, rec.id, reason="  ", actor="Operator Uji")
    with installed_db.session() as s:
        remove_enrollee(s, rec.id, reason="pindah domisili", actor="Operator Uji")
    with installed_db.session() as s:
        row = s.exec(select(Enrollee)).one()
        assert row.removed_reason == "pindah domisili"
        assert count_by_group(s) == {}
    # The NIK may be entered again after removal, once the operator confirms it is meant.
    again = save(installed_db, programme, person())
    assert not again.saved and [w.code for w in again.unconfirmed] == ["NIK_REMOVED_BEFORE"]
    assert "pernah dihapus dari register" in again.unconfirmed[0].message.render()
    assert "pindah domisili" in again.unconfirmed[0].message.render()
    assert save(installed_db, programme, person(), confirmed={"NIK_REMOVED_BEFORE"}).saved


def test_draft_then_ready(installed_db: Database, programme: Programme) -> None:
    rec = save(installed_db, programme, person(), ready=False).enrollee
    assert rec.status == "draft"
    with installed_db.session() as s:
        assert set_ready(s, [rec.id], ready=True, actor="Operator Uji") == 1
        assert s.exec(select(Enrollee)).one().status == "ready"


def test_audit_log_is_append_only(installed_db: Database) -> None:
    import sqlite3

    conn = sqlite3.connect(installed_db.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'x'")
    conn.close()


def test_receipt_numbers_run_per_year(installed_db: Database, programme: Programme) -> None:
    a = save(installed_db, programme, person()).enrollee
    b = save(
        installed_db, programme, person(nik="3604075203900001", nama="Siti", jenis_kelamin="P")
    ).enrollee
    assert (a.receipt_seq, b.receipt_seq) == (1, 2)
