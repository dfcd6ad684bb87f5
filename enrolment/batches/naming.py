"""File names for batches that are valid on FAT32, exFAT and Windows.

`3604072011_MEKAR-JAYA_batch-003_2025-12-10.xlsx`: desa code without dots, the village name in
upper case with anything but A-Z and 0-9 turned into single dashes, the batch number, the date.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Windows refuses these as a file's base name whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
_MAX_NAME = 40  # keeps the whole name far below the 255 characters of FAT32 long names


def safe_part(text: str) -> str:
    """`Mekar Jaya` → `MEKAR-JAYA`; accents dropped, never empty, never a reserved name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    part = re.sub(r"[^A-Z0-9]+", "-", ascii_text.upper()).strip("-")[:_MAX_NAME].strip("-")
    if not part:
        return "DESA"
    if part in _RESERVED:
        return part + "-"
    return part


def batch_file_name(desa_code: str, desa_name: str, batch_no: int, made_on: date) -> str:
    code = re.sub(r"[^0-9]", "", desa_code) or "0"
    return f"{code}_{safe_part(desa_name)}_batch-{batch_no:03d}_{made_on.isoformat()}.xlsx"


_NAME = re.compile(r"^(\d{2})(\d{2})(\d{2})(\d{4})_[A-Z0-9-]+_batch-(\d{3,})_")


def name_hint(file_name: str) -> tuple[str, int] | None:
    """(dotted desa code, batch number) as `batch_file_name` wrote them, or None.

    Only a hint for a file that cannot be read (locked, damaged): it names whom to call. The
    contents of a batch are never trusted because of its name.
    """
    found = _NAME.match(file_name)
    if found is None:
        return None
    kab, kec, sub, desa, number = found.groups()
    return f"{kab}.{kec}.{sub}.{desa}", int(number)


def temp_name(final_name: str, token: str) -> str:
    """The name a file is written under before it is checked and renamed."""
    stem = final_name.rsplit(".", 1)[0]
    return f"{stem}.{token}.tmp"
