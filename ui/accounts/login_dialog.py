"""Logging in, and the way back in with the recovery code.

    ask_login(parent, db, username="") -> Account | None

`LoginDialog` checks the password through `enrolment.accounts.authenticate` (which audits
every try and slows guessing down). Hashing takes a fraction of a second, so it runs on the
GUI thread with a wait cursor rather than through `run_task`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrolment.messages import UserError
from ui.errors import tr_message

if TYPE_CHECKING:
    from models.database import Database
    from models.tables import Account


def _load_account_code() -> None:
    """Imports what checking a password needs (the ORM, Argon2): about 0.7 s on a village PC.

    The login dialog starts this on a background thread when it opens, so the import happens
    while the person types instead of after they press Enter; the import lock makes the check
    wait for it if they are quicker."""
    import enrolment.accounts  # noqa: F401


def preload_account_code() -> None:
    threading.Thread(target=_load_account_code, name="preload-accounts", daemon=True).start()


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class LoginDialog(QDialog):
    """User name and password; Enter logs in. `account` holds who logged in."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, username: str = "", note: str = ""
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Masuk ke Jaring"))
        # Why the login is asked again (the screen locked itself), when it is.
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.forgot_button = QPushButton(self.tr("Lupa kata sandi? Pakai kode pemulihan"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Masuk"))
        self.login_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))

        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Kata sandi:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.forgot_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.forgot_button.clicked.connect(self.recover)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        """Checks the password; accepts on success, else says why and stays open."""
        if not self.username.text().strip():
            self.problem.setText(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        from enrolment.accounts import authenticate

        try:
            with _WaitCursor(), self.db.session() as session:
                self.account = authenticate(session, self.username.text(), self.password.text())
        except UserError as exc:
            self.problem.setText(tr_message(exc.message))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def recover(self) -> None:
        """Opens the recovery-code dialog; on success the admin's name is filled in."""
        dialog = RecoveryDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.account is not None:
            self.username.setText(dialog.account.username)
            self.password.clear()
            self.problem.setText(self.tr("Kata sandi baru sudah disimpan. Silakan masuk."))
            self.password.setFocus()


class RecoveryDialog(QDialog):
    """Recovery code plus a new password for the admin; shows the next code afterwards."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Pulihkan akses admin"))
        intro = QLabel(
            self.tr(
                "Ketik kode pemulihan yang dicetak atau ditulis saat Jaring disiapkan, lalu "
                "buat kata sandi baru untuk admin. Kode itu hanya berlaku sekali."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("_____-_____-_____-_____")
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Simpan kata sandi baru")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        form = QFormLayout()
        form.addRow(self.tr("Kode pemulihan:"), self.code)
        form.addRow(self.tr("Kata sandi baru:"), self.password)
        form.addRow(self.tr("Ulangi kata sandi:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)

    def try_recover(self) -> None:
        if self.password.text() != self.repeat.text():
            self.problem.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        from enrolment.accounts import check_password, recover_with_code
        from ui.accounts.recovery_code import show_recovery_code

        try:
            check_password(self.password.text())
            with _WaitCursor(), self.db.session() as session:
                account, fresh = recover_with_code(session, self.code.text(), self.password.text())
        except UserError as exc:
            self.problem.setText(tr_message(exc.message))
            return
        self.account = account
        show_recovery_code(self, fresh, account.display_name)
        self.accept()


def ask_login(
    parent: QWidget | None, db: Database, username: str = "", note: str = ""
) -> Account | None:
    """Shows the login dialog; the account that logged in, or None when the user quit."""
    preload_account_code()
    dialog = LoginDialog(db, parent, username, note)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.account
    return None
