"""Parsing cell values as village workbooks really hold them.

Two readers, two shapes: python-calamine gives every number as a float and dates as `date` /
`datetime`; openpyxl gives ints and datetimes. Every parser here takes either shape (or text
typed by hand) and returns text or a date, or raises `ValueProblem` with a message the
secretary can act on. Storing is not decided here: `enrolment.validation` does that.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from enrolment.dates import MONTHS
from enrolment.messages import QT_TRANSLATE_NOOP, Message, UserError, msg
from enrolment.nik import NIK_LENGTH, normalise_nik

CTX = "Import"

Cell = str | int | float | bool | date | datetime | time | timedelta | None

# A float represents every integer exactly only up to 2**53; a 16-digit NIK above that
# (provinces 91-96) cannot survive a float at all.
_FLOAT_EXACT = 2**53
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's leap-year bug included)


class ValueProblem(UserError, ValueError):
    """A cell that cannot be read as the column says; `message` says why."""


class PlaceAndDateProblem(ValueProblem):
    """The date of a place-and-date cell cannot be read; the place was read all the same.

    `Serang, 31-02-1995` is held back for its date, not also for a missing place.
    """

    def __init__(self, message: Message, place: str) -> None:
        super().__init__(message)
        self.place = place


def cell_text(value: Cell) -> str:
    """The text a cell shows: integral numbers without `.0`, dates day-first, never None."""
    if type(value) is str:
        return value
    if value is None or isinstance(value, bool):
        return "" if value is None else ("TRUE" if value else "FALSE")
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


# --- NIK -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NikCell:
    """A NIK as read: `text` to validate; `damaged` holds the row back; `note` goes with it."""

    text: str
    damaged: Message | None = None
    note: Message | None = None


# Appended in the held-back workbook to a NIK Excel may have damaged: the row cannot be
# imported again until someone compares the NIK with the KTP and removes the mark.
CHECK_MARK = " (cocokkan dengan KTP)"
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]*)?[eE][+-]?[0-9]+")
_FLOAT_TEXT = re.compile(r"([0-9]+)\.0+")


def _damaged_numeric(shown: str) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Import",
            "NIK tersimpan sebagai angka di Excel dan berakhiran 0 ({nik}): angka ke-16 mungkin "
            "sudah hilang. Cocokkan dengan KTP, ketik NIK sebagai teks, lalu impor lagi.",
        ),
        nik=shown,
    )


def _numeric_nik(number: int) -> NikCell:
    text = str(number)
    if len(text) != NIK_LENGTH:
        return NikCell(text)  # validation says what is wrong with its length
    if number >= _FLOAT_EXACT:
        return NikCell(
            text,
            damaged=msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "NIK {nik} tersimpan sebagai angka yang terlalu besar untuk disimpan utuh "
                    "oleh Excel. Cocokkan dengan KTP, ketik NIK sebagai teks, lalu impor lagi.",
                ),
                nik=text,
            ),
        )
    if text.endswith("0"):
        return NikCell(text, damaged=_damaged_numeric(text))
    return NikCell(
        text,
        note=msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "NIK tersimpan sebagai angka di Excel; angka terakhirnya bukan 0 sehingga masih "
                "utuh dan disimpan sebagai teks.",
            ),
        ),
    )


def parse_nik(value: Cell) -> NikCell:
    """Reads a NIK cell, telling an intact number from one Excel may have damaged.

    Excel keeps 15 significant digits: a 16-digit NIK stored as a number has its last digit
    zeroed. So a numeric NIK whose last digit is not 0 cannot have passed through Excel's
    rounding and is intact; one ending in 0 may have lost its 16th digit. Scientific notation
    (`3,60407E+15`) has lost several digits and is always held back.
    """
    if value is None:
        return NikCell("")
    if isinstance(value, bool):
        return NikCell(cell_text(value))
    if isinstance(value, int):
        return _numeric_nik(value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return NikCell(repr(value), damaged=_scientific(repr(value)))
        return _numeric_nik(int(value))
    if not isinstance(value, str):
        return NikCell(cell_text(value))
    text = value.strip()
    if text.endswith(CHECK_MARK.strip()):
        return _still_marked(parse_nik(text[: -len(CHECK_MARK.strip())]))
    if _SCIENTIFIC.fullmatch(text):
        return NikCell(text, damaged=_scientific(text))
    float_text = _FLOAT_TEXT.fullmatch(text)
    if float_text:  # "3604…0001.0": a number that went through a float somewhere
        return _numeric_nik(int(float_text.group(1)))
    return NikCell(normalise_nik(text))


def _still_marked(nik: NikCell) -> NikCell:
    """A NIK from the held-back workbook that still carries its mark: held for the same
    damage as before, or until the mark is removed once the NIK was compared with the KTP."""
    if nik.damaged is not None:
        return nik
    return NikCell(
        nik.text,
        damaged=msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "NIK {nik} belum dicocokkan dengan KTP. Periksa angka terakhirnya, betulkan bila "
                'perlu, lalu hapus tulisan "(cocokkan dengan KTP)" dan impor lagi.',
            ),
            nik=nik.text,
        ),
    )


def _scientific(shown: str) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Import",
            "NIK tertulis sebagai {nik}: Excel sudah membulatkannya dan beberapa angka hilang. "
            "Ketik ulang NIK dari KTP sebagai teks, lalu impor lagi.",
        ),
        nik=shown,
    )


# --- dates ---------------------------------------------------------------------------------

_MONTH_NAMES: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_NAMES[_name.lower()] = _number
    _MONTH_NAMES[_name.lower()[:3]] = _number
# Besides the names and their first three letters (jan … des): the abbreviations and older
# spellings villages write (Mrt, Agst, Pebruari, Nopember), and English.
for _name, _number in {
    "febr": 2, "peb": 2, "pebr": 2, "pebruari": 2, "mrt": 3, "agt": 8, "ags": 8, "agst": 8,
    "agus": 8, "sept": 9, "nop": 11, "nopember": 11,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
}.items():  # fmt: skip
    _MONTH_NAMES[_name] = _number

_DMY = r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})"
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_WORDS = r"(\d{1,2})[\s\-.]+([A-Za-z]+)\.?[\s\-.,]+(\d{4}|\d{2})"
_DATE_DMY = re.compile(_DMY)
_DATE_ISO = re.compile(_ISO + r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_DATE_WORDS = re.compile(_WORDS)
_DATE_PACKED = re.compile(r"(\d{2})(\d{2})(\d{4})")
_TTL = re.compile(
    r"(?P<place>.*?)[\s,;/]*(?P<date>" + _DMY + "|" + _ISO + "|" + _WORDS + r")\s*",
)


def _bad_date(value: Cell) -> ValueProblem:
    return ValueProblem(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import", "Tanggal '{value}' tidak dikenali; tulis seperti 12-03-1990."
            ),
            value=cell_text(value).strip(),
        )
    )


def _impossible_date(value: Cell) -> ValueProblem:
    return ValueProblem(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Tanggal '{value}' tidak ada di kalender; periksa hari dan bulannya.",
            ),
            value=cell_text(value).strip(),
        )
    )


def _full_year(yy: int, today: date) -> int:
    """A two-digit year: 20yy when that is not in the future, else 19yy (as for the NIK)."""
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def _make_date(year: int, month: int, day: int, value: Cell, *, packed: bool = False) -> date:
    """The date, or why not. `packed` digits (12031990) may not be meant as a date at all, so
    an impossible one is "not recognised" rather than "not in the calendar"."""
    try:
        return date(year, month, day)
    except ValueError:
        raise (_bad_date(value) if packed else _impossible_date(value)) from None


def parse_date(value: Cell, today: date) -> date | None:
    """A date as villages write it: Excel dates, 12-03-1990, 12/03/1990, 12 Maret 1990.

    Day first always (Indonesian usage). An empty cell gives None.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | time | timedelta):
        raise _bad_date(value)
    if isinstance(value, int | float):
        return _numeric_date(value, today)
    text = value.strip()
    if not text:
        return None
    found = _parse_date_text(text, today)
    if found is None:
        raise _bad_date(value)
    return found


