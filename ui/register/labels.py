"""The words the register, the entry form and the dialogs use for a record's state.

One place, so the table, its filters and the form never disagree on what a status is called.
The context is written out in every call: pyside6-lupdate extracts only literal contexts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def record_status_labels() -> dict[str, str]:
    """Enrollee.status → what the village calls it."""
    return {
        "draft": QCoreApplication.translate("RegisterLabels", "Draf"),
        "ready": QCoreApplication.translate("RegisterLabels", "Siap diserahkan"),
        "handed_on": QCoreApplication.translate("RegisterLabels", "Sudah diserahkan"),
        "changed": QCoreApplication.translate("RegisterLabels", "Diubah sejak diserahkan"),
    }


def return_status_labels() -> dict[str, str]:
    """Enrollee.return_status (what the kabupaten's return file said) → a short word."""
    return {
        "accepted": QCoreApplication.translate("RegisterLabels", "Diterima"),
        "rejected": QCoreApplication.translate("RegisterLabels", "Ditolak"),
        "duplicate": QCoreApplication.translate("RegisterLabels", "Ganda"),
        "pending": QCoreApplication.translate("RegisterLabels", "Masih diperiksa"),
    }


def return_summary(return_status: str, reason: str, kpj: str) -> str:
    """One line for the entry form: what the kabupaten said about this person, or ""."""
    if not return_status:
        return ""
    word = return_status_labels().get(return_status, return_status)
    parts = [
        QCoreApplication.translate("RegisterLabels", "Hasil dari kabupaten: {status}").format(
            status=word
        )
    ]
    if reason:
        parts.append(reason)
    if kpj:
        parts.append(
            QCoreApplication.translate("RegisterLabels", "Nomor KPJ {kpj}").format(kpj=kpj)
        )
    elif return_status == "accepted":
        parts.append(QCoreApplication.translate("RegisterLabels", "nomor KPJ belum ada"))
    return " · ".join(parts)
