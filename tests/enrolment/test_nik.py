from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrolment.nik import check_nik, mask_nik, normalise_nik, two_digit_year

TODAY = date(2025, 12, 10)


@pytest.mark.parametrize(
    ("raw", "birth", "sex"),
    [
        ("3604071203900001", date(1990, 3, 12), "L"),
        ("3604075203900001", date(1990, 3, 12), "P"),  # women: day + 40
        ("3604077112850002", date(1985, 12, 31), "P"),  # 71 = 31 + 40
        ("3604072902000003", date(2000, 2, 29), "L"),  # leap day 2000
        ("3604076902960004", date(1996, 2, 29), "P"),  # leap day, woman
        ("3604 0712 0390 0001", date(1990, 3, 12), "L"),  # spaces
        ("3604.0712.0390.0001", date(1990, 3, 12), "L"),  # dots
        ("3604-071203-900001", date(1990, 3, 12), "L"),  # dashes
        ("'3604071203900001", date(1990, 3, 12), "L"),  # Excel's text apostrophe
        ("3604071203250001", date(2025, 3, 12), "L"),  # 2025 is not in the future
        ("3604071212260001", date(1926, 12, 12), "L"),  # 2026-12-12 would be: 1926
    ],
)
def test_valid_niks(raw: str, birth: date, sex: str) -> None:
    result = check_nik(raw, TODAY)
    assert result.ok, result.error
    assert result.info is not None
    assert result.info.birth_date == birth
    assert result.info.sex == sex
    assert len(result.normalised) == 16


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "wajib"),
        ("360407120390001", "16 angka"),  # 15 digits
        ("36040712039000011", "16 angka"),  # 17 digits
        ("3604071203900O01", "hanya boleh"),  # letter O
        ("３６０４０７１２０３９００００１", "huruf lain"),  # full-width digits
        ("9904071203900001", "provinsi 99"),  # unknown province
        ("2004071203900001", "provinsi 20"),
        ("3600071203900001", "00"),  # kab/kota 00
        ("3604001203900001", "00"),  # kecamatan 00
        ("3604073102900001", "bukan tanggal"),  # 31 February
        ("3604072902010001", "bukan tanggal"),  # 29 Feb 2001 (not leap)
        ("3604070012900001", "bukan tanggal"),  # day 00
        ("3604073212900001", "bukan tanggal"),  # day 32
        ("3604074012900001", "bukan tanggal"),  # day 40 (woman's 00)
        ("3604078112900001", "bukan tanggal"),  # day 81
        ("3604071200900001", "bukan tanggal"),  # month 00
        ("3604071213900001", "bukan tanggal"),  # month 13
        ("3604071203900000", "0000"),  # serial 0000
    ],
)
def test_hard_errors(raw: str, fragment: str) -> None:
    result = check_nik(raw, TODAY)
    assert not result.ok
    assert result.info is None
    assert result.error is not None
    assert fragment in result.error.render()


def test_new_provinces_are_known() -> None:
    for prefix in ("6501", "9201", "9301", "9401", "9501", "9601"):
        result = check_nik(prefix + "011203900001", TODAY)
        assert result.error is None or "provinsi" not in result.error.render(), prefix


def test_outside_serang_is_a_warning_not_an_error() -> None:
    result = check_nik("3201011309630001", TODAY)
    assert result.ok
    assert [w.code for w in result.warnings] == ["NIK_OUTSIDE_KABUPATEN"]


def test_unknown_kecamatan_is_a_warning() -> None:
    # 36.04.01 is unused in the current decree: an old NIK keeps its code for life.
    result = check_nik("3604011203900001", TODAY)
    assert result.ok
    assert "NIK_OLD_KECAMATAN" in [w.code for w in result.warnings]


def test_unknown_kabkota_is_a_warning() -> None:
    result = check_nik("3699011203900001", TODAY)
    assert result.ok
    assert "NIK_OLD_KABKOTA" in [w.code for w in result.warnings]


def test_home_nik_has_no_warning() -> None:
    assert check_nik("3604071203900001", TODAY).warnings == []


def test_mask() -> None:
    assert mask_nik("3604071203900012") == "3604••••••••0012"
    assert "0712" not in mask_nik("3604071203900012")


def test_two_digit_year_leap_day_edge() -> None:
    # 29 Feb 2025 does not exist; the year alone decides.
    assert two_digit_year(24, 2, 29, TODAY) == 2024
    assert two_digit_year(99, 1, 1, TODAY) == 1999


@given(st.sampled_from(["", "'", " '"]), st.text(alphabet=" .-0123456789", max_size=30))
def test_normalise_only_keeps_digits(lead: str, raw: str) -> None:
    assert set(normalise_nik(lead + raw)) <= set("0123456789")


@given(
    st.dates(min_value=date(1926, 12, 11), max_value=TODAY),
    st.booleans(),
    st.integers(min_value=1, max_value=9999),
)
def test_birth_date_round_trip(birth: date, woman: bool, serial: int) -> None:
    day = birth.day + (40 if woman else 0)
    nik = f"360407{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    result = check_nik(nik, TODAY)
    assert result.info is not None
    assert result.info.birth_date == birth
    assert result.info.sex == ("P" if woman else "L")


@given(st.text(max_size=40))
def test_never_raises(raw: str) -> None:
    result = check_nik(raw, TODAY)
    assert (result.info is None) == (result.error is not None)
