"""Every failure a user can meet ends a command as one `Gagal:` line, never a traceback."""

from __future__ import annotations

import argparse
import errno
from pathlib import Path

import pytest

from enrolment.commands.common import CommandFailed, command_database, run_command
from enrolment.messages import UserError, msg
from models.db import DatabaseError


def _raising(exc: BaseException):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace, data_dir: Path) -> int:
        raise exc

    return run


@pytest.mark.parametrize(
    ("exc", "code", "shown"),
    [
        (CommandFailed("Jaring belum disiapkan."), 2, "Gagal: Jaring belum disiapkan."),
        (CommandFailed("tidak ada yang cocok", code=1), 1, "Gagal: tidak ada yang cocok"),
        (UserError(msg("T", "Kolom NIK tidak ada.")), 2, "Gagal: Kolom NIK tidak ada."),
        (DatabaseError("Basis data rusak."), 2, "Gagal: Basis data rusak."),
        (
            OSError(errno.ENOSPC, "No space left on device", "E:/batch.xlsx"),
            2,
            "Gagal membaca atau menulis berkas: tempat penyimpanan (flashdisk atau disk) penuh "
            "(E:/batch.xlsx)",
        ),
    ],
)
def test_failures_become_one_line(
    exc: BaseException, code: int, shown: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command(_raising(exc), argparse.Namespace(), tmp_path) == code
    captured = capsys.readouterr()
    assert captured.out.strip() == shown
    assert "Traceback" not in captured.err


def test_a_programming_error_is_not_hidden(tmp_path: Path) -> None:
    with pytest.raises(ZeroDivisionError):
        run_command(_raising(ZeroDivisionError()), argparse.Namespace(), tmp_path)


def test_command_database_must_exist_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError), command_database(tmp_path, must_exist=True):
        pass
    assert list(tmp_path.iterdir()) == []


def test_command_database_is_closed_after_a_failure(tmp_path: Path) -> None:
    with pytest.raises(CommandFailed), command_database(tmp_path, must_exist=False) as db:
        raise CommandFailed("x")
    assert db._engine is None  # disposed


def test_only_setup_creates_a_database(tmp_path: Path) -> None:
    from models.db import DatabaseError

    with pytest.raises(DatabaseError, match="Periksa --data-dir"), command_database(tmp_path):
        pass
    assert list(tmp_path.iterdir()) == []  # a mistyped --data-dir leaves nothing behind
