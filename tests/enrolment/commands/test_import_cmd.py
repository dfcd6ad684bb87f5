from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlmodel import func, select

import main
from models.database import Database
from models.tables import Enrollee

SAMPLES = Path(__file__).resolve().parents[2] / "fixtures" / "importing"


def _run(db: Database, *args: str) -> int:
    return main.main(["--data-dir", str(db.data_dir), "import", *args])


def test_import_prints_summary_and_error_workbook(
    tmp_path: Path, installed_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "daftar numerik.xlsx"
    shutil.copyfile(SAMPLES / "village-list-numeric.xlsx", source)
    assert _run(installed_db, str(source)) == 0
    out = capsys.readouterr().out
    assert "Diimpor: 37 peserta baru" in out
    assert "Ditahan: 23" in out
    error_book = next(tmp_path.glob("daftar numerik-ditahan-*.xlsx"))
    assert str(error_book) in out
    with installed_db.session() as s:
        assert s.exec(select(func.count()).select_from(Enrollee)).one() == 37
    assert _run(installed_db, str(source)) == 0
    assert "Dilewati (sudah terdaftar): 37" in capsys.readouterr().out
    # The same list again as an update: nothing differs, nothing is written (no record is
    # marked changed for the kabupaten), and it says so.
    assert _run(installed_db, str(source), "--update-existing") == 0
    out = capsys.readouterr().out
    assert "Dilewati (sudah terdaftar): 37" in out and "Diperbarui" not in out
    with installed_db.session() as s:
        assert s.exec(select(func.count()).where(Enrollee.status == "changed")).one() == 0
    with installed_db.engine.begin() as conn:  # typed in the form since
        conn.exec_driver_sql("UPDATE enrollee SET no_hp = '081111111111' WHERE seq = 1")
    assert _run(installed_db, str(source), "--update-existing") == 0
    out = capsys.readouterr().out
    assert "Diperbarui: 1 peserta" in out and "Nomor HP: 081111111111 → " in out


def test_import_group_option(
    tmp_path: Path, installed_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    source = SAMPLES / "village-list-clean.xlsx"
    assert _run(installed_db, str(source), "--group", "Pramuka") == 2
    assert "tidak dikenal" in capsys.readouterr().out


def test_import_needs_setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = SAMPLES / "village-list-clean.xlsx"
    code = main.main(["--data-dir", str(tmp_path / "baru"), "import", str(source)])
    assert code == 2
    assert "Belum ada basis data Jaring" in capsys.readouterr().out
    assert not (tmp_path / "baru").exists()  # nothing created by a mistyped --data-dir


def test_headless_import_says_the_warnings_it_confirms(
    tmp_path: Path, installed_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from enrolment.register import remove_enrollee

    source = tmp_path / "daftar.xlsx"
    shutil.copyfile(SAMPLES / "village-list-clean.xlsx", source)
    assert _run(installed_db, str(source)) == 0
    with installed_db.session() as s:
        first = s.exec(select(Enrollee).where(Enrollee.seq == 1)).one()
        remove_enrollee(s, first.id, reason="Meninggal dunia", actor="Sekdes")
    capsys.readouterr()
    assert _run(installed_db, str(source)) == 0
    out = capsys.readouterr().out
    assert "Peringatan dan catatan" in out
    assert "pernah dihapus dari register" in out and "Meninggal dunia" in out
