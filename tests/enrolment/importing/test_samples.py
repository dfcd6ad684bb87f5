"""The three shared sample lists reach the verdicts their .expect.json files give."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from enrolment.importing.plan import HELD, IMPORT, SKIP, WARNING, ImportOptions
from enrolment.importing.service import execute, judge, prepare
from enrolment.programme import Programme
from enrolment.register import save_enrollee
from models.database import Database
from models.tables import AuditEntry, Enrollee

from .conftest import SAMPLES

DESA = "36.04.07.2011"
NAMES = ["clean", "ttl", "numeric"]


def _sample(tmp_path: Path, name: str) -> tuple[Path, dict[int, dict[str, object]]]:
    source = SAMPLES / f"village-list-{name}.xlsx"
    copy = tmp_path / source.name  # the error workbook is written next to the source
    shutil.copyfile(source, copy)
    expect = json.loads((SAMPLES / f"village-list-{name}.expect.json").read_text("utf-8"))
    return copy, {e["row"]: e for e in expect}


@pytest.mark.parametrize("name", NAMES)
def test_sample_verdicts_match_expectations(
    name: str, tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    path, expect = _sample(tmp_path, name)
    prepared = prepare(path, None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=DESA,
    )  # fmt: skip
    assert sorted(r.row for r in plan.rows) == sorted(expect)
    for row in plan.rows:
        wanted = expect[row.row]
        if wanted["importable"] is not None:
            assert (row.verdict != HELD) == wanted["importable"], (row.row, row.reason_text())
        if row.verdict == HELD:
            assert row.reasons, row.row
            continue
        assert row.data.nik == wanted["nik"]
        assert row.data.tanggal_lahir == date.fromisoformat(str(wanted["tanggal_lahir"]))
        assert row.data.jenis_kelamin == wanted["jenis_kelamin"]
        assert row.data.kategori == wanted["kategori"]
        assert row.data.nama == " ".join(str(wanted["nama"]).split()).upper()


@pytest.mark.parametrize("name", NAMES)
def test_sample_import_writes_accepted_rows_and_error_workbook(
    name: str, tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    path, _expect = _sample(tmp_path, name)
    prepared = prepare(path, None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=DESA,
    )  # fmt: skip
    outcome = execute(
        installed_db, prepared, plan, actor="Operator Uji", programme=programme, today=today
    )
    accepted = [r for r in plan.rows if r.verdict in (IMPORT, WARNING)]
    assert outcome.result.created == len(accepted)
    with installed_db.session() as s:
        records = s.exec(select(Enrollee).order_by(col(Enrollee.receipt_seq))).all()
        assert [r.nik for r in records] == [r.data.nik for r in accepted]
        assert [r.receipt_seq for r in records] == list(range(1, len(accepted) + 1))
        assert all(r.status == "ready" and len(r.nik) == 16 for r in records)
        for record, row in zip(records, accepted, strict=True):
            confirmations = json.loads(record.confirmed_warnings)
            assert [c["code"] for c in confirmations] == [w.code for w in row.warnings]
            assert all(c["by"] == "Operator Uji" for c in confirmations)
        actions = [a.action for a in s.exec(select(AuditEntry))]
        assert actions.count("enrollee.create") == len(accepted)
        assert actions.count("import") == 1
    held = plan.held
    assert outcome.error_workbook is not None and outcome.error_workbook.parent == tmp_path
    from openpyxl import load_workbook

    sheet = load_workbook(outcome.error_workbook).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    assert len(rows) == len(held) + 1
    assert rows[0][-1].value == "Alasan ditahan"
    for cells, row in zip(rows[1:], held, strict=True):
        assert all(c.data_type == "s" for c in cells if c.value is not None)
        assert cells[-1].value == row.reason_text()
        assert cells[1].value == row.source[1]  # a hostile name stays literal text


def test_error_workbook_reimports_after_correction(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    path, expect = _sample(tmp_path, "numeric")
    prepared = prepare(path, None, installed_db.data_dir)
    options = ImportOptions()
    plan = judge(
        installed_db, prepared, options=options, programme=programme, today=today, desa_code=DESA
    )
    outcome = execute(
        installed_db, prepared, plan, actor="Operator Uji", programme=programme, today=today
    )
    assert outcome.error_workbook is not None
    from openpyxl import load_workbook

    book = load_workbook(outcome.error_workbook)
    sheet = book.active
    assert sheet is not None
    again = prepare(outcome.error_workbook, None, installed_db.data_dir)
    unchecked = judge(
        installed_db, again, options=options, programme=programme, today=today, desa_code=DESA
    )
    assert unchecked.count(HELD) == len(plan.held)  # a damaged NIK never slips back in
    for cells, row in zip(list(sheet.iter_rows())[1:], plan.held, strict=True):
        assert str(cells[0].value).endswith("(cocokkan dengan KTP)") == row.nik_damaged
        cells[0].value = expect[row.row]["nik"]  # checked against the KTP
        cells[1].value = "NAMA DIPERBAIKI"
    book.save(outcome.error_workbook)
    again = prepare(outcome.error_workbook, None, installed_db.data_dir)
    assert again.guess.mapping[-1] == ""  # the reason column is ignored
    plan2 = judge(
        installed_db, again, options=options, programme=programme, today=today, desa_code=DESA
    )
    assert plan2.count(HELD) == 0, [r.reason_text() for r in plan2.held]
    assert plan2.count(IMPORT) + plan2.count(WARNING) == len(plan.held)


def test_import_rules_equal_the_entry_form(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    """Saving each row through the form's save_enrollee gives the same warnings and refusals."""
    path, _ = _sample(tmp_path, "clean")
    prepared = prepare(path, None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=DESA,
    )  # fmt: skip
    for row in plan.rows:
        with installed_db.session() as s:
            out = save_enrollee(
                s, row.data, actor="Form", programme=programme, today=today, desa_code=DESA
            )
            if row.verdict == HELD:
                assert not out.saved and out.errors
                continue
            assert [w.code for w in out.unconfirmed] == [w.code for w in row.warnings]
            if not out.saved:
                out = save_enrollee(
                    s, row.data, actor="Form", programme=programme, today=today,
                    desa_code=DESA, confirmed={w.code for w in row.warnings},
                )  # fmt: skip
            assert out.saved


