"""NIK (Nomor Induk Kependudukan): structure checks, birth date and sex, masking.

Layout `PP KK CC DDMMYY SSSS`: province, kab/kota, kecamatan of first issue; birth date with
40 added to the day for women; serial. The check proves structure only, never that Dukcapil
knows the person. Over-strict rules ("must start with 3604") reject real people, so codes
outside the current decree or outside Kabupaten Serang are warnings, never errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from enrolment.messages import QT_TRANSLATE_NOOP, Message, msg
from enrolment.regions import Regions, regions

CTX = "Nik"
NIK_LENGTH = 16
HOME_PREFIX = "3604"  # Kabupaten Serang
_SEPARATORS = re.compile(r"[\s.\-]")
_ASCII_DIGITS = re.compile(r"[0-9]{16}")


@dataclass(frozen=True)
class NikInfo:
    """What a structurally valid NIK says about its holder."""

    nik: str
    province: str
    kabkota: str
    kecamatan: str
    birth_date: date
    sex: str  # "L" or "P"
    serial: str


@dataclass(frozen=True)
class NikWarning:
    """A doubt the operator may confirm; `code` is stored with the confirmation."""

    code: str
    message: Message


@dataclass
class NikCheck:
    """Result of `check_nik`: `info` is set exactly when `error` is None."""

    normalised: str
    info: NikInfo | None = None
    error: Message | None = None
    warnings: list[NikWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


def normalise_nik(raw: str) -> str:
    """Removes spaces, dots, dashes and a leading apostrophe (Excel's text marker)."""
    text = raw.strip().lstrip("'\u2018\u2019")
    return _SEPARATORS.sub("", text)


def two_digit_year(yy: int, month: int, day: int, today: date) -> int:
    """20yy when that date is not in the future, else 19yy."""
    year = 2000 + yy
    try:
        if date(year, month, day) <= today:
            return year
    except ValueError:
        # 29 February of a non-leap 20yy: decide on the year alone.
        if year <= today.year:
            return year
    return 1900 + yy


def check_nik(raw: str, today: date, region_data: Regions | None = None) -> NikCheck:
    """Checks the structure of a NIK. Hard errors in `error`, doubts in `warnings`."""
    reg = region_data or regions()
    nik = normalise_nik(raw)
    result = NikCheck(normalised=nik)
    if not nik:
        result.error = msg(CTX, QT_TRANSLATE_NOOP("Nik", "NIK wajib diisi (16 angka dari KTP)."))
        return result
    if not _ASCII_DIGITS.fullmatch(nik):
        if any(ch.isdigit() and not ("0" <= ch <= "9") for ch in nik):
            result.error = msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Nik", "NIK memuat angka dari huruf lain (mis. angka lebar). Ketik ulang NIK."
                ),
            )
        elif not nik.isascii() or not nik.isdigit():
            result.error = msg(
                CTX, QT_TRANSLATE_NOOP("Nik", "NIK hanya boleh berisi angka 0-9 (16 angka).")
            )
        else:
            result.error = msg(
                CTX,
                QT_TRANSLATE_NOOP("Nik", "NIK harus 16 angka; yang diketik {count} angka."),
                count=len(nik),
            )
        return result

    province, kabkota, kecamatan = nik[0:2], nik[2:4], nik[4:6]
    day, month, yy, serial = int(nik[6:8]), int(nik[8:10]), int(nik[10:12]), nik[12:16]
    if province not in reg.provinces:
        result.error = msg(
            CTX,
            QT_TRANSLATE_NOOP("Nik", "Kode provinsi {code} pada NIK tidak dikenal."),
            code=province,
        )
        return result
    if kabkota == "00" or kecamatan == "00":
        result.error = msg(
            CTX,
            QT_TRANSLATE_NOOP("Nik", "Kode kabupaten/kota atau kecamatan pada NIK tidak boleh 00."),
        )
        return result
    sex = "L"
    if 41 <= day <= 71:
        sex, day = "P", day - 40
    birth: date | None = None
    if 1 <= day <= 31 and 1 <= month <= 12:
        year = two_digit_year(yy, month, day, today)
        try:
            birth = date(year, month, day)
        except ValueError:
            birth = None
    if birth is None:
        result.error = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Nik", "Tanggal lahir pada NIK ({digits}) bukan tanggal yang mungkin."
            ),
            digits=nik[6:12],
        )
        return result
    if serial == "0000":
        result.error = msg(
            CTX, QT_TRANSLATE_NOOP("Nik", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000.")
        )
        return result

    result.info = NikInfo(nik, province, kabkota, kecamatan, birth, sex, serial)
    if not reg.is_known_kabkota(province, kabkota):
        result.warnings.append(
            NikWarning(
                "NIK_OLD_KABKOTA",
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Nik",
                        "Kode kabupaten/kota {code} tidak ada dalam Kepmendagri terbaru "
                        "(NIK lama tetap berlaku seumur hidup). Periksa dengan KTP.",
                    ),
                    code=f"{province}.{kabkota}",
                ),
            )
        )
    elif not reg.is_known_kecamatan(province, kabkota, kecamatan):
        result.warnings.append(
            NikWarning(
                "NIK_OLD_KECAMATAN",
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Nik",
                        "Kode kecamatan {code} tidak ada dalam Kepmendagri terbaru "
                        "(NIK lama tetap berlaku seumur hidup). Periksa dengan KTP.",
                    ),
                    code=f"{province}.{kabkota}.{kecamatan}",
                ),
            )
        )
    if nik[:4] != HOME_PREFIX:
        result.warnings.append(
            NikWarning(
                "NIK_OUTSIDE_KABUPATEN",
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Nik",
                        "NIK diterbitkan di luar Kabupaten Serang ({code}). Pendatang tetap "
                        "memakai NIK asalnya: lanjutkan bila sesuai KTP.",
                    ),
                    code=nik[:4],
                ),
            )
        )
    return result


def mask_nik(nik: str) -> str:
    """`3604••••••••0012`: enough to tell records apart, too little to misuse."""
    if len(nik) != NIK_LENGTH:
        return "•" * len(nik)
    return nik[:4] + "•" * 8 + nik[12:]
