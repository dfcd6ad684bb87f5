"""The audit log as a Qt table: a thin adapter over `enrolment.audit_query` pages.

Rows are fetched a page at a time as the view scrolls (`canFetchMore`/`fetchMore`), so a log
of a hundred thousand entries opens at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

PAGE_SIZE = 200
Row = tuple[str, ...]
PageSource = Callable[[int, int], list[Row]]  # (offset, limit) -> rows, newest first


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("AuditTableModel", "Waktu"),
        QCoreApplication.translate("AuditTableModel", "Operator"),
        QCoreApplication.translate("AuditTableModel", "Tindakan"),
        QCoreApplication.translate("AuditTableModel", "Objek"),
        QCoreApplication.translate("AuditTableModel", "ID objek"),
        QCoreApplication.translate("AuditTableModel", "Kolom"),
        QCoreApplication.translate("AuditTableModel", "Nilai lama"),
        QCoreApplication.translate("AuditTableModel", "Nilai baru"),
        QCoreApplication.translate("AuditTableModel", "Keterangan"),
    ]


class AuditTableModel(QAbstractTableModel):
    """Rows are `enrolment.audit_query.export_row` tuples (all text)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = column_titles()
        self._rows: list[Row] = []
        self._total = 0
        self._source: PageSource = lambda _offset, _limit: []

    def reset(self, total: int, source: PageSource) -> None:
        """Shows a new result: `total` matching entries, read through `source`."""
        self.beginResetModel()
        self._total, self._source = total, source
        self._rows = source(0, PAGE_SIZE) if total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._source(len(self._rows), PAGE_SIZE)
        if not page:
            self._total = len(self._rows)  # fewer than counted (should not happen): stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
