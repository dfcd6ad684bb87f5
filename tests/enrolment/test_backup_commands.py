from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

import main
from enrolment.programme import Programme
from models.database import Database
from tests.enrolment.people import add_people

PASSWORD = "sandi-desa-123"


class FakeStdin(io.StringIO):
    def __init__(self, text: str, tty: bool) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def run(db: Database, *args: str) -> int:
    return main.main(["--data-dir", str(db.data_dir), *args])


def enrollee_count(db: Database) -> int:
    conn = sqlite3.connect(db.path)
    try:
        return int(conn.execute("SELECT count(*) FROM enrollee").fetchone()[0])
    finally:
        conn.close()


def test_backup_and_restore_headless(
    installed_db: Database,
    programme: Programme,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_people(installed_db, programme, range(1, 4))
    stick = tmp_path / "stick"
    stick.mkdir()
    assert run(installed_db, "backup", "--to", str(stick)) == 0
    out = capsys.readouterr().out
    (copy,) = stick.iterdir()
    assert str(copy) in out
    add_people(installed_db, programme, range(4, 6))

    # Without --yes and without a terminal: refused, nothing changed.
    monkeypatch.setattr("sys.stdin", FakeStdin("", tty=False))
    assert run(installed_db, "restore", str(copy)) == 2
    assert "--yes" in capsys.readouterr().out
    assert enrollee_count(installed_db) == 5

    # On a terminal, answering anything but "ya" cancels.
    monkeypatch.setattr("sys.stdin", FakeStdin("", tty=True))
    monkeypatch.setattr("builtins.input", lambda _prompt: "tidak")
    assert run(installed_db, "restore", str(copy)) == 1
    out = capsys.readouterr().out
    assert "Mekar Jaya" in out and "Peserta aktif: 3" in out and "Dibatalkan" in out
    assert enrollee_count(installed_db) == 5

    monkeypatch.setattr("builtins.input", lambda _prompt: "ya")
    assert run(installed_db, "restore", str(copy), "--operator", "Sekdes") == 0
    assert "dipulihkan" in capsys.readouterr().out
    assert enrollee_count(installed_db) == 3
    conn = sqlite3.connect(installed_db.path)
    last = conn.execute("SELECT action, actor FROM audit_log ORDER BY seq DESC").fetchone()
    conn.close()
    assert last == ("backup.restore", "Sekdes")


def test_locked_backup_headless(
    installed_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(PASSWORD + "\n", tty=False))
    assert run(installed_db, "backup", "--to", str(tmp_path), "--password") == 0
    assert "dikunci" in capsys.readouterr().out
    (locked,) = tmp_path.glob("*.jaringenc")
    monkeypatch.setattr("sys.stdin", FakeStdin("", tty=False))
    assert run(installed_db, "restore", str(locked), "--yes") == 2
    assert "--password" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", FakeStdin("salah-sandi\n", tty=False))
    assert run(installed_db, "restore", str(locked), "--yes", "--password") == 2
    assert "Kata sandi salah" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", FakeStdin(PASSWORD + "\n", tty=False))
    assert run(installed_db, "restore", str(locked), "--yes", "--password") == 0


def test_bad_input_is_a_message_not_a_traceback(
    installed_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(installed_db, "backup", "--to", str(tmp_path / "tidak-ada")) == 2
    assert "Gagal" in capsys.readouterr().out
    junk = tmp_path / "bukan.sqlite"
    junk.write_text("halo")
    assert run(installed_db, "restore", str(junk), "--yes") == 2
    assert "bukan cadangan Jaring" in capsys.readouterr().out
    assert run(installed_db, "restore", str(tmp_path / "hilang.sqlite"), "--yes") == 2
    assert "Gagal" in capsys.readouterr().out
    empty = tmp_path / "kosong"
    assert main.main(["--data-dir", str(empty), "backup", "--to", str(tmp_path)]) == 2
    assert "Belum ada basis data" in capsys.readouterr().out
    assert not empty.exists()


def test_restore_headless_when_the_database_is_damaged(
    installed_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(installed_db, "backup", "--to", str(tmp_path)) == 0
    (copy,) = tmp_path.glob("*.sqlite")
    installed_db.dispose()
    installed_db.path.write_bytes(b"rusak" * 1000)
    assert run(installed_db, "restore", str(copy), "--yes") == 0
    out = capsys.readouterr().out
    assert "disisihkan" in out and "dipulihkan" in out
    assert enrollee_count(installed_db) == 0
    conn = sqlite3.connect(installed_db.path)
    last = conn.execute("SELECT action, actor FROM audit_log ORDER BY seq DESC").fetchone()
    conn.close()
    assert last == ("backup.restore", "baris perintah")
