"""Showing the admin's recovery code once: read it, write it down or save it as a PDF.

    show_recovery_code(parent, code, display_name) -> None
    write_recovery_pdf(path, code, display_name, desa) -> Path

The code is never stored in the clear, so this screen is the only place it appears; the
dialog cannot be closed until the admin ticks that the code has been kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrolment.audit import now
from enrolment.safe_files import write_whole
from ui.errors import show_failure


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoveryCode", text)


def write_recovery_pdf(path: Path, code: str, display_name: str, desa: str = "") -> Path:
    """A one-page A4 PDF with the code and what it is for, written whole."""

    def paint(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(_t("Kode pemulihan Jaring"))
        writer.setCreator("Jaring")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"PDF tidak dapat dibuat: {tmp}")
        try:
            width = writer.width()
            body = QFont()
            body.setPointSize(12)
            painter.setFont(body)
            lines = [
                _t("KODE PEMULIHAN ADMIN JARING"),
                "",
                _t("Admin: {name}").format(name=display_name),
                _t("Desa: {desa}").format(desa=desa) if desa else "",
                _t("Dibuat: {date}").format(date=now().astimezone().strftime("%d-%m-%Y %H:%M")),
                "",
                _t(
                    "Pakai kode ini bila admin lupa kata sandi: di layar masuk pilih "
                    "'Lupa kata sandi? Pakai kode pemulihan'. Kode berlaku sekali; sesudah "
                    "dipakai Jaring memberi kode baru."
                ),
                _t(
                    "Simpan kertas ini di tempat terkunci. Siapa pun yang memegang kode ini dapat menjadi admin."
                ),
            ]
            y = 0.0
            for line in lines:
                rect = painter.boundingRect(
                    QRectF(0, y, width, 10_000), Qt.TextFlag.TextWordWrap, line or " "
                )
                painter.drawText(rect, Qt.TextFlag.TextWordWrap, line)
                y += rect.height() + 10
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            mono.setPointSize(22)
            mono.setBold(True)
            painter.setFont(mono)
            painter.drawText(QRectF(0, y + 60, width, 200), Qt.AlignmentFlag.AlignHCenter, code)
        finally:
            painter.end()
        del writer  # the file is complete once the writer is gone

    def verify(tmp: Path) -> None:
        with tmp.open("rb") as handle:
            if handle.read(5) != b"%PDF-":
                raise OSError(f"PDF yang ditulis tidak utuh: {tmp}")

    return write_whole(Path(path), paint, verify)


class RecoveryCodeDialog(QDialog):
    """The code in large letters, a PDF button, and a tick before it may be closed."""

    def __init__(
        self, code: str, display_name: str, parent: QWidget | None = None, desa: str = ""
    ) -> None:
        super().__init__(parent)
        self.code_text = code
        self.display_name = display_name
        self.desa = desa
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Kode pemulihan admin"))
        intro = QLabel(
            self.tr(
                "Tulis kode ini di kertas (atau simpan sebagai PDF lalu cetak) dan simpan di "
                "tempat aman. Bila satu-satunya admin lupa kata sandi, hanya kode ini yang "
                "dapat membuka Jaring lagi. Kode ini tidak akan ditampilkan lagi."
            )
        )
        intro.setWordWrap(True)
        self.code = QLabel(code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(18)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(self.tr("Cetak/Simpan PDF…"))
        self.pdf_button.setAutoDefault(False)
        self.kept = QCheckBox(self.tr("Saya sudah menulis atau menyimpan kode ini"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setText(self.tr("Selesai"))
        self.close_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.pdf_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.buttons.accepted.connect(self.accept)

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan kode pemulihan"),
            "kode-pemulihan-jaring.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self.saved_to = write_recovery_pdf(path, self.code_text, self.display_name, self.desa)
        except OSError as exc:
            show_failure(self, exc)
            return
        self.kept.setChecked(True)

    def reject(self) -> None:
        # Escape and the window's close button do nothing until the code has been kept.
        if self.kept.isChecked():
            super().reject()


def show_recovery_code(
    parent: QWidget | None, code: str, display_name: str, desa: str = ""
) -> None:
    """Shows the code modally until the admin confirms it has been kept."""
    RecoveryCodeDialog(code, display_name, parent, desa).exec()
