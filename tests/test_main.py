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
