from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from enrolment import audit
from models.database import Database
from ui.audit import audit_table_model
from ui.audit.audit_view import AuditLogWidget


@pytest.fixture
def logged(db: Database) -> Database:
    with db.session() as s:
        for i in range(450):
            audit.record(
                s,
                "Siti" if i % 3 == 0 else "Budi",
                "backup.create" if i % 10 == 0 else "enrollee.update",
                entity="enrollee",
                entity_id=f"id-{i:03d}",
                detail="=HYPERLINK(1)" if i == 6 else f"entri {i}",
                at=datetime(2025, 11, 1, tzinfo=UTC) + timedelta(hours=i),
            )
        s.commit()
    return db


def test_model_is_sane_and_pages_lazily(qtbot: QtBot, qtmodeltester, logged: Database) -> None:  # type: ignore[no-untyped-def]
    widget = AuditLogWidget(logged, "Kepala Desa")
    qtbot.addWidget(widget)
    model = widget.model
    assert model.total == 450
    assert model.rowCount() == audit_table_model.PAGE_SIZE
    assert model.data(model.index(0, 4)) == "id-449"  # newest first
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert model.data(model.index(449, 4)) == "id-000"
    qtmodeltester.check(model)


def test_filters_narrow_the_rows(qtbot: QtBot, logged: Database) -> None:
    widget = AuditLogWidget(logged, "Kepala Desa")
    qtbot.addWidget(widget)
    widget.action_box.setCurrentIndex(widget.action_box.findData("backup.create"))
    assert widget.model.total == 45
    widget.actor_box.setCurrentIndex(widget.actor_box.findData("Siti"))
    assert widget.model.total == 15  # multiples of 30
    widget.action_box.setCurrentIndex(0)
    widget.actor_box.setCurrentIndex(0)
    widget.search.setText("id-12")
    qtbot.waitUntil(lambda: widget.model.total != 450)  # the search is debounced
    assert widget.model.total == 10  # id-120 … id-129
    assert "10" in widget.count_label.text()
    widget.search.clear()
    qtbot.waitUntil(lambda: widget.model.total == 450)
    widget.from_date.setDate(widget.from_date.date().fromString("2025-11-03", "yyyy-MM-dd"))
    widget.to_date.setDate(widget.to_date.date().fromString("2025-11-03", "yyyy-MM-dd"))
    widget.from_check.setChecked(True)
    widget.to_check.setChecked(True)
    assert 23 <= widget.model.total <= 25  # one local day of hourly entries


def test_export_writes_the_filtered_log_and_is_audited(
    qtbot: QtBot, logged: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ekspor"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    widget = AuditLogWidget(logged, "Kepala Desa")
    qtbot.addWidget(widget)
    widget.actor_box.setCurrentIndex(widget.actor_box.findData("Siti"))
    widget.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    written = tmp_path / "ekspor.xlsx"
    assert str(written) in shown[0]
    sheet = load_workbook(written).active
    assert sheet is not None
    assert sheet.max_row == 151
    assert any(row[8] == "=HYPERLINK(1)" for row in sheet.iter_rows(values_only=True))
    # The export is in the log now, and the browser shows it.
    widget.actor_box.setCurrentIndex(0)
    widget.action_box.setCurrentIndex(widget.action_box.findData("audit.export"))
    assert widget.model.total == 1
    assert widget.model.data(widget.model.index(0, 1)) == "Kepala Desa"
