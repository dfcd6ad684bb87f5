"""The register: search-as-you-type, filters, the table, and the actions on a selection."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.db import connect
from models.register_query import NO_RETURN, RegisterFilter
from ui.register.labels import record_status_labels, return_status_labels
from ui.register.table_model import EnrolleeTableModel
from ui.workstation import Workstation

REMOVED = "removed"  # the status filter's entry for hidden (removed) records


class RegisterView(QWidget):
    """Lists enrollees. Emits `edit_requested(id)`; removal and status go through the window."""

    edit_requested = Signal(str)
    remove_requested = Signal(str)
    mark_ready_requested = Signal(list)

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conn = connect(ws.db.path, read_only=True)
        self.model = EnrolleeTableModel(self._conn, ws.programme, self, mask=ws.mask_nik)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau nomor KPJ… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox()
        self.group.addItem(self.tr("Semua kelompok"), None)
        for g in ws.programme.groups:
            self.group.addItem(g.name, g.code)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for code, label in record_status_labels().items():
            self.status.addItem(label, code)
        self.status.addItem(self.tr("Dihapus (disembunyikan)"), REMOVED)
        # What the kabupaten's return file said about each person.
        self.result = QComboBox()
        self.result.setToolTip(self.tr("Hasil pemeriksaan kabupaten dari berkas balikan"))
        self.result.addItem(self.tr("Semua hasil kabupaten"), None)
        for code, label in return_status_labels().items():
            self.result.addItem(label, code)
        self.result.addItem(self.tr("Belum ada hasil"), NO_RETURN)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.group, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.result, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # No indicator: newest entries first. Enabling sorting runs the first query (sort(-1)).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        for column, width in (
            (0, 150),
            (1, 220),
            (2, 90),
            (3, 40),
            (4, 170),
            (5, 150),
            (6, 110),
            (7, 120),
            (8, 200),
            (9, 120),
        ):
            self.table.setColumnWidth(column, width)

        self.count_label = QLabel()
        self.edit_button = QPushButton(self.tr("&Ubah…"))
        self.ready_button = QPushButton(self.tr("Tandai &siap"))
        self.remove_button = QPushButton(self.tr("&Hapus…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for b in (self.edit_button, self.ready_button, self.remove_button):
            bottom.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._apply_filter)
        self.group.currentIndexChanged.connect(self._apply_filter)
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.result.currentIndexChanged.connect(self._apply_filter)
        self.table.activated.connect(self._activated)
        self.edit_button.clicked.connect(self._edit_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.ready_button.clicked.connect(self._mark_ready)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self._remove_current)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.setTabOrder(self.search, self.group)
        self.setTabOrder(self.group, self.status)
        self.setTabOrder(self.status, self.result)
        self.setTabOrder(self.result, self.table)
        self._update_buttons()
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_buttons()

    def close_connection(self) -> None:
        self._conn.close()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.enrollee_id(r) for r in rows) if i]

    def _apply_filter(self) -> None:
        status = self.status.currentData()
        self.model.set_filter(
            RegisterFilter(
                text=self.search.text(),
                kategori=self.group.currentData(),
                status=None if status == REMOVED else status,
                removed_only=status == REMOVED,
                return_status=self.result.currentData(),
            )
        )
        self._update_buttons()

    def _update_count(self) -> None:
        # Counting every match would scan the table on each keystroke; say "N+" instead
        # until the operator scrolls to the end.
        shown = f"{self.model.rowCount():,}".replace(",", ".")
        if self.model.is_complete():
            self.count_label.setText(self.tr("{n} peserta").format(n=shown))
        else:
            self.count_label.setText(
                self.tr(
                    "Lebih dari {n} peserta cocok — gulir ke bawah atau persempit pencarian"
                ).format(n=shown)
            )

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        for b in (self.edit_button, self.remove_button, self.ready_button):
            b.setEnabled(has)

    def _activated(self, index: QModelIndex) -> None:
        enrollee_id = self.model.enrollee_id(index.row())
        if enrollee_id:
            self.edit_requested.emit(enrollee_id)

    def _edit_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(ids[0])

    def _remove_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.remove_requested.emit(ids[0])

    def _mark_ready(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.mark_ready_requested.emit(ids)
