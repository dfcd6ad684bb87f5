from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from models.database import Database
from tests.accounts_support import ADMIN_PASSWORD, cheap_hashing, make_admin
from ui.accounts import create_admin, recovery_code
from ui.accounts.create_admin import CreateAdminDialog
from ui.accounts.login_dialog import LoginDialog, RecoveryDialog
from ui.accounts.recovery_code import RecoveryCodeDialog


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


@pytest.fixture
def shown_codes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    codes: list[str] = []

    def record(_parent: object, code: str, *_a: object) -> None:
        codes.append(code)

    monkeypatch.setattr(recovery_code, "show_recovery_code", record)
    monkeypatch.setattr(create_admin, "show_recovery_code", record)
    return codes


def test_enter_logs_in(qtbot: QtBot, installed_db: Database) -> None:
    make_admin(installed_db)
    dialog = LoginDialog(installed_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.account is not None and dialog.account.display_name == "Siti Admin"


def test_wrong_password_says_so_and_stays_open(qtbot: QtBot, installed_db: Database) -> None:
    make_admin(installed_db)
    dialog = LoginDialog(installed_db, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "bukan-ini")
    dialog.login_button.click()
    assert dialog.account is None and dialog.isVisible()
    assert dialog.problem.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    dialog.username.clear()
    dialog.login_button.click()
    assert dialog.problem.text() == "Isi nama pengguna."


def test_recovery_from_the_login_dialog(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch, shown_codes: list[str]
) -> None:
    _, code = make_admin(installed_db)

    def fill_and_accept(self: RecoveryDialog) -> int:
        self.code.setText("salah-salah")
        self.password.setText("sandi-baru-123")
        self.repeat.setText("sandi-baru-123")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "Kode pemulihan salah" in self.problem.text()
        self.code.setText(code)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return int(self.result())

    monkeypatch.setattr(RecoveryDialog, "exec", fill_and_accept)
    dialog = LoginDialog(installed_db)
    qtbot.addWidget(dialog)
    dialog.forgot_button.click()
    assert dialog.username.text() == "admin"
    assert len(shown_codes) == 1 and shown_codes[0] != code
    qtbot.keyClicks(dialog.password, "sandi-baru-123")
    dialog.login_button.click()
    assert dialog.account is not None


def test_create_admin_dialog(qtbot: QtBot, installed_db: Database, shown_codes: list[str]) -> None:
    dialog = CreateAdminDialog(installed_db)
    qtbot.addWidget(dialog)
    assert dialog.display_name.text() == "Operator Uji"
    dialog.password.setText("rahasia-123")
    dialog.repeat.setText("rahasia-124")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.problem.text() == "Kedua kata sandi tidak sama."
    dialog.repeat.setText("rahasia-123")
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.role == "admin"
    assert shown_codes == [dialog.code]
    login = LoginDialog(installed_db, username="admin")
    qtbot.addWidget(login)
    login.password.setText("rahasia-123")
    login.login_button.click()
    assert login.account is not None


def test_recovery_code_screen_needs_the_tick_and_saves_a_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RecoveryCodeDialog("ABCDE-FGHJK-MNPQR-STUVW", "Siti Admin", desa="Mekar Jaya")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape does not close it yet
    assert dialog.isVisible()
    target = tmp_path / "kode"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "PDF (*.pdf)"))
    )
    dialog.pdf_button.click()
    assert dialog.saved_to == tmp_path / "kode.pdf"
    assert dialog.saved_to.read_bytes().startswith(b"%PDF-")
    assert not list(tmp_path.glob("*.tmp"))
    assert dialog.close_button.isEnabled()
    dialog.close_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_login_shows_before_the_account_code_loads(installed_db: Database) -> None:
    """Start-up: the window asks whether accounts exist with plain sqlite3 and opens the
    login dialog without the ORM (which loads on a thread while the person types)."""
    import subprocess
    import sys

    from enrolment.accounts import create_first_admin
    from models.db import connect
    from models.quick_read import has_accounts

    conn = connect(installed_db.path, read_only=True)
    try:
        assert not has_accounts(conn)
        with installed_db.session() as session:
            create_first_admin(session, "admin", "Admin Desa", "rahasia-123")
        assert has_accounts(conn)
    finally:
        conn.close()
    code = (
        "import sys; import ui.accounts.login_dialog, ui.main_window; "
        "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'argon2') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"


def test_login_after_the_screen_lock_says_why(qtbot: QtBot, installed_db: Database) -> None:
    plain = LoginDialog(installed_db, None, "admin")
    locked = LoginDialog(installed_db, None, "admin", note="Layar dikunci karena …")
    for dialog in (plain, locked):
        qtbot.addWidget(dialog)
    assert not plain.note.isVisibleTo(plain)
    assert locked.note.isVisibleTo(locked) and locked.note.text().startswith("Layar dikunci")


def test_first_admin_dialog_is_wide_enough_to_read(qtbot: QtBot, installed_db: Database) -> None:
    dialog = CreateAdminDialog(installed_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= 480  # the explanation reads as lines, not a narrow column
