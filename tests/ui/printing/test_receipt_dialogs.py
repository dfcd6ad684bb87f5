from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from enrolment.programme import Programme
from enrolment.receipts.content import receipt_number
from models.database import Database
from models.tables import AuditEntry, ReceiptPrint
from tests.receipts_support import enrol, enrol_many
from ui.printing import receipt_dialogs
from ui.printing.receipt_dialogs import (
    open_receipt_check_dialog,
    preview_receipt,
    print_receipts,
    receipt_after_save,
)
from ui.tasks import wait_for_all_tasks


def test_preview_shows_one_receipt_without_logging(
    qtbot: QtBot, installed_db: Database, programme: Programme
) -> None:
    e = enrol(installed_db, programme)
    dialog = preview_receipt(None, installed_db, e.id, "Operator Uji")
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 1)
    assert receipt_number(e, "36.04.07.2011").text in dialog.windowTitle()
    with installed_db.session() as s:
        assert s.exec(select(ReceiptPrint)).all() == []
    dialog.close()


def test_save_selection_as_one_pdf_in_background(
    qtbot: QtBot,
    installed_db: Database,
    programme: Programme,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = enrol_many(installed_db, programme, 3)
    target = tmp_path / "tiga"
    monkeypatch.setattr(
        receipt_dialogs.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "")),
    )
    finished: list[object] = []
    task = print_receipts(
        None, installed_db, [p.id for p in people], "Operator Uji", "pdf", finished.append
    )
    assert task is not None
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    wait_for_all_tasks()
    pdf = tmp_path / "tiga.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    with installed_db.session() as s:
        prints = s.exec(select(ReceiptPrint)).all()
        assert sorted(p.enrollee_id for p in prints) == sorted(p.id for p in people)
        assert {p.kind for p in prints} == {"pdf"} and {p.copy_no for p in prints} == {1}
        audits = s.exec(select(AuditEntry).where(AuditEntry.action == "receipt.print")).all()
        assert len(audits) == 3 and all("tiga.pdf" in a.detail for a in audits)


def test_cancelled_save_dialog_prints_nothing(
    qtbot: QtBot, installed_db: Database, programme: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    e = enrol(installed_db, programme)
    monkeypatch.setattr(
        receipt_dialogs.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", ""))
    )
    assert print_receipts(None, installed_db, [e.id], "Operator Uji", "pdf") is None
    with installed_db.session() as s:
        assert s.exec(select(ReceiptPrint)).all() == []


def test_nothing_selected_is_a_calm_message(
    qtbot: QtBot, installed_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.errors.QMessageBox.warning", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    assert print_receipts(None, installed_db, [], "Operator Uji", "printer") is None
    assert shown and "Tidak ada peserta" in shown[0]


def test_check_dialog(qtbot: QtBot, installed_db: Database, programme: Programme) -> None:
    e = enrol(installed_db, programme)
    number = receipt_number(e, "36.04.07.2011").text
    dialog = open_receipt_check_dialog(None, installed_db)
    qtbot.addWidget(dialog)
    dialog.input.setText(number)
    dialog.check_button.click()
    assert dialog.verdict.text().startswith("COCOK")
    assert "BUDI SANTOSO" in dialog.details.toPlainText()
    dialog.input.setText(number[:-2] + ("00" if not number.endswith("00") else "01"))
    dialog.check_button.click()
    assert dialog.verdict.text().startswith("TIDAK COCOK")
    assert "Angka pemeriksa" in dialog.details.toPlainText()
    dialog.close()


def test_after_save_does_nothing_unless_automatic(
    qtbot: QtBot, installed_db: Database, programme: Programme
) -> None:
    e = enrol(installed_db, programme)
    assert receipt_after_save(None, installed_db, e.id, "Operator Uji") is None


def test_after_save_automatic_without_printer_opens_preview(
    qtbot: QtBot, installed_db: Database, programme: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    from enrolment.installation import SetupAnswers, setup_desa

    with installed_db.session() as s:
        setup_desa(
            s,
            SetupAnswers(
                desa_code="36.04.07.2011", operator_name="Operator Uji", receipt_auto_print=True
            ),
        )
    e = enrol(installed_db, programme)

    class NoPrinter:
        @staticmethod
        def defaultPrinter() -> NoPrinter:
            return NoPrinter()

        def isNull(self) -> bool:
            return True

    monkeypatch.setattr(receipt_dialogs, "QPrinterInfo", NoPrinter)
    result = receipt_after_save(None, installed_db, e.id, "Operator Uji")
    assert isinstance(result, receipt_dialogs.ReceiptPreviewDialog)
    qtbot.addWidget(result)
    result.close()
