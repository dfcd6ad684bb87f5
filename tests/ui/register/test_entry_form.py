from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from models.tables import AuditEntry, Enrollee
from ui.main_window import MainWindow


def type_person(qtbot: QtBot, w: MainWindow, nik: str, name: str, group_index: int = 2) -> None:
    """Fills the form with the keyboard only, Tab between fields as on the paper form."""
    form = w.desa.entry
    form.nik.setFocus()
    qtbot.keyClicks(form.nik, nik)
    qtbot.keyClick(form.nik, Qt.Key.Key_Tab)
    qtbot.keyClicks(w.focusWidget(), name)  # nama
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(w.focusWidget(), "Serang")  # tempat lahir
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    assert w.focusWidget() is form.tanggal_lahir
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)  # birth date came from the NIK
    assert w.focusWidget() is form.jenis_kelamin
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)  # sex came from the NIK
    qtbot.keyClicks(w.focusWidget(), "Kp. Cibeber")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(w.focusWidget(), "7")  # RT
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(w.focusWidget(), "3")  # RW
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(w.focusWidget(), "+62 812 3456 7890")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    assert w.focusWidget() is form.kategori
    form.kategori.setCurrentIndex(group_index)  # RT_RW


def test_enter_on_batal_cancels_instead_of_saving(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.register.entry_form.ask", lambda *a, **k: True)  # "leave it?"
    type_person(qtbot, window, "3604071203900001", "budi santoso")
    form = window.desa.entry
    form.cancel_button.setFocus()
    qtbot.keyClick(form.cancel_button, Qt.Key.Key_Return)
    assert form.nik.text() == ""  # cancelled
    with window.ws.db.session() as s:
        assert s.exec(select(Enrollee)).all() == []  # and nothing saved


def test_nik_fills_birth_date_and_sex(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.desa.entry.nik, "3604075203900001")
    assert window.desa.entry.tanggal_lahir.text() == "12-03-1990"
    assert window.desa.entry.jenis_kelamin.currentData() == "P"
    assert "Dukcapil" in window.desa.entry.nik_info.text()


def test_keyboard_entry_saves_and_register_finds_it(window: MainWindow, qtbot: QtBot) -> None:
    type_person(qtbot, window, "3604071203900001", "budi  santoso")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    assert "Tersimpan" in window.desa.entry.status.text()
    assert window.desa.entry.nik.text() == ""  # ready for the next person
    assert window.desa.entry.nik.hasFocus()
    with window.ws.db.session() as s:
        rec = s.exec(select(Enrollee)).one()
    assert (rec.nama, rec.rt, rec.rw, rec.no_hp) == ("BUDI SANTOSO", "007", "003", "081234567890")
    assert rec.tanggal_lahir == date(1990, 3, 12)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.desa.register
    qtbot.keyClicks(window.desa.register.search, "santo")
    model = window.desa.register.model
    assert model.rowCount() == 1
    assert model.index(0, model.COL_NAMA).data() == "BUDI SANTOSO"
    assert model.index(0, model.COL_NIK).data() == "3604••••••••0001"
    window.desa.register.search.clear()
    qtbot.keyClicks(window.desa.register.search, "siti")
    assert model.rowCount() == 0


def test_errors_shown_beside_fields(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.desa.entry.nik, "3604073102900001")  # 31 February
    window.desa.entry.save()
    form = window.desa.entry
    shown = [
        label.text()
        for label in (form.nik_info, form.errors["nik"])
        if label.isVisibleTo(form) and label.text()
    ]
    assert len(shown) == 1 and "bukan tanggal" in shown[0]  # said once, under the NIK
    assert form.errors["nama"].isVisibleTo(form)
    assert "perbaiki isian yang ditandai merah" in form.status.text()
    # A narrow drop-down's error uses the form's width, so it is not cut off.
    assert form.errors["jenis_kelamin"].isVisibleTo(form)
    assert form.errors["jenis_kelamin"].width() > 2 * form.jenis_kelamin.width()
    with window.ws.db.session() as s:
        assert s.exec(select(Enrollee)).all() == []


def test_duplicate_nik_refused_and_existing_offered(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_person(qtbot, window, "3604071203900001", "Budi Santoso")
    assert window.desa.entry.save()
    asked: list[str] = []

    def fake_ask(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True  # "open that record"

    monkeypatch.setattr("ui.register.entry_form.ask", fake_ask)
    type_person(qtbot, window, "3604071203900001", "Budi Lain")
    assert not window.desa.entry.save()
    assert asked and "BUDI SANTOSO" in asked[0]
    assert window.desa.entry.title.text().startswith("Mengubah data")
    assert window.desa.entry.nama.text() == "BUDI SANTOSO"
    with window.ws.db.session() as s:
        assert len(s.exec(select(Enrollee)).all()) == 1


def test_warning_needs_confirmation_and_is_recorded(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([False, True])
    questions: list[str] = []

    def fake_ask(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        questions.append(text)
        return next(answers)

    monkeypatch.setattr("ui.register.entry_form.ask", fake_ask)
    type_person(qtbot, window, "3201011309630001", "Siti Aminah")  # NIK from outside Serang
    assert not window.desa.entry.save()  # first answer: go back
    assert "Kabupaten Serang" in questions[0]
    with window.ws.db.session() as s:
        assert s.exec(select(Enrollee)).all() == []
    assert window.desa.entry.save()  # second answer: confirmed
    with window.ws.db.session() as s:
        rec = s.exec(select(Enrollee)).one()
        confirmations = json.loads(rec.confirmed_warnings)
        assert [c["code"] for c in confirmations] == ["NIK_OUTSIDE_KABUPATEN"]
        assert confirmations[0]["by"] == "Operator Uji"
        audit = s.exec(select(AuditEntry).where(AuditEntry.action == "warning.confirm")).one()
        assert audit.entity_id == rec.id


def test_escape_asks_before_discarding(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.register.entry_form.ask", lambda *a, **k: False)
    qtbot.keyClicks(window.desa.entry.nama, "Budi")
    qtbot.keyClick(window.desa.entry.nama, Qt.Key.Key_Escape)
    assert window.desa.entry.nama.text() == "Budi"
    monkeypatch.setattr("ui.register.entry_form.ask", lambda *a, **k: True)
    qtbot.keyClick(window.desa.entry.nama, Qt.Key.Key_Escape)
    assert window.desa.entry.nama.text() == ""


def test_edit_from_register(window: MainWindow, qtbot: QtBot) -> None:
    type_person(qtbot, window, "3604071203900001", "Budi Santoso")
    assert window.desa.entry.save()
    window.desa.find_enrollee()
    view = window.desa.register
    view.table.selectRow(0)
    view.edit_button.click()
    assert window.tabs.currentWidget() is window.desa.entry
    window.desa.entry.alamat.setText("Kp. Baru")
    assert window.desa.entry.save()
    with window.ws.db.session() as s:
        assert s.exec(select(Enrollee)).one().alamat == "KP. BARU"


def test_remove_asks_reason_and_hides(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_person(qtbot, window, "3604071203900001", "Budi Santoso")
    assert window.desa.entry.save()
    monkeypatch.setattr("ui.dialogs.ask_text", lambda *a, **k: "pindah domisili")
    monkeypatch.setattr("ui.dialogs.ask", lambda *a, **k: True)
    rec_id = window.desa.register.model.enrollee_id(0)
    assert rec_id
    window.desa.remove_enrollee(rec_id)
    assert window.desa.register.model.rowCount() == 0
    with window.ws.db.session() as s:
        assert s.exec(select(Enrollee)).one().removed_reason == "pindah domisili"


def test_quota_line_and_dashboard_follow_saves(window: MainWindow, qtbot: QtBot) -> None:
    type_person(qtbot, window, "3604071203900001", "Budi Santoso")
    assert "kuota kabupaten: 7.137" in window.desa.entry.quota_info.text()
    assert window.desa.entry.save()
    assert window.desa.dashboard.bars["RT_RW"].format() == "1 / 7.137"
    window.desa.entry.kategori.setCurrentIndex(2)
    assert "Terdaftar di desa ini: 1" in window.desa.entry.quota_info.text()
    assert "21.234" in window.desa.dashboard.check.text()
