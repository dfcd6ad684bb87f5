"""The first admin account, created right after the setup wizard.

    create_admin_dialog(parent, db) -> Account | None

Returns the new admin, already logged in (the login is audited), after the recovery code has
been shown; None when the user cancelled (no account was made).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from enrolment.accounts import authenticate, check_password, create_first_admin
from enrolment.installation import get_installation
from enrolment.messages import UserError
from models.database import Database
from models.tables import Account
from ui.accounts.recovery_code import show_recovery_code
from ui.errors import tr_message


class CreateAdminDialog(QDialog):
    """User name, full name and password (twice) of the first admin."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.account: Account | None = None
        self.code: str | None = None
        with db.session() as session:
            inst = get_installation(session)
        self.desa = f"{inst.desa_name} ({inst.desa_code})" if inst else ""
        self.setWindowTitle(self.tr("Buat akun admin"))
        self.setMinimumWidth(480)  # the explanation above the fields reads as lines, not a column
        intro = QLabel(
            self.tr(
                "Jaring dilindungi kata sandi. Buat akun admin pertama: admin mengatur "
                "Jaring, membuat akun operator, memulihkan cadangan dan menghapus data "
                "pribadi. Sesudah ini Jaring memberi kode pemulihan untuk dicatat."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit(inst.operator_name if inst else "")
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat akun"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama lengkap:"), self.display_name)
        form.addRow(self.tr("Kata sandi:"), self.password)
        form.addRow(self.tr("Ulangi kata sandi:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_create)
        self.buttons.rejected.connect(self.reject)
        self.password.setFocus()

    def try_create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.problem.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        try:
            check_password(self.password.text())
            with self.db.session() as session:
                self.code = create_first_admin(
                    session,
                    self.username.text(),
                    self.display_name.text(),
                    self.password.text(),
                )
                self.account = authenticate(session, self.username.text(), self.password.text())
        except UserError as exc:
            self.problem.setText(tr_message(exc.message))
            return
        show_recovery_code(self, self.code, self.account.display_name, self.desa)
        self.accept()


def create_admin_dialog(parent: QWidget | None, db: Database) -> Account | None:
    """Creates the first admin (showing the recovery code); None when cancelled."""
    dialog = CreateAdminDialog(db, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.account
    return None
