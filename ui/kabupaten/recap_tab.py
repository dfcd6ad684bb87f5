"""Rekap: enrolled vs quota per kecamatan, desa and group; export and print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import tr_message
from ui.kabupaten.tables import fill_table, read_only_table, thousands
from ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from ui.kabupaten.workspace import KabupatenWorkspace


class RecapTab(QWidget):
    def __init__(self, ws: KabupatenWorkspace) -> None:
        super().__init__()
        self._ws = ws
        self._recap: Any = None
        self.level = QComboBox()
        self.level.addItems(
            [self.tr("Per kecamatan"), self.tr("Per desa"), self.tr("Per kelompok")]
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table(
            [
                self.tr("Kode"),
                self.tr("Nama"),
                self.tr("Terdaftar"),
                self.tr("Siap ke BPJS"),
                self.tr("Kuota"),
                self.tr("Capaian"),
            ]
        )
        self.silent = QListWidget()
        self.export_button = QPushButton(self.tr("Ekspor rekap ke Excel…"))
        self.print_button = QPushButton(self.tr("Cetak rekap…"))
        top = QHBoxLayout()
        top.addWidget(self.level)
        top.addStretch()
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 4)
        layout.addWidget(QLabel(self.tr("Desa yang belum menyerahkan batch:")))
        layout.addWidget(self.silent, 1)
        self.level.currentIndexChanged.connect(self._show)
        self.export_button.clicked.connect(self._export)
        self.print_button.clicked.connect(self._print)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_recap(printer)

    def recap_html(self) -> str:
        """The recap as printed: summary, then per kecamatan, desa and group."""
        from html import escape

        recap = self._recap
        if recap is None:
            return ""
        parts = [f"<h2>{escape(self.tr('Rekap pendaftaran pekerja rentan'))}</h2>"]
        parts.append(f"<p>{escape(self.summary.text())}</p>")
        titles = [self.tr("Per kecamatan"), self.tr("Per desa"), self.tr("Per kelompok")]
        heads = [
            self.tr("Kode"),
            self.tr("Nama"),
            self.tr("Terdaftar"),
            self.tr("Siap"),
            self.tr("Kuota"),
        ]
        for title, rows in zip(titles, [recap.kecamatan, recap.desa, recap.groups], strict=True):
            parts.append(
                f"<h3>{escape(title)}</h3><table border='1' cellspacing='0' cellpadding='2'>"
            )
            parts.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>")
            for r in rows:
                cells = [
                    r.code,
                    r.name,
                    thousands(r.enrolled),
                    thousands(r.ready),
                    thousands(r.quota) if r.quota else "-",
                ]
                parts.append(
                    "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    def print_recap(self, printer: Any) -> None:
        """Prints the recap (to paper or PDF, as `printer` says) and logs it."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.recap_html())
        document.print_(printer)
        db, actor = self._ws.db, self._ws.actor
        where = printer.outputFileName() or printer.printerName()

        def work(ctx: TaskContext) -> None:
            from enrolment import audit

            with db.session() as session:
                audit.record(session, actor, "kabupaten.report_print", entity="recap", detail=where)
                session.commit()

        self._ws.task = run_task(self, work, on_success=lambda _r: None, show_progress=False)

    def show_data(self, recap: Any) -> None:
        self._recap = recap
        text = self.tr(
            "Terdaftar {enrolled}; siap ke BPJS {ready}; konflik terbuka {conflicts}; data "
            "bermasalah {rejected}; ditarik {withdrawn}; ganda {dup}. Jumlah kuota per kelompok "
            "{quota}."
        ).format(
            enrolled=thousands(recap.enrolled),
            ready=thousands(recap.ready),
            conflicts=thousands(recap.open_conflicts),
            rejected=thousands(recap.rejected),
            withdrawn=thousands(recap.withdrawn),
            dup=thousands(recap.duplicates),
            quota=thousands(recap.quota_sum),
        )
        if recap.mismatch is not None:
            text += " " + tr_message(recap.mismatch)
        self.summary.setText(text)
        self.silent.clear()
        self.silent.addItems([f"{d.code} {d.name}" for d in recap.silent])
        self._show()

    def _show(self) -> None:
        if self._recap is None:
            return
        rows = [self._recap.kecamatan, self._recap.desa, self._recap.groups][
            self.level.currentIndex()
        ]
        fill_table(
            self.table,
            [[r.code, r.name, r.enrolled, r.ready, r.quota if r.quota else "-", ""] for r in rows],
        )
        for i, r in enumerate(rows):  # the bars: enrolled against the quota
            if not r.quota:
                # No quota, nothing to fill: a bar of the bare count would read as "100%".
                self.table.removeCellWidget(i, 5)
                item = self.table.item(i, 5)
                item.setText(self.tr("tanpa kuota"))
                item.setForeground(self.palette().placeholderText())
                continue
            # `covered`: the members of the groups the quota names (a desa quota may name some).
            bar = QProgressBar()
            bar.setRange(0, max(r.quota, r.covered))
            bar.setValue(r.covered)
            # Under 1% a whole number would say "0%" as if nothing had happened.
            shown = (
                f"{r.percent:.1f}".replace(".", ",") if 0 < r.percent < 1 else f"{r.percent:.0f}"
            )
            bar.setFormat(f"{shown}%")
            bar.setToolTip(
                self.tr("{enrolled} dari kuota {quota}").format(
                    enrolled=thousands(r.covered), quota=thousands(r.quota)
                )
            )
            self.table.setCellWidget(i, 5, bar)

    def _export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Simpan rekap"), "rekap-kabupaten.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not name:
            return
        db, actor, programme = self._ws.db, self._ws.actor, self._ws.programme

        def work(ctx: TaskContext) -> Path:
            from enrolment.kabupaten.recap import export_recap

            with db.session() as session:
                export_recap(session, programme, Path(name), actor=actor)
            return Path(name)

        self._ws.run(
            work,
            lambda path: QMessageBox.information(
                self, self.tr("Rekap"), self.tr("Rekap disimpan:\n{path}").format(path=path)
            ),
            self.tr("Menulis rekap…"),
        )
