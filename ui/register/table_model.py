"""EnrolleeTableModel: the thin Qt adapter over models.register_query.

Rows are fetched a page at a time (canFetchMore/fetchMore), so a register of 200,000 people
costs only the rows scrolled into view. NIKs are masked: the full number is not needed to
find a person in a list.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from enrolment.dates import short_date
from enrolment.nik import mask_nik
from enrolment.programme import Programme
from models.register_query import COLUMNS, RegisterFilter, RegisterQuery
from ui.register.labels import record_status_labels, return_status_labels

# One page is a little more than a tall screen of rows: each keystroke fetches only this many
# (materialising rows is the main cost), scrolling fetches more.
PAGE = 60
_I = {name: i for i, name in enumerate(COLUMNS)}
Index = QModelIndex | QPersistentModelIndex


class EnrolleeTableModel(QAbstractTableModel):
    (
        COL_NIK,
        COL_NAMA,
        COL_LAHIR,
        COL_JK,
        COL_KATEGORI,
        COL_STATUS,
        COL_HASIL,
        COL_KPJ,
        COL_ALAMAT,
        COL_HP,
        COL_DIUBAH,
    ) = range(11)
    # Column → key in models.register_query.SORT_SQL (None: not sortable).
    _SORT_KEYS = (
        "nik",
        "nama",
        "tanggal_lahir",
        None,
        "kategori",
        "status",
        "return_status",
        "kpj",
        None,
        None,
        "updated_at",
    )
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        conn: sqlite3.Connection,
        programme: Programme,
        parent: Any = None,
        *,
        mask: bool = True,
    ) -> None:
        super().__init__(parent)
        self._mask = mask
        self._query = RegisterQuery(conn)
        self._programme = programme
        self._rows: list[tuple[Any, ...]] = []
        self._filter = RegisterFilter()
        self._sort = "entered"
        self._descending = True
        self._exhausted = True
        self._headers = (
            self.tr("NIK"), self.tr("Nama"), self.tr("Tgl lahir"), self.tr("L/P"), self.tr("Kelompok"),
            self.tr("Status"), self.tr("Hasil kabupaten"), self.tr("No KPJ"), self.tr("Alamat"),
            self.tr("No HP"), self.tr("Diubah"),
        )  # fmt: skip
        self._status_text = record_status_labels()
        self._return_text = return_status_labels()

    # --- loading -----------------------------------------------------------------------
    def set_filter(self, flt: RegisterFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Re-runs the query from the first page (after a save, an import, a filter change)."""
        self.beginResetModel()
        self._rows = self._query.fetch(
            self._filter, sort=self._sort, descending=self._descending, limit=PAGE
        )
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._query.fetch(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            offset=len(self._rows),
            limit=PAGE,
        )
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def is_complete(self) -> bool:
        """True when every matching row has been fetched."""
        return self._exhausted

    def matching_count(self) -> int:
        return self._query.count(self._filter)

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row[_I["id"]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_STATUS:
            batch = row[_I["last_batch_no"]]
            return self.tr("Batch {n}").format(n=batch) if batch else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_HASIL:
            return str(row[_I["return_reason"]]) or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORT_KEYS[column] if 0 <= column < len(self._SORT_KEYS) else None
        self._sort = key or "entered"
        self._descending = order == Qt.SortOrder.DescendingOrder if key else True
        self.refresh()

    def enrollee_id(self, row: int) -> str | None:
        return str(self._rows[row][_I["id"]]) if 0 <= row < len(self._rows) else None

    def _display(self, row: tuple[Any, ...], column: int) -> str:
        if column == self.COL_NIK:
            nik = str(row[_I["nik"]])
            return mask_nik(nik) if self._mask else nik
        if column == self.COL_NAMA:
            return str(row[_I["nama"]])
        if column == self.COL_LAHIR:
            return short_date(date.fromisoformat(str(row[_I["tanggal_lahir"]])))
        if column == self.COL_JK:
            return str(row[_I["jenis_kelamin"]])
        if column == self.COL_KATEGORI:
            group = self._programme.group(str(row[_I["kategori"]]))
            return group.name if group else str(row[_I["kategori"]])
        if column == self.COL_STATUS:
            return self._status_text.get(str(row[_I["status"]]), str(row[_I["status"]]))
        if column == self.COL_HASIL:
            code = str(row[_I["return_status"]])
            return self._return_text.get(code, code)
        if column == self.COL_KPJ:
            return str(row[_I["kpj"]])
        if column == self.COL_ALAMAT:
            rt, rw = row[_I["rt"]], row[_I["rw"]]
            rtrw = f" RT {rt}/RW {rw}" if rt or rw else ""
            return f"{row[_I['alamat']]}{rtrw}".strip()
        if column == self.COL_HP:
            return str(row[_I["no_hp"]])
        if column == self.COL_DIUBAH:
            return _local_time(str(row[_I["updated_at"]]))
        return ""


def _local_time(stored: str) -> str:
    """Stored times are UTC without an offset (SQLModel); show them in local time."""
    from datetime import UTC

    try:
        moment = datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone()
    except ValueError:
        return stored
    return f"{short_date(moment.date())} {moment:%H:%M}"
