"""The Rekap tab: Indonesian digit grouping, and no bar where there is no quota."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from enrolment.kabupaten.recap import Recap, RecapRow
from enrolment.programme import default_programme
from models.database import Database
from ui.kabupaten import KabupatenWorkspace
from ui.tasks import wait_for_all_tasks


def _recap() -> Recap:
    rows = [
        RecapRow("36.04.07", "Bojonegara", enrolled=12345, ready=12000, quota=None),
        RecapRow("36.04.05", "Kramatwatu", enrolled=1700, ready=1400, quota=3000, covered=1500),
        RecapRow("LAIN", "Kelompok lama", enrolled=4, ready=4, quota=0),
    ]
    return Recap(
        kecamatan=rows,
        desa=[],
        groups=[],
        silent=[],
        enrolled=21434,
        ready=20001,
        withdrawn=1234,
        duplicates=1001,
        open_conflicts=1002,
        rejected=1003,
        quota_sum=21434,
        stated_total=None,
        mismatch=None,
    )


def test_recap_numbers_and_bars(qtbot: QtBot, kab: Database) -> None:
    ws = KabupatenWorkspace(kab, "Operator Kabupaten", default_programme())
    qtbot.addWidget(ws)
    tab = ws.recap
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=30_000)
    assert wait_for_all_tasks()
    tab.show_data(_recap())
    assert tab.summary.text() == (
        "Terdaftar 21.434; siap ke BPJS 20.001; konflik terbuka 1.002; data bermasalah 1.003; "
        "ditarik 1.234; ganda 1.001. Jumlah kuota per kelompok 21.434."
    )
    cells = [[tab.table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert cells[0][2:] == ["12.345", "12.000", "-"]
    assert cells[1][2:] == ["1.700", "1.400", "3.000"]

    # No quota: no bar (a bar of the bare count would look full), the words instead.
    for r in (0, 2):
        assert tab.table.cellWidget(r, 5) is None
        assert tab.table.item(r, 5).text() == "tanpa kuota"
    bar = tab.table.cellWidget(1, 5)
    assert isinstance(bar, QProgressBar)
    assert (bar.value(), bar.maximum(), bar.text()) == (1500, 3000, "50%")
    assert bar.toolTip() == "1.500 dari kuota 3.000"

    html = tab.recap_html()
    assert "<td>12.345</td>" in html and "<td>3.000</td>" in html and "21.434" in html

    # Shown again (another level, then back): a row that lost its quota loses its bar.
    rows = tab._recap.kecamatan
    rows[1].quota = None
    tab.level.setCurrentIndex(1)
    tab.level.setCurrentIndex(0)
    assert tab.table.cellWidget(1, 5) is None and tab.table.item(1, 5).text() == "tanpa kuota"
