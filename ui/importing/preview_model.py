"""Thin Qt adapter over an ImportPlan: one row per sheet row, with its verdict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from enrolment.importing.plan import (
    FOOTER,
    HELD,
    IMPORT,
    SKIP,
    UPDATE,
    WARNING,
    ImportPlan,
    RowPlan,
)
from enrolment.programme import Programme
from ui.errors import tr_message

COL_ROW, COL_VERDICT, COL_NIK, COL_NAME, COL_GROUP, COL_REASON = range(6)
_COLOURS = {
    HELD: "#f8d7da",
    WARNING: "#fff3cd",
    SKIP: "#e2e3e5",
    UPDATE: "#d1ecf1",
    FOOTER: "#e2e3e5",
}


class PreviewTableModel(QAbstractTableModel):
    def __init__(self, programme: Programme, parent: Any = None) -> None:
        super().__init__(parent)
        self._programme = programme
        self._rows: list[RowPlan] = []
        self._headers = [
            self.tr("Baris"),
            self.tr("Putusan"),
            self.tr("NIK"),
            self.tr("Nama"),
            self.tr("Kelompok"),
            self.tr("Keterangan"),
        ]
        self._verdicts = {
            IMPORT: self.tr("Akan diimpor"),
            WARNING: self.tr("Akan diimpor, dengan peringatan"),
            UPDATE: self.tr("Akan diperbarui"),
            SKIP: self.tr("Sudah terdaftar, dilewati"),
            HELD: self.tr("Ditahan"),
            FOOTER: self.tr("Tanda tangan, tidak diimpor"),
        }

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.rows) if plan else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.verdict in _COLOURS:
            # An update with a doubt (a changed name) is yellow like any row to look at.
            verdict = WARNING if row.verdict == UPDATE and row.warnings else row.verdict
            return QBrush(QColor(_COLOURS[verdict]))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_REASON:
            return self._text(row, COL_REASON)
        return None

    def _text(self, row: RowPlan, column: int) -> str:
        if column == COL_ROW:
            return str(row.row)
        if column == COL_VERDICT:
            return self._verdicts[row.verdict]
        if column == COL_NIK:
            return row.data.nik
        if column == COL_NAME:
            return row.data.nama
        if column == COL_GROUP:
            group = self._programme.group(row.data.kategori)
            return group.name if group else row.data.kategori
        messages = (
            row.reasons if row.verdict in (HELD, FOOTER) else [w.message for w in row.warnings]
        )
        text = " ".join(tr_message(m) for m in messages)
        if row.verdict == UPDATE:
            if row.changes:
                changed = self.tr("Diubah: {changes}.").format(
                    changes="; ".join(tr_message(m) for m in row.changes)
                )
            else:
                changed = self.tr("Sama dengan register: tidak ada yang diubah.")
            text = f"{changed} {text}".strip()
        return text

    def verdict(self, row: int) -> str:
        return self._rows[row].verdict


class VerdictFilter(QSortFilterProxyModel):
    """Shows only the rows with some verdicts (the held ones, say, among 45,000)."""

    def __init__(self, source: PreviewTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._verdicts: frozenset[str] | None = None
        self.setSourceModel(source)

    def set_verdicts(self, verdicts: frozenset[str] | None) -> None:
        """None shows every row."""
        self._verdicts = verdicts
        self.invalidate()  # (invalidateRowsFilter is deprecated from Qt 6.10 on)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return self._verdicts is None or self._source.verdict(source_row) in self._verdicts
