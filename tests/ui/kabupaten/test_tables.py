"""Tab walks through the kabupaten screens: it leaves a table instead of moving cell by cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from enrolment.programme import default_programme
from models.database import Database
from ui.kabupaten import KabupatenWorkspace
from ui.kabupaten.tables import fill_table, read_only_table
from ui.tasks import wait_for_all_tasks


def test_tab_leaves_a_read_only_table(qtbot: QtBot) -> None:
    window = QWidget()
    before, after = QLineEdit(), QLineEdit()
    table = read_only_table(["Kode", "Nama"])
    fill_table(table, [["36.04.07", "Bojonegara"], ["36.04.05", "Kramatwatu"]])
    layout = QVBoxLayout(window)
    for w in (before, table, after):
        layout.addWidget(w)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert table.currentColumn() == 0  # the cursor did not move on to the next cell
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    qtbot.waitUntil(before.hasFocus)


def test_no_kabupaten_table_traps_tab(qtbot: QtBot, kab: Database) -> None:
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", default_programme())
    qtbot.addWidget(ws)
    tables = ws.findChildren(QTableView)
    assert len(tables) >= 6  # ledger, conflicts, recap and the programme sections
    assert [t for t in tables if t.tabKeyNavigation()] == []
    assert wait_for_all_tasks()


def test_numbers_read_indonesian(qtbot: QtBot) -> None:
    table = read_only_table(["Terdaftar"])
    qtbot.addWidget(table)
    fill_table(table, [[21434], [7], ["36.04"]])
    assert [table.item(r, 0).text() for r in range(3)] == ["21.434", "7", "36.04"]
