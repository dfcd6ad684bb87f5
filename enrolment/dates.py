"""Indonesian dates, written out without relying on the Windows locale."""

from __future__ import annotations

from datetime import date

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def long_date(d: date, *, weekday: bool = True) -> str:
    """`Rabu, 10 Desember 2025` (or `10 Desember 2025` without the weekday)."""
    text = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]}, {text}" if weekday else text


def short_date(d: date) -> str:
    """`10-12-2025`, the day-first form Indonesian forms use."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def month_label(ym: str) -> str:
    """`2026-01` → `Januari 2026`."""
    year, month = ym.split("-")
    return f"{MONTHS[int(month) - 1]} {int(year)}"


def age_on(birth: date, on: date) -> int:
    """Completed years on a given date."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def rupiah(amount: int) -> str:
    """`Rp 16.800`."""
    return "Rp " + f"{amount:,}".replace(",", ".")


_MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(MONTHS)}
_MONTH_NUMBER.update({name.lower()[:3]: i + 1 for i, name in enumerate(MONTHS)})
_MONTH_NUMBER.update({"agt": 8, "agu": 8, "okt": 10, "nop": 11, "des": 12, "peb": 2})


def parse_date_text(text: str) -> date | None:
    """Day-first dates as people type them: `12-03-1990`, `12/3/1990`, `12.03.1990`,
    `12031990`, `12 Maret 1990`, `12 Mar 1990`, and ISO `1990-03-12`. None if not a date."""
    import re

    raw = " ".join(text.strip().split())
    if not raw:
        return None
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", raw)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{4})", raw)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})", raw)
        if m and m[2].lower() in _MONTH_NUMBER:
            return date(int(m[3]), _MONTH_NUMBER[m[2].lower()], int(m[1]))
    except ValueError:
        return None
    return None