def _numeric_date(value: float, today: date) -> date:
    if not math.isfinite(value) or not float(value).is_integer():
        raise _bad_date(value)
    number = int(value)
    packed = _DATE_PACKED.fullmatch(f"{number:08d}") if number >= 1_000_000 else None
    if packed:  # 12031990 typed as a number
        day, month, year = (int(g) for g in packed.groups())
        return _make_date(year, month, day, value, packed=True)
    if 1 <= number <= 2_958_465:  # an Excel serial date whose cell lost its date format
        return _EXCEL_EPOCH + timedelta(days=number)
    raise _bad_date(value)


def _parse_date_text(text: str, today: date) -> date | None:
    iso = _DATE_ISO.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return _make_date(year, month, day, text)
    dmy = _DATE_DMY.fullmatch(text)
    if dmy:
        day, month, year = (int(g) for g in dmy.groups())
        if len(dmy.group(3)) == 2:
            year = _full_year(year, today)
        return _make_date(year, month, day, text)
    words = _DATE_WORDS.fullmatch(text)
    if words:
        named = _MONTH_NAMES.get(words.group(2).lower())
        if named is None:
            return None
        year = int(words.group(3))
        if len(words.group(3)) == 2:
            year = _full_year(year, today)
        return _make_date(year, named, int(words.group(1)), text)
    packed = _DATE_PACKED.fullmatch(text)
    if packed:
        day, month, year = (int(g) for g in packed.groups())
        return _make_date(year, month, day, text, packed=True)
    return None


