from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from enrolment.drafts import load_form_draft, save_form_draft
from models.database import Database
from ui.main_window import MainWindow


def _texts(window: MainWindow) -> list[str]:
    return [a.text() for m in (window.menu_file, window.menu_people) for a in m.actions()]


def test_menus_offer_working_actions(window: MainWindow) -> None:
    texts = _texts(window)
    for expected in (
        "&Cadangkan ke flashdisk…",
        "&Pulihkan dari cadangan…",
        "&Log aktivitas",
        "Peserta &baru",
    ):
        assert expected in texts


def test_typed_form_is_kept_as_draft(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.entry.nama, "Budi Santoso")
    assert window.ws is not None
    qtbot.waitUntil(lambda: load_form_draft(window.ws.db.data_dir) is not None, timeout=5000)
    assert load_form_draft(window.ws.db.data_dir)["nama"] == "Budi Santoso"  # type: ignore[index]
    window.entry.cancel_button.setFocus()
    window.entry.start_new()
    window.entry._clear_draft()
    assert load_form_draft(window.ws.db.data_dir) is None


def test_draft_offered_back_at_start(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_form_draft(
        installed_db.data_dir, {"nik": "3604071203900001", "nama": "Budi", "kategori": "BPD"}
    )
    monkeypatch.setattr("ui.dialogs.ask", lambda *a, **k: True)
    w = MainWindow(installed_db.data_dir)
    w.show()
    assert w.open_data()
    qtbot.waitUntil(lambda: w.entry.nama.text() == "Budi", timeout=5000)
    assert w.entry.kategori.currentData() == "BPD"
    assert w.entry.tanggal_lahir.text() == "12-03-1990"
    w.entry.start_new()
    w.close()


def test_close_makes_a_backup(qtbot: QtBot, installed_db: Database) -> None:
    w = MainWindow(installed_db.data_dir)
    w.show()
    assert w.open_data()
    w.close()
    assert list((installed_db.data_dir / "cadangan").glob("jaring-*-tutup.sqlite"))


def test_ctrl_p_without_a_record_explains(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "Simpan data peserta dulu" in window.statusBar().currentMessage()


def test_audit_log_tab(window: MainWindow) -> None:
    window.show_audit_log()
    assert window.tabs.count() == 4
    assert window.tabs.currentWidget() is window._audit_view


def test_import_menu_opens_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    from ui.importing.import_dialog import ImportDialog

    assert "&Impor dari Excel…" in _texts(window)
    window.import_excel()
    dialogs = [w for w in window.findChildren(ImportDialog)]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()


def test_batch_menu_and_history(window: MainWindow, qtbot: QtBot) -> None:
    from ui.batches.export_dialog import ExportDialog

    texts = _texts(window)
    assert "Buat &batch untuk kabupaten…" in texts
    window.export_batch()
    dialogs = window.findChildren(ExportDialog)
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()
    window.show_batches()
    assert window.tabs.currentWidget() is window._batch_view


def test_data_opens_after_the_first_paint(qtbot: QtBot, installed_db: Database) -> None:
    w = MainWindow(installed_db.data_dir)
    failures: list[bool] = []
    w.open_after_first_paint(lambda: failures.append(True))
    w.show()
    qtbot.waitUntil(lambda: w.ws is not None, timeout=10000)
    assert not failures
    assert w.tabs.count() >= 3
    w.close()
