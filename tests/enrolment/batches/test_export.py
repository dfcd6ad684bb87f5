"""Making batches end to end: contents, round trip through two readers, failure, re-write."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import IO, Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlmodel import select

from enrolment.batches import writer
from enrolment.batches.builder import BatchError, preview_batch
from enrolment.batches.service import export_next_batch, rewrite_batch
from enrolment.batches.verify import verify_batch
from enrolment.batches.writer import BatchWriteError
from enrolment.programme import Programme
from enrolment.receipts.content import receipt_number
from enrolment.receipts.numbering import parse_receipt_number
from enrolment.register import remove_enrollee
from models.database import Database
from models.tables import AuditEntry, Batch, BatchItem, Enrollee

from .conftest import AddFn, sample_names


def _export(db: Database, programme: Programme, folder: Path, **kw: Any) -> Any:
    folder.mkdir(exist_ok=True)
    return export_next_batch(db, programme, actor="Operator Uji", folder=folder, **kw)


def _enrollees(db: Database) -> dict[str, Enrollee]:
    with db.session() as session:
        return {e.id: e for e in session.exec(select(Enrollee))}


def test_round_trip_through_openpyxl_and_calamine(
    installed_db: Database, programme: Programme, add_enrollees: AddFn, tmp_path: Path
) -> None:
    add_enrollees(names=sample_names())
    add_enrollees(25)
    result = _export(installed_db, programme, tmp_path / "stick")
    assert result.path.name.startswith("3604072011_MEKAR-JAYA_batch-001_")
    db_rows = _enrollees(installed_db)

    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames == ["Data", "Ringkasan", "Manifest"]
    ws = wb["Data"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref
    header = [c.value for c in ws[1]]
    i_id, i_nik, i_nama, i_lahir = (
        header.index(h) for h in ("ID_PESERTA", "NIK", "NAMA", "TANGGAL_LAHIR")
    )
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(db_rows)
    for row in rows:
        e = db_rows[row[i_id].value]
        for cell in (row[i_nik], row[i_nama], row[i_id]):
            assert cell.data_type == "s" and cell.number_format == "@"
        assert row[i_nik].value == e.nik
        assert row[i_nama].value == e.nama  # =HYPERLINK(...) and @SUM stay literal text
        assert row[i_lahir].value.date() == e.tanggal_lahir
    rt = header.index("RT")
    assert all(r[rt].data_type == "s" and r[rt].value.startswith("00") for r in rows)
    # The receipt number as printed on the receipt: it can be checked and traced back.
    i_receipt = header.index("NO_TANDA_TERIMA")
    for row in rows:
        e = db_rows[row[i_id].value]
        assert row[i_receipt].value == receipt_number(e, "36.04.07.2011").text
        assert parse_receipt_number(row[i_receipt].value).seq == e.receipt_seq

    sheet = CalamineWorkbook.from_path(result.path).get_sheet_by_name("Data").to_python()
    assert len(sheet) - 1 == len(db_rows)
    for values in sheet[1:]:
        e = db_rows[values[i_id]]
        assert (values[i_nik], values[i_nama], values[i_lahir]) == (
            e.nik,
            e.nama,
            e.tanggal_lahir,
        )


def test_records_marked_and_batch_recorded_with_audit(
    installed_db: Database, programme: Programme, add_enrollees: AddFn, tmp_path: Path
) -> None:
    add_enrollees(5)
    add_enrollees(2, status="draft")
    with installed_db.session() as session:
        preview = preview_batch(session, programme)
    assert (preview.batch_no, preview.new, preview.corrections, preview.withdrawals) == (1, 5, 0, 0)
    result = _export(installed_db, programme, tmp_path / "stick")
    rows = _enrollees(installed_db).values()
    assert sorted(e.status for e in rows) == ["draft"] * 2 + ["handed_on"] * 5
    assert {e.last_batch_no for e in rows if e.status == "handed_on"} == {1}
    with installed_db.session() as session:
        batch = session.exec(select(Batch)).one()
        items = session.exec(select(BatchItem)).all()
        logged = session.exec(select(AuditEntry).where(AuditEntry.action == "batch.export")).one()
    assert (batch.batch_no, batch.row_count, batch.new_count) == (1, 5, 5)
    assert batch.sha256 == verify_batch(result.path).computed_sha256
    assert batch.destination == str(tmp_path / "stick")
    assert len(items) == 5 and {i.kind for i in items} == {"new"}
    assert logged.actor == "Operator Uji" and "5 baris" in logged.detail
    # Nothing left to hand on: the next export says so and writes nothing.
    with pytest.raises(BatchError):
        _export(installed_db, programme, tmp_path / "stick2")
    assert list((tmp_path / "stick2").iterdir()) == []


def test_corrections_and_withdrawals_travel_in_the_next_batch(
    installed_db: Database, programme: Programme, add_enrollees: AddFn, tmp_path: Path
) -> None:
    first = add_enrollees(4)
    _export(installed_db, programme, tmp_path / "b1")
    with installed_db.session() as session:
        edited = session.get(Enrollee, first[0].seq)
        assert edited is not None
        edited.status, edited.nama = "changed", "NAMA DIPERBAIKI"
        session.add(edited)
        session.commit()
        remove_enrollee(session, first[1].id, reason="pindah domisili", actor="Uji")
    fresh = add_enrollees(1)
    with installed_db.session() as session:
        preview = preview_batch(session, programme)
    assert (preview.batch_no, preview.new, preview.corrections, preview.withdrawals) == (2, 1, 1, 1)

    result = _export(installed_db, programme, tmp_path / "b2")
    parsed = verify_batch(result.path)
    kinds = {r["id"]: r["jenis"] for r in parsed.records()}
    assert kinds == {fresh[0].id: "new", first[0].id: "correction", first[1].id: "withdrawal"}
    assert {r["id"]: r["nama"] for r in parsed.records()}[first[0].id] == "NAMA DIPERBAIKI"
    assert dict(parsed.changes) == {first[0].id: "KOREKSI", first[1].id: "TARIK"}
    withdrawn = next(r for r in parsed.records() if r["jenis"] == "withdrawal")
    assert withdrawn["alasan_tarik"] == "pindah domisili"
    rows = _enrollees(installed_db)
    assert rows[first[0].id].status == "handed_on" and rows[first[0].id].last_batch_no == 2
    assert rows[first[1].id].withdrawal_batch_no == 2
    with installed_db.session() as session:
        assert preview_batch(session, programme).empty


class _FailingStick:
    """A file on a stick that fills up (or is pulled out) after `limit` bytes."""

    def __init__(self, real: IO[bytes], limit: int, err: int) -> None:
        self._real, self._left, self._err = real, limit, err

    def write(self, data: Any) -> int:
        view = memoryview(data)
        if len(view) > self._left:
            self._real.write(view[: self._left])  # half of it reaches the stick
            self._real.flush()
            raise OSError(self._err, "simulated")
        self._left -= len(view)
        return self._real.write(view)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FailingStick:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO])
def test_write_failing_half_way_leaves_nothing(
    installed_db: Database,
    programme: Programme,
    add_enrollees: AddFn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    err: int,
) -> None:
    add_enrollees(300)
    real_create = writer._create
    monkeypatch.setattr(writer, "_create", lambda p: _FailingStick(real_create(p), 20_000, err))
    stick = tmp_path / "stick"
    with pytest.raises(BatchWriteError) as info:
        _export(installed_db, programme, stick)
    assert "Tidak ada data yang ditandai terkirim" in str(info.value.message)
    assert list(stick.iterdir()) == []  # no final file, no temporary left behind
    assert {e.status for e in _enrollees(installed_db).values()} == {"ready"}
    with installed_db.session() as session:
        assert session.exec(select(Batch)).first() is None
        assert session.exec(select(BatchItem)).first() is None
    # The stick is replaced: the same batch number is made, whole.
    monkeypatch.setattr(writer, "_create", real_create)
    assert _export(installed_db, programme, stick).batch.batch_no == 1


def test_read_back_mismatch_is_refused(
    installed_db: Database,
    programme: Programme,
    add_enrollees: AddFn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_enrollees(3)
    real_render = writer.render_workbook

    def corrupting(content: Any, out: IO[bytes], progress: Any = None) -> str:
        content.rows[0][content.column_index("nama")] = "BUKAN DATA ASLI"
        sha = real_render(content, out, progress)
        return sha

    from enrolment.batches import builder

    real_build = builder.build_batch

    def build_then_corrupt_on_write(*a: Any, **kw: Any) -> Any:
        plan = real_build(*a, **kw)
        expected = plan.content.sha256()
        monkeypatch.setattr(writer, "render_workbook", corrupting)
        monkeypatch.setattr(type(plan.content), "sha256", lambda self: expected)
        return plan

    from enrolment.batches import service

    monkeypatch.setattr(service, "build_batch", build_then_corrupt_on_write)
    with pytest.raises(BatchWriteError):
        _export(installed_db, programme, tmp_path / "stick")
    assert list((tmp_path / "stick").iterdir()) == []
    assert {e.status for e in _enrollees(installed_db).values()} == {"ready"}


def test_rewrite_gives_the_same_hash_and_name(
    installed_db: Database, programme: Programme, add_enrollees: AddFn, tmp_path: Path
) -> None:
    add_enrollees(names=sample_names())
    first = _export(installed_db, programme, tmp_path / "lost")
    add_enrollees(2)  # later changes must not leak into the re-written batch
    again_dir = tmp_path / "again"
    again_dir.mkdir()
    again = rewrite_batch(installed_db, 1, actor="Operator Uji", folder=again_dir)
    assert again.path.name == first.path.name
    a, b = verify_batch(first.path), verify_batch(again.path)
    assert a.computed_sha256 == b.computed_sha256 == first.batch.sha256
    assert a.canonical_rows == b.canonical_rows
    with installed_db.session() as session:
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "batch.rewrite")).one()
    with pytest.raises(BatchError):
        rewrite_batch(installed_db, 9, actor="Uji", folder=again_dir)


def test_password_protected_batch(
    installed_db: Database, programme: Programme, add_enrollees: AddFn, tmp_path: Path
) -> None:
    import io

    import msoffcrypto

    from enrolment.batches.verify import BatchInvalid

    add_enrollees(5)
    with pytest.raises(BatchError, match="minimal 8 karakter"):  # the backups' rule too
        _export(installed_db, programme, tmp_path / "stick", password="pendek")
    result = _export(installed_db, programme, tmp_path / "stick", password="rahasia 123")
    assert result.path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # an encrypted Office file
    with pytest.raises(BatchInvalid, match="kata sandi"):
        verify_batch(result.path)
    with pytest.raises(BatchInvalid, match="salah"):
        verify_batch(result.path, password="keliru")
    assert verify_batch(result.path, password="rahasia 123").computed_sha256 == result.sha256
    # What Excel does: decrypt with the password, then open the workbook.
    plain = io.BytesIO()
    with result.path.open("rb") as fh:
        office = msoffcrypto.OfficeFile(fh)
        office.load_key(password="rahasia 123")
        office.decrypt(plain)
    assert openpyxl.load_workbook(plain).sheetnames[0] == "Data"
    with installed_db.session() as session:
        stored = session.exec(select(Batch)).one().content
        logs = " ".join(a.detail for a in session.exec(select(AuditEntry)))
    assert "rahasia" not in stored and "rahasia" not in logs


def test_programme_column_template_remaps_the_data_sheet(
    installed_db: Database, programme: Programme, add_enrollees: AddFn, tmp_path: Path
) -> None:
    import dataclasses

    template = [
        {"field": "nik", "header": "NOMOR KTP"},
        {"field": "nama", "header": "NAMA LENGKAP"},
        "tanggal_lahir",
        "kategori",
        "kode_desa",
        "jenis",
        "id",
    ]
    remapped = dataclasses.replace(programme, raw={**programme.raw, "column_template": template})
    add_enrollees(2)
    result = _export(installed_db, remapped, tmp_path / "stick")
    parsed = verify_batch(result.path)
    assert parsed.headers == ["NOMOR KTP", "NAMA LENGKAP", "TANGGAL_LAHIR", "KODE_KELOMPOK",
                              "KODE_DESA", "JENIS_DATA", "ID_PESERTA"]  # fmt: skip
    assert {r["nik"] for r in parsed.records()} == {
        e.nik for e in _enrollees(installed_db).values()
    }


def test_edit_during_export_becomes_a_correction(
    installed_db: Database, programme: Programme, add_enrollees: AddFn
) -> None:
    from datetime import timedelta

    from enrolment.batches.builder import build_batch, record_batch

    made = add_enrollees(3)
    with installed_db.session() as session:
        plan = build_batch(session, programme, operator="Uji")
    with installed_db.session() as session:  # the operator saves an edit meanwhile
        e = session.get(Enrollee, made[0].seq)
        assert e is not None
        e.nama, e.updated_at = "DIEDIT", e.updated_at + timedelta(seconds=5)
        session.add(e)
        session.commit()
    with installed_db.session() as session:
        record_batch(session, plan, destination="x", file_name="y.xlsx", actor="Uji")
        preview = preview_batch(session, programme)
    rows = _enrollees(installed_db)
    assert rows[made[0].id].status == "changed" and rows[made[0].id].last_batch_no == 1
    assert {rows[m.id].status for m in made[1:]} == {"handed_on"}
    assert (preview.new, preview.corrections) == (0, 1)