def parse_place_and_date(value: Cell, today: date) -> tuple[str, date | None]:
    """`Serang, 12-03-1990` → ("Serang", 1990-03-12). A bare date gives no place.

    Raises PlaceAndDateProblem, which still carries the place, when only the date is wrong.
    """
    if value is None:
        return "", None
    if not isinstance(value, str):
        return "", parse_date(value, today)
    text = value.strip()
    match = _TTL.fullmatch(text)
    if match is None:
        if any(ch.isdigit() for ch in text):
            raise _bad_date(value)
        return text.rstrip(" ,;/"), None  # only the place was written
    place = match.group("place").strip(" ,;/")
    try:
        return place, parse_date(match.group("date"), today)
    except ValueProblem as exc:
        raise PlaceAndDateProblem(exc.message, place) from None


# --- sex, RT/RW, phone ---------------------------------------------------------------------

_SEX = {
    "l": "L", "lk": "L", "laki": "L", "laki-laki": "L", "laki laki": "L", "lakilaki": "L",
    "laki2": "L", "pria": "L", "male": "L", "m": "L",
    "p": "P", "pr": "P", "prp": "P", "perempuan": "P", "wanita": "P", "female": "P",
    "f": "P", "w": "P",
}  # fmt: skip


_SPACED_DASH = re.compile(r"\s*-\s*")


@lru_cache(maxsize=256, typed=True)  # typed: 1, 1.0 and True are different cells
def parse_sex(value: Cell) -> str:
    """L/P from `L`, `Lk`, `Laki-laki`, `Laki - laki`, `Laki2`, `Pria`, `P`, `Pr`, `Perempuan`…

    Anything else comes back as written, for validation to refuse with its own message.
    """
    text = " ".join(cell_text(value).replace(".", " ").split()).lower()
    text = _SPACED_DASH.sub("-", text)
    return _SEX.get(text, text.upper())


_RT_RW_PREFIX = re.compile(r"^(?:rt|rw|no)\b[\s.:]*", re.IGNORECASE)
_RT_RW_PAIR = re.compile(
    r"(?:rt[\s.:]*)?0*(\d{1,3})\s*(?:[/\\\-,.]\s*(?:rw[\s.:]*)?|rw[\s.:]*|\s+)0*(\d{1,3})",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024, typed=True)
def parse_rt_or_rw(value: Cell) -> str:
    """`1`, `1.0`, `01`, `RT 01` → `1`/`01` (validation pads to `001`)."""
    if isinstance(value, date | datetime):
        raise _rt_rw_as_date(value)
    return _RT_RW_PREFIX.sub("", cell_text(value).strip())


def parse_rt_rw_pair(value: Cell) -> tuple[str, str]:
    """One column holding both: `001/002`, `01-02`, `RT 01 RW 02` → ("01", "02")."""
    if isinstance(value, date | datetime):
        raise _rt_rw_as_date(value)
    text = cell_text(value).strip()
    if not text:
        return "", ""
    match = _RT_RW_PAIR.fullmatch(text)
    if match is None:
        raise ValueProblem(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import", "RT/RW '{value}' tidak dikenali; tulis seperti 001/002."
                ),
                value=text,
            )
        )
    return match.group(1), match.group(2)


def _rt_rw_as_date(value: Cell) -> ValueProblem:
    return ValueProblem(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "RT/RW terbaca sebagai tanggal ({value}): Excel mengubah ketikan seperti 01/02 "
                "menjadi tanggal. Ketik ulang RT dan RW sebagai teks.",
            ),
            value=cell_text(value),
        )
    )


def parse_phone(value: Cell) -> str:
    """Phone text for `normalise_phone`: numbers lose `.0`; scientific notation is refused."""
    if isinstance(value, float) and not value.is_integer():
        raise _phone_damaged(cell_text(value))
    text = cell_text(value).strip()
    if _SCIENTIFIC.fullmatch(text):
        raise _phone_damaged(text)
    return text


def _phone_damaged(shown: str) -> ValueProblem:
    return ValueProblem(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "Nomor HP tertulis sebagai {value}: Excel sudah membulatkannya. Ketik ulang "
                "sebagai teks.",
            ),
            value=shown,
        )
    )
