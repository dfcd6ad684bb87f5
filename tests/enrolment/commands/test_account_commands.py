"""Headless admin commands (restore, setup) need an admin account once accounts exist."""

from __future__ import annotations

import sqlite3

import pytest

import main
from enrolment.backups import make_backup
from models.database import Database
from tests.accounts_support import (
    ADMIN_PASSWORD,
    OPERATOR_PASSWORD,
    cheap_hashing,
    make_admin,
    make_operator,
)
from tests.enrolment.test_backup_commands import FakeStdin


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


def last_entry(db: Database) -> tuple[str, str]:
    conn = sqlite3.connect(db.path)
    try:
        row = conn.execute("SELECT action, actor FROM audit_log ORDER BY seq DESC").fetchone()
    finally:
        conn.close()
    return str(row[0]), str(row[1])


def test_restore_needs_an_admin_account(
    installed_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, _ = make_admin(installed_db)
    make_operator(installed_db, admin)
    copy = make_backup(installed_db, "manual", "Operator Uji")
    base = ["--data-dir", str(installed_db.data_dir), "restore", str(copy), "--yes"]

    monkeypatch.setattr("sys.stdin", FakeStdin("", tty=False))
    assert main.main(base) == 2
    assert "--pengguna" in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", FakeStdin(OPERATOR_PASSWORD + "\n", tty=False))
    assert main.main([*base, "--pengguna", "budi"]) == 2
    assert "Hanya admin" in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", FakeStdin("salah-sekali\n", tty=False))
    assert main.main([*base, "--pengguna", "admin"]) == 2
    assert "kata sandi salah" in capsys.readouterr().out
    assert last_entry(installed_db) == ("login.failed", "Siti Admin")

    monkeypatch.setattr("sys.stdin", FakeStdin(ADMIN_PASSWORD + "\n", tty=False))
    assert main.main([*base, "--pengguna", "admin"]) == 0
    assert "dipulihkan" in capsys.readouterr().out
    assert last_entry(installed_db) == ("backup.restore", "Siti Admin")


def test_setup_changes_need_an_admin_account(
    installed_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, _ = make_admin(installed_db)
    make_operator(installed_db, admin)
    base = [
        "--data-dir",
        str(installed_db.data_dir),
        "setup",
        "--desa",
        "36.04.07.2011",
        "--operator",
        "Operator Baru",
        "--kertas",
        "F4",
    ]
    monkeypatch.setattr("sys.stdin", FakeStdin(OPERATOR_PASSWORD + "\n", tty=False))
    assert main.main([*base, "--pengguna", "budi"]) == 2
    assert "Hanya admin" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", FakeStdin(ADMIN_PASSWORD + "\n", tty=False))
    assert main.main([*base, "--pengguna", "admin"]) == 0
    conn = sqlite3.connect(installed_db.path)
    try:
        assert conn.execute("SELECT paper_size FROM installation").fetchone()[0] == "F4"
    finally:
        conn.close()


def test_help_documents_the_account_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main.main(["restore", "--help"])
    out = capsys.readouterr().out
    assert "--pengguna" in out and "stdin" in out


def test_headless_setup_can_create_the_first_admin(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(ADMIN_PASSWORD + "\n", tty=False))
    args = ["--data-dir", str(db.data_dir), "setup", "--desa", "36.04.07.2011"]
    assert main.main([*args, "--operator", "Siti Admin", "--admin", "Siti"]) == 0
    out = capsys.readouterr().out
    code = out.rsplit(": ", 1)[1].strip()
    assert "KODE PEMULIHAN" in out and len(code) == 23
    from enrolment.accounts import authenticate, recover_with_code

    with db.session() as session:
        assert authenticate(session, "siti", ADMIN_PASSWORD).display_name == "Siti Admin"
        recover_with_code(session, code, "sandi-baru-123")
    # A second run cannot make another "first" admin, nor change settings without one.
    monkeypatch.setattr("sys.stdin", FakeStdin("", tty=False))
    assert main.main([*args, "--operator", "Lain", "--admin", "lain"]) == 2
    assert "--pengguna" in capsys.readouterr().out
