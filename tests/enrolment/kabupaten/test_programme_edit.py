"""Editing the programme at the kabupaten: each edit, each refusal, a new version, the file."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from enrolment.installation import active_programme, active_programme_record
from enrolment.kabupaten import programme_edit as edit
from enrolment.kabupaten.programme_edit import ProgrammeEditError
from enrolment.messages import UserError
from enrolment.programme import default_programme, load_programme
from models.database import Database
from models.tables import AuditEntry

MEKAR_JAYA = "36.04.07.2011"
KRAMATWATU = "36.04.05.2001"


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(default_programme().raw))
    return data


def _refused(fn: Any, *args: Any, contains: str) -> None:
    with pytest.raises(ProgrammeEditError) as info:
        fn(*args)
    assert contains in info.value.message.render()


def test_edits_return_a_copy_and_leave_the_input(raw: dict[str, Any]) -> None:
    before = json.dumps(raw, sort_keys=True)
    out = edit.set_coverage(raw, "2026-03", "2026-11")
    assert out["coverage"] == {"start": "2026-03", "end": "2026-11"}
    assert json.dumps(raw, sort_keys=True) == before
    assert edit.validate(out).coverage_start == "2026-03"


def test_coverage_refusals(raw: dict[str, Any]) -> None:
    _refused(edit.set_coverage, raw, "2026-13", "2026-12", contains="2026-13 tidak sah")
    _refused(edit.set_coverage, raw, "2026-06", "2026-05", contains="sebelum dimulai")


def test_contribution_income_and_total(raw: dict[str, Any]) -> None:
    out = edit.set_contribution(raw, {"JKK": 12000})
    assert out["contribution"] == {"JKK": 12000, "JKM": 6800}
    assert edit.validate(out).monthly_contribution == 18800
    _refused(edit.set_contribution, raw, {"JHT": 5}, contains="Program JHT tidak ada")
    _refused(edit.set_contribution, raw, {"JKM": -1}, contains="Iuran JKM harus bilangan bulat")
    assert edit.set_declared_income(raw, 1500000)["declared_income"] == 1500000
    _refused(edit.set_declared_income, raw, edit.MAX_AMOUNT + 1, contains="Upah")
    assert edit.set_stated_total(raw, None)["stated_total"] is None
    assert edit.validate(edit.set_stated_total(raw, 21434)).total_mismatch() is None


def test_add_rename_quota_of_groups(raw: dict[str, Any]) -> None:
    out = edit.add_group(raw, " pekerja_sosial ", "Pekerja  Sosial Keagamaan", 40)
    group = out["groups"][-1]
    assert group == {
        "code": "PEKERJA_SOSIAL",
        "name": "Pekerja Sosial Keagamaan",
        "quota": 40,
        "aliases": ["Pekerja Sosial Keagamaan"],
    }
    _refused(edit.add_group, raw, "BPD", "Lagi", contains="BPD sudah dipakai")
    _refused(edit.add_group, raw, "9X", "Angka", contains="9X tidak sah")
    _refused(edit.add_group, raw, "BARU", "  ", contains="Nama kelompok wajib")
    renamed = edit.rename_group(raw, "BPD", "Anggota Badan Permusyawaratan Desa")
    bpd = renamed["groups"][0]
    assert bpd["name"] == "Anggota Badan Permusyawaratan Desa"
    assert "Anggota BPD" in bpd["aliases"]  # old sheets still match
    _refused(edit.rename_group, raw, "NOPE", "X", contains="Kelompok NOPE tidak ada")
    assert edit.set_group_quota(raw, "NELAYAN", 250)["groups"][5]["quota"] == 250
    _refused(edit.set_group_quota, raw, "NELAYAN", -3, contains="Kuota kelompok NELAYAN")


def test_remove_group_only_when_unused(raw: dict[str, Any]) -> None:
    with_desa = edit.set_desa_quota(raw, MEKAR_JAYA, "BALAWISTA", 2)
    _refused(edit.remove_group, with_desa, "BALAWISTA", 3, contains="3 peserta sudah terdaftar")
    out = edit.remove_group(with_desa, "BALAWISTA", 0)
    assert "BALAWISTA" not in [g["code"] for g in out["groups"]]
    assert MEKAR_JAYA not in out["desa_quotas"]  # its desa quota went with it
    one = dict(raw, groups=raw["groups"][:1])
    _refused(edit.remove_group, one, "BPD", 0, contains="Kelompok terakhir")


def test_desa_quotas_and_the_live_check(raw: dict[str, Any]) -> None:
    out = edit.set_desa_quota(raw, MEKAR_JAYA, "POSYANDU", 12)
    out = edit.set_desa_quota(out, KRAMATWATU, "POSYANDU", 8)
    assert edit.validate(out).quota_for("POSYANDU", MEKAR_JAYA) == (12, True)
    check = edit.quota_check(out)
    assert (check.desa_total, check.desa_count, check.programme_total) == (20, 2, 21234)
    texts = [m.render() for m in check.messages()]
    assert texts == ["Jumlah kuota desa (20) berbeda dari total program (21.234); selisih 21.214."]
    over = edit.set_desa_quota(out, MEKAR_JAYA, "BALAWISTA", 84)
    assert any(
        "melebihi kuota kelompok (83)" in m.render() for m in edit.quota_check(over).messages()
    )
    cleared = edit.set_desa_quota(out, MEKAR_JAYA, "POSYANDU", None)
    assert MEKAR_JAYA not in cleared["desa_quotas"]
    _refused(edit.set_desa_quota, raw, "32.01.01.2001", "BPD", 1, contains="tidak ada di kabupaten")
    _refused(edit.set_desa_quota, raw, MEKAR_JAYA, "NOPE", 1, contains="NOPE tidak ada")
    _refused(edit.set_desa_quota, raw, MEKAR_JAYA, "BPD", -1, contains="Kuota desa")
    assert edit.quota_check(raw).messages() == []  # no desa quota: nothing to disagree with


def test_column_template(raw: dict[str, Any]) -> None:
    rows = edit.template_rows(raw)
    assert [r.field for r in rows][:3] == ["id", "jenis", "nik"] and all(r.used for r in rows)
    columns = [(r.field, r.header) for r in rows if r.field != "no_hp"]
    columns[2], columns[3] = ("nama", "NAMA LENGKAP"), ("nik", "NOMOR KTP")
    out = edit.set_column_template(raw, columns)
    rows = edit.template_rows(out)
    assert [(r.field, r.header) for r in rows[2:4]] == [
        ("nama", "NAMA LENGKAP"),
        ("nik", "NOMOR KTP"),
    ]
    assert rows[-1].field == "no_hp" and not rows[-1].used
    edit.validate(out)
    without_nik = [c for c in columns if c[0] != "nik"]
    with pytest.raises(UserError) as info:
        edit.set_column_template(raw, without_nik)
    assert "field wajib tidak ada: nik" in info.value.message.render()
    empty = [(f, "" if f == "nama" else h) for f, h in columns]
    with pytest.raises(UserError) as info:
        edit.set_column_template(raw, empty)
    assert "judul kolom untuk 'nama' kosong" in info.value.message.render()


def test_save_new_version_activates_and_audits(kab_db: Database, raw: dict[str, Any]) -> None:
    with kab_db.session() as session:
        with pytest.raises(ProgrammeEditError):
            edit.save_new_version(session, raw, actor="Op")  # nothing changed
        out = edit.set_desa_quota(raw, MEKAR_JAYA, "POSYANDU", 12)
        saved = edit.save_new_version(session, out, actor="Op")
        assert saved.version == 2
        assert active_programme(session).quota_for("POSYANDU", MEKAR_JAYA) == (12, True)
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "programme.edit")).one()
        assert entry.old == "1" and entry.new == "2" and "desa_quotas" in entry.detail
        # An edited copy of an older version still becomes the next one, never a lower one.
        again = edit.save_new_version(session, edit.set_group_quota(out, "BPD", 1), actor="Op")
        assert again.version == 3


def test_write_release_writes_the_active_version(
    kab_db: Database, raw: dict[str, Any], tmp_path: Path
) -> None:
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    with kab_db.session() as session:
        edit.save_new_version(session, edit.set_coverage(raw, "2026-02", "2026-12"), actor="Op")
        programme, path = edit.write_release(session, stick, actor="Op")
        record = active_programme_record(session)
        assert record is not None and record.version == 2
    assert path.name == "program_SERANG-PERBUP-59-2025_v002.json"
    assert load_programme(path) == programme and programme.coverage_start == "2026-02"
    assert [p.name for p in stick.iterdir()] == [path.name]  # no temporary file left
    with kab_db.session() as session:
        actions = [e.action for e in session.exec(select(AuditEntry))]
        assert "programme.write" in actions


def test_write_release_on_a_removed_or_full_stick(
    kab_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with kab_db.session() as session:
        with pytest.raises(ProgrammeEditError) as info:
            edit.write_release(session, tmp_path / "gone", actor="Op")
        assert "flashdisk dicabut?" in info.value.message.render()
        assert not (tmp_path / "gone").exists()

        def full(*_a: Any, **_k: Any) -> Any:
            raise OSError(errno.ENOSPC, "No space left on device")

        import enrolment.safe_files as safe_files

        monkeypatch.setattr(safe_files.os, "fsync", full)
        stick = tmp_path / "FULL"
        stick.mkdir()
        with pytest.raises(ProgrammeEditError) as info:
            edit.write_release(session, stick, actor="Op")
        assert "penuh" in info.value.message.render()
        assert list(stick.iterdir()) == []  # nothing half-written
