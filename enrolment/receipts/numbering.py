"""Receipt numbers: `3604072011-2025-000123-97` = desa code, year, sequence, check digits.

The two check digits follow ISO 7064 MOD 97-10, the scheme of the IBAN: over the 20 digits
`desa(10) year(4) sequence(6)`, check = 98 - (digits·100 mod 97), so that the whole 22-digit
number is ≡ 1 (mod 97). Because 97 is prime and larger than any difference of two digits,
the scheme catches every single wrong digit and every swap of two neighbouring digits
(including one between the number and its check digits); tests prove both exhaustively for a
sample number. Separators (`-`, `/`, spaces, the dots of a dotted desa code) carry no
meaning and are ignored when a number is typed back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg

CTX = "ReceiptNumber"
SEQ_DIGITS = 6
_SPLIT = re.compile(r"[-/\s]+")


class ReceiptNumberError(UserError, ValueError):
    """A typed receipt number is malformed or its check digits do not match."""


def mod97_check(digits: str) -> str:
    """The two ISO 7064 MOD 97-10 check digits for a string of ASCII digits."""
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(f"not digits: {digits!r}")
    return f"{98 - int(digits + '00') % 97:02d}"


def mod97_valid(digits_with_check: str) -> bool:
    """True when the digits (check digits last) satisfy ISO 7064 MOD 97-10."""
    text = digits_with_check
    return text.isascii() and text.isdigit() and len(text) > 2 and int(text) % 97 == 1


def desa_digits(desa_code: str) -> str:
    """`36.04.07.2011` → `3604072011`."""
    return desa_code.replace(".", "")


def dotted_desa(digits: str) -> str:
    """`3604072011` → `36.04.07.2011`."""
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:10]}"


@dataclass(frozen=True)
class ReceiptNumber:
    """One receipt's number. `desa` holds the 10 digits of the Kemendagri desa code."""

    desa: str
    year: int
    seq: int

    @classmethod
    def of(cls, desa_code: str, year: int, seq: int) -> ReceiptNumber:
        return cls(desa_digits(desa_code), year, seq)

    @property
    def payload(self) -> str:
        return f"{self.desa}{self.year:04d}{self.seq:0{SEQ_DIGITS}d}"

    @property
    def check(self) -> str:
        return mod97_check(self.payload)

    @property
    def desa_code(self) -> str:
        return dotted_desa(self.desa)

    @property
    def text(self) -> str:
        return f"{self.desa}-{self.year:04d}-{self.seq:0{SEQ_DIGITS}d}-{self.check}"

    def __str__(self) -> str:
        return self.text


def _malformed(text: str) -> ReceiptNumberError:
    return ReceiptNumberError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "ReceiptNumber",
                "Nomor tanda terima {number} tidak berbentuk benar. Contoh yang benar: "
                "3604072011-2025-000123-97 (kode desa, tahun, nomor urut, angka pemeriksa).",
            ),
            number=text,
        )
    )


def parse_receipt_number(text: str) -> ReceiptNumber:
    """Reads a typed receipt number and proves its check digits.

    Accepts `3604072011-2025-000123-97`, `36.04.07.2011/2025/123/97`, or the 22 digits run
    together. Raises ReceiptNumberError saying what is wrong.
    """
    raw = text.strip()
    cleaned = raw.replace(".", "")
    parts = [p for p in _SPLIT.split(cleaned) if p]
    if len(parts) == 1 and len(parts[0]) == 10 + 4 + SEQ_DIGITS + 2:
        whole = parts[0]
        parts = [whole[:10], whole[10:14], whole[14:20], whole[20:]]
    if len(parts) != 4 or not all(p.isascii() and p.isdigit() for p in parts):
        raise _malformed(raw)
    desa, year, seq, check = parts
    if len(desa) != 10 or len(year) != 4 or not 1 <= len(seq) <= SEQ_DIGITS or len(check) != 2:
        raise _malformed(raw)
    number = ReceiptNumber(desa, int(year), int(seq))
    if not mod97_valid(number.payload + check):
        raise ReceiptNumberError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "ReceiptNumber",
                    "Angka pemeriksa nomor {number} tidak cocok: ada angka yang salah ketik atau "
                    "tertukar. Periksa lagi nomor pada tanda terima.",
                ),
                number=raw,
            )
        )
    return number