def test_existing_rows_skipped_or_updated(
    tmp_path: Path, installed_db: Database, programme: Programme, today: date
) -> None:
    path, _ = _sample(tmp_path, "clean")
    prepared = prepare(path, None, installed_db.data_dir)
    first = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=DESA,
    )  # fmt: skip
    execute(installed_db, prepared, first, actor="Op", programme=programme, today=today)
    with installed_db.session() as s:
        record = s.exec(select(Enrollee).where(Enrollee.nik == "3604071703870001")).one()
        record.alamat, record.status = "DIUBAH DI FORM", "handed_on"
        s.add(record)
        s.commit()
    skip = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=DESA,
    )  # fmt: skip
    assert skip.count(SKIP) == first.count(IMPORT) + first.count(WARNING)
    update_plan = judge(
        installed_db, prepared, options=ImportOptions(update_existing=True),
        programme=programme, today=today, desa_code=DESA,
    )  # fmt: skip
    outcome = execute(
        installed_db, prepared, update_plan, actor="Op", programme=programme, today=today
    )
    assert outcome.result.created == 0 and outcome.result.updated == 1
    with installed_db.session() as s:
        record = s.exec(select(Enrollee).where(Enrollee.nik == "3604071703870001")).one()
        assert record.alamat == "KP. TEGAL"
        assert record.status == "changed"  # handed on: the next batch carries a correction
        fields = [
            a.field
            for a in s.exec(
                select(AuditEntry).where(
                    AuditEntry.entity_id == record.id, AuditEntry.action == "enrollee.update"
                )
            )
        ]
        assert fields == ["alamat"]
