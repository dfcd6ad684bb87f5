from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parent.parent


def test_help_lists_commands() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "setup" in result.stdout
    assert "--data-dir" in result.stdout


def test_setup_headless(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main.main(
        ["--data-dir", str(tmp_path), "setup", "--desa", "36.04.07.2011", "--operator", "Budi"]
    )
    assert code == 0
    assert "Mekar Jaya" in capsys.readouterr().out
    assert (tmp_path / "jaring.sqlite").exists()


def test_setup_unknown_desa(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main.main(
        ["--data-dir", str(tmp_path), "setup", "--desa", "36.04.99.2001", "--operator", "Budi"]
    )
    assert code == 2
    assert "tidak ada" in capsys.readouterr().out


# -- portable mode ---------------------------------------------------------------------------


def _frozen_at(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Pretends to be the built program `folder/jaring.exe`."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "jaring.exe"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return exe


def test_frozen_program_dir_is_the_executables_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _frozen_at(monkeypatch, tmp_path / "Flashdisk" / "Jaring")
    assert main.program_dir() == (tmp_path / "Flashdisk" / "Jaring").resolve()


def test_source_program_dir_is_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert main.program_dir() == ROOT


def test_portable_marker_keeps_data_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "E" / "Jaring"
    _frozen_at(monkeypatch, stick)
    settings_in: list[Path] = []
    monkeypatch.setattr(main, "keep_settings_in", settings_in.append)
    monkeypatch.setattr(main, "default_data_dir", lambda: pytest.fail("not portable mode"))
    (stick / "portable").write_text("", encoding="utf-8")
    assert main.resolve_data_dir(None) == stick.resolve() / "data"
    assert settings_in == [stick.resolve() / "data"]


def test_without_marker_data_goes_to_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _frozen_at(monkeypatch, tmp_path / "Program Files" / "Jaring")
    monkeypatch.setattr(main, "default_data_dir", lambda: tmp_path / "AppData" / "Jaring")
    assert main.portable_data_dir() is None
    assert main.resolve_data_dir(None) == tmp_path / "AppData" / "Jaring"


def test_a_folder_named_portable_is_not_the_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _frozen_at(monkeypatch, tmp_path / "Jaring")
    (tmp_path / "Jaring" / "portable").mkdir()
    assert main.portable_data_dir() is None


def test_data_dir_option_wins_over_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    _frozen_at(monkeypatch, stick)
    (stick / "portable").write_text("", encoding="utf-8")
    monkeypatch.setattr(main, "keep_settings_in", lambda _: pytest.fail("not portable"))
    assert main.resolve_data_dir(tmp_path / "elsewhere") == tmp_path / "elsewhere"


def test_portable_command_writes_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stick = tmp_path / "stick"
    _frozen_at(monkeypatch, stick)
    (stick / "portable").write_text("", encoding="utf-8")
    monkeypatch.setattr(main, "keep_settings_in", lambda _: None)
    code = main.main(["setup", "--desa", "36.04.07.2011", "--operator", "Budi"])
    assert code == 0, capsys.readouterr().out
    assert (stick / "data" / "jaring.sqlite").exists()


PORTABLE_SETTINGS = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.frozen = True
sys.executable = sys.argv[2]
import main
data = main.resolve_data_dir(None)
from PySide6.QtCore import QCoreApplication, QSettings
QCoreApplication.setApplicationName("Jaring")
settings = QSettings()
settings.setValue("ui/language", "en")
settings.sync()
print(data)
print(settings.fileName())
print(settings.status().name)
"""


def test_portable_settings_stay_in_the_data_folder(tmp_path: Path) -> None:
    """The UI language is not written to the registry or ~/.config in portable mode."""
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "portable").write_text("", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", PORTABLE_SETTINGS, str(ROOT), str(stick / "jaring.exe")],
        capture_output=True,
        text=True,
        check=True,
    )
    data, settings_file, status = result.stdout.splitlines()
    assert Path(data) == stick.resolve() / "data"
    assert Path(settings_file) == stick.resolve() / "data" / "Jaring" / "Jaring.ini"
    assert status == "NoError"
    assert "language=en" in Path(settings_file).read_text(encoding="utf-8")


# -- self-test -------------------------------------------------------------------------------


@pytest.mark.slow
def test_self_test_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("OK ") for line in lines[:-1]), lines
    assert any("tanda terima PDF" in line for line in lines)
    assert "semua langkah OK" in lines[-1]
    assert not list(tmp_path.iterdir())  # nothing left where it was started


def test_help_and_usage_errors_are_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    import main as entry

    with pytest.raises(SystemExit):
        entry.main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: jaring") and "tampilkan bantuan ini lalu keluar" in out
    with pytest.raises(SystemExit) as exited:
        entry.main(["kabupaten", "conflicts", "--keep", "x"])
    assert exited.value.code == 2
    assert "salah: argumen --keep: pilihan 'x' tidak ada" in capsys.readouterr().err
