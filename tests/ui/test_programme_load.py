"""The village loads the kabupaten's programme file from the window and shows the version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from enrolment.installation import active_programme
from enrolment.kabupaten.programme_file import write_next_programme
from enrolment.programme import default_programme
from ui import dialogs
from ui.main_window import MainWindow
from ui.menus import show_about
from ui.tasks import wait_for_all_tasks

pytestmark = pytest.mark.usefixtures("auto_login")


def test_village_loads_a_programme_file_from_the_menu(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = json.loads(json.dumps(default_programme().raw))
    raw["desa_quotas"] = {"36.04.07.2011": {"POSYANDU": 12}}
    _written, path = write_next_programme(raw, tmp_path / "FLASHDISK")
    said: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert "(versi 1)" in window.statusBar().currentMessage()
    window.load_programme_file()
    qtbot.waitUntil(lambda: "(versi 2)" in window.statusBar().currentMessage(), timeout=30_000)
    assert said and "versi 2 kini berjalan" in said[-1]
    assert window.ws is not None and window.ws.programme.quota_for("POSYANDU", "36.04.07.2011") == (
        12,
        True,
    )
    with window.ws.db.session() as session:
        assert active_programme(session).version == 2
    show_about(window)
    assert "Program yang berjalan: " in said[-1] and "versi 2" in said[-1]
    # The same file again is refused (not newer), calmly.
    warned: list[str] = []
    monkeypatch.setattr("ui.errors.QMessageBox.warning", lambda _p, _t, text: warned.append(text))
    window.load_programme_file()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "tidak lebih baru" in warned[0]
    assert wait_for_all_tasks()
