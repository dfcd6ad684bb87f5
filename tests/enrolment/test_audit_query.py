from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from enrolment import audit
from enrolment.audit_query import (
    ACTION_EXPORT,
    EXPORT_HEADERS,
    AuditFilter,
    count_entries,
    day_range,
    distinct_actions,
    distinct_actors,
    export_audit,
    fetch_entries,
)
from models.database import Database
from models.tables import AuditEntry

WIB = timezone(timedelta(hours=7))
BASE = datetime(2025, 12, 1, 2, 0, tzinfo=UTC)  # 09:00 WIB


@pytest.fixture
def logged(db: Database) -> Database:
    """25 entries: alternating operators, a few actions, one entry per day from 1 December."""
    with db.session() as s:
        for i in range(25):
            audit.record(
                s,
                "Siti" if i % 2 else "Budi",
                ("enrollee.create", "enrollee.update", "backup.create")[i % 3],
                entity="enrollee",
                entity_id=f"id-{i:02d}",
                old="=1+1" if i == 4 else None,
                new="0812" if i == 4 else None,
                detail=f"catatan 50%_{i}" if i == 7 else f"entri {i}",
                at=BASE + timedelta(days=i),
            )
        s.commit()
    return db


def seqs(db: Database, flt: AuditFilter, offset: int = 0, limit: int = 100) -> list[str]:
    with db.session() as s:
        return [e.entity_id for e in fetch_entries(s, flt, offset, limit)]


def test_paging_newest_first(logged: Database) -> None:
    everything = AuditFilter()
    with logged.session() as s:
        assert count_entries(s, everything) == 25
    first, second = seqs(logged, everything, 0, 10), seqs(logged, everything, 10, 10)
    assert first[0] == "id-24" and first[-1] == "id-15" and second[0] == "id-14"


def test_filters(logged: Database) -> None:
    assert len(seqs(logged, AuditFilter(actor="Siti"))) == 12
    assert len(seqs(logged, AuditFilter(action="backup.create"))) == 8
    assert len(seqs(logged, AuditFilter(action="enrollee."))) == 17
    assert seqs(logged, AuditFilter(text="50%_")) == ["id-07"]
    assert seqs(logged, AuditFilter(text="%")) == ["id-07"]  # wildcards are literal
    assert seqs(logged, AuditFilter(text="0812")) == ["id-04"]
    start, end = day_range(date(2025, 12, 3), date(2025, 12, 4), WIB)
    assert seqs(logged, AuditFilter(start=start, end=end)) == ["id-03", "id-02"]
    both = AuditFilter(actor="Budi", action="enrollee.create", text="entri")
    assert len(seqs(logged, both)) == 5
    with logged.session() as s:
        assert count_entries(s, both) == 5
        assert distinct_actors(s) == ["Budi", "Siti"]
        assert distinct_actions(s) == ["backup.create", "enrollee.create", "enrollee.update"]


def test_export_filtered_as_text_and_audited(logged: Database, tmp_path: Path) -> None:
    target = tmp_path / "out" / "log-audit.xlsx"
    seen: list[tuple[int, int]] = []
    flt = AuditFilter(actor="Budi")
    n = export_audit(logged, flt, target, "Kepala Desa", progress=lambda d, t: seen.append((d, t)))
    assert n == 13
    assert seen[-1] == (13, 13)
    assert [p.name for p in target.parent.iterdir()] == ["log-audit.xlsx"]
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == EXPORT_HEADERS
    assert len(rows) == 14
    formula_row = next(r for r in rows if r[4] == "id-04")
    assert formula_row[6] == "=1+1" and formula_row[7] == "0812"
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type in ("s", "inlineStr")  # write-only mode writes inline text
            assert cell.number_format == "@"
    with logged.session() as s:
        last = s.exec(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()  # type: ignore[union-attr]
    assert last is not None
    assert (last.action, last.actor) == (ACTION_EXPORT, "Kepala Desa")
    assert "baris: 13" in last.detail and "operator=Budi" in last.detail


def test_export_cancelled_leaves_nothing(logged: Database, tmp_path: Path) -> None:
    with logged.session() as s:
        for i in range(300):
            audit.record(s, "Budi", "enrollee.update", entity_id=f"x{i}")
        s.commit()

    class Stop(Exception):
        pass

    def cancel() -> None:
        raise Stop

    with pytest.raises(Stop):
        export_audit(logged, AuditFilter(), tmp_path / "out" / "log.xlsx", "A", check=cancel)
    assert list((tmp_path / "out").iterdir()) == []
    with logged.session() as s:
        assert count_entries(s, AuditFilter(action=ACTION_EXPORT)) == 0
