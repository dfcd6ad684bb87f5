"""The column mapping of the import dialog: each column of the sheet, a sample of what it
holds, and the Jaring field it fills (a drop-down the operator may correct)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from enrolment.importing.header import FIELDS
from enrolment.importing.values import cell_text

SAMPLE_ROWS = 3


class _FieldCombo(QComboBox):
    """A field drop-down inside the table. The mouse wheel always scrolls the table, never the
    drop-down (a turn of the wheel while reading down the list re-mapped a column without a
    word); a click or the keyboard chooses. A drop-down reached with Tab is scrolled into
    view."""

    def __init__(self, table: MappingTable, row: int) -> None:
        super().__init__()
        self._table, self._row = table, row
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # passed on: the table scrolls

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._table.scrollToItem(self._table.item(self._row, 0))


class MappingTable(QTableWidget):
    """Emits `changed` when the operator picks another field for a column."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Judul kolom"), self.tr("Contoh isi"), self.tr("Diisi ke")]
        )
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab goes from one drop-down to the next (one press per column), not cell by cell.
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_columns(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        data_start: int,
        mapping: Sequence[str],
    ) -> None:
        """One row per sheet column: its header, a few values from the data, its field."""
        self.setRowCount(len(headers))
        for col, header in enumerate(headers):
            letter = column_letter(col)
            self.setItem(col, 0, QTableWidgetItem(f"{letter}: {header}" if header else letter))
            samples = [
                cell_text(r[col]).strip()
                for r in rows[data_start : data_start + 50]
                if col < len(r) and cell_text(r[col]).strip()
            ][:SAMPLE_ROWS]
            self.setItem(col, 1, QTableWidgetItem(" | ".join(samples)))
            combo = _FieldCombo(self, col)
            for field, label in FIELDS.items():
                combo.addItem(QCoreApplication.translate("Import", label), field)
            combo.setCurrentIndex(combo.findData(mapping[col]))
            combo.currentIndexChanged.connect(self.changed)
            self.setCellWidget(col, 2, combo)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(2)

    def combo(self, col: int) -> QComboBox:
        combo = self.cellWidget(col, 2)
        assert isinstance(combo, QComboBox)
        return combo

    def mapping(self) -> list[str]:
        """The mapping as the operator left it."""
        return [str(self.combo(col).currentData()) for col in range(self.rowCount())]


def column_letter(index: int) -> str:
    """Excel's column name: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
