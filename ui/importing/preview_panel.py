"""The preview part of the import dialog: the Pratinjau button, the counts per verdict, and
every row with its verdict, filterable (the held rows among 45,000, say)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enrolment.importing.plan import FOOTER, HELD, IMPORT, SKIP, UPDATE, WARNING, ImportPlan
from enrolment.programme import Programme
from ui.importing.preview_model import COL_NIK, COL_VERDICT, PreviewTableModel, VerdictFilter


class PreviewPanel(QWidget):
    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        row.addWidget(self.preview_button)
        row.addWidget(self.counts_label, 1)
        self.show_combo = QComboBox()
        self._choices: list[frozenset[str] | None] = []
        for label, verdicts in (
            (self.tr("Semua baris"), None),
            (self.tr("Yang ditahan"), frozenset({HELD})),
            (self.tr("Dengan peringatan"), frozenset({WARNING})),
            (self.tr("Yang diperbarui"), frozenset({UPDATE})),
            (self.tr("Yang dilewati"), frozenset({SKIP})),
            (self.tr("Yang diimpor"), frozenset({IMPORT, WARNING})),
            (self.tr("Baris tanda tangan"), frozenset({FOOTER})),
        ):
            self.show_combo.addItem(label)
            self._choices.append(verdicts)
        show_label = QLabel(self.tr("&Tampilkan:"))
        show_label.setBuddy(self.show_combo)
        row.addWidget(show_label)
        row.addWidget(self.show_combo)
        layout.addLayout(row)
        self.model = PreviewTableModel(programme, self)
        self.filter = VerdictFilter(self.model, self)
        self.show_combo.currentIndexChanged.connect(
            lambda index: self.filter.set_verdicts(self._choices[index])
        )
        self.view = QTableView()
        self.view.setModel(self.filter)
        # The whole NIK and verdict stay readable (the NIK's last digits are what Excel damages).
        metrics = self.view.fontMetrics()
        self.view.setColumnWidth(COL_NIK, metrics.horizontalAdvance("3604072112900001") + 24)
        self.view.setColumnWidth(
            COL_VERDICT, metrics.horizontalAdvance(self.tr("Akan diimpor, dengan peringatan")) + 24
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        layout.addWidget(self.view, 1)

    def reset(self) -> None:
        """A new file: all rows shown again."""
        self.show_combo.setCurrentIndex(0)

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.model.set_plan(plan)
        if plan is None:
            self.counts_label.clear()
        elif not plan.rows:
            self.counts_label.setText(
                self.tr(
                    "Tidak ada baris data di bawah judul kolom: lembar ini kosong, atau pilih "
                    "lembar lain."
                )
            )
        else:
            counts = plan.counts()
            self.counts_label.setText(
                self.tr(
                    "Akan diimpor: {new} (dengan peringatan: {warn}) · Akan diperbarui: {update} · "
                    "Dilewati: {skip} · Ditahan: {held}"
                ).format(
                    new=counts[IMPORT] + counts[WARNING],
                    warn=counts[WARNING],
                    update=counts[UPDATE],
                    skip=counts[SKIP],
                    held=counts[HELD],
                )
                + (
                    self.tr(" · {n} baris tanda tangan di bawah daftar, tidak diimpor").format(
                        n=plan.footer_rows
                    )
                    if plan.footer_rows
                    else ""
                )
            )
