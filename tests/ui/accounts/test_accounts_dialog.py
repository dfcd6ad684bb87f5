from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlmodel import select

from enrolment.accounts import authenticate, idle_lock_minutes
from enrolment.privacy import nik_masking_enabled
from models.database import Database
from models.tables import Account, AuditEntry
from tests.accounts_support import cheap_hashing, make_admin, make_operator
from ui.accounts.accounts_dialog import AccountsDialog, AddAccountDialog, NewPasswordDialog
from ui.accounts.idle_lock import IdleLock


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


def usernames(dialog: AccountsDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def select_user(dialog: AccountsDialog, username: str) -> None:
    dialog.table.selectRow(usernames(dialog).index(username))


def test_admin_adds_disables_and_resets(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, _ = make_admin(installed_db)
    dialog = AccountsDialog(installed_db, admin)
    qtbot.addWidget(dialog)
    assert usernames(dialog) == ["admin"]

    def add(self: AddAccountDialog) -> int:
        self.username.setText("budi")
        self.display_name.setText("Budi Santoso")
        self.passwords.password.setText("sandi-budi-1")
        self.passwords.repeat.setText("sandi-budi-1")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddAccountDialog, "exec", add)
    dialog.add_button.click()
    assert usernames(dialog) == ["admin", "budi"]
    assert dialog.table.item(1, 2).text() == "Operator"
    dialog.add_button.click()  # same name again: refused, said in the dialog
    assert "sudah dipakai" in dialog.problem.text()

    select_user(dialog, "budi")
    assert dialog.toggle_button.text() == "Nonaktifkan"
    dialog.toggle_button.click()
    assert dialog.table.item(1, 3).text() == "Nonaktif"
    assert dialog.toggle_button.text() == "Aktifkan"

    select_user(dialog, "admin")
    dialog.toggle_button.click()  # the only admin: refused
    assert "satu-satunya admin" in dialog.problem.text()

    def new_password(self: NewPasswordDialog) -> int:
        for edit in (self.passwords.password, self.passwords.repeat):
            edit.setText("sandi-admin-2")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPasswordDialog, "exec", new_password)
    dialog.reset_button.click()
    with installed_db.session() as session:
        assert authenticate(session, "admin", "sandi-admin-2").username == "admin"
        actors = {e.actor for e in session.exec(select(AuditEntry)).all() if e.entity == "account"}
    assert actors == {"Siti Admin"}


def test_settings_saved_by_an_admin(qtbot: QtBot, installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    dialog = AccountsDialog(installed_db, admin)
    qtbot.addWidget(dialog)
    assert dialog.mask_nik.isChecked() and dialog.idle_minutes.value() == 10
    dialog.mask_nik.setChecked(False)
    dialog.idle_minutes.setValue(5)
    with qtbot.waitSignal(dialog.settings_changed):
        dialog.save_settings_button.click()
    with installed_db.session() as session:
        assert not nik_masking_enabled(session)
        assert idle_lock_minutes(session) == 5


def test_an_operator_is_refused_even_if_the_dialog_is_opened(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, _ = make_admin(installed_db)
    operator = make_operator(installed_db, admin)
    dialog = AccountsDialog(installed_db, operator)
    qtbot.addWidget(dialog)
    dialog.mask_nik.setChecked(False)
    dialog.save_settings_button.click()
    assert "Hanya admin" in dialog.problem.text()
    assert dialog.mask_nik.isChecked()  # reloaded from the database

    def add(self: AddAccountDialog) -> int:
        self.username.setText("penyusup")
        self.display_name.setText("Penyusup")
        self.role.setCurrentIndex(1)
        self.passwords.password.setText("sandi-penyusup")
        self.passwords.repeat.setText("sandi-penyusup")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddAccountDialog, "exec", add)
    dialog.add_button.click()
    assert "Hanya admin" in dialog.problem.text()
    with installed_db.session() as session:
        assert [a.username for a in session.exec(select(Account))] == ["admin", "budi"]


def test_idle_lock_fires_after_idle_time_and_input_resets_it(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    lock = IdleLock(10)
    assert lock.interval_ms() == 600_000
    timer = lock._timer
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may round remainingTime
    lock.set_interval_ms(60_000)
    lock.start()
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_850, timeout=3000)
    # A key press anywhere restarts the countdown (and still reaches the widget).
    QApplication.sendEvent(
        edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    assert timer.remainingTime() > 59_850
    assert edit.text() == "a"
    lock.set_interval_ms(50)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert not lock.is_running()
    # Stopped until the next login: input does not restart it.
    QApplication.sendEvent(
        edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b")
    )
    assert not lock.is_running()
    lock.start()
    assert lock.is_running()
    lock.stop()
