"""Showing failures: a calm message for what the operator can fix, a detailed dialog for bugs."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from enrolment.messages import Message, UserError, os_reason
from models.db import DatabaseError

log = logging.getLogger("jaring")


def tr_message(message: Message | str) -> str:
    """Renders a domain message in the current UI language (plain text stays as it is)."""
    return message if isinstance(message, str) else message.render(QCoreApplication.translate)


def failure_text(exc: BaseException) -> str | None:
    """The user-facing text of an environment error, or None when `exc` is a bug."""
    if isinstance(exc, UserError):
        return tr_message(exc.message)
    if isinstance(exc, DatabaseError):
        return exc.reason
    if isinstance(exc, OSError):
        return _os_error_text(exc)
    return None


def _os_error_text(exc: OSError) -> str:
    import errno

    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "Errors", "Ruang penyimpanan penuh{where}. Kosongkan tempat atau pilih tujuan lain."
        ).format(where=where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "Errors",
            "Tidak diizinkan menulis{where}. Berkas mungkin sedang dibuka program lain "
            "atau flashdisk dikunci.",
        ).format(where=where)
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        return QCoreApplication.translate(
            "Errors",
            "Berkas atau perangkat tidak ditemukan{where}. Flashdisk mungkin tercabut: "
            "pasang lagi lalu ulangi.",
        ).format(where=where)
    return QCoreApplication.translate(
        "Errors", "Gagal membaca atau menulis berkas{where}: {error}"
    ).format(where=where, error=tr_message(os_reason(exc)))


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """A calm warning for environment errors; the bug dialog for everything else."""
    text = failure_text(exc)
    if text is not None:
        log.info("user-facing failure: %s", text)
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Tidak berhasil"), text)
        return
    show_bug(parent, exc)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """An unexpected error: logged with its traceback, shown with a "copy details" button."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Terjadi kesalahan"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman. Salin rinciannya "
            "dan sampaikan kepada petugas TI kabupaten.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("Errors", "Salin rincian"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()
