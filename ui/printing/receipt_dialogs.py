"""Receipt printing for the window: preview, print, save as PDF, and the check dialog.

Entry points for the main window (the lead wires them to menus and shortcuts):

    preview_receipt(parent, db, enrollee_id, actor)          -> ReceiptPreviewDialog
    receipt_after_save(parent, db, enrollee_id, actor)       -> Task | ReceiptPreviewDialog | None
    print_receipts(parent, db, enrollee_ids, actor, mode)    -> Task | None
    open_receipt_check_dialog(parent, db)                    -> ReceiptCheckDialog

Every finished print (paper or PDF) is logged through `record_prints` (receipt_print table
and one audit entry per receipt). A preview alone is not a print and is not logged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrolment.receipts.check import check_receipt
from enrolment.receipts.printlog import (
    ReceiptJob,
    auto_print_enabled,
    prepare_job,
    record_prints,
)
from models.database import Database
from ui.errors import show_failure, tr_message
from ui.printing.output import print_job, write_pdf
from ui.printing.receipt_renderer import paint_receipts, prepare_device
from ui.tasks import Task, TaskContext, run_task

MODES = ("printer", "pdf")


def _safe_file_name(text: str) -> str:
    """A file name valid on FAT32 and Windows."""
    bad = '<>:"/\\|?*'
    cleaned = "".join("-" if ch in bad or ord(ch) < 32 else ch for ch in text).strip(" .")
    return cleaned[:120] or "tanda-terima"


def _default_pdf_name(job_count: int, first_number: str) -> str:
    if job_count == 1:
        return _safe_file_name(f"tanda-terima-{first_number}") + ".pdf"
    return f"tanda-terima-{job_count}-peserta.pdf"


def _ask_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested) if folder else suggested
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReceiptPrinting", "Simpan tanda terima sebagai PDF"),
        start,
        QCoreApplication.translate("ReceiptPrinting", "Dokumen PDF (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _ask_printer(parent: QWidget | None, job: ReceiptJob) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    prepare_device(printer, job.paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReceiptPrinting", "Cetak tanda terima"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _run_output(
    parent: QWidget | None,
    db: Database,
    job_or_ids: ReceiptJob | Sequence[str],
    actor: str,
    mode: str,
    on_done: Callable[[Any], None] | None = None,
    printer: QPrinter | None = None,
) -> Task | None:
    """Asks where to (printer or file) on the GUI thread, then renders in the background.
    A `printer` given by the caller is used as it is, without the print dialog."""
    if isinstance(job_or_ids, ReceiptJob):
        job = job_or_ids
    else:
        try:
            with db.session() as session:
                job = prepare_job(session, list(job_or_ids))
        except Exception as exc:  # a calm message for UserError, the bug dialog otherwise
            show_failure(parent, exc)
            return None
    path: Path | None = None
    if mode == "printer" and printer is None:
        printer = _ask_printer(parent, job)
        if printer is None:
            return None
    elif mode == "printer":
        pass
    elif mode == "pdf":
        path = _ask_pdf_path(parent, _default_pdf_name(len(job.contents), job.contents[0].number))
        if path is None:
            return None
    else:
        raise ValueError(f"unknown mode {mode!r}")

    total = len(job.contents)
    progress_text = QCoreApplication.translate(
        "ReceiptPrinting", "Tanda terima {done} dari {total}"
    )

    def work(ctx: TaskContext) -> ReceiptJob:
        def progress(done: int, n: int) -> None:
            ctx.progress(done, n, progress_text.format(done=done, total=n))

        if printer is not None:
            print_job(printer, job, progress=progress, check=ctx.check)
            destination = printer.printerName()
        else:
            assert path is not None
            write_pdf(path, job, progress=progress, check=ctx.check)
            destination = path.name
        with db.session() as session:
            record_prints(session, job, actor=actor, kind=mode, destination=destination)
        return job

    def done(result: Any) -> None:
        if on_done is not None:
            on_done(result)

    title = (
        QCoreApplication.translate("ReceiptPrinting", "Mencetak {count} tanda terima…")
        if mode == "printer"
        else QCoreApplication.translate("ReceiptPrinting", "Menyimpan {count} tanda terima ke PDF…")
    ).format(count=total)
    return run_task(parent, work, on_success=done, title=title)


def print_receipts(
    parent: QWidget | None,
    db: Database,
    enrollee_ids: Sequence[str],
    actor: str,
    mode: str = "printer",
    on_done: Callable[[Any], None] | None = None,
) -> Task | None:
    """Prints the receipts of `enrollee_ids` as ONE print job (mode "printer", through Qt's
    print dialog) or ONE PDF (mode "pdf", through a save dialog), in the background with
    progress. Returns the running Task, or None when the operator cancelled a dialog."""
    return _run_output(parent, db, enrollee_ids, actor, mode, on_done)


class ReceiptPreviewDialog(QDialog):
    """The receipt as it will print (including SALINAN when it is a reprint)."""

    def __init__(self, parent: QWidget | None, db: Database, job: ReceiptJob, actor: str) -> None:
        super().__init__(parent)
        self.db, self.job, self.actor = db, job, actor
        self.task: Task | None = None
        self.setWindowTitle(
            self.tr("Pratinjau tanda terima {number}").format(number=job.contents[0].number)
        )
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.printer.setFullPage(True)
        prepare_device(self.printer, job.paper)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Cetak…"), self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.pdf_button = QPushButton(self.tr("Simpan &PDF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self._output("printer"))
        self.pdf_button.clicked.connect(lambda: self._output("pdf"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(720, 900)

    def _paint(self, printer: QPrinter) -> None:
        from PySide6.QtGui import QPainter

        painter = QPainter(printer)
        try:
            paint_receipts(painter, printer, self.job.contents, self.job.paper)
        finally:
            painter.end()

    def _output(self, mode: str) -> None:
        self.task = _run_output(self, self.db, self.job, self.actor, mode, self._printed)

    def _printed(self, _result: Any) -> None:
        self.accept()


def preview_receipt(
    parent: QWidget | None, db: Database, enrollee_id: str, actor: str
) -> ReceiptPreviewDialog | None:
    """Opens the print preview of one enrollee's receipt (window-modal, not blocking).

    From there the operator prints (Ctrl+P) or saves a PDF. Returns the dialog, or None when
    the receipt cannot be made (a calm message has then been shown)."""
    try:
        with db.session() as session:
            job = prepare_job(session, [enrollee_id])
    except Exception as exc:
        show_failure(parent, exc)
        return None
    dialog = ReceiptPreviewDialog(parent, db, job, actor)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def receipt_after_save(
    parent: QWidget | None, db: Database, enrollee_id: str, actor: str
) -> Task | ReceiptPreviewDialog | None:
    """Call after a NEW enrollee was saved. With automatic printing set (installation
    `receipt_auto_print`, `setup --cetak-otomatis`) the receipt goes straight to the default
    printer in the background; without a default printer the preview opens instead. With
    the setting off nothing happens (the operator presses Ctrl+P → `preview_receipt`)."""
    with db.session() as session:
        automatic = auto_print_enabled(session)
    if not automatic:
        return None
    if QPrinterInfo.defaultPrinter().isNull():
        return preview_receipt(parent, db, enrollee_id, actor)
    printer = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
    return _run_output(parent, db, [enrollee_id], actor, "printer", printer=printer)


class ReceiptCheckDialog(QDialog):
    """Type a receipt number or paste the QR text; see whether it matches the register."""

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Periksa tanda terima"))
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(
            self.tr("Nomor tanda terima (mis. 3604072011-2025-000123-97) atau teks QR")
        )
        self.check_button = QPushButton(self.tr("&Periksa"), self)
        self.check_button.setDefault(True)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.check_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ketik nomor pada tanda terima, atau tempel teks QR:")))
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(close)
        self.check_button.clicked.connect(self.run_check)
        self.input.returnPressed.connect(self.run_check)
        self.resize(560, 360)

    def run_check(self) -> None:
        with self.db.session() as session:
            result = check_receipt(session, self.input.text())
        if result.ok:
            self.verdict.setText(self.tr("COCOK: tanda terima ini sah dan sesuai register."))
            self.verdict.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.verdict.setText(self.tr("TIDAK COCOK atau tidak dapat dipastikan."))
            self.verdict.setStyleSheet("color: #b71c1c; font-weight: bold;")
        lines = [tr_message(m) for m in result.facts]
        lines += ["✗ " + tr_message(m) for m in result.problems]
        self.details.setPlainText("\n".join(lines))


def open_receipt_check_dialog(parent: QWidget | None, db: Database) -> ReceiptCheckDialog:
    """Opens the receipt-check dialog (window-modal, not blocking) and returns it."""
    dialog = ReceiptCheckDialog(parent, db)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
