"""The words the register, the entry form and the dialogs use for a record's state.

One place, so the table, its filters and the form never disagree on what a status is called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CTX = "RegisterLabels"
NO_RETURN = "none"  # filter value: no word from the kabupaten yet (stored as "")


def record_status_labels() -> dict[str, str]:
    """Enrollee.status → what the village calls it."""
    tr = QCoreApplication.translate
    return {
        "draft": tr(CTX, "Draf"),
        "ready": tr(CTX, "Siap diserahkan"),
        "handed_on": tr(CTX, "Sudah diserahkan"),
        "changed": tr(CTX, "Diubah sejak diserahkan"),
    }


def return_status_labels() -> dict[str, str]:
    """Enrollee.return_status (what the kabupaten's return file said) → a short word."""
    tr = QCoreApplication.translate
    return {
        "accepted": tr(CTX, "Diterima"),
        "rejected": tr(CTX, "Ditolak"),
        "duplicate": tr(CTX, "Ganda"),
    }


def return_summary(return_status: str, reason: str, kpj: str) -> str:
    """One line for the entry form: what the kabupaten said about this person, or ""."""
    tr = QCoreApplication.translate
    if not return_status:
        return ""
    word = return_status_labels().get(return_status, return_status)
    parts = [tr(CTX, "Hasil dari kabupaten: {status}").format(status=word)]
    if reason:
        parts.append(reason)
    if kpj:
        parts.append(tr(CTX, "Nomor KPJ {kpj}").format(kpj=kpj))
    elif return_status == "accepted":
        parts.append(tr(CTX, "nomor KPJ belum ada"))
    return " · ".join(parts)
