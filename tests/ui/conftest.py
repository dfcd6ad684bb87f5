from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from models.database import Database
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, installed_db: Database) -> Iterator[MainWindow]:
    # Not registered with qtbot.addWidget: pytest-qt would close it before this fixture's
    # teardown, and a form left dirty by a test would then ask (modally) before closing.
    w = MainWindow(installed_db.data_dir)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_data()
    yield w
    w.entry.start_new()
    w.close()
    w.deleteLater()


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog a test did not expect fails the test instead of blocking it forever."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(self: QMessageBox) -> int:
        pytest.fail(f"unexpected dialog: {self.windowTitle()}: {self.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
