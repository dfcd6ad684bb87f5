"""Receipts to a PDF file or to a printer. Safe to run in a worker thread (no widgets)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from enrolment.receipts.printlog import ReceiptJob
from ui.printing.receipt_renderer import Progress, paint_receipts, prepare_device

PDF_DPI = 600


class RenderError(OSError):
    """The paint device refused to start (unwritable file, printer gone)."""


def write_pdf(
    path: Path,
    job: ReceiptJob,
    *,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
    title: str = "Tanda terima pendaftaran",
) -> Path:
    """Writes every receipt of `job` into one PDF, whole: temporary name, fsync, verify,
    rename. Nothing is left behind on failure or cancellation."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("Jaring")
        prepare_device(writer, job.paper)
        painter = QPainter()
        if not painter.begin(writer):
            raise RenderError(f"PDF tidak dapat dibuat: {tmp}")
        try:
            paint_receipts(painter, writer, job.contents, job.paper, progress=progress, check=check)
        finally:
            painter.end()
        del writer  # the file is complete once the writer is gone
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
            head = fh.read(5)
            fh.seek(max(0, tmp.stat().st_size - 1024))
            tail = fh.read()
        if head != b"%PDF-" or b"%%EOF" not in tail:
            raise RenderError(f"PDF yang ditulis tidak utuh: {tmp}")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def print_job(
    printer: QPrinter,
    job: ReceiptJob,
    *,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> None:
    """Sends every receipt of `job` to `printer` as one print job."""
    printer.setFullPage(True)  # our margins count from the paper's edge
    prepare_device(printer, job.paper)
    painter = QPainter()
    if not painter.begin(printer):
        raise RenderError("Printer tidak dapat dipakai; periksa sambungan dan kertasnya.")
    try:
        paint_receipts(painter, printer, job.contents, job.paper, progress=progress, check=check)
    finally:
        painter.end()
