"""The text in a receipt's QR code, so a receipt can be checked without internet.

    JRT1*3604072011-2025-000123-97*3604072011*9F86D081884C7D65*20251210*3A1C0B

Fields, separated by `*`: format version; receipt number; desa code (10 digits); NIK hash;
date of enrolment (YYYYMMDD); check value. Only QR "alphanumeric" characters are used
(digits, capitals, `*`, `-`), which keeps the code small and easy to scan from paper.

The NIK itself is never in the QR. The hash is SHA-256 over `receipt number|NIK`, truncated
to 64 bits (16 hex digits). What that protects, honestly:
- Someone who only has the QR text (a photo, a pasted copy in a chat or a log) cannot read
  the NIK off it, and because every receipt salts with its own number, no single lookup table
  of all NIKs serves every receipt: each receipt needs its own search.
- It is NOT strong secrecy. A NIK has little entropy (region, birth date, 4-digit serial), so
  a determined attacker can search one receipt's NIK on a PC; and the paper receipt itself
  already prints the birth date and the first and last four digits, which leaves only the
  two kecamatan digits unknown. The hash adds nothing to what the paper already shows; its
  job is to let the kabupaten confirm "this receipt belongs to this NIK" without the QR
  carrying the number.
The check value (first 24 bits of SHA-256 over the other fields) catches a damaged or
mis-pasted text. It is not a signature: anyone can compute it; a forged receipt is caught by
matching against the register (see check.py), not by the QR alone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.receipts.numbering import ReceiptNumber, parse_receipt_number

CTX = "ReceiptQr"
PREFIX = "JRT1"
SEP = "*"
NIK_HASH_HEX = 16
CHECK_HEX = 6
_HEX = re.compile(r"[0-9A-F]+")


class QrPayloadError(UserError, ValueError):
    """A pasted QR text is not a Jaring receipt, or it was damaged."""


@dataclass(frozen=True)
class ReceiptQr:
    number: ReceiptNumber
    desa: str  # 10 digits
    nik_hash: str
    issued: date
    check: str

    @property
    def text(self) -> str:
        return SEP.join([*_fields(self.number, self.desa, self.nik_hash, self.issued), self.check])


def nik_hash(number: ReceiptNumber, nik: str) -> str:
    """The salted, truncated hash of a NIK for one receipt (see the module docstring)."""
    digest = hashlib.sha256(f"{number.text}|{nik}".encode("ascii")).hexdigest()
    return digest[:NIK_HASH_HEX].upper()


def _fields(number: ReceiptNumber, desa: str, hashed: str, issued: date) -> list[str]:
    return [PREFIX, number.text, desa, hashed, issued.strftime("%Y%m%d")]


def _check_value(fields: list[str]) -> str:
    return hashlib.sha256(SEP.join(fields).encode("ascii")).hexdigest()[:CHECK_HEX].upper()


def build_payload(number: ReceiptNumber, nik: str, issued: date) -> str:
    """The QR text for a receipt."""
    fields = _fields(number, number.desa, nik_hash(number, nik), issued)
    return SEP.join([*fields, _check_value(fields)])


def _bad(reason: str) -> QrPayloadError:
    return QrPayloadError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "ReceiptQr", "Teks QR ini bukan QR tanda terima Jaring yang utuh ({reason})."
            ),
            reason=reason,
        )
    )


def looks_like_payload(text: str) -> bool:
    """True when `text` starts like a QR payload (as opposed to a typed receipt number)."""
    return text.strip().upper().startswith(PREFIX + SEP)


def parse_payload(text: str) -> ReceiptQr:
    """Reads and verifies a QR text; raises QrPayloadError or ReceiptNumberError."""
    fields = text.strip().upper().split(SEP)
    if not fields or fields[0] != PREFIX:
        raise _bad("awalan bukan " + PREFIX)
    if len(fields) != 6:
        raise _bad(f"{len(fields)} bagian, seharusnya 6")
    _, number_text, desa, hashed, issued_text, check = fields
    if check != _check_value(fields[:5]):
        raise _bad("nilai pemeriksa tidak cocok; teks rusak atau diubah")
    number = parse_receipt_number(number_text)
    if desa != number.desa:
        raise _bad("kode desa tidak sama dengan nomor tanda terima")
    if len(hashed) != NIK_HASH_HEX or not _HEX.fullmatch(hashed):
        raise _bad("sidik NIK salah bentuk")
    try:
        issued = date(int(issued_text[:4]), int(issued_text[4:6]), int(issued_text[6:8]))
    except ValueError as exc:
        raise _bad("tanggal salah") from exc
    if len(issued_text) != 8:
        raise _bad("tanggal salah")
    return ReceiptQr(number, desa, hashed, issued, check)


def nik_matches(qr: ReceiptQr, nik: str) -> bool:
    return nik_hash(qr.number, nik) == qr.nik_hash
