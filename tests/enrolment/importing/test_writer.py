"""Writing is one transaction: a cancelled or failed import changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import func, select

from enrolment.importing import writer
from enrolment.importing.plan import IMPORT, WARNING, ImportOptions
from enrolment.importing.service import Prepared, execute, judge, prepare
from enrolment.programme import Programme
from models.database import Database
from models.tables import AuditEntry, Enrollee

from .conftest import HEADER, person_row


class Stop(Exception):
    pass


def _nik(n: int) -> str:
    return f"360407120390{n + 1:04d}"


def _prepared(make_xlsx: Callable[..., Path], db: Database, count: int = 50) -> Prepared:
    rows = [HEADER] + [
        person_row(_nik(n), nama=f"ORANG {chr(65 + n // 26)}{chr(65 + n % 26)}")
        for n in range(count)
    ]
    return prepare(make_xlsx(rows), None, db.data_dir)


def _counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.exec(select(func.count()).select_from(Enrollee)).one(),
            s.exec(select(func.count()).select_from(AuditEntry)).one(),
        )


def test_cancel_leaves_the_database_unchanged(
    make_xlsx: Callable[..., Path],
    installed_db: Database,
    programme: Programme,
    today: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(writer, "CHUNK", 10)
    prepared = _prepared(make_xlsx, installed_db)
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    assert plan.count(IMPORT) + plan.count(WARNING) == 50
    before = _counts(installed_db)
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # after two chunks were inserted
            raise Stop

    with pytest.raises(Stop):
        execute(
            installed_db, prepared, plan, actor="Op", programme=programme, today=today,
            check=check,
        )  # fmt: skip
    assert _counts(installed_db) == before
    assert not list(Path(prepared.info.path).parent.glob("*ditahan*"))
    with installed_db.session() as s:  # the search triggers dropped for the import are back
        found = s.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_master "
            "WHERE name IN ('enrollee_fts_ai', 'enrollee_words_ai')"
        )
        assert found.scalar() == 2
    # and the same plan imports completely afterwards
    outcome = execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    assert outcome.result.created == 50
    assert _counts(installed_db)[0] == 50


def test_failure_mid_write_rolls_back(
    make_xlsx: Callable[..., Path],
    installed_db: Database,
    programme: Programme,
    today: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(writer, "CHUNK", 7)
    prepared = _prepared(make_xlsx, installed_db, 20)
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    before = _counts(installed_db)

    def progress(done: int, total: int) -> None:
        if done > 7:
            raise OSError("disk penuh")

    with pytest.raises(OSError):
        execute(
            installed_db, prepared, plan, actor="Op", programme=programme, today=today,
            progress=progress,
        )  # fmt: skip
    assert _counts(installed_db) == before


def test_same_nik_twice_in_one_list_and_quota(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    from dataclasses import replace

    rows = [HEADER, person_row(_nik(1)), person_row(_nik(1), nama="LAIN"),
            person_row(_nik(2), kategori="Balawista"), person_row(_nik(3), nama="ADI",
            kategori="Balawista")]  # fmt: skip
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    small = replace(
        programme,
        groups=tuple(replace(g, quota=1) if g.code == "BALAWISTA" else g for g in programme.groups),
    )
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=small, today=today,
        desa_code=None,
    )  # fmt: skip
    verdicts = [r.verdict for r in plan.rows]
    assert verdicts[1] == "held" and "baris 2" in plan.rows[1].reason_text()
    # the first person of the list takes the last Balawista place, the next goes over quota
    assert "QUOTA_EXCEEDED" not in [w.code for w in plan.rows[2].warnings]
    assert "QUOTA_EXCEEDED" in [w.code for w in plan.rows[3].warnings]
    # same name and birth with another NIK: probable duplicate, as in the form
    assert "PROBABLE_DUPLICATE" in [w.code for w in plan.rows[2].warnings]


def test_group_option_for_lists_without_a_group_column(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    rows = [HEADER[:-1], person_row(_nik(1))[:-1]]
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    held = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    assert held.rows[0].verdict == "held"
    plan = judge(
        installed_db, prepared, options=ImportOptions(default_group="POSYANDU"),
        programme=programme, today=today, desa_code=None,
    )  # fmt: skip
    assert plan.rows[0].verdict == IMPORT and plan.rows[0].data.kategori == "POSYANDU"


def test_mapping_is_remembered_per_layout(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    rows = [["NIK", "Nama", "Lahir di", "JK", "Pos"], [_nik(1), "ADI", "Serang", "L", "Kader"]]
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    assert prepared.guess.mapping == ["nik", "nama", "", "jenis_kelamin", ""]
    assert not prepared.remembered
    corrected = ["nik", "nama", "tempat_lahir", "jenis_kelamin", "kategori"]
    plan = judge(
        installed_db, prepared, mapping=corrected, options=ImportOptions(), programme=programme,
        today=today, desa_code=None,
    )  # fmt: skip
    assert plan.rows[0].verdict in (IMPORT, WARNING), plan.rows[0].reason_text()
    execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    again = prepare(make_xlsx(rows), None, installed_db.data_dir)
    assert again.remembered and again.guess.mapping == corrected


def test_imported_rows_stored_like_form_rows(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    """The fast insert path stores dates, times and text exactly as the ORM does."""
    import sqlite3

    from enrolment.register import save_enrollee
    from enrolment.validation import EnrolleeInput

    with installed_db.session() as s:
        form = save_enrollee(
            s,
            EnrolleeInput(
                nik=_nik(900), nama="LEWAT FORM", tempat_lahir="Serang",
                tanggal_lahir=date(1990, 3, 12), jenis_kelamin="L", kategori="RT_RW",
            ),
            actor="Op", programme=programme, today=today,
        )  # fmt: skip
    assert form.saved
    prepared = _prepared(make_xlsx, installed_db, 3)
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    execute(installed_db, prepared, plan, actor="Op", programme=programme, today=today)
    conn = sqlite3.connect(installed_db.path)
    try:
        rows = conn.execute(
            "SELECT typeof(tanggal_lahir), length(tanggal_lahir), length(created_at), "
            "typeof(receipt_seq), typeof(dok_tanggal), length(updated_at) FROM enrollee"
        ).fetchall()
        assert len(set(rows)) == 1, rows
        found = conn.execute(
            "SELECT count(*) FROM enrollee_fts WHERE enrollee_fts MATCH 'ORANG'"
        ).fetchone()
        assert found == (3,)  # the search index was filled
        found = conn.execute(
            "SELECT count(*) FROM enrollee_words WHERE enrollee_words MATCH 'ORA*'"
        ).fetchone()
        assert found == (3,)  # and the word-prefix index
        trigger = conn.execute(
            "SELECT count(*) FROM sqlite_master "
            "WHERE name IN ('enrollee_fts_ai', 'enrollee_words_ai')"
        ).fetchone()
        assert trigger == (2,)  # and their triggers are back
    finally:
        conn.close()
    with installed_db.session() as s:
        records = s.exec(select(Enrollee).order_by(Enrollee.receipt_seq)).all()
        assert [r.receipt_seq for r in records] == [1, 2, 3, 4]
        assert records[1].created_at.tzinfo is not None
        assert records[1].tanggal_lahir == date(1990, 3, 12)


def test_sex_mismatch_imported_with_warning_recorded(
    make_xlsx: Callable[..., Path], installed_db: Database, programme: Programme, today: date
) -> None:
    """The list says L, the NIK says P: imported, the warning confirmed by the import."""
    import json

    rows = [HEADER, person_row("3604075203900001", nama="SITI", tanggal="12-03-1990", jk="L")]
    prepared = prepare(make_xlsx(rows), None, installed_db.data_dir)
    plan = judge(
        installed_db, prepared, options=ImportOptions(), programme=programme, today=today,
        desa_code=None,
    )  # fmt: skip
    assert plan.rows[0].verdict == WARNING
    assert [w.code for w in plan.rows[0].warnings] == ["NIK_SEX_MISMATCH"]
    execute(installed_db, prepared, plan, actor="Operator Uji", programme=programme, today=today)
    with installed_db.session() as s:
        record = s.exec(select(Enrollee)).one()
        assert record.jenis_kelamin == "L"  # as the list says; the doubt is on record
        confirmed = json.loads(record.confirmed_warnings)
        assert confirmed[0]["code"] == "NIK_SEX_MISMATCH"
        assert confirmed[0]["by"] == "Operator Uji" and confirmed[0]["via"] == "import"
        audit = s.exec(select(AuditEntry).where(AuditEntry.action == "warning.confirm")).one()
        assert audit.entity_id == record.id and "NIK_SEX_MISMATCH" in audit.detail
