from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from enrolment.programme import Programme
from enrolment.register import save_enrollee
from enrolment.validation import EnrolleeInput
from models.database import Database
from models.db import connect
from models.register_query import RegisterFilter
from ui.register import table_model
from ui.register.table_model import EnrolleeTableModel


def test_model_passes_qtmodeltester(
    qtmodeltester, installed_db: Database, programme: Programme
) -> None:  # type: ignore[no-untyped-def]
    with installed_db.session() as s:
        for i in range(1, 8):
            out = save_enrollee(
                s, EnrolleeInput(nik=f"36040712039000{i:02d}", nama=f"Orang {chr(64 + i)}", tempat_lahir="Serang",
                                 jenis_kelamin="L", kategori="RT_RW"),
                actor="t", programme=programme, today=date(2025, 12, 10),
            )  # fmt: skip
            assert out.saved, out.errors
    model = EnrolleeTableModel(connect(installed_db.path, read_only=True), programme)
    model.refresh()
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(text="orang b"))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_fetches_in_pages(
    qtbot: QtBot, installed_db: Database, programme: Programme, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(table_model, "PAGE", 3)
    with installed_db.session() as s:
        for i in range(1, 8):
            save_enrollee(
                s, EnrolleeInput(nik=f"36040712039000{i:02d}", nama=f"Orang {chr(64 + i)}", tempat_lahir="Serang",
                                 jenis_kelamin="L", kategori="RT_RW"),
                actor="t", programme=programme, today=date(2025, 12, 10),
            )  # fmt: skip
    model = EnrolleeTableModel(connect(installed_db.path, read_only=True), programme)
    model.refresh()
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert model.matching_count() == 7
