"""`verify`: catches edited, truncated or foreign files; accepts an untouched re-saved one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from enrolment.batches.service import export_next_batch
from enrolment.batches.verify import BatchInvalid, verify_batch
from enrolment.programme import Programme
from main import main
from models.database import Database

from .conftest import AddFn, sample_names


@pytest.fixture
def batch_file(
    installed_db: Database, programme: Programme, add_enrollees: AddFn, tmp_path: Path
) -> Path:
    add_enrollees(names=sample_names())
    add_enrollees(12)
    stick = tmp_path / "stick"
    stick.mkdir()
    return export_next_batch(installed_db, programme, actor="Uji", folder=stick).path


def _edit(path: Path, sheet: str, coordinate: str, value: object) -> Path:
    wb = openpyxl.load_workbook(path)
    wb[sheet][coordinate].value = value
    out = path.with_name("diubah.xlsx")
    wb.save(out)
    return out


def test_untouched_file_passes(batch_file: Path) -> None:
    parsed = verify_batch(batch_file)
    assert parsed.batch_no == 1 and parsed.desa_code == "36.04.07.2011"
    assert parsed.computed_sha256 == parsed.manifest_sha256


def test_resaved_file_passes(batch_file: Path) -> None:
    """A full load-and-save by another program rewrites every part of the file (shared strings
    instead of inline ones, new styles, new zip) but keeps the values: still valid."""
    wb = openpyxl.load_workbook(batch_file)
    out = batch_file.with_name("disimpan-ulang.xlsx")
    wb.save(out)
    assert out.read_bytes() != batch_file.read_bytes()
    assert verify_batch(out).computed_sha256 == verify_batch(batch_file).computed_sha256


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_resaved_by_an_office_suite_passes(batch_file: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            str(batch_file),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    verify_batch(out_dir / batch_file.name)


def test_edited_name_is_caught(batch_file: Path) -> None:
    with pytest.raises(BatchInvalid, match="Checksum"):
        verify_batch(_edit(batch_file, "Data", "D3", "NAMA LAIN"))


def test_edited_date_is_caught(batch_file: Path) -> None:
    from datetime import datetime

    with pytest.raises(BatchInvalid, match="Checksum"):
        verify_batch(_edit(batch_file, "Data", "F3", datetime(1999, 1, 1)))


def test_nik_turned_into_a_number_is_caught(batch_file: Path) -> None:
    wb = openpyxl.load_workbook(batch_file)
    cell = wb["Data"]["C3"]
    cell.value = int(cell.value)  # what Excel's "convert to number" does
    out = batch_file.with_name("angka.xlsx")
    wb.save(out)
    with pytest.raises(BatchInvalid, match="bukan sel teks"):
        verify_batch(out)


def test_deleted_row_is_caught(batch_file: Path) -> None:
    wb = openpyxl.load_workbook(batch_file)
    wb["Data"].delete_rows(4)
    out = batch_file.with_name("kurang.xlsx")
    wb.save(out)
    with pytest.raises(BatchInvalid, match="Jumlah baris"):
        verify_batch(out)


def test_manifest_of_another_batch_is_caught(batch_file: Path) -> None:
    with pytest.raises(BatchInvalid, match="Checksum"):
        verify_batch(_edit(batch_file, "Manifest", "B11", 2))


def test_newer_format_version_is_refused(batch_file: Path) -> None:
    with pytest.raises(BatchInvalid, match="versi 2"):
        verify_batch(_edit(batch_file, "Manifest", "B2", 2))


def test_not_a_batch(tmp_path: Path) -> None:
    junk = tmp_path / "bukan.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(BatchInvalid):
        verify_batch(junk)
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "lain.xlsx")
    with pytest.raises(BatchInvalid, match="Lembar"):
        verify_batch(tmp_path / "lain.xlsx")


def test_commands_export_and_verify(
    installed_db: Database,
    add_enrollees: AddFn,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_enrollees(3)
    stick = tmp_path / "stick"
    stick.mkdir()
    data_dir = str(installed_db.data_dir)
    assert main(["--data-dir", data_dir, "export", "--to", str(stick)]) == 0
    path = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert path.parent == stick and path.exists()
    assert main(["--data-dir", data_dir, "verify", str(path)]) == 0
    assert "SAH" in capsys.readouterr().out
    edited = _edit(path, "Data", "D2", "DIUBAH")
    assert main(["--data-dir", data_dir, "verify", str(edited)]) == 1
    assert "Checksum" in capsys.readouterr().out
    # Nothing left: a clear message and a non-zero exit, no traceback.
    assert main(["--data-dir", data_dir, "export", "--to", str(stick)]) == 1
    assert "Tidak ada data" in capsys.readouterr().out
    assert main(["--data-dir", data_dir, "export", "--to", str(tmp_path / "tidak-ada")]) == 1
    assert "Gagal" in capsys.readouterr().out


def test_commands_lock_and_verify_with_a_password_asked_not_typed_on_the_line(
    installed_db: Database,
    add_enrollees: AddFn,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    add_enrollees(2)
    stick = tmp_path / "stick"
    stick.mkdir()
    data_dir = str(installed_db.data_dir)
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi desa 1\n"))
    assert main(["--data-dir", data_dir, "export", "--to", str(stick), "--password"]) == 0
    path = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert main(["--data-dir", data_dir, "verify", str(path)]) == 1  # locked
    assert "dikunci kata sandi" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi desa 1\n"))
    assert main(["--data-dir", data_dir, "verify", str(path), "--password"]) == 0
    assert "SAH" in capsys.readouterr().out
