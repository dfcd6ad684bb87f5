from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from models.database import Database
from ui.main_window import MainWindow


@pytest.fixture
def auto_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs in as a test admin without showing the login or first-admin dialogs."""
    from enrolment.accounts import create_first_admin, get_account
    from enrolment.permissions import has_accounts
    from models.tables import Account

    def login(parent: object, db: Database, username: str = "", note: str = "") -> Account | None:
        with db.session() as session:
            if not has_accounts(session):
                create_first_admin(session, "admin", "Operator Uji", "rahasia-123")
            return get_account(session, "admin")

    monkeypatch.setattr("ui.accounts.login_dialog.ask_login", login)
    monkeypatch.setattr(
        "ui.accounts.create_admin.create_admin_dialog", lambda parent, db: login(parent, db)
    )


@pytest.fixture
def window(qtbot: QtBot, installed_db: Database, auto_login: None) -> Iterator[MainWindow]:
    # Not registered with qtbot.addWidget: pytest-qt would close it before this fixture's
    # teardown, and a form left dirty by a test would then ask (modally) before closing.
    w = MainWindow(installed_db.data_dir)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_data()
    yield w
    w.desa.entry.start_new()
    w.close()
    w.deleteLater()


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog a test did not expect fails the test instead of blocking it forever."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(self: QMessageBox) -> int:
        pytest.fail(f"unexpected dialog: {self.windowTitle()}: {self.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
