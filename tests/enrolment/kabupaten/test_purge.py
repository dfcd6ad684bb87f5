"""Purging at the kabupaten: a withdrawn or duplicate record, after the retention period, by
an admin; the record stays, the person's data goes, everywhere in the file."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from enrolment.audit import now
from enrolment.installation import active_programme
from enrolment.kabupaten.conflicts import KEEP_A, open_conflicts, resolve_conflict
from enrolment.kabupaten.merge import batch_files, merge_files
from enrolment.kabupaten.purge import (
    ACTION_KAB_PURGE,
    kab_purge_status,
    purge_kab_record,
    purged_row,
)
from enrolment.kabupaten.search import find_people
from enrolment.permissions import PermissionDenied
from enrolment.privacy import PURGED_NAME, REDACTED, PrivacyError, set_retention_days
from enrolment.programme import default_programme
from enrolment.register import remove_enrollee
from models.database import Database
from models.tables import KabConflict, KabRecord
from tests.accounts_support import cheap_hashing, make_admin, make_operator

from .regency import _export, _insert, _open_village, _template
from .test_kabupaten import MEKAR_JAYA, _people

OTHER_DESA = "36.04.07.2001"
LATER = timedelta(days=366)


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


def _merge(kab_db: Database, paths: list[Path]) -> None:
    with kab_db.session() as session:
        programme = active_programme(session)
    merge_files(kab_db, batch_files(paths), actor="Op", programme=programme)


def _record(kab_db: Database, enrollee_id: str) -> KabRecord:
    with kab_db.session() as session:
        return session.exec(select(KabRecord).where(KabRecord.enrollee_id == enrollee_id)).one()


def _withdrawn_in_kabupaten(tmp_path: Path, kab_db: Database) -> tuple[str, str, str]:
    """Two people handed in by a village, then one withdrawn by the next batch. Returns the
    withdrawn id, its NIK and the other's id."""
    village = _open_village(_template(tmp_path / "t"), tmp_path / "desa", MEKAR_JAYA)
    gone, stays = _people(MEKAR_JAYA, 2)
    _insert(village, [gone, stays], 1)
    programme = default_programme()
    first = _export(village, programme, tmp_path / "s1")
    with village.session() as session:
        remove_enrollee(session, gone.id, reason="Pindah domisili", actor="Sekdes")
    second = _export(village, programme, tmp_path / "s2")
    village.dispose()
    _merge(kab_db, [first, second])
    assert _record(kab_db, gone.id).status == "withdrawn"
    return gone.id, gone.nik, stays.id


def test_withdrawn_record_is_purged_after_the_retention_period(
    tmp_path: Path, kab_db: Database
) -> None:
    gone, nik, stays = _withdrawn_in_kabupaten(tmp_path, kab_db)
    admin, _ = make_admin(kab_db)
    operator = make_operator(kab_db, admin)
    with kab_db.session() as session:
        record = session.exec(select(KabRecord).where(KabRecord.enrollee_id == gone)).one()
        name = record.nama
        assert not kab_purge_status(session, record).allowed
        with pytest.raises(PrivacyError, match="Masa simpan belum lewat"):
            purge_kab_record(session, gone, by=admin, reason="Surat no. 7")
        with pytest.raises(PrivacyError, match="Hanya data yang sudah dihapus"):
            purge_kab_record(session, stays, by=admin, reason="Surat no. 7", now=now() + LATER)
        with pytest.raises(PermissionDenied):
            purge_kab_record(session, gone, by=operator, reason="Surat no. 7", now=now() + LATER)
        with pytest.raises(PrivacyError, match="dasar penghapusan"):
            purge_kab_record(session, gone, by=admin, reason="  ", now=now() + LATER)
        assert kab_purge_status(session, record, now=now() + LATER).allowed
        purge_kab_record(session, gone, by=admin, reason="Surat no. 7", now=now() + LATER)
        with pytest.raises(PrivacyError, match="sudah dihapus"):
            purge_kab_record(session, gone, by=admin, reason="lagi", now=now() + LATER)
        assert find_people(session, nik) == []
        assert [f.enrollee_id for f in find_people(session, "WARGA")] == [stays]

    purged = _record(kab_db, gone)
    assert (purged.nik, purged.nama, purged.name_key, purged.kpj) == ("", PURGED_NAME, "", "")
    assert (purged.status, purged.desa_code, purged.kategori) == (
        "withdrawn",
        MEKAR_JAYA,
        "POSYANDU",
    )
    assert purged.purged_at is not None and purged.tanggal_lahir == "1900-01-01"
    row = json.loads(purged.data)
    assert (row["id"], row["kode_desa"], row["kategori"]) == (gone, MEKAR_JAYA, "POSYANDU")
    assert row["nik"] == "" and row["alamat"] == "" and row["nama"] == PURGED_NAME
    assert _record(kab_db, stays).nama.startswith("WARGA")
    conn = sqlite3.connect(kab_db.path)
    try:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for values in conn.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(str(v) for v in values).upper()
                assert nik not in text and name not in text, table
        entry = conn.execute(
            "SELECT action, actor, detail FROM audit_log WHERE entity_id = ? ORDER BY seq DESC",
            (gone,),
        ).fetchone()
    finally:
        conn.close()
    assert entry == (ACTION_KAB_PURGE, "Siti Admin", "Surat no. 7")


