from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrolment.dates import age_on, long_date, month_label, parse_date_text, rupiah, short_date


def test_long_date() -> None:
    assert long_date(date(2025, 12, 10)) == "Rabu, 10 Desember 2025"
    assert long_date(date(2026, 1, 4)) == "Minggu, 4 Januari 2026"
    assert long_date(date(2025, 12, 10), weekday=False) == "10 Desember 2025"


def test_small_formats() -> None:
    assert short_date(date(1990, 3, 2)) == "02-03-1990"
    assert month_label("2026-01") == "Januari 2026"
    assert rupiah(16800) == "Rp 16.800"
    assert rupiah(1234567) == "Rp 1.234.567"


def test_age() -> None:
    assert age_on(date(1960, 12, 10), date(2025, 12, 10)) == 65
    assert age_on(date(1960, 12, 11), date(2025, 12, 10)) == 64
    assert age_on(date(2000, 2, 29), date(2021, 2, 28)) == 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-03-1990", date(1990, 3, 12)),
        ("12/3/1990", date(1990, 3, 12)),
        ("12.03.1990", date(1990, 3, 12)),
        ("12031990", date(1990, 3, 12)),
        ("12 Maret 1990", date(1990, 3, 12)),
        ("12 mar 1990", date(1990, 3, 12)),
        ("1 Agt 1990", date(1990, 8, 1)),
        ("1990-03-12", date(1990, 3, 12)),
        ("31-02-1990", None),
        ("kemarin", None),
        ("", None),
    ],
)
def test_parse_date_text(text: str, expected: date | None) -> None:
    assert parse_date_text(text) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_short_date_round_trips(d: date) -> None:
    assert parse_date_text(short_date(d)) == d
    assert parse_date_text(long_date(d, weekday=False)) == d
