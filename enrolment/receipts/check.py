"""Checking a receipt: a typed number or a pasted QR text against this register."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, select

from enrolment.dates import long_date
from enrolment.installation import get_installation
from enrolment.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from enrolment.nik import mask_nik
from enrolment.receipts.numbering import ReceiptNumber, dotted_desa, parse_receipt_number
from enrolment.receipts.qr import ReceiptQr, looks_like_payload, nik_matches, parse_payload
from models.tables import Enrollee

CTX = "ReceiptCheck"


@dataclass
class CheckResult:
    """`ok` is True only when the receipt is well formed, found and (for a QR) matches."""

    ok: bool
    number: ReceiptNumber | None = None
    qr: ReceiptQr | None = None
    enrollee: Enrollee | None = None
    problems: list[Message] = field(default_factory=list)
    facts: list[Message] = field(default_factory=list)


def _m(text: str, **params: object) -> Message:
    return msg(CTX, text, **params)


def check_receipt(session: Session, text: str) -> CheckResult:
    """Reads `text` (receipt number or QR text) and matches it against the register."""
    result = CheckResult(ok=False)
    if not text.strip():
        result.problems.append(
            _m(QT_TRANSLATE_NOOP("ReceiptCheck", "Ketik nomor tanda terima atau tempel teks QR."))
        )
        return result
    try:
        if looks_like_payload(text):
            result.qr = parse_payload(text)
            result.number = result.qr.number
        else:
            result.number = parse_receipt_number(text)
    except UserError as exc:
        result.problems.append(exc.message)
        return result
    number = result.number
    result.facts.append(
        _m(
            QT_TRANSLATE_NOOP(
                "ReceiptCheck",
                "Nomor {number} berbentuk benar (angka pemeriksa cocok): desa {desa}, tahun "
                "{year}, nomor urut {seq}.",
            ),
            number=number.text,
            desa=number.desa_code,
            year=number.year,
            seq=number.seq,
        )
    )
    inst = get_installation(session)
    if inst is None or inst.mode != "desa" or not inst.desa_code:
        result.problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "ReceiptCheck",
                    "Instalasi ini tidak memegang register desa, jadi isi tanda terima tidak "
                    "dapat dicocokkan di sini.",
                )
            )
        )
        return result
    if number.desa != inst.desa_code.replace(".", ""):
        result.problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "ReceiptCheck",
                    "Tanda terima ini dari desa lain ({desa}); register ini milik Desa {name} "
                    "({own}).",
                ),
                desa=dotted_desa(number.desa),
                name=inst.desa_name,
                own=inst.desa_code,
            )
        )
        return result
    enrollee = session.exec(
        select(Enrollee).where(
            Enrollee.receipt_year == number.year, Enrollee.receipt_seq == number.seq
        )
    ).first()
    if enrollee is None:
        result.problems.append(
            _m(
                QT_TRANSLATE_NOOP("ReceiptCheck", "Nomor {number} tidak ada di register desa ini."),
                number=number.text,
            )
        )
        return result
    result.enrollee = enrollee
    result.facts.append(
        _m(
            QT_TRANSLATE_NOOP("ReceiptCheck", "Terdaftar: {name}, NIK {nik}, didaftarkan {date}."),
            name=enrollee.nama,
            nik=mask_nik(enrollee.nik),
            date=long_date(enrollee.enrolled_on),
        )
    )
    if enrollee.removed_at is not None:
        result.problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "ReceiptCheck", "Peserta ini sudah dihapus dari register: {reason}"
                ),
                reason=enrollee.removed_reason,
            )
        )
    if result.qr is not None:
        if not nik_matches(result.qr, enrollee.nik):
            result.problems.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "ReceiptCheck",
                        "Sidik NIK pada QR tidak cocok dengan NIK di register: tanda terima ini "
                        "bukan milik peserta tersebut atau datanya telah diubah.",
                    )
                )
            )
        else:
            result.facts.append(
                _m(QT_TRANSLATE_NOOP("ReceiptCheck", "Sidik NIK pada QR cocok dengan register."))
            )
        if result.qr.issued != enrollee.enrolled_on:
            result.problems.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "ReceiptCheck",
                        "Tanggal pada QR ({qr}) berbeda dari tanggal pendaftaran ({reg}).",
                    ),
                    qr=long_date(result.qr.issued),
                    reg=long_date(enrollee.enrolled_on),
                )
            )
    result.ok = not result.problems
    return result
