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
