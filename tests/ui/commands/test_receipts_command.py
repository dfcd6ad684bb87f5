from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlmodel import select

import main
from enrolment.programme import Programme
from models.database import Database
from models.tables import Enrollee, ReceiptPrint
from tests.receipts_support import enrol, enrol_many


def _pages(pdf: Path) -> int:
    tool = shutil.which("pdfinfo")
    if tool is None:
        pytest.fail("pdfinfo is missing: install poppler-utils")
    out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def test_receipts_by_nik_batch_and_all(
    qapp: object,
    installed_db: Database,
    programme: Programme,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    people = enrol_many(installed_db, programme, 3)
    with installed_db.session() as s:
        rec = s.exec(select(Enrollee).where(Enrollee.id == people[1].id)).one()
        rec.last_batch_no = 2
        s.add(rec)
        s.commit()
    data = ["--data-dir", str(installed_db.data_dir)]
    assert main.main([*data, "receipts", "--out", str(tmp_path / "a.pdf"), "--all"]) == 0
    assert _pages(tmp_path / "a.pdf") == 3
    assert main.main([*data, "receipts", "--out", str(tmp_path / "b"), "--batch", "2"]) == 0
    assert _pages(tmp_path / "b.pdf") == 1
    nik = people[0].nik
    assert main.main([*data, "receipts", "--out", str(tmp_path / "c.pdf"), "--nik", nik]) == 0
    assert "1 tanda terima" in capsys.readouterr().out
    with installed_db.session() as s:
        assert len(s.exec(select(ReceiptPrint)).all()) == 5
    assert main.main([*data, "receipts", "--out", str(tmp_path / "d.pdf"), "--batch", "9"]) == 1
    assert "tidak ada peserta" in capsys.readouterr().out


def test_receipt_check_command(
    installed_db: Database, programme: Programme, capsys: pytest.CaptureFixture[str]
) -> None:
    e = enrol(installed_db, programme)
    from enrolment.receipts.content import receipt_number

    number = receipt_number(e, "36.04.07.2011").text
    data = ["--data-dir", str(installed_db.data_dir)]
    assert main.main([*data, "receipt-check", number]) == 0
    assert "COCOK" in capsys.readouterr().out
    assert main.main([*data, "receipt-check", number[:-1] + "x"]) == 1
    out = capsys.readouterr().out
    assert "TIDAK SAH" in out and "Traceback" not in out
