from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.setup.wizard import SetupWizard

pytestmark = pytest.mark.usefixtures("auto_login")


def test_wizard_keyboard_flow(qtbot: QtBot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.kecamatan.picker.filter, "bojone")
    assert wizard.kecamatan.picker.current_code() == "36.04.07"
    wizard.next()
    qtbot.keyClicks(wizard.desa.picker.filter, "mekar")
    assert wizard.desa.picker.current_code() == "36.04.07.2011"
    wizard.next()
    assert not wizard.people.isComplete()
    qtbot.keyClicks(wizard.people.operator, "  Budi  ")
    assert wizard.people.isComplete()
    wizard.next()
    wizard.paper.f4.setChecked(True)
    answers = wizard.answers()
    assert (answers.desa_code, answers.paper_size, answers.receipt_copies) == (
        "36.04.07.2011",
        "F4",
        2,
    )


def test_first_run_shows_wizard_then_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(self: SetupWizard) -> int:
        self.restart()
        self.kecamatan.picker.select("36.04.07")
        self.next()
        self.desa.picker.select("36.04.07.2011")
        self.people.operator.setText("Budi")
        return SetupWizard.DialogCode.Accepted

    monkeypatch.setattr(SetupWizard, "exec", fake_exec)
    monkeypatch.setattr("ui.dialogs.warn", lambda *a: pytest.fail(f"unexpected warning {a}"))
    w = MainWindow(tmp_path)
    qtbot.addWidget(w)
    w.show()
    assert w.open_data()
    assert (
        w.ws is not None and w.ws.desa_name == "Mekar Jaya" and w.ws.operator == "Operator Uji"
    )  # the logged-in account
    assert "Mekar Jaya" in w.windowTitle()


def test_cancelled_first_run_opens_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SetupWizard, "exec", lambda self: SetupWizard.DialogCode.Rejected)
    w = MainWindow(tmp_path)
    qtbot.addWidget(w)
    assert not w.open_data()


def test_newer_database_refused_with_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from models import migrations

    conn = sqlite3.connect(tmp_path / "jaring.sqlite")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr("ui.dialogs.warn", lambda parent, title, text: shown.append(text))
    w = MainWindow(tmp_path)
    qtbot.addWidget(w)
    assert not w.open_data()
    assert shown and "lebih baru" in shown[0]


def test_escape_key_unused(qtbot: QtBot) -> None:
    # The picker moves with arrow keys from the filter box.
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    picker = wizard.kecamatan.picker
    picker.filter.setFocus()
    first = picker.current_code()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.current_code() != first


def test_kabupaten_office_from_the_wizard(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.kabupaten import KabupatenWorkspace

    def fake_exec(self: SetupWizard) -> int:
        self.restart()
        self.kecamatan.kabupaten.setChecked(True)
        assert self.kecamatan.isComplete()
        self.next()
        assert self.currentId() == SetupWizard.PEOPLE
        self.people.operator.setText("Operator Kabupaten")
        assert self.people.nextId() == -1
        return SetupWizard.DialogCode.Accepted

    monkeypatch.setattr(SetupWizard, "exec", fake_exec)
    w = MainWindow(tmp_path)
    assert w.open_data()
    assert isinstance(w.centralWidget(), KabupatenWorkspace)
    assert w.ws is not None and w.ws.mode == "kabupaten"
    w.close()
