"""Small identifiers and free-text fields: phone, RT/RW, names.

Each normaliser returns the value to store (always text) or raises `FieldError` with a
message for the operator.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from enrolment.messages import QT_TRANSLATE_NOOP, Message, UserError, msg

CTX = "Identifiers"


class FieldError(UserError, ValueError):
    """A value that cannot be stored; `message` says why and how to fix it."""


_PHONE_JUNK = re.compile(r"[\s.\-()/]")
_FLOAT_DIGITS = re.compile(r"\d+\.0")


def normalise_phone(raw: str) -> str:
    """Indonesian mobile number to `08…` (10-13 digits). Empty stays empty.

    Accepts `+62 812…`, `62812…`, `0812…` and `812…` (Excel drops the leading 0 of a
    number typed as a number).
    """
    text = raw.strip().lstrip("'")
    if _FLOAT_DIGITS.fullmatch(text):  # a number that went through a float
        text = text[:-2]
    text = _PHONE_JUNK.sub("", text)
    if not text:
        return ""
    if text.startswith("+"):
        text = text[1:]
    if not text.isascii() or not text.isdigit():
        raise FieldError(
            msg(CTX, QT_TRANSLATE_NOOP("Identifiers", "Nomor HP hanya boleh berisi angka."))
        )
    if text.startswith("62"):
        text = "0" + text[2:]
    elif text.startswith("8"):
        text = "0" + text
    if not text.startswith("08") or not 10 <= len(text) <= 13:
        raise FieldError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Identifiers",
                    "Nomor HP harus nomor seluler Indonesia 08… dengan 10-13 angka; "
                    "yang diketik: {value}.",
                ),
                value=raw.strip(),
            )
        )
    return text


@lru_cache(maxsize=1024)  # an imported list repeats a few dozen values thousands of times
def normalise_rt_rw(raw: str) -> str:
    """RT or RW as three digits: `1` → `001`. Empty stays empty."""
    text = raw.strip().lstrip("'")
    if text.endswith(".0"):
        text = text[:-2]
    if not text:
        return ""
    if not text.isascii() or not text.isdigit() or len(text) > 3 or int(text) == 0:
        raise FieldError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Identifiers", "RT/RW harus angka 1-999; yang diketik: {value}."),
                value=raw.strip(),
            )
        )
    return text.zfill(3)


_SPACES = re.compile(r"\s+")
# Letters of any script, spaces and the punctuation real KTP names carry (MA'RUF, H. ABDUL,
# NUR-AINI, SITI, S.PD). Anything else (=, @, +, quotes, brackets) is not a name.
_NAME_OK = re.compile(r"[^\W\d_]+(?:[ .,'\-][^\W\d_]*)*\.?")
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "`": "'", "\u00b4": "'"})


def normalise_name(raw: str) -> str:
    """A name as on the KTP: single spaces, upper case, typographic apostrophes unified."""
    text = unicodedata.normalize("NFC", raw).translate(_APOSTROPHES)
    return _SPACES.sub(" ", text).strip().upper()


def check_name(raw: str, *, field_label: Message | None = None) -> str:
    """Normalises a person's name and refuses what cannot be one (formulas, digits)."""
    label = field_label or msg(CTX, QT_TRANSLATE_NOOP("Identifiers", "Nama"))
    name = normalise_name(raw)
    if not name:
        raise FieldError(
            msg(CTX, QT_TRANSLATE_NOOP("Identifiers", "{label} wajib diisi."), label=label)
        )
    if not _NAME_OK.fullmatch(name):
        raise FieldError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Identifiers",
                    "{label} hanya boleh berisi huruf, spasi, titik, koma, tanda petik (') dan "
                    "tanda hubung (-), diawali huruf. Tulis seperti di KTP.",
                ),
                label=label,
            )
        )
    return name


@lru_cache(maxsize=4096)  # places, hamlets and titles repeat down an imported list
def normalise_text(raw: str) -> str:
    """Free text (address, place, notes): single spaces, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", raw)).strip()
