"""Dashboard: per group enrolled vs quota as bars, totals, the programme-total check."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from enrolment.dates import month_label, rupiah
from models.db import connect
from models.quick_read import count_active_by_group, count_by_status
from ui.errors import tr_message
from ui.workstation import Workstation


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Dashboard(QWidget):
    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        p = ws.programme
        title = QLabel(self.tr("Ringkasan Desa {desa}").format(desa=ws.desa_name))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.programme_label = QLabel(
            self.tr("{name} — {basis} (versi program {version}). JKK + JKM {amount} per orang per bulan, "
                    "dibayar {paid_by}. Periode {start} – {end}.").format(
                name=p.name, basis=p.legal_basis, version=p.version, amount=rupiah(p.monthly_contribution),
                paid_by=p.paid_by, start=month_label(p.coverage_start), end=month_label(p.coverage_end),
            )
        )  # fmt: skip
        self.programme_label.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("<b>Kelompok</b>")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("<b>Terdaftar / kuota</b>")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("<b>Kuota berlaku</b>")), 0, 2)
        self.bars: dict[str, QProgressBar] = {}
        self.scope_labels: dict[str, QLabel] = {}
        for row, group in enumerate(p.groups, start=1):
            bar = QProgressBar()
            bar.setTextVisible(True)
            self.bars[group.code] = bar
            scope = QLabel()
            self.scope_labels[group.code] = scope
            self.grid.addWidget(QLabel(group.name), row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(scope, row, 2)
        self.grid.setColumnStretch(1, 1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.check = QLabel()
        self.check.setWordWrap(True)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.programme_label)
        layout.addLayout(self.grid)
        layout.addWidget(line)
        layout.addWidget(self.totals)
        layout.addWidget(self.check)
        layout.addStretch()

    def refresh(self) -> dict[str, int]:
        """Re-reads the counts; returns enrolled per group for others to reuse."""
        conn = connect(self._ws.db.path, read_only=True)
        try:
            counts = count_active_by_group(conn)
            statuses = count_by_status(conn)
        finally:
            conn.close()
        p = self._ws.programme
        for group in p.groups:
            quota, own = p.quota_for(group.code, self._ws.desa_code)
            enrolled = counts.get(group.code, 0)
            bar = self.bars[group.code]
            bar.setMaximum(max(quota, 1))
            bar.setValue(min(enrolled, max(quota, 1)))
            bar.setFormat(f"{_n(enrolled)} / {_n(quota)}")
            over = enrolled > quota
            bar.setStyleSheet("QProgressBar::chunk { background: #c62828; }" if over else "")
            self.scope_labels[group.code].setText(self.tr("desa") if own else self.tr("kabupaten"))
        total = sum(counts.values())
        self.totals.setText(
            self.tr("Jumlah peserta: <b>{total}</b> (draf {draft}, siap diserahkan {ready}, sudah diserahkan "
                    "{handed}, diubah sejak diserahkan {changed}). Iuran per bulan: <b>{amount}</b>.").format(
                total=_n(total), draft=_n(statuses.get("draft", 0)), ready=_n(statuses.get("ready", 0)),
                handed=_n(statuses.get("handed_on", 0)), changed=_n(statuses.get("changed", 0)),
                amount=rupiah(total * p.monthly_contribution),
            )
        )  # fmt: skip
        mismatch = p.total_mismatch()
        quota_sum = self.tr("Jumlah kuota semua kelompok (kabupaten): {sum}.").format(
            sum=_n(p.quota_sum)
        )
        if mismatch is not None:
            self.check.setStyleSheet("color: #8a5300;")
            self.check.setText(quota_sum + " ⚠ " + tr_message(mismatch))
        else:
            self.check.setStyleSheet("")
            self.check.setText(quota_sum)
        return counts
