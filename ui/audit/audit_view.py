"""Browsing the audit log: filters on top, the entries below (newest first), export to Excel.

The view lays out and forwards: the queries and the export are `enrolment.audit_query`.
Queries are short indexed page reads on the GUI thread (like a table browser's); the export
runs through `run_task`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from enrolment.audit_query import (
    AuditFilter,
    count_entries,
    day_range,
    distinct_actions,
    distinct_actors,
    export_audit,
    export_row,
    fetch_entries,
    last_seq,
)
from models.database import Database
from ui.audit.audit_table_model import AuditTableModel, Row
from ui.tasks import Task, TaskContext, run_task

SEARCH_DELAY_MS = 300


class AuditLogWidget(QWidget):
    """The audit log browser. `actor` is who is looking (named in the export's audit entry)."""

    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.export_task: Task | None = None

        self.action_box = QComboBox()
        self.actor_box = QComboBox()
        self.from_check = QCheckBox(self.tr("Dari"))
        self.from_date = QDateEdit(QDate.currentDate().addDays(-30))
        self.to_check = QCheckBox(self.tr("Sampai"))
        self.to_date = QDateEdit(QDate.currentDate())
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari NIK, nama berkas, keterangan…"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"))
        self.count_label = QLabel()

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        filters = QHBoxLayout()
        filters.addWidget(self.action_box)
        filters.addWidget(self.actor_box)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_date)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.action_box.currentIndexChanged.connect(self.reload)
        self.actor_box.currentIndexChanged.connect(self.reload)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self.refresh()

    # --- filters -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads the choice lists (new actions or operators may have appeared) and the rows."""
        with self._db.session() as session:
            actions, actors = distinct_actions(session), distinct_actors(session)
        self._fill(self.action_box, self.tr("Semua tindakan"), actions)
        self._fill(self.actor_box, self.tr("Semua operator"), actors)
        self.reload()

    @staticmethod
    def _fill(box: QComboBox, everything: str, values: list[str]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(box.findData(current), 0) if current else 0)
        box.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        first = _py_date(self.from_date.date()) if self.from_check.isChecked() else None
        last = _py_date(self.to_date.date()) if self.to_check.isChecked() else None
        start, end = day_range(first, last)
        return AuditFilter(
            action=str(self.action_box.currentData() or ""),
            actor=str(self.actor_box.currentData() or ""),
            start=start,
            end=end,
            text=self.search.text().strip(),
        )

    def reload(self) -> None:
        """Shows the entries matching the filters, from the newest."""
        flt = self.current_filter()
        with self._db.session() as session:
            upto = last_seq(session)
            total = count_entries(session, flt, upto)

        def page(offset: int, limit: int) -> list[Row]:
            with self._db.session() as session:
                return [export_row(e) for e in fetch_entries(session, flt, offset, limit, upto)]

        self.model.reset(total, page)
        self.count_label.setText(self.tr("{count} entri").format(count=total))
        self.export_button.setEnabled(total > 0)

    # --- export --------------------------------------------------------------------------------

    def export(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents or Path.home()) / f"log-audit-{date.today():%Y%m%d}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan log audit"), str(suggested), self.tr("Buku kerja Excel (*.xlsx)")
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        flt, db, actor = self.current_filter(), self._db, self._actor
        progress_text = self.tr("Menulis log audit…")

        def work(ctx: TaskContext) -> int:
            return export_audit(
                db,
                flt,
                target,
                actor,
                progress=lambda done, total: ctx.progress(done, total, progress_text),
                check=ctx.check,
            )

        def done(count: object) -> None:
            self.export_task = None
            self.refresh()  # the export itself is now in the log
            QMessageBox.information(
                self,
                self.tr("Log audit diekspor"),
                self.tr("{count} entri disimpan di {path}.").format(count=count, path=target),
            )

        self.export_task = run_task(
            self, work, on_success=done, title=self.tr("Mengekspor log audit…")
        )


def show_audit_tab(tabs: QTabWidget, db: Database, actor: str, title: str) -> AuditLogWidget:
    """Brings the audit log forward as a tab of `tabs` (a workspace): added under `title` the
    first time, refreshed on later calls."""
    for index in range(tabs.count()):
        view = tabs.widget(index)
        if isinstance(view, AuditLogWidget):
            view.refresh()
            break
    else:
        view = AuditLogWidget(db, actor)
        tabs.addTab(view, title)
    tabs.setCurrentWidget(view)
    return view


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
