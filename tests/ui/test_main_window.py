from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from enrolment.drafts import load_form_draft, save_form_draft
from models.database import Database
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("auto_login")


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


def test_language_menu_saves_the_choice(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[str] = []
    said: list[str] = []
    monkeypatch.setattr("ui.i18n.save_language", saved.append)  # not the user's own settings
    monkeypatch.setattr("ui.dialogs.inform", lambda _p, _t, text: said.append(text))
    language = next(
        a.menu() for a in window.menu_settings.actions() if a.text() == "&Bahasa / Language"
    )
    english = next(a for a in language.actions() if a.text() == "English")
    english.trigger()
    assert saved == ["en"] and "dibuka ulang" in said[-1]


def test_typed_form_is_kept_as_draft(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.desa.entry.nama, "Budi Santoso")
    assert window.ws is not None
    qtbot.waitUntil(lambda: load_form_draft(window.ws.db.data_dir) is not None, timeout=5000)
    assert load_form_draft(window.ws.db.data_dir)["nama"] == "Budi Santoso"  # type: ignore[index]
    window.desa.entry.cancel_button.setFocus()
    window.desa.entry.start_new()
    window.desa.entry.draft.clear()
    assert load_form_draft(window.ws.db.data_dir) is None


def test_draft_that_cannot_be_written_is_said_and_typing_goes_on(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("enrolment.drafts.save_form_draft", disk_full)
    entry = window.desa.entry
    qtbot.keyClicks(entry.nama, "Budi")
    qtbot.waitUntil(
        lambda: "Cadangan isian tidak dapat disimpan" in entry.status.text(), timeout=5000
    )
    assert entry.nama.text() == "Budi" and entry.nama.isEnabled()
    entry.start_new()


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
    qtbot.waitUntil(lambda: w.desa.entry.nama.text() == "Budi", timeout=5000)
    assert w.desa.entry.kategori.currentData() == "BPD"
    assert w.desa.entry.tanggal_lahir.text() == "12-03-1990"
    w.desa.entry.start_new()
    w.close()


def test_draft_question_keeps_the_draft_on_enter_and_esc(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    save_form_draft(installed_db.data_dir, {"nik": "3604071203900001", "nama": "Budi"})
    seen: list[tuple[str, str]] = []

    def press_esc(box: QMessageBox) -> int:
        seen.append((box.defaultButton().text(), box.escapeButton().text()))
        box.escapeButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_esc)
    w = MainWindow(installed_db.data_dir)
    w.show()
    assert w.open_data()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [("Kembalikan", "Kembalikan")]  # Enter or Esc: the typing comes back
    assert w.desa.entry.nama.text() == "Budi"
    w.desa.entry.start_new()
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
    assert window.tabs.currentWidget() is window.desa.audit_view


def test_import_menu_opens_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    from ui.importing.import_dialog import ImportDialog

    assert "&Impor dari Excel…" in _texts(window)
    window.desa.import_excel()
    dialogs = [w for w in window.findChildren(ImportDialog)]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()


def test_batch_menu_and_history(window: MainWindow, qtbot: QtBot) -> None:
    from ui.batches.export_dialog import ExportDialog

    texts = _texts(window)
    assert "Buat &batch untuk kabupaten…" in texts
    window.desa.export_batch()
    dialogs = window.findChildren(ExportDialog)
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()
    window.desa.show_batches()
    assert window.tabs.currentWidget() is window.desa.batch_view


def test_data_opens_after_the_first_paint(qtbot: QtBot, installed_db: Database) -> None:
    w = MainWindow(installed_db.data_dir)
    failures: list[bool] = []
    w.open_after_first_paint(lambda: failures.append(True))
    w.show()
    qtbot.waitUntil(lambda: w.ws is not None, timeout=10000)
    assert not failures
    assert w.tabs.count() >= 3
    w.close()


def test_login_required_and_cancel_quits(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from enrolment.accounts import create_first_admin

    with installed_db.session() as session:
        create_first_admin(session, "admin", "Admin Desa", "rahasia-123")
    asked: list[str] = []

    def cancelled_login(parent: object, db: Database, username: str = "", note: str = "") -> None:
        asked.append("login")
        return None

    monkeypatch.setattr("ui.accounts.login_dialog.ask_login", cancelled_login)
    w = MainWindow(installed_db.data_dir)
    assert not w.open_data()
    assert asked == ["login"]
    assert w.ws is None


def test_idle_lock_asks_for_login_again(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.accounts import login_dialog

    notes: list[str] = []
    real = login_dialog.ask_login

    def login(parent: object, db: Database, username: str = "", note: str = "") -> object:
        notes.append(note)
        return real(parent, db, username, note)  # the test login of conftest

    monkeypatch.setattr(login_dialog, "ask_login", login)
    assert window.idle is not None
    window.idle.locked.emit()
    assert notes and "Layar dikunci" in notes[0]  # says why the login is asked again
    assert window.account is not None and window.account.username == "admin"
    assert window.centralWidget().isVisible()


def test_operator_does_not_see_admin_actions(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from enrolment.accounts import create_account, create_first_admin, get_account

    with installed_db.session() as session:
        create_first_admin(session, "admin", "Admin Desa", "rahasia-123")
        admin = get_account(session, "admin")
        assert admin is not None
        create_account(
            session,
            username="sri",
            display_name="Sri Operator",
            role="operator",
            password="rahasia-456",
            by=admin,
        )

    def login_as_operator(
        parent: object, db: Database, username: str = "", note: str = ""
    ) -> object:
        with db.session() as session:
            return get_account(session, "sri")

    monkeypatch.setattr("ui.accounts.login_dialog.ask_login", login_as_operator)
    w = MainWindow(installed_db.data_dir)
    assert w.open_data()
    assert w.ws is not None and w.ws.operator == "Sri Operator"
    assert not w._restore_action.isVisible() and not w._log_action.isVisible()
    w.close()


def test_kabupaten_installation_shows_the_consolidation_screens(qtbot: QtBot, db: Database) -> None:
    from enrolment.installation import setup_kabupaten
    from ui.audit.audit_view import AuditLogWidget
    from ui.kabupaten import KabupatenWorkspace

    with db.session() as session:
        setup_kabupaten(session, "36.04", "Operator Kabupaten")
    w = MainWindow(db.data_dir)
    assert w.open_data()
    assert isinstance(w.centralWidget(), KabupatenWorkspace)
    texts = _texts(w)
    assert "&Impor dari Excel…" not in texts and "Peserta &baru" not in texts
    assert "&Cadangkan ke flashdisk…" in texts
    visible = [
        a.text()
        for m in (w.menu_file, w.menu_people, w.menu_settings)
        for a in m.actions()
        if a.isVisible()
    ]
    assert "&Log aktivitas" in visible and "&Akun dan keamanan…" in visible
    for village_only in (
        "&Periksa nomor tanda terima…",
        "Hapus &permanen data yang dipilih…",
        "Pengaturan &desa…",
        "Muat berkas &program dari kabupaten…",
    ):
        assert village_only not in visible  # left out, not shown greyed
    assert w.desa is None
    w.show_audit_log()
    log = w.tabs.currentWidget()
    assert isinstance(log, AuditLogWidget)
    tabs = w.tabs.count()
    w.show_audit_log()  # a second time: the same tab, refreshed
    assert w.tabs.currentWidget() is log and w.tabs.count() == tabs
    w.close()


def test_admin_purges_a_removed_record_after_retention(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlmodel import select

    from models.tables import Enrollee
    from ui.register.register_view import REMOVED

    window.desa.entry.nik.setText("3604071203900001")
    window.desa.entry.nama.setText("Budi Santoso")
    window.desa.entry.tempat_lahir.setText("Serang")
    window.desa.entry.kategori.setCurrentIndex(2)
    assert window.desa.entry.save()
    monkeypatch.setattr("ui.dialogs.ask_text", lambda *a, **k: "surat permintaan 12/2026")
    monkeypatch.setattr("ui.dialogs.ask", lambda *a, **k: True)
    rec_id = window.desa.register.model.enrollee_id(0)
    assert rec_id
    window.desa.remove_enrollee(rec_id)
    assert window.ws is not None
    conn = sqlite3.connect(window.ws.db.path)
    conn.execute("UPDATE enrollee SET removed_at = '2020-01-01 00:00:00.000000'")
    conn.commit()
    conn.close()
    window.desa.find_enrollee()
    window.desa.register.status.setCurrentIndex(window.desa.register.status.findData(REMOVED))
    assert window.desa.register.model.rowCount() == 1
    window.desa.register.table.selectRow(0)
    window.desa.purge_selected()
    with window.ws.db.session() as s:
        rec = s.exec(select(Enrollee)).one()
        assert rec.purged_at is not None
        assert "BUDI" not in rec.nama and rec.nik != "3604071203900001"


def test_purge_refused_before_retention(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.register.register_view import REMOVED

    window.desa.entry.nik.setText("3604071203900001")
    window.desa.entry.nama.setText("Budi Santoso")
    window.desa.entry.tempat_lahir.setText("Serang")
    window.desa.entry.kategori.setCurrentIndex(2)
    assert window.desa.entry.save()
    monkeypatch.setattr("ui.dialogs.ask_text", lambda *a, **k: "pindah")
    monkeypatch.setattr("ui.dialogs.ask", lambda *a, **k: True)
    warned: list[str] = []
    monkeypatch.setattr("ui.dialogs.warn", lambda parent, title, text: warned.append(text))
    rec_id = window.desa.register.model.enrollee_id(0)
    assert rec_id
    window.desa.remove_enrollee(rec_id)
    window.desa.register.status.setCurrentIndex(window.desa.register.status.findData(REMOVED))
    window.desa.register.table.selectRow(0)
    window.desa.purge_selected()
    assert warned and "masa simpan" in warned[0]


def test_status_line_comes_back_after_a_passing_hint(window: MainWindow, qtbot: QtBot) -> None:
    info = window.statusBar().currentMessage()
    assert "Desa Mekar Jaya" in info and "(versi 1)" in info
    window.statusBar().showMessage("petunjuk sebentar", 50)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == info, timeout=5000)


def test_choosing_from_a_list_keeps_the_draft_delay(window: MainWindow) -> None:
    draft = window.desa.entry.draft
    window.desa.entry.kategori.activated.emit(2)
    assert draft._timer.isActive() and draft._timer.interval() == 800  # not 2 ms
