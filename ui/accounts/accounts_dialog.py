"""Account management and the security settings, for admins.

    AccountsDialog(db, by, parent=None).exec()

Lists the accounts; adds operators and admins, disables and re-enables them, resets
passwords; and holds the security settings (NIK masking, idle lock, retention period). Every
action is a call into `enrolment.accounts` / `enrolment.privacy` with `by`, which refuse a
non-admin there too; a refusal or a broken rule is shown in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enrolment.accounts import (
    IDLE_MINUTES_RANGE,
    check_password,
    create_account,
    idle_lock_minutes,
    list_accounts,
    reset_password,
    set_active,
    set_idle_lock_minutes,
)
from enrolment.messages import UserError
from enrolment.permissions import ROLE_ADMIN, ROLE_OPERATOR
from enrolment.privacy import (
    RETENTION_DAYS_RANGE,
    nik_masking_enabled,
    retention_days,
    set_nik_masking,
    set_retention_days,
)
from models.database import Database
from models.tables import Account
from ui.errors import tr_message

COLUMNS = 5  # username, name, role, status, last login


class _PasswordFields:
    """A password and its repetition, checked together."""

    def __init__(self) -> None:
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

    def same(self) -> bool:
        return self.password.text() == self.repeat.text()


class AddAccountDialog(QDialog):
    """User name, full name, role and first password of a new account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah akun"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("Operator (entri, cetak, batch)"), ROLE_OPERATOR)
        self.role.addItem(self.tr("Admin (pengaturan, akun, pemulihan, hapus data)"), ROLE_ADMIN)
        self.passwords = _PasswordFields()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tambah"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        form = QFormLayout(self)
        form.addRow(self.tr("Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama lengkap:"), self.display_name)
        form.addRow(self.tr("Peran:"), self.role)
        form.addRow(self.tr("Kata sandi:"), self.passwords.password)
        form.addRow(self.tr("Ulangi kata sandi:"), self.passwords.repeat)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class NewPasswordDialog(QDialog):
    """A new password (twice) for an account an admin resets."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Atur ulang kata sandi {username}").format(username=username))
        self.passwords = _PasswordFields()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        form = QFormLayout(self)
        form.addRow(self.tr("Kata sandi baru:"), self.passwords.password)
        form.addRow(self.tr("Ulangi kata sandi:"), self.passwords.repeat)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class AccountsDialog(QDialog):
    """Accounts and security settings. `settings_changed` fires after the settings were
    saved, so the window can re-read NIK masking and the idle-lock minutes."""

    settings_changed = Signal()

    def __init__(self, db: Database, by: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.by = by
        self.setWindowTitle(self.tr("Akun dan keamanan"))
        self.resize(720, 480)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama pengguna"),
                self.tr("Nama lengkap"),
                self.tr("Peran"),
                self.tr("Status"),
                self.tr("Terakhir masuk"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Tambah akun…"))
        self.toggle_button = QPushButton(self.tr("Nonaktifkan"))
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)

        self.mask_nik = QCheckBox(self.tr("Samarkan NIK di daftar dan hasil pencarian"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setSuffix(self.tr(" menit"))
        self.retention = QSpinBox()
        self.retention.setRange(*RETENTION_DAYS_RANGE)
        self.retention.setSuffix(self.tr(" hari"))
        self.save_settings_button = QPushButton(self.tr("Simpan pengaturan"))
        settings = QGroupBox(self.tr("Keamanan dan data pribadi"))
        form = QFormLayout(settings)
        form.addRow(self.mask_nik)
        form.addRow(self.tr("Kunci layar bila tidak dipakai:"), self.idle_minutes)
        form.addRow(self.tr("Data yang dihapus boleh dihapus permanen setelah:"), self.retention)
        form.addRow(self.save_settings_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        row = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.reset_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(settings)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add_account)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.save_settings_button.clicked.connect(self.save_settings)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        close.rejected.connect(self.reject)
        self.reload()
        self._load_settings()

    # --- accounts ------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        with self.db.session() as session:
            accounts = list_accounts(session)
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            last = (
                account.last_login_at.astimezone().strftime("%d-%m-%Y %H:%M")
                if account.last_login_at
                else "-"
            )
            values = [
                account.username,
                account.display_name,
                self.tr("Admin") if account.role == ROLE_ADMIN else self.tr("Operator"),
                self.tr("Aktif") if account.active else self.tr("Nonaktif"),
                last,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (account.username, account.active))
                self.table.setItem(row, column, item)
            if account.username == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> tuple[str, bool] | None:
        """(username, active) of the selected row."""
        items = self.table.selectedItems()
        if not items:
            return None
        username, active = items[0].data(Qt.ItemDataRole.UserRole)
        return str(username), bool(active)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.toggle_button.setEnabled(chosen is not None)
        self.reset_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.toggle_button.setText(self.tr("Nonaktifkan") if chosen[1] else self.tr("Aktifkan"))

    def _show(self, exc: UserError) -> None:
        self.problem.setText(tr_message(exc.message))

    def add_account(self) -> None:
        dialog = AddAccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not dialog.passwords.same():
            self.problem.setText(self.tr("Kedua kata sandi tidak sama. Akun belum dibuat."))
            return
        try:
            check_password(dialog.passwords.password.text())
            with self.db.session() as session:
                account = create_account(
                    session,
                    username=dialog.username.text(),
                    display_name=dialog.display_name.text(),
                    role=str(dialog.role.currentData()),
                    password=dialog.passwords.password.text(),
                    by=self.by,
                )
        except UserError as exc:
            self._show(exc)
            return
        self.problem.clear()
        self.reload(select=account.username)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        username, active = chosen
        try:
            with self.db.session() as session:
                set_active(session, username, not active, by=self.by)
        except UserError as exc:
            self._show(exc)
            return
        self.problem.clear()
        self.reload(select=username)

    def reset_password(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        username = chosen[0]
        dialog = NewPasswordDialog(username, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not dialog.passwords.same():
            self.problem.setText(self.tr("Kedua kata sandi tidak sama. Kata sandi tidak diubah."))
            return
        try:
            with self.db.session() as session:
                reset_password(session, username, dialog.passwords.password.text(), by=self.by)
        except UserError as exc:
            self._show(exc)
            return
        self.problem.setText(
            self.tr("Kata sandi {username} sudah diganti.").format(username=username)
        )
        self.reload(select=username)

    # --- settings ------------------------------------------------------------------------

    def _load_settings(self) -> None:
        with self.db.session() as session:
            self.mask_nik.setChecked(nik_masking_enabled(session))
            self.idle_minutes.setValue(idle_lock_minutes(session))
            self.retention.setValue(retention_days(session))

    def save_settings(self) -> None:
        try:
            with self.db.session() as session:
                set_nik_masking(session, self.mask_nik.isChecked(), by=self.by)
                set_idle_lock_minutes(session, self.idle_minutes.value(), by=self.by)
                set_retention_days(session, self.retention.value(), by=self.by)
        except UserError as exc:
            self._show(exc)
            self._load_settings()
            return
        self.problem.setText(self.tr("Pengaturan disimpan."))
        self.settings_changed.emit()