def test_retention_setting_applies_at_the_kabupaten(tmp_path: Path, kab_db: Database) -> None:
    gone, _nik, _stays = _withdrawn_in_kabupaten(tmp_path, kab_db)
    admin, _ = make_admin(kab_db)
    with kab_db.session() as session:
        set_retention_days(session, 0, by=admin)
        purge_kab_record(session, gone, by=admin, reason="Permintaan tertulis")
    assert _record(kab_db, gone).purged_at is not None


def test_duplicate_record_purge_redacts_its_audit_and_its_conflict(
    tmp_path: Path, kab_db: Database
) -> None:
    template = _template(tmp_path / "t")
    mekar = _open_village(template, tmp_path / "a", MEKAR_JAYA)
    other = _open_village(template, tmp_path / "b", OTHER_DESA)
    person = _people(MEKAR_JAYA, 1)[0]
    twin = replace(person, id=str(uuid.uuid4()), desa=OTHER_DESA)
    _insert(mekar, [person], 1)
    _insert(other, [twin], 1)
    programme = default_programme()
    batches = [
        _export(mekar, programme, tmp_path / "s1"),
        _export(other, programme, tmp_path / "s2"),
    ]
    mekar.dispose()
    _merge(kab_db, batches)
    admin, _ = make_admin(kab_db)
    with kab_db.session() as session:
        (view,) = open_conflicts(session)
        loser = view.b.enrollee_id
        resolve_conflict(session, view.conflict.seq or 0, KEEP_A, actor="Op")
        purge_kab_record(session, loser, by=admin, reason="Surat no. 9", now=now() + LATER)
        conflict = session.exec(select(KabConflict)).one()
        assert (conflict.nik, conflict.resolution) == ("", KEEP_A)
    assert _record(kab_db, loser).status == "duplicate"
    assert _record(kab_db, view.a.enrollee_id).nik == person.nik  # the kept one is untouched
    conn = sqlite3.connect(kab_db.path)
    try:
        entries = conn.execute(
            "SELECT action, old, new, detail FROM audit_log WHERE entity_id = ? ORDER BY seq",
            (loser,),
        ).fetchall()
    finally:
        conn.close()
    assert entries == [
        ("kabupaten.duplicate", REDACTED, REDACTED, REDACTED),
        (ACTION_KAB_PURGE, None, None, "Surat no. 9"),
    ]

    # The village corrects its record later and hands it in again: the data is back.
    with other.engine.begin() as village:
        village.exec_driver_sql(
            "UPDATE enrollee SET nama = 'WARGA DIPERBAIKI', status = 'changed', "
            "updated_at = '2025-12-06 00:00:00.000000' WHERE id = ?",
            (twin.id,),
        )
    again = _export(other, programme, tmp_path / "s3")
    other.dispose()
    _merge(kab_db, [again])
    back = _record(kab_db, loser)
    assert (back.nama, back.nik, back.purged_at) == ("WARGA DIPERBAIKI", person.nik, None)


def test_purged_row_keeps_only_where_it_came_from() -> None:
    data = json.dumps(
        {"id": "x", "nik": "3604071203900001", "nama": "ADE", "kode_desa": "36.04.07.2011",
         "kategori": "RTRW", "alamat": "KP. BARU", "kolom_baru": "rahasia"}
    )  # fmt: skip
    row = json.loads(purged_row(data))
    assert row == {
        "id": "x", "nik": "", "nama": PURGED_NAME, "kode_desa": "36.04.07.2011",
        "kategori": "RTRW", "alamat": "", "kolom_baru": "", "tanggal_lahir": "1900-01-01",
    }  # fmt: skip
    assert json.loads(purged_row("not json")) == {
        "nama": PURGED_NAME,
        "tanggal_lahir": "1900-01-01",
    }
