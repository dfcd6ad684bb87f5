"""The export dialog and the batch history, offscreen, with every blocking dialog patched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from enrolment.batches.service import export_next_batch
from enrolment.batches.verify import verify_batch
from enrolment.programme import Programme
from models.database import Database
from models.tables import AuditEntry, Enrollee
from tests.enrolment.batches.conftest import HOSTILE, make_enrollee
from ui.batches import BatchHistoryWidget, ExportDialog
from ui.batches import export_dialog as export_module
from ui.batches import history as history_module
from ui.batches.drives import Destination
from ui.batches.handover import page_size
from ui.tasks import wait_for_all_tasks


@pytest.fixture
def filled_db(installed_db: Database) -> Database:
    with installed_db.session() as session:
        for i, name in enumerate(HOSTILE):
            session.add(make_enrollee(i, nama=name))
        session.commit()
    return installed_db


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "FLASHDISK"
    path.mkdir()
    drive = Destination(path, "FLASHDISK (E:) — 3,8 GB kosong", True, 4 << 30)
    monkeypatch.setattr(export_module, "removable_drives", lambda: [drive])
    monkeypatch.setattr(history_module, "removable_drives", lambda: [drive])
    return path


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, *a, _k=kind: shown.append((_k, text))
        )
    return shown


def test_export_dialog_previews_then_exports(
    qtbot: QtBot,
    filled_db: Database,
    programme: Programme,
    stick: Path,
    messages: list[tuple[str, str]],
) -> None:
    dialog = ExportDialog(filled_db, "Operator Uji", programme)
    qtbot.addWidget(dialog)
    assert "Batch nomor 1" in dialog.heading.text()
    assert f"{len(HOSTILE)} peserta baru" in dialog.heading.text()
    assert dialog.destination.itemData(0) == str(stick)  # the removable drive comes first
    assert dialog.destination.itemText(dialog.destination.count() - 1) == "Pilih folder…"
    assert list(stick.iterdir()) == []  # the preview writes nothing

    dialog.protect.setChecked(True)
    dialog.password.setText("rahasia1")
    dialog.password_again.setText("rahasia2")
    dialog.start_export()
    assert messages and "tidak sama" in messages[-1][1]
    assert list(stick.iterdir()) == []

    dialog.password_again.setText("rahasia1")
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.start_export()
    assert signal.args == [1]
    assert dialog.result_path is not None and dialog.result_path.parent == stick
    assert verify_batch(dialog.result_path, password="rahasia1").batch_no == 1
    assert messages[-1][0] == "information" and str(dialog.result_path) in messages[-1][1]
    with filled_db.session() as session:
        assert {e.status for e in session.exec(select(Enrollee))} == {"handed_on"}


def test_export_dialog_folder_choice_and_empty_register(
    qtbot: QtBot,
    installed_db: Database,
    programme: Programme,
    stick: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ExportDialog(installed_db, "Operator Uji", programme)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()  # nothing to hand on
    other = tmp_path / "arsip"
    other.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other))
    dialog.pick_folder()
    assert dialog.chosen_folder() == other


def test_history_rewrites_and_prints_the_handover_sheet(
    qtbot: QtBot,
    filled_db: Database,
    programme: Programme,
    stick: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    first = export_next_batch(filled_db, programme, actor="Operator Uji", folder=stick)
    widget = BatchHistoryWidget(filled_db, "Operator Uji")
    qtbot.addWidget(widget)
    assert widget.table.rowCount() == 1
    assert widget.table.item(0, 0).text() == "001"
    assert not widget.rewrite_button.isEnabled()
    widget.select_batch(1)
    assert widget.rewrite_button.isEnabled()

    again = tmp_path / "pengganti"
    again.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(again))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    widget.rewrite_selected()
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    wait_for_all_tasks()
    rewritten = again / first.path.name
    assert verify_batch(rewritten).computed_sha256 == first.sha256

    pdf = tmp_path / "berita-acara.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF"))
    widget.pdf_selected()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert not pdf.with_name(pdf.name + ".tmp").exists()
    with filled_db.session() as session:
        actions = [a.action for a in session.exec(select(AuditEntry))]
    assert "batch.rewrite" in actions and "batch.handover_print" in actions


def test_handover_sheet_contents(
    qtbot: QtBot, filled_db: Database, programme: Programme, stick: Path
) -> None:
    from enrolment.batches.builder import BatchContent
    from enrolment.installation import get_installation
    from ui.batches.handover import handover_html

    result = export_next_batch(filled_db, programme, actor="Operator Uji", folder=stick)
    with filled_db.session() as session:
        inst = get_installation(session)
    assert inst is not None
    text = handover_html(result.batch, BatchContent.from_json(result.batch.content), inst)
    expected = ["BERITA ACARA SERAH TERIMA DATA", "Yang Menyerahkan", "Yang Menerima"]
    expected += ["Sekretaris Desa", "SEKDES", result.batch.sha256[:8], "Mekar Jaya"]
    for part in expected:
        assert part in text
    assert "=HYPERLINK" not in text  # names are not on the sheet at all


def test_f4_is_215_by_330_mm() -> None:
    size = page_size("F4").size(page_size("F4").Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)
    a4 = page_size("A4").size(page_size("A4").Unit.Millimeter)
    assert (round(a4.width()), round(a4.height())) == (210, 297)
