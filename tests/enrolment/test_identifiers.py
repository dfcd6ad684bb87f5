from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrolment.identifiers import (
    FieldError,
    check_name,
    normalise_name,
    normalise_phone,
    normalise_rt_rw,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("081234567890", "081234567890"),
        ("+62 812-3456-7890", "081234567890"),
        ("62812 3456 7890", "081234567890"),
        ("81234567890", "081234567890"),  # Excel ate the leading 0
        ("81234567890.0", "081234567890"),  # ...and made it a float
        ("(0812) 3456.789", "08123456789"),
        ("", ""),
    ],
)
def test_phone(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    "raw", ["0212345678", "08123", "08123456789012345", "0812abc4567", "+1 555 1234"]
)
def test_bad_phone(raw: str) -> None:
    with pytest.raises(FieldError):
        normalise_phone(raw)


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", "001"), ("07", "007"), ("123", "123"), ("4.0", "004"), ("", "")]
)
def test_rt_rw(raw: str, expected: str) -> None:
    assert normalise_rt_rw(raw) == expected


@pytest.mark.parametrize("raw", ["0", "1000", "a1", "-1"])
def test_bad_rt_rw(raw: str) -> None:
    with pytest.raises(FieldError):
        normalise_rt_rw(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  siti   aminah ", "SITI AMINAH"),
        ("NUR'AINI  ", "NUR'AINI"),
        ("ma\u2019ruf", "MA'RUF"),
        ("H. Abdul Rohman, S.Pd", "H. ABDUL ROHMAN, S.PD"),
        ("-ALI-", None),
        ('=HYPERLINK("http://contoh.invalid","klik")', None),
        ("@SUM(1+1)", None),
        ("+6281234", None),
        ("Budi 2", None),
    ],
)
def test_names(raw: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(FieldError):
            check_name(raw)
    else:
        assert check_name(raw) == expected


@given(st.text(max_size=50))
def test_name_normalisation_is_idempotent(raw: str) -> None:
    once = normalise_name(raw)
    assert normalise_name(once) == once
    assert "  " not in once


@given(st.from_regex(r"(\+62|62|0)?8[0-9]{8,11}", fullmatch=True))
def test_phone_normalisation_is_idempotent(raw: str) -> None:
    try:
        once = normalise_phone(raw)
    except FieldError:
        return
    assert once.startswith("08")
    assert normalise_phone(once) == once
